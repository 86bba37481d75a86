"""The map page and the GeoJSON run as many SQL queries with four times more reports."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from community.models import Visibility
from knowledge.map_data import invalidate_map_data
from knowledge.models import FieldReportIndexPage
from tests.factories import CommunityPageFactory, MembershipFactory, UserFactory

from .map_helpers import (
    FieldReportCategoryFactory,
    FieldReportPageFactory,
    clear_cache,
    commune,
    field_report_index,
    map_page,
)

GEOJSON_URL = reverse("knowledge:map-geojson")
# (communities, reports per community). The large site has twice as many of both.
SITE_SIZES = {"small": (2, 3), "large": (4, 6)}

# Measured with CaptureQueriesContext at both sizes, on SQLite and PostgreSQL 15 alike, after
# one warm-up request and with a cold payload cache. The map page runs 22 queries for a
# visitor and 29 for a member, whose session, groups and Wagtail user bar add queries. The
# GeoJSON runs 10 and 13. The budget allows two more as a margin.
MAX_QUERIES = {
    ("map", "visitor"): 24,
    ("map", "member"): 31,
    ("geojson", "visitor"): 12,
    ("geojson", "member"): 15,
}


@pytest.fixture(autouse=True)
def empty_cache():
    clear_cache()
    yield
    clear_cache()


@pytest.fixture
def member(db):
    return UserFactory()


def build_site(community_count, reports_per_community, member, first_number=0):
    """Add communities with located, categorised reports. The first one is reserved."""
    nantes = commune("44109", "Nantes", "44", "Loire-Atlantique")
    shared_category = FieldReportCategoryFactory(label=f"Partagée {first_number}")
    for number in range(first_number, first_number + community_count):
        visibility = Visibility.RESERVED if number == 0 else Visibility.PUBLIC
        community = CommunityPageFactory(visibility=visibility)
        MembershipFactory(user=member, community=community)
        category = FieldReportCategoryFactory(community=community)

        index = field_report_index(community)
        for _ in range(reports_per_community):
            FieldReportPageFactory(
                parent=index, commune=nantes, categories=[category, shared_category]
            )


def add_to_large_site(member):
    """Grow the small site into the large one."""
    small_communities, small_reports = SITE_SIZES["small"]
    large_communities, large_reports = SITE_SIZES["large"]
    build_site(large_communities - small_communities, large_reports, member, small_communities)
    # Fill the first communities up to the large number of reports each.
    nantes = commune("44109", "Nantes", "44", "Loire-Atlantique")
    for index in FieldReportIndexPage.objects.order_by("path")[:small_communities]:
        for _ in range(large_reports - small_reports):
            FieldReportPageFactory(parent=index, commune=nantes)


def output_url(output):
    return map_page().url if output == "map" else GEOJSON_URL


def log_in(client, persona, member):
    if persona == "member":
        client.force_login(member)


@pytest.mark.django_db
@pytest.mark.parametrize(("output", "persona"), MAX_QUERIES)
def test_query_count_independent_of_size(
    client, member, django_assert_max_num_queries, output, persona
):
    build_site(*SITE_SIZES["small"], member=member)
    url = output_url(output)
    log_in(client, persona, member)
    client.get(url)  # Warm up the caches of content types and site root paths.

    invalidate_map_data()  # A cold payload cache: the GeoJSON is built again.
    with django_assert_max_num_queries(MAX_QUERIES[(output, persona)]) as small:
        assert client.get(url).status_code == 200

    add_to_large_site(member)
    invalidate_map_data()
    with django_assert_max_num_queries(MAX_QUERIES[(output, persona)]) as large:
        assert client.get(url).status_code == 200

    assert len(large) == len(small)


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["visitor", "member"])
def test_cached_geojson_skips_report_queries(client, member, persona):
    build_site(*SITE_SIZES["small"], member=member)
    log_in(client, persona, member)
    client.get(GEOJSON_URL)
    invalidate_map_data()
    with CaptureQueriesContext(connection) as cold:
        client.get(GEOJSON_URL)

    with CaptureQueriesContext(connection) as warm:
        client.get(GEOJSON_URL)

    assert len(warm) < len(cold)
