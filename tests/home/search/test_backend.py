"""The search backend of each database, the response headers and Wagtail's own searches."""

import pytest
from django.apps import apps
from django.db import connection
from wagtail.search.models import IndexEntry

from home.search.backends import search_backend_settings
from tests.factories import SuperuserFactory

from .conftest import SEARCH_URL, get_search


def test_postgresql_uses_the_french_configuration():
    settings = search_backend_settings("django.db.backends.postgresql")

    assert settings["default"]["SEARCH_CONFIG"] == "french_unaccent"


def test_sqlite_needs_no_configuration():
    assert "SEARCH_CONFIG" not in search_backend_settings("django.db.backends.sqlite3")["default"]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite index stores stems")
@pytest.mark.django_db
def test_sqlite_index_stores_stems(site):
    page = site["pages"]["housing instruction"]
    entry = IndexEntry.objects.get(object_id=str(page.pk), content_type_id=page.content_type_id)

    assert entry.title == "recens le log vac"
    assert "inoccup" in entry.body.split()


@pytest.mark.django_db
def test_search_page_sends_the_site_referrer_policy(client, site):
    response = get_search(client, site, q="logement")

    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_search_page_is_private_and_not_indexed(client, site):
    response = get_search(client, site, q="logement")

    assert "private" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in response.content.decode()


@pytest.mark.django_db
def test_header_search_field_shows_the_query(client, site):
    content = get_search(client, site, q="logements vacants").content.decode()

    assert 'id="header-search-input" name="q" value="logements vacants"' in content


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["logement", '"logements vacants"', "rénovation -façade", '"'])
def test_wagtail_admin_page_search_works(client, site, query):
    client.force_login(SuperuserFactory())

    response = client.get("/admin/pages/search/", {"q": query})

    assert response.status_code == 200


@pytest.mark.django_db
def test_wagtail_admin_autocomplete_still_matches_title_prefixes(client, site):
    """The admin searches pages by autocomplete, whose index column keeps the text as typed."""
    client.force_login(SuperuserFactory())

    response = client.get("/admin/pages/search/", {"q": "Recens"})

    assert "Recenser les logements vacants" in response.content.decode()


def row_counts():
    return {model._meta.label: model._base_manager.count() for model in apps.get_models()}


@pytest.mark.django_db
def test_search_writes_nothing_to_the_database(client, site):
    client.force_login(site["users"]["reserved member"])
    client.get(SEARCH_URL, {"q": "logement"})
    before = row_counts()

    client.get(SEARCH_URL, {"q": "zephyrine logement"})
    client.get(SEARCH_URL, {"q": "photovoltaïque", "type": "fiche"})

    assert row_counts() == before
