"""Answers are found with their question, and a hidden or removed answer stops being found.

`qa.threads` re-indexes the question when the transaction commits, so each change runs inside
`django_capture_on_commit_callbacks(execute=True)`.
"""

import pytest
from django.contrib.auth.models import AnonymousUser

from community.models import Role
from home.search.engine import search_site
from qa.threads import hide_answer, post_answer, remove_answer, restore_answer, set_reference_answer
from tests.factories import (
    CommunityPageFactory,
    MembershipFactory,
    QuestionPageFactory,
    question_index,
)

WORD = "chaudière"


@pytest.fixture
def community(db):
    return CommunityPageFactory(title="Rénovation énergétique", slug="renovation-energetique")


@pytest.fixture
def question(community):
    asker = MembershipFactory(community=community).user
    return QuestionPageFactory(
        parent=question_index(community),
        title="Quelle aide pour remplacer un équipement ?",
        details="<p>Le ménage est modeste.</p>",
        asker=asker,
        owner=asker,
    )


@pytest.fixture
def helper(community):
    return MembershipFactory(community=community, role=Role.EXPERT).user


def found(text):
    return [hit.page.pk for hit in search_site(AnonymousUser(), text, result_type="question").hits]


@pytest.fixture
def answer(question, helper, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return post_answer(question, helper, f"Le remplacement d'une {WORD} au fioul est aidé.")


def test_answer_is_found_with_its_question(question, answer):
    assert found("chaudières") == [question.pk]


def test_excerpt_shows_the_answer_around_the_match(question, answer):
    hit = search_site(AnonymousUser(), "chaudieres", result_type="question").hits[0]

    assert "<mark>chaudière</mark> au fioul" in hit.excerpt


def test_hidden_answer_is_no_longer_found(question, answer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        hide_answer(answer, question)

    assert found(WORD) == []


def test_restored_answer_is_found_again(question, answer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        hide_answer(answer, question)
    with django_capture_on_commit_callbacks(execute=True):
        restore_answer(answer, question)

    assert found(WORD) == [question.pk]


def test_removed_answer_is_no_longer_found(question, answer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        remove_answer(answer, question)

    assert found(WORD) == []


def test_excerpt_never_shows_a_hidden_answer(
    question, answer, helper, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        secret = post_answer(question, helper, "Équipement réservé Grimoald.")
    with django_capture_on_commit_callbacks(execute=True):
        hide_answer(secret, question)

    # The title matches "équipement", so the question is found; only visible answers are read.
    hits = search_site(AnonymousUser(), "équipement grimoald").hits
    assert list(hits) == []
    hit = search_site(AnonymousUser(), "équipements", result_type="question").hits[0]
    assert "Grimoald" not in hit.excerpt


def test_excerpt_prefers_the_reference_answer(
    question, answer, helper, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        reference = post_answer(question, helper, f"Réponse de référence : la {WORD} neuve.")
        set_reference_answer(question, reference)

    hit = search_site(AnonymousUser(), WORD, result_type="question").hits[0]

    assert hit.excerpt.startswith("Réponse de référence")
