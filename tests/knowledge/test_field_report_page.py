"""The field report page: its facts panel, categories, location mention and every body block."""

import pytest
from django.utils import translation

from knowledge.models import FieldReportStatus
from tests.factories import DocumentFactory, ImageFactory
from tests.knowledge.map_helpers import (
    LYON,
    FieldReportCategoryFactory,
    FieldReportPageFactory,
    clear_cache,
    commune,
    field_report_index,
    location,
    map_page,
)

# A text that the page must show for each block type of the body, free of characters that
# HTML escaping changes.
BLOCK_MARKERS = {
    "heading": "Le chantier en trois étapes",
    "description": "Les murs ont été montés en pisé sur un soubassement en pierre.",
    "gallery": "Photos du chantier",
    "key_figure": "Terre du site employée dans les murs",
    "testimony": "La terre a été extraite à quelques mètres du chantier.",
    "document": "Télécharger le cahier des charges",
    "before_after": "La façade nord avant et après les travaux",
}
GALLERY_ALT_TEXTS = [
    "Maçons tassant la terre entre deux banches en bois",
    "Mur de pisé terminé, aux couches de terre bien visibles",
]


@pytest.fixture(autouse=True)
def empty_cache():
    clear_cache()
    yield
    clear_cache()


@pytest.fixture
def body(db):
    photos = [ImageFactory(), ImageFactory()]
    before, after = ImageFactory(), ImageFactory()
    document = DocumentFactory(title="Cahier des charges")
    return [
        {"type": "heading", "value": BLOCK_MARKERS["heading"]},
        {"type": "description", "value": f"<p>{BLOCK_MARKERS['description']}</p>"},
        {
            "type": "gallery",
            "value": {
                "title": BLOCK_MARKERS["gallery"],
                "photos": [
                    {
                        "image": photo.pk,
                        "alt_text": alt_text,
                        "caption": f"Photo {number}",
                        "credit": f"Atelier Pisé {number}",
                    }
                    for number, (photo, alt_text) in enumerate(
                        zip(photos, GALLERY_ALT_TEXTS, strict=True), start=1
                    )
                ],
            },
        },
        {
            "type": "key_figure",
            "value": {"label": BLOCK_MARKERS["key_figure"], "value": "210", "unit": "m³"},
        },
        {
            "type": "testimony",
            "value": {
                "quote": BLOCK_MARKERS["testimony"],
                "author": "Sarah Benhamou",
                "role": "responsable de la médiathèque",
            },
        },
        {
            "type": "document",
            "value": {"document": document.pk, "label": BLOCK_MARKERS["document"]},
        },
        {
            "type": "before_after",
            "value": {
                "before": before.pk,
                "before_alt": "Façade nord fissurée, enduit ciment décollé",
                "after": after.pk,
                "after_alt": "Façade nord enduite à la chaux, fenêtres neuves",
                "caption": BLOCK_MARKERS["before_after"],
                "credit": "Commune de Lyon",
            },
        },
    ]


@pytest.fixture
def rammed_earth(community):
    return FieldReportCategoryFactory(label="Terre crue", colour="#755348", community=community)


@pytest.fixture
def report(community, body, rammed_earth):
    return FieldReportPageFactory(
        parent=field_report_index(community),
        title="Une médiathèque en pisé",
        summary="Des murs intérieurs porteurs en pisé.",
        address="Lyon",
        location=location(LYON),
        department=commune("69123", "Lyon", "69", "Rhône").department,
        categories=[rammed_earth],
        status=FieldReportStatus.DELIVERED,
        year=2025,
        project_owner="Société publique locale des équipements culturels",
        designer="Atelier Banches & Pierres",
        floor_area=1250,
        cost=2400000,
        contact="Animatrice de la communauté Filières vertes",
        body=body,
    )


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_field_report_renders_every_block(client, report):
    response = client.get(report.url)

    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("block_type", BLOCK_MARKERS)
def test_field_report_shows_block(client, report, block_type):
    assert BLOCK_MARKERS[block_type] in html_of(client, report)


@pytest.mark.django_db
def test_field_report_has_one_h1(client, report):
    assert html_of(client, report).count("<h1") == 1


@pytest.mark.django_db
@pytest.mark.parametrize("alt_text", GALLERY_ALT_TEXTS)
def test_gallery_photo_has_alt_text(client, report, alt_text):
    assert f'alt="{alt_text}"' in html_of(client, report)


