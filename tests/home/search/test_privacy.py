"""Results and counts contain only what the reader may see, whoever the reader is.

Every persona searches words that the reserved community shares with the public ones. Non-members
never see its titles, texts, documents or counts, and members see them. No reader ever sees a draft,
an expired or scheduled page, a page under an unpublished index, or a hidden or removed answer.
"""

import re

import pytest

from home.search.engine import search_site

from .conftest import get_search, user_of
from .site import (
    DRAFT,
    EXPIRED,
    HIDDEN_ANSWER,
    MEMBERS,
    NON_MEMBERS,
    PERSONAS,
    REMOVED_ANSWER,
    SCHEDULED,
    SECRET,
    WITHDRAWN,
)

UNLISTED_MARKERS = [DRAFT, EXPIRED, SCHEDULED, WITHDRAWN, HIDDEN_ANSWER, REMOVED_ANSWER]


def result_keys(site, persona, text, **filters):
    results = search_site(user_of(site, persona), text, **filters)
    keys = {page.pk: key for key, page in site["pages"].items()}
    return {keys.get(hit.page.pk, hit.page.title) for hit in results.hits}


@pytest.mark.django_db
@pytest.mark.parametrize("persona", NON_MEMBERS)
# The query itself is shown again, so it never contains SECRET as written.
@pytest.mark.parametrize("text", ["logement", "logements", "zephyrine", "réseau", "ZEPHYRINE"])
def test_non_member_sees_no_reserved_text(client, site, persona, text):
    content = get_search(client, site, persona, q=text).content.decode()

    assert SECRET not in content
    assert "reseau-reserve" not in content


@pytest.mark.django_db
@pytest.mark.parametrize("persona", NON_MEMBERS)
def test_non_member_finds_nothing_reserved(site, persona):
    results = search_site(user_of(site, persona), "zephyrine")

    assert results.total == 0
    assert set(results.type_counts.values()) == {0}
    assert results.documents == []


@pytest.mark.django_db
@pytest.mark.parametrize("persona", MEMBERS)
def test_member_finds_reserved_pages_and_documents(site, persona):
    results = search_site(user_of(site, persona), "zephyrine")
    keys = result_keys(site, persona, "zephyrine")

    assert {"reserved", "reserved instruction", "reserved question"} <= keys
    assert results.document_count == 1
    assert results.documents[0].document == site["documents"]["reserved"]


@pytest.mark.django_db
@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("text", ["logement", "logements vacants", "sujet", "supprimer"])
def test_nobody_sees_unlisted_pages_or_answers(client, site, persona, text):
    content = get_search(client, site, persona, q=text).content.decode()

    for marker in UNLISTED_MARKERS:
        assert marker not in content


@pytest.mark.django_db
@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(
    "marker", [DRAFT, EXPIRED, SCHEDULED, WITHDRAWN, HIDDEN_ANSWER, REMOVED_ANSWER]
)
def test_unlisted_marker_finds_nothing(site, persona, marker):
    assert search_site(user_of(site, persona), marker).total == 0


@pytest.mark.django_db
def test_counts_differ_by_the_reserved_results(site):
    visitor = search_site(user_of(site, "visitor"), "logement")
    member = search_site(user_of(site, "reserved member"), "logement")

    # The reserved community page, its instruction and its question; its document apart.
    assert member.count - visitor.count == 3
    assert member.type_counts["fiche"] - visitor.type_counts["fiche"] == 1
    assert member.type_counts["question"] - visitor.type_counts["question"] == 1
    assert member.type_counts["communaute"] - visitor.type_counts["communaute"] == 1
    assert member.document_count - visitor.document_count == 1


@pytest.mark.django_db
@pytest.mark.parametrize("persona", NON_MEMBERS)
def test_type_select_counts_only_visible_results(client, site, persona):
    content = get_search(client, site, persona, q="logement").content.decode()
    visitor_counts = search_site(user_of(site, "visitor"), "logement").type_counts

    options = dict(re.findall(r'<option value="([a-z-]+)"[^>]*>[^<(]*\((\d+)\)</option>', content))
    assert options == {key: str(count) for key, count in visitor_counts.items()}


@pytest.mark.django_db
@pytest.mark.parametrize("persona", NON_MEMBERS)
def test_reserved_community_filter_is_unknown_to_non_members(client, site, persona):
    response = get_search(client, site, persona, q="logement", communaute="reseau-reserve")

    # The notice is the one of a slug that does not exist at all.
    assert response.context["filters"].community is None
    assert len(response.context["filters"].notices) == 1
    assert SECRET not in response.content.decode()


@pytest.mark.django_db
def test_reserved_community_filter_works_for_members(site):
    keys = result_keys(site, "reserved member", "logement", community="reseau-reserve")

    assert keys == {"reserved", "reserved instruction", "reserved question"}


@pytest.mark.django_db
@pytest.mark.parametrize("persona", PERSONAS)
def test_visible_pages_are_found_by_everyone(site, persona):
    keys = result_keys(site, persona, "logement")

    assert {"housing", "housing instruction", "housing question", "housing event"} <= keys
    assert {"draft", "expired", "scheduled", "under withdrawn"}.isdisjoint(keys)
