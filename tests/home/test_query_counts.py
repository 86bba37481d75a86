"""The home page runs as many SQL queries with three times more communities and pages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import UserFactory, build_community_tree

# (communities, reference pages per community); the large tree has three times more of both.
TREE_SIZES = {"small": (2, 3), "large": (6, 9)}

# Measured with CaptureQueriesContext on both trees, with SQLite and PostgreSQL 15 alike. After
# one warm-up request, a visitor runs 19 queries and a member who facilitates a community
# runs 31, because the Wagtail user bar adds its permission queries. The "Next events"
# section added two: the view restrictions and the events with their community titles. The
# "What's new" section added six for a visitor (the view restrictions, the entries, the page
# types, then one query per page type shown) and seven for a member, who also has their
# memberships read. The budget allows two more as a margin.
MAX_QUERIES = {"visitor": 27, "member": 40}


def count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        client.get(url)
    return len(context)


@pytest.fixture
def member(db):
    return UserFactory()


def log_in(client, persona, member):
    if persona == "member":
        client.force_login(member)


@pytest.mark.django_db
@pytest.mark.parametrize("size", TREE_SIZES)
@pytest.mark.parametrize("persona", MAX_QUERIES)
def test_home_page_query_budget(client, home, member, django_assert_max_num_queries, persona, size):
    build_community_tree(*TREE_SIZES[size], member=member)
    log_in(client, persona, member)
    client.get(home.url)  # Warm up the caches of content types and site root paths.

    with django_assert_max_num_queries(MAX_QUERIES[persona]):
        response = client.get(home.url)

    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("persona", MAX_QUERIES)
def test_home_page_query_count_independent_of_tree_size(client, home, member, persona):
    build_community_tree(*TREE_SIZES["small"], member=member)
    log_in(client, persona, member)
    client.get(home.url)
    small_count = count_queries(client, home.url)

    # Add the communities that the large tree has beyond the small one.
    large_communities, large_pages = TREE_SIZES["large"]
    build_community_tree(large_communities - TREE_SIZES["small"][0], large_pages, member=member)
    large_count = count_queries(client, home.url)

    assert large_count == small_count
