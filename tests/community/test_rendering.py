"""The community page renders for visitors, members and facilitators."""

import pytest

from community.models import Role
from tests.factories import InstructionPageFactory, MembershipFactory, reference_index


@pytest.mark.django_db
def test_community_page_renders_for_visitor(client, community):
    response = client.get(community.url)

    assert response.status_code == 200


@pytest.mark.django_db
def test_community_page_renders_for_member(client, community, user):
    MembershipFactory(user=user, community=community)
    client.force_login(user)

    response = client.get(community.url)

    assert response.status_code == 200


@pytest.mark.django_db
def test_community_page_shows_its_title(client, community):
    response = client.get(community.url)

    assert community.title in response.content.decode()


@pytest.mark.django_db
def test_community_page_lists_latest_reference_pages(client, community):
    InstructionPageFactory(parent=reference_index(community), title="Fiche paille porteuse")

    response = client.get(community.url)

    assert "Fiche paille porteuse" in response.content.decode()


@pytest.mark.django_db
def test_community_page_with_illustration_renders(client, community, image):
    community.illustration = image
    community.illustration_alt = "Botte de paille devant un chantier"
    community.save_revision().publish()

    response = client.get(community.url)

    assert response.status_code == 200


@pytest.mark.django_db
def test_reserved_community_renders_for_facilitator(client, reserved_community, facilitator):
    client.force_login(facilitator)

    response = client.get(reserved_community.url)

    assert response.status_code == 200


@pytest.mark.django_db
def test_reserved_community_renders_for_expert(client, reserved_community, user):
    MembershipFactory(user=user, community=reserved_community, role=Role.EXPERT)
    client.force_login(user)

    response = client.get(reserved_community.url)

    assert response.status_code == 200
