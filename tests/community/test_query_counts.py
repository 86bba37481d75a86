"""The community page runs as many SQL queries with three times more communities and pages."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import UserFactory, add_reference_pages, build_community_tree

# (communities, reference pages per community); the large tree has three times more of both.
TREE_SIZES = {"small": (2, 3), "large": (6, 9)}

# Measured with CaptureQueriesContext on both trees, with SQLite and PostgreSQL 15 alike. After
# one warm-up request on a public community, a visitor runs 26 queries and a member who
# facilitates another community runs 43, because the Wagtail user bar adds its permission
# queries. The "Entraide" section, a third page type among the sections, added two and four.
# The "Next events" section added two: the view restrictions and the events. The budget
# allows two more as a margin.
MAX_QUERIES = {"visitor": 28, "member": 45}


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
def test_community_page_query_budget(client, member, django_assert_max_num_queries, persona, size):
    public_community = build_community_tree(*TREE_SIZES[size], member=member)[1]
    log_in(client, persona, member)
    client.get(public_community.url)  # Warm up the caches of content types and site root paths.

    with django_assert_max_num_queries(MAX_QUERIES[persona]):
        response = client.get(public_community.url)

    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("persona", MAX_QUERIES)
def test_community_page_query_count_independent_of_tree_size(client, member, persona):
    public_community = build_community_tree(*TREE_SIZES["small"], member=member)[1]
    log_in(client, persona, member)
    client.get(public_community.url)
    small_count = count_queries(client, public_community.url)

    large_communities, large_pages = TREE_SIZES["large"]
    small_communities, small_pages = TREE_SIZES["small"]
    build_community_tree(large_communities - small_communities, large_pages, member=member)
    add_reference_pages(public_community, large_pages - small_pages)
    large_count = count_queries(client, public_community.url)

    assert large_count == small_count