@pytest.mark.django_db
def test_gallery_photos_are_800px_renditions(client, report):
    html = html_of(client, report)

    assert html.count(".width-800.") >= len(GALLERY_ALT_TEXTS)


@pytest.mark.django_db
def test_gallery_shows_credits(client, report):
    html = html_of(client, report)

    assert "Atelier Pisé 1" in html
    assert "Atelier Pisé 2" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "alt_text",
    [
        "Façade nord fissurée, enduit ciment décollé",
        "Façade nord enduite à la chaux, fenêtres neuves",
    ],
)
def test_before_after_has_alt_text(client, report, alt_text):
    assert f'alt="{alt_text}"' in html_of(client, report)


@pytest.mark.django_db
def test_before_after_stacks_on_small_screens(client, report):
    html = html_of(client, report)

    assert html.count('class="fr-col-12 fr-col-md-6"') >= 2


@pytest.mark.django_db
def test_testimony_is_dsfr_quote(client, report):
    html = html_of(client, report)

    assert '<figure class="fr-quote' in html
    assert '<p class="fr-quote__author">Sarah Benhamou</p>' in html
    assert "responsable de la médiathèque" in html


@pytest.mark.django_db
def test_facts_show_floor_area_the_french_way(client, report):
    assert "1\xa0250&nbsp;m²" in html_of(client, report)


@pytest.mark.django_db
def test_facts_show_cost_the_french_way(client, report):
    assert "2\xa0400\xa0000&nbsp;€" in html_of(client, report)


@pytest.mark.django_db
def test_facts_show_year_without_separator(client, report):
    html = html_of(client, report)

    assert "2025" in html
    assert "2\xa0025" not in html


@pytest.mark.django_db
def test_facts_show_project_owner_and_designer(client, report):
    html = html_of(client, report)

    assert "Société publique locale des équipements culturels" in html
    assert "Atelier Banches &amp; Pierres" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("status", "badge_class"),
    [
        (FieldReportStatus.PLANNED, "fr-badge--purple-glycine"),
        (FieldReportStatus.UNDER_CONSTRUCTION, "fr-badge--yellow-tournesol"),
        (FieldReportStatus.DELIVERED, "fr-badge--green-emeraude"),
        (FieldReportStatus.IN_OPERATION, "fr-badge--blue-ecume"),
    ],
)
def test_facts_show_status_badge(client, community, status, badge_class):
    report = FieldReportPageFactory(parent=field_report_index(community), status=status)
    with translation.override("fr"):
        label = str(report.get_status_display())

    html = html_of(client, report)

    assert f'<p class="fr-badge {badge_class}">{label}</p>' in html


@pytest.mark.django_db
def test_facts_omit_missing_cost(client, community):
    report = FieldReportPageFactory(parent=field_report_index(community), cost=None)

    assert "&nbsp;€" not in html_of(client, report)


@pytest.mark.django_db
def test_category_tag_shows_colour_as_dot(client, report):
    html = html_of(client, report)

    assert (
        '<span class="rdt-category__dot" style="background-color: #755348;" '
        'aria-hidden="true"></span>Terre crue'
    ) in html


@pytest.mark.django_db
def test_category_colour_never_colours_text(client, report):
    html = html_of(client, report)

    assert 'style="color' not in html


@pytest.mark.django_db
def test_location_names_commune_and_department_code(client, report):
    report.commune = commune("69123", "Lyon", "69", "Rhône")
    report.address = ""
    report.save_revision().publish()

    assert "Lyon (69)" in html_of(client, report)


@pytest.mark.django_db
def test_location_falls_back_to_address(client, report):
    assert "Lyon (69)" in html_of(client, report)


@pytest.mark.django_db
def test_map_link_filters_on_department(client, report):
    map_page()

    assert 'href="/carte/?departement=69"' in html_of(client, report)


@pytest.mark.django_db
def test_map_link_without_department_opens_whole_map(client, community):
    map_page()
    report = FieldReportPageFactory(parent=field_report_index(community))

    assert 'href="/carte/"' in html_of(client, report)


@pytest.mark.django_db
def test_map_link_absent_without_map_page(client, report):
    assert "/carte/" not in html_of(client, report)
