"""The reference index and the reference pages render with a body that uses every block."""

import pytest

from tests.factories import (
    BLOCK_MARKERS,
    ArticlePageFactory,
    InstructionPageFactory,
    ReportingPageFactory,
    body_with_every_block,
    reference_index,
)

REFERENCE_PAGE_FACTORIES = [InstructionPageFactory, ReportingPageFactory, ArticlePageFactory]


@pytest.fixture
def instruction(community, image, document):
    return InstructionPageFactory(
        parent=reference_index(community),
        title="Instruction sur le bois construction",
        body=body_with_every_block(image, document),
        legal_references=[
            {
                "type": "reference",
                "value": {"label": "Arrêté du 19 décembre 2023", "url": ""},
            }
        ],
    )


@pytest.mark.django_db
def test_reference_index_renders(client, community):
    response = client.get(reference_index(community).url)

    assert response.status_code == 200


@pytest.mark.django_db
def test_reference_index_lists_its_pages(client, community):
    index = reference_index(community)
    InstructionPageFactory(parent=index, title="Guide du réemploi des matériaux")

    response = client.get(index.url)

    assert "Guide du réemploi des matériaux" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "factory_class", REFERENCE_PAGE_FACTORIES, ids=lambda f: f._meta.model.__name__
)
def test_reference_page_with_every_block_renders(client, community, image, document, factory_class):
    page = factory_class(
        parent=reference_index(community), body=body_with_every_block(image, document)
    )

    response = client.get(page.url)

    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("block_type", BLOCK_MARKERS)
def test_reference_page_shows_block(client, instruction, block_type):
    response = client.get(instruction.url)

    assert BLOCK_MARKERS[block_type] in response.content.decode()


@pytest.mark.django_db
def test_image_block_renders_rendition_with_alt_text(client, instruction):
    html = client.get(instruction.url).content.decode()

    assert f'alt="{BLOCK_MARKERS["image"]}"' in html


@pytest.mark.django_db
def test_document_block_links_to_document(client, instruction, document):
    html = client.get(instruction.url).content.decode()

    assert document.url in html


@pytest.mark.django_db
def test_instruction_shows_legal_references(client, instruction):
    response = client.get(instruction.url)

    assert "Arrêté du 19 décembre 2023" in response.content.decode()


@pytest.mark.django_db
def test_reporting_shows_key_figures(client, community):
    reporting = ReportingPageFactory(
        parent=reference_index(community),
        key_figures=[
            {
                "type": "key_figure",
                "value": {"label": "Logements remis sur le marché", "value": "318"},
            }
        ],
    )

    response = client.get(reporting.url)

    assert "Logements remis sur le marché" in response.content.decode()
