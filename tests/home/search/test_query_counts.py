"""The search page runs as many SQL queries for twenty results as for three.

Both searches find instructions whose body chooses an image and a document, questions with
answers, events and documents, so that every kind of result takes part.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    CommunityPageFactory,
    DocumentFactory,
    EventPageFactory,
    ImageFactory,
    InstructionPageFactory,
    MembershipFactory,
    QuestionPageFactory,
    event_index,
    paragraph,
    question_index,
    reference_index,
)

from .conftest import SEARCH_URL, rolled_back

# Results of each type: the few-results search shows 3 pages, the many-results one 20 of 24.
SIZES = {"few": 1, "many": 8}
# Measured with CaptureQueriesContext on SQLite and PostgreSQL 15 after one warm-up request: a
# visitor runs 18 queries and a logged-in member 23, because of the session, the user, their
# groups and the Wagtail user bar. The budget allows two more as a margin.
MAX_QUERIES = {"visitor": 20, "member": 25}


def add_results(community, word, count, image, document):
    from qa.threads import post_answer

    asker = MembershipFactory(community=community).user
    for number in range(count):
        InstructionPageFactory(
            parent=reference_index(community),
            title=f"Fiche {word} {number}",
            body=[
                paragraph(f"Le {word} en détail."),
                {"type": "image", "value": {"image": image.pk, "alt_text": word}},
                {"type": "document", "value": {"document": document.pk, "label": word}},
            ],
        )
        question = QuestionPageFactory(
            parent=question_index(community), title=f"Question {word} {number} ?", asker=asker
        )
        post_answer(question, asker, f"Réponse sur le {word}.")
        EventPageFactory(parent=event_index(community), title=f"Atelier {word} {number}")
        DocumentFactory(title=f"Document {word} {number}")


@pytest.fixture(scope="module")
def member(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        community = CommunityPageFactory(title="Communauté mesurée", slug="communaute-mesuree")
        image, document = ImageFactory(), DocumentFactory()
        for size, count in SIZES.items():
            add_results(community, size, count, image, document)
        yield MembershipFactory(community=community).user


def count_queries(client, query):
    with CaptureQueriesContext(connection) as context:
        response = client.get(SEARCH_URL, {"q": query})
    assert response.status_code == 200
    return len(context)


@pytest.mark.django_db
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("persona", MAX_QUERIES)
def test_search_page_query_budget(client, member, django_assert_max_num_queries, persona, size):
    if persona == "member":
        client.force_login(member)
    client.get(SEARCH_URL, {"q": size})  # Warm up the caches of content types and site roots.

    with django_assert_max_num_queries(MAX_QUERIES[persona]):
        response = client.get(SEARCH_URL, {"q": size})

    assert len(response.context["results"].hits) == min(3 * SIZES[size], 20)


@pytest.mark.django_db
@pytest.mark.parametrize("persona", MAX_QUERIES)
def test_query_count_independent_of_result_count(client, member, persona):
    if persona == "member":
        client.force_login(member)
    client.get(SEARCH_URL, {"q": "few"})

    assert count_queries(client, "many") == count_queries(client, "few")
