"""The activity pages and the home page run as many SQL queries for 3 entries as for 30."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from qa.threads import post_answer

from ...factories import (
    ArticlePageFactory,
    InstructionPageFactory,
    QuestionPageFactory,
    question_index,
    reference_index,
)
from .conftest import member_of

pytestmark = pytest.mark.django_db

# Measured with CaptureQueriesContext after one warm-up request: the community page runs 22
# queries for a visitor and 29 for a member, the portal page 17 and 22, the home page 24 and 32.
# Each listing reads the view restrictions again, and a member adds the Wagtail user bar's
# permission queries. The budgets allow two more as a margin.
MAX_QUERIES = {
    ("community", "visitor"): 24,
    ("community", "member"): 31,
    ("portal", "visitor"): 19,
    ("portal", "member"): 24,
    ("home", "visitor"): 26,
    ("home", "member"): 34,
}


def add_activity(community, author, count):
    """Add `count` entries to `community`: instructions, articles, questions and answers."""
    makers = [
        lambda: InstructionPageFactory(parent=reference_index(community)),
        lambda: ArticlePageFactory(parent=reference_index(community)),
        lambda: QuestionPageFactory(parent=question_index(community), asker=author, owner=author),
    ]
    question = None
    for number in range(count):
        if number % 4 == 3:
            post_answer(question, author, f"Réponse {number}.")
        else:
            page = makers[number % 4]()
            question = page if number % 4 == 2 else question


def url_of(page_name, community, home):
    return {
        "community": community.url + "quoi-de-neuf/",
        "portal": "/quoi-de-neuf/",
        "home": home.url,
    }[page_name]


def count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context)


@pytest.fixture
def author(community, reserved_community):
    user = member_of(community, user__first_name="Agnès")
    member_of(reserved_community, user=user)
    return user


@pytest.mark.parametrize("persona", ["visitor", "member"])
@pytest.mark.parametrize("page_name", ["community", "portal", "home"])
def test_query_count_flat(
    client,
    home,
    community,
    reserved_community,
    author,
    django_assert_max_num_queries,
    page_name,
    persona,
):
    if persona == "member":
        client.force_login(author)
    url = url_of(page_name, community, home)
    add_activity(community, author, 3)
    add_activity(reserved_community, author, 3)
    client.get(url)  # Warm up the caches of content types and site root paths.
    small_count = count_queries(client, url)

    add_activity(community, author, 27)
    add_activity(reserved_community, author, 27)
    with django_assert_max_num_queries(MAX_QUERIES[page_name, persona]):
        large_count = count_queries(client, url)

    assert large_count == small_count
