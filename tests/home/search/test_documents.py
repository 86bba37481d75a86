"""Document titles are searched, and only documents whose collection the reader may open."""

import pytest
from django.contrib.auth.models import AnonymousUser
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from community.privacy import visible_documents
from home.search.engine import search_site
from tests.factories import DocumentFactory, SuperuserFactory, UserFactory

from .conftest import get_search, user_of


def restricted_collection(name, restriction_type, password=""):
    collection = Collection.get_first_root_node().add_child(name=name)
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=restriction_type, password=password
    )
    return collection


def visible_titles(user):
    documents = visible_documents(user, get_document_model().objects.all())
    return set(documents.values_list("title", flat=True))


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["proprietaire", "COURRIERS", "modèles propriétaires"])
def test_document_title_matches_french_word_forms(site, query):
    results = search_site(AnonymousUser(), query, result_type="document")

    assert [hit.document for hit in results.hits] == [site["documents"]["housing"]]


@pytest.mark.django_db
def test_documents_are_previewed_above_the_pages(client, site):
    response = get_search(client, site, q="logement")
    content = response.content.decode()

    assert response.context["results"].document_count == 2
    assert site["documents"]["housing"].url in content
    assert "Guide du <mark>logement</mark> vacant" in content


@pytest.mark.django_db
def test_document_hit_names_its_community(site):
    results = search_site(user_of(site, "visitor"), "courrier", result_type="document")

    assert results.hits[0].community.slug == "logements-vacants"


@pytest.mark.django_db
def test_login_restricted_documents_are_for_logged_in_users(db):
    collection = restricted_collection("Documents des agents", CollectionViewRestriction.LOGIN)
    DocumentFactory(title="Annuaire des agents", collection=collection)

    assert "Annuaire des agents" not in visible_titles(AnonymousUser())
    assert "Annuaire des agents" in visible_titles(UserFactory())


@pytest.mark.django_db
def test_password_restricted_documents_are_listed_for_superusers_only(db):
    collection = restricted_collection(
        "Documents protégés", CollectionViewRestriction.PASSWORD, password="secret"
    )
    DocumentFactory(title="Document protégé", collection=collection)

    assert "Document protégé" not in visible_titles(UserFactory())
    assert "Document protégé" in visible_titles(SuperuserFactory())


@pytest.mark.django_db
def test_restriction_of_a_parent_collection_hides_its_children(db):
    parent = restricted_collection("Parent restreint", CollectionViewRestriction.LOGIN)
    child = parent.add_child(name="Enfant")
    DocumentFactory(title="Document enfant", collection=child)

    assert "Document enfant" not in visible_titles(AnonymousUser())


@pytest.mark.django_db
def test_reserved_community_documents_are_for_its_members(site):
    reserved_title = site["documents"]["reserved"].title

    assert reserved_title not in visible_titles(user_of(site, "member of other community"))
    assert reserved_title in visible_titles(user_of(site, "reserved member"))
    assert reserved_title in visible_titles(user_of(site, "reserved facilitator"))
