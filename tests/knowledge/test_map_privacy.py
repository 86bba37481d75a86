"""The map outputs never show a reserved community's reports to non-members, nor drafts to anyone.

A public and a reserved community each have a located report. The reserved report's title and
its category contain "Zorglub", and its coordinates appear nowhere else. A draft report and a
draft edit of a live report contain "Brouillon". The tree is built once for the module and
rolled back at its end; the cache is emptied around every test.
"""

import pytest
from django.db import transaction
from django.urls import reverse

from community.models import Role, Visibility
from tests.factories import CommunityPageFactory, MembershipFactory, SuperuserFactory, UserFactory

from .map_helpers import (
    NANTES,
    FieldReportCategoryFactory,
    FieldReportPageFactory,
    clear_cache,
    field_report_index,
    location,
    map_page,
)

SECRET = "Zorglub"
DRAFT = "Brouillon"
# Vannes, written as the outputs write it: six decimals.
RESERVED_POINT = (-2.760310, 47.658236)
RESERVED_COORDINATES = ["47.658236", "-2.760310", "-2.76031"]
DRAFT_POINT = (0.107929, 49.494370)
DRAFT_COORDINATES = ["49.494370", "0.107929", "49.49437"]

NON_MEMBERS = ["visitor", "agent without community", "member of other community"]
MEMBERS = ["reserved member", "superuser"]
PERSONAS = NON_MEMBERS + MEMBERS

OUTPUTS = ["map", "public community map", "geojson", "csv"]
# Filters that name the reserved community or its category, which must change nothing for
# non-members. The placeholders are replaced by the community's slug and id and the
# category's id.
QUERIES = ["", "?community={reserved}", "?community={reserved_id}", "?category={category}"]


def build_site():
    public = CommunityPageFactory(title="Filières vertes", slug="filieres-vertes")
    reserved = CommunityPageFactory(
        title=f"Réseau {SECRET}", slug="reseau-reserve", visibility=Visibility.RESERVED
    )
    category = FieldReportCategoryFactory(label=f"Catégorie {SECRET}", community=reserved)

    FieldReportPageFactory(
        parent=field_report_index(public), title="Maison en chanvre", location=location(NANTES)
    )
    FieldReportPageFactory(
        parent=field_report_index(reserved),
        title=f"Chantier {SECRET} confidentiel",
        location=location(RESERVED_POINT),
        categories=[category],
    )
    FieldReportPageFactory(
        parent=field_report_index(public),
        title=f"{DRAFT} jamais publié",
        location=location(DRAFT_POINT),
        publish=False,
    )
    edited = FieldReportPageFactory(parent=field_report_index(public), title="Halle en bois")
    edited.title = f"{DRAFT} d'une modification"
    edited.save_revision()

    users = {
        "visitor": None,
        "agent without community": UserFactory(),
        "member of other community": MembershipFactory(community=public).user,
        "reserved member": MembershipFactory(community=reserved, role=Role.MEMBER).user,
        "superuser": SuperuserFactory(),
    }
    urls = {
        "map": map_page().url,
        "public community map": field_report_index(public).url,
        "reserved community map": field_report_index(reserved).url,
        "geojson": reverse("knowledge:map-geojson"),
        "csv": reverse("knowledge:map-csv"),
    }
    return {"users": users, "urls": urls, "reserved": reserved, "category": category}


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_site()
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def empty_cache():
    clear_cache()
    yield
    clear_cache()


def fetch(client, site, persona, output, query=""):
    """GET `output` with `query` as `persona` and return the body as text."""
    user = site["users"][persona]
    if user is not None:
        client.force_login(user)
    query = query.format(
        reserved=site["reserved"].slug,
        reserved_id=site["reserved"].pk,
        category=site["category"].pk,
    )
    response = client.get(site["urls"][output] + query)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("persona", NON_MEMBERS)
def test_non_member_never_gets_reserved_report(client, site, persona, output, query):
    text = fetch(client, site, persona, output, query)

    assert SECRET not in text
    for coordinate in RESERVED_COORDINATES:
        assert coordinate not in text


@pytest.mark.django_db
@pytest.mark.parametrize("output", ["map", "geojson", "csv"])
@pytest.mark.parametrize("persona", MEMBERS)
def test_member_gets_reserved_report(client, site, persona, output):
    text = fetch(client, site, persona, output)

    assert f"Chantier {SECRET} confidentiel" in text


@pytest.mark.django_db
@pytest.mark.parametrize("output", ["geojson", "csv"])
def test_member_gets_reserved_coordinates(client, site, output):
    text = fetch(client, site, "reserved member", output)

    assert RESERVED_COORDINATES[0] in text


@pytest.mark.django_db
def test_member_gets_reserved_community_map(client, site):
    text = fetch(client, site, "reserved member", "reserved community map")

    assert f"Chantier {SECRET} confidentiel" in text


@pytest.mark.django_db
@pytest.mark.parametrize("persona", NON_MEMBERS)
def test_reserved_community_map_blocks_non_member(client, site, persona):
    user = site["users"][persona]
    if user is not None:
        client.force_login(user)

    response = client.get(site["urls"]["reserved community map"])

    assert response.status_code in (302, 403)


@pytest.mark.django_db
def test_member_filter_lists_reserved_choices(client, site):
    text = fetch(client, site, "reserved member", "map")

    assert f'<option value="reseau-reserve">Réseau {SECRET}</option>' in text
    assert f'value="{site["category"].pk}"' in text


@pytest.mark.django_db
@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("output", OUTPUTS)
@pytest.mark.parametrize("persona", PERSONAS)
def test_drafts_never_appear(client, site, persona, output, query):
    text = fetch(client, site, persona, output, query)

    assert DRAFT not in text
    for coordinate in DRAFT_COORDINATES:
        assert coordinate not in text


@pytest.mark.django_db
@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("output", ["geojson", "csv"])
def test_member_payload_not_served_to_visitor(client, site, output, query):
    member_text = fetch(client, site, "reserved member", output, query)
    client.logout()

    visitor_text = fetch(client, site, "visitor", output, query)

    assert SECRET in member_text
    assert SECRET not in visitor_text


@pytest.mark.django_db
@pytest.mark.parametrize("output", ["geojson", "csv"])
def test_member_payload_not_served_to_other_member(client, site, output):
    fetch(client, site, "reserved member", output)
    client.logout()

    text = fetch(client, site, "member of other community", output)

    assert SECRET not in text


@pytest.mark.django_db
@pytest.mark.parametrize("output", ["geojson", "csv"])
def test_visitor_payload_not_served_to_member(client, site, output):
    fetch(client, site, "visitor", output)

    text = fetch(client, site, "reserved member", output)

    assert f"Chantier {SECRET} confidentiel" in text
