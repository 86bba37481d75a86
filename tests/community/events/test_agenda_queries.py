"""The agendas run as many SQL queries with 3 events as with 25, for a visitor and a member."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from community.models import Role

from ...factories import AgendaPageFactory, EventPageFactory, MembershipFactory, UserFactory
from .conftest import NOW

SIZES = [3, 25]
AGENDAS = ["community", "portal"]
# Measured with CaptureQueriesContext after one warm-up request, at both sizes, on the upcoming
# list and the archive of both agendas alike: 18 queries for a visitor and 30 for a member,
# whose session, groups and Wagtail user bar add queries. The budget allows two more.
MAX_QUERIES = {"visitor": 20, "member": 32}


@pytest.fixture
def member(community, reserved_community):
    """A member of the public community who facilitates the reserved one."""
    user = UserFactory()
    MembershipFactory(user=user, community=community)
    MembershipFactory(user=user, community=reserved_community, role=Role.FACILITATOR)
    return user


def add_events(agendas, count, first_number=0):
    """Add `count` upcoming and `count` past events, spread over `agendas`, every format."""
    formats = ["in_person", "online", "hybrid"]
    for number in range(first_number, first_number + count):
        agenda = agendas[number % len(agendas)]
        event_format = formats[number % len(formats)]
        link = "" if event_format == "in_person" else f"https://visio.example.org/{number}"
        offset = datetime.timedelta(days=number + 1)
        for when, start in (("à venir", NOW + offset), ("passé", NOW - offset)):
            EventPageFactory(
                parent=agenda,
                title=f"Événement {number} {when}",
                start=start,
                format=event_format,
                online_url=link,
            )


def agenda_url(agendas, kind, archive):
    url = agendas["portal"].url if kind == "portal" else agendas["community"].url
    return f"{url}archives/" if archive else url


def count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context)


@pytest.fixture
def agendas(agenda, reserved_agenda):
    return {"portal": AgendaPageFactory(), "community": agenda, "reserved": reserved_agenda}


@pytest.mark.django_db
@pytest.mark.parametrize("archive", [False, True], ids=["upcoming", "archive"])
@pytest.mark.parametrize("persona", MAX_QUERIES)
@pytest.mark.parametrize("kind", AGENDAS)
def test_agenda_query_count_independent_of_size(
    client, agendas, member, clock, django_assert_max_num_queries, kind, persona, archive
):
    event_agendas = [agendas["community"], agendas["reserved"]]
    add_events(event_agendas, SIZES[0])
    if persona == "member":
        client.force_login(member)
    url = agenda_url(agendas, kind, archive)
    client.get(url)  # Warm up the caches of content types and site root paths.

    with django_assert_max_num_queries(MAX_QUERIES[persona]):
        small = count_queries(client, url)
    add_events(event_agendas, SIZES[1] - SIZES[0], first_number=SIZES[0])
    with django_assert_max_num_queries(MAX_QUERIES[persona]):
        large = count_queries(client, url)

    assert large == small
