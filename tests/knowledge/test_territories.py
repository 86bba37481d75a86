"""The migrations load régions and départements, and the admin lists and chooses territories."""

import html
import importlib
import json

import pytest
from django.apps import apps
from wagtail.snippets.widgets import AdminSnippetChooser

from knowledge.models import Commune, Department, FieldReportPage, Region

load_migration = importlib.import_module("knowledge.migrations.0003_load_territories")

pytestmark = pytest.mark.django_db

DEPARTMENT_COUNTS_BY_REGION = {
    "Île-de-France": 8,
    "Centre-Val de Loire": 6,
    "Bourgogne-Franche-Comté": 8,
    "Normandie": 5,
    "Hauts-de-France": 5,
    "Grand Est": 10,
    "Pays de la Loire": 5,
    "Bretagne": 4,
    "Nouvelle-Aquitaine": 12,
    "Occitanie": 13,
    "Auvergne-Rhône-Alpes": 12,
    "Provence-Alpes-Côte d'Azur": 6,
    "Corse": 2,
    "Guadeloupe": 1,
    "Martinique": 1,
    "Guyane": 1,
    "La Réunion": 1,
    "Mayotte": 1,
}


@pytest.fixture
def territory_snippets():
    if not hasattr(Commune, "snippet_viewset"):
        pytest.fail(
            "Communes are not registered as snippets: call register_territory_snippets() "
            "from knowledge/wagtail_hooks.py."
        )


@pytest.fixture
def communes(db):
    rows = [
        ("69123", "Lyon", "69", 522250),
        ("69202", "Sainte-Foy-lès-Lyon", "69", 22000),
        ("69266", "Villeurbanne", "69", 150000),
        ("2A004", "Ajaccio", "2A", 73000),
        ("35238", "Rennes", "35", 222485),
    ]
    departments = {department.code: department for department in Department.objects.all()}
    return [
        Commune.objects.create(
            code=code, name=name, department=departments[department], population=population
        )
        for code, name, department, population in rows
    ]


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


def page_text(response):
    """Return the HTML of an admin response, from a modal's JSON when it is one."""
    content = response.content.decode()
    if response["Content-Type"].startswith("application/json"):
        content = json.loads(content)["html"]
    return html.unescape(content)


def test_migrations_load_eighteen_regions():
    assert Region.objects.count() == 18


def test_migrations_load_101_departements():
    assert Department.objects.count() == 101


def test_corsica_and_mayotte_have_their_codes():
    assert Department.objects.get(code="2A").name == "Corse-du-Sud"
    assert Department.objects.get(code="2B").name == "Haute-Corse"
    assert Department.objects.get(code="976").region.name == "Mayotte"
    assert not Department.objects.filter(code="20").exists()


@pytest.mark.parametrize(("region", "count"), DEPARTMENT_COUNTS_BY_REGION.items())
def test_region_has_its_departements(region, count):
    assert Department.objects.filter(region__name=region).count() == count


@pytest.mark.parametrize(
    ("code", "name", "region_code"),
    [
        ("22", "Côtes-d'Armor", "53"),
        ("90", "Territoire de Belfort", "27"),
        ("93", "Seine-Saint-Denis", "11"),
        ("95", "Val-d'Oise", "11"),
        ("64", "Pyrénées-Atlantiques", "75"),
        ("974", "La Réunion", "04"),
    ],
)
def test_departement_has_official_name_and_region(code, name, region_code):
    department = Department.objects.get(code=code)

    assert department.name == name
    assert department.region.code == region_code


def test_reloading_territories_restores_names():
    Department.objects.filter(code="22").update(name="Côtes-du-Nord")

    load_migration.load_territories(apps, None)

    assert Department.objects.get(code="22").name == "Côtes-d'Armor"
    assert Department.objects.count() == 101
    assert Region.objects.count() == 18


def test_unloading_territories_deletes_communes(communes):
    load_migration.unload_territories(apps, None)

    assert Commune.objects.count() == 0
    assert Department.objects.count() == 0
    assert Region.objects.count() == 0


def test_commune_listing_searches_name(territory_snippets, admin_client, communes):
    response = admin_client.get("/admin/snippets/knowledge/commune/", {"q": "lyon"})

    text = page_text(response)
    assert response.status_code == 200
    assert "Sainte-Foy-lès-Lyon" in text
    assert "Villeurbanne" not in text


def test_commune_listing_searches_code(territory_snippets, admin_client, communes):
    response = admin_client.get("/admin/snippets/knowledge/commune/", {"q": "2A004"})

    text = page_text(response)
    assert "Ajaccio" in text
    assert "Rennes" not in text


def test_commune_listing_filters_by_region(territory_snippets, admin_client, communes):
    bretagne = Region.objects.get(code="53")

    response = admin_client.get("/admin/snippets/knowledge/commune/", {"region": bretagne.pk})

    text = page_text(response)
    assert "Rennes" in text
    assert "Villeurbanne" not in text


def test_departement_listing_filters_by_region(territory_snippets, admin_client):
    corse = Region.objects.get(code="94")

    response = admin_client.get("/admin/snippets/knowledge/department/", {"region": corse.pk})

    text = page_text(response)
    assert "Corse-du-Sud" in text
    assert "Haute-Corse" in text
    assert "Finistère" not in text


def test_commune_chooser_searches_name(territory_snippets, admin_client, communes):
    response = admin_client.get("/admin/snippets/choose/knowledge/commune/", {"q": "lyon"})

    text = page_text(response)
    assert response.status_code == 200
    assert "Lyon (69123)" in text
    assert "Sainte-Foy-lès-Lyon (69202)" in text
    assert "Villeurbanne" not in text


def test_commune_chooser_lists_exact_name_first(territory_snippets, admin_client, communes):
    response = admin_client.get("/admin/snippets/choose/knowledge/commune/results/", {"q": "LYON"})

    text = page_text(response)
    assert text.index("Lyon (69123)") < text.index("Sainte-Foy-lès-Lyon (69202)")


def test_commune_chooser_searches_code(territory_snippets, admin_client, communes):
    response = admin_client.get("/admin/snippets/choose/knowledge/commune/results/", {"q": "69"})

    text = page_text(response)
    assert "Lyon (69123)" in text
    assert "Villeurbanne (69266)" in text
    assert "Ajaccio" not in text


def test_commune_chooser_shows_departement(territory_snippets, admin_client, communes):
    response = admin_client.get("/admin/snippets/choose/knowledge/commune/", {"q": "ajaccio"})

    assert "Corse-du-Sud (2A)" in page_text(response)


def test_departement_chooser_searches_name(territory_snippets, admin_client):
    response = admin_client.get(
        "/admin/snippets/choose/knowledge/department/results/", {"q": "armor"}
    )

    text = page_text(response)
    assert "Côtes-d'Armor (22)" in text
    assert "Finistère" not in text


def test_field_report_commune_uses_chooser(territory_snippets):
    form_class = FieldReportPage.get_edit_handler().get_form_class()

    assert isinstance(form_class().fields["commune"].widget, AdminSnippetChooser)
