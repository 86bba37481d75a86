"""Number of SQL queries of each feed: the same for 3 items as for 30."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from community.models import PersonalToken
from tests.factories import add_reference_pages

from .conftest import client_of, community_url, member_of, parse, personal_url, portal_url

# Queries of the community feed, the largest: Wagtail routes the request and checks the view
# restriction, then the feed reads the entries and their pages, one query per page type.
BUDGET = 15


def feed_urls(community, token):
    return {
        "portal": portal_url("rss"),
        "community": community_url(community, "atom"),
        "personal": personal_url(token, "rss"),
        "personal community": personal_url(token, "atom", community),
    }


def count_queries(url, expected_items):
    client = client_of()
    parse(client.get(url))  # Warm the caches of the site and of the content types.
    with CaptureQueriesContext(connection) as queries:
        parsed = parse(client.get(url))
    assert len(parsed.entries) == expected_items, url
    return len(queries)


@pytest.mark.parametrize("name", ["portal", "community", "personal", "personal community"])
def test_queries_independent_of_items(name, community, django_assert_max_num_queries):
    member = member_of(community)
    token = PersonalToken.for_user(member)
    url = feed_urls(community, token)[name]

    add_reference_pages(community, 3)
    few = count_queries(url, 3)
    add_reference_pages(community, 27)
    many = count_queries(url, 30)

    assert many == few
    with django_assert_max_num_queries(BUDGET):
        client_of().get(url)
