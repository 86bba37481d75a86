"""The community, type and period filters, their counts and notices."""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.models import Page

from home.search.engine import search_site

from .conftest import get_search, user_of


def found(site, text, persona="visitor", **filters):
    results = search_site(user_of(site, persona), text, **filters)
    keys = {page.pk: key for key, page in site["pages"].items()}
    return {keys[hit.page.pk] for hit in results.hits if hit.page is not None}


@pytest.mark.django_db
def test_type_filter_keeps_one_page_type(site):
    assert found(site, "logement", result_type="question") == {"housing question"}
    assert found(site, "logement", result_type="evenement") == {"housing event"}
    assert found(site, "logement", result_type="page") == {"help page"}


@pytest.mark.django_db
def test_type_filter_of_documents_lists_documents(site):
    results = search_site(user_of(site, "visitor"), "logement", result_type="document")
    documents = {hit.document for hit in results.hits}

    assert documents == {site["documents"]["public"], site["documents"]["housing"]}
    assert results.count == 2
    assert results.documents == []


@pytest.mark.django_db
def test_community_filter_keeps_its_pages_and_documents(site):
    results = search_site(user_of(site, "visitor"), "logement", community="filieres-vertes")

    assert found(site, "logement", community="filieres-vertes") == {"green instruction"}
    assert results.document_count == 0


@pytest.mark.django_db
def test_community_filter_keeps_documents_of_its_collection(site):
    results = search_site(
        user_of(site, "visitor"), "logement", community="logements-vacants", result_type="document"
    )

    assert [hit.document for hit in results.hits] == [site["documents"]["housing"]]


@pytest.mark.django_db
def test_period_filter_uses_the_last_publication(site):
    page = site["pages"]["housing instruction"]
    two_months_ago = timezone.now() - datetime.timedelta(days=60)
    Page.objects.filter(pk=page.pk).update(last_published_at=two_months_ago)

    assert "housing instruction" not in found(site, "logement", period="mois")
    assert "housing instruction" in found(site, "logement", period="6-mois")
    assert "housing instruction" in found(site, "logement")


@pytest.mark.django_db
def test_filters_combine(site):
    keys = found(site, "logement", community="logements-vacants", result_type="fiche")

    assert keys == {"housing instruction"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"type": "inconnu"},
        {"periode": "siecle"},
        {"communaute": "nulle-part"},
        {"type": "inconnu", "periode": "siecle", "communaute": "nulle-part"},
    ],
)
def test_unknown_filter_value_is_ignored_with_a_notice(client, site, params):
    response = get_search(client, site, q="logement", **params)
    filters = response.context["filters"]

    assert response.status_code == 200
    assert not filters.active
    assert len(filters.notices) == len(params)
    for notice in filters.notices:
        assert str(notice) in response.content.decode()
    assert (
        response.context["results"].count == search_site(user_of(site, "visitor"), "logement").count
    )


@pytest.mark.django_db
def test_type_select_shows_the_count_of_each_type(client, site):
    content = get_search(
        client, site, q="logement", communaute="logements-vacants"
    ).content.decode()

    assert re.search(r'<option value="question">[^<]+\(1\)</option>', content)
    assert re.search(r'<option value="fiche">[^<]+\(1\)</option>', content)
    assert re.search(r'<option value="document">[^<]+\(1\)</option>', content)


@pytest.mark.django_db
def test_selected_filters_stay_selected(client, site):
    content = get_search(
        client, site, q="logement", communaute="logements-vacants", type="fiche", periode="annee"
    ).content.decode()

    assert '<option value="logements-vacants" selected>' in content
    assert '<option value="fiche" selected>' in content
    assert '<option value="annee" selected>' in content
