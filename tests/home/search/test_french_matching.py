"""French matching, the same on SQLite and PostgreSQL: stems, accents, case and apostrophes."""

import pytest
from django.contrib.auth.models import AnonymousUser

from home.search.engine import search_site
from tests.factories import CommunityPageFactory

from .conftest import instruction, rolled_back


@pytest.fixture(scope="module")
def pages(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        community = CommunityPageFactory(title="Communauté de test", slug="communaute-de-test")
        yield {
            "housing": instruction(
                community,
                "Recenser les logements vacants",
                summary="La commune dresse la liste des logements inoccupés depuis deux ans.",
            ),
            "renovation": instruction(
                community,
                "Aides à la rénovation énergétique",
                summary="Financer les travaux des propriétaires occupants.",
            ),
            "building": instruction(
                community,
                "Visiter l’immeuble avant l’arrêté",
                summary="Le service constate l'état des parties communes.",
            ),
            "hemp": instruction(
                community,
                "Béton de CHANVRE",
                summary="Isolation des façades en matériaux biosourcés.",
                text="Le bail à réhabilitation dure douze ans.",
            ),
        }


def found(pages, text):
    """Return the keys of `pages` that the search finds, as a visitor, in title order."""
    results = search_site(AnonymousUser(), text, result_type="fiche")
    keys = {page.pk: key for key, page in pages.items()}
    return sorted(keys[hit.page.pk] for hit in results.hits)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Singular and plural share their stem.
        ("logement", "housing"),
        ("LOGEMENTS", "housing"),
        # A verb and its noun share their stem.
        ("rénover", "renovation"),
        ("renovations", "renovation"),
        ("réhabiliter", "hemp"),
        # Accents and capitals do not matter, in the query or in the page.
        ("energetique", "renovation"),
        ("ÉNERGÉTIQUE", "renovation"),
        ("beton", "hemp"),
        ("Chanvre", "hemp"),
        ("facade", "hemp"),
        ("BIOSOURCES", "hemp"),
        # A typographic apostrophe in the page, a straight one in the query, and the reverse.
        ("l'immeuble", "building"),
        ("l’arrêté", "building"),
        ("d’état", "building"),
        ("l'etat", "building"),
        ("qu’occupants", "renovation"),
    ],
)
def test_french_word_forms_match(pages, query, expected):
    assert found(pages, query) == [expected]


@pytest.mark.django_db
def test_every_word_must_match(pages):
    assert found(pages, "logements rénovation") == []
    assert found(pages, "logements vacants") == ["housing"]


@pytest.mark.django_db
def test_stop_words_and_elisions_are_ignored(pages):
    assert found(pages, "les logements de la commune") == ["housing"]
    assert found(pages, "qu'en est-il des logements ?") == ["housing"]


@pytest.mark.django_db
def test_words_of_the_body_match(pages):
    assert found(pages, "douze ans") == ["hemp"]


@pytest.mark.django_db
def test_unrelated_word_matches_nothing(pages):
    assert found(pages, "photovoltaïque") == []


@pytest.mark.django_db
def test_excerpt_marks_the_matching_words(pages):
    hit = search_site(AnonymousUser(), "logement inoccupé", result_type="fiche").hits[0]

    assert "<mark>logements</mark>" in hit.excerpt
    assert "<mark>inoccupés</mark>" in hit.excerpt
    assert "<mark>logements</mark>" in hit.title


@pytest.mark.django_db
def test_excerpt_marks_words_typed_with_another_apostrophe(pages):
    hit = search_site(AnonymousUser(), "l'immeuble", result_type="fiche").hits[0]

    assert hit.title == "Visiter l’<mark>immeuble</mark> avant l’arrêté"
