"""The home page and the standard pages render."""

import pytest

from tests.factories import (
    BLOCK_MARKERS,
    CommunityPageFactory,
    InstructionPageFactory,
    StandardPageFactory,
    body_with_every_block,
    reference_index,
)


@pytest.mark.django_db
def test_home_page_renders(client, home):
    response = client.get(home.url)

    assert response.status_code == 200


@pytest.mark.django_db
def test_home_page_lists_communities(client, home):
    CommunityPageFactory(title="Mobilisation des logements vacants")

    response = client.get(home.url)

    assert "Mobilisation des logements vacants" in response.content.decode()


@pytest.mark.django_db
def test_home_page_lists_latest_reference_pages(client, home, community):
    InstructionPageFactory(parent=reference_index(community), title="Guide du chanvre en vrac")

    response = client.get(home.url)

    assert "Guide du chanvre en vrac" in response.content.decode()


@pytest.mark.django_db
def test_standard_page_renders(client):
    page = StandardPageFactory(title="Mentions légales", slug="mentions-legales")

    response = client.get(page.url)

    assert response.status_code == 200


@pytest.mark.django_db
def test_standard_page_with_every_block_renders(client, image, document):
    page = StandardPageFactory(body=body_with_every_block(image, document))

    response = client.get(page.url)

    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("block_type", BLOCK_MARKERS)
def test_standard_page_shows_block(client, image, document, block_type):
    page = StandardPageFactory(body=body_with_every_block(image, document))

    response = client.get(page.url)

    assert BLOCK_MARKERS[block_type] in response.content.decode()
