"""Who finds what in the agenda calendars: reserved events, online meeting links, query counts.

The public community "Filières vertes" has an online event with its meeting link. The reserved
community has `reserved_event`, whose title, summary and link only its members may read.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar

from tests.factories import EventPageFactory, SuperuserFactory

from .conftest import PUBLIC_LINK, member_of, paris

RESERVED_LINK = "https://visio.example.org/comite-restreint"
RESERVED_TEXTS = [
    "Comité restreint des animateurs",
    "Préparation confidentielle du séminaire national.",
    RESERVED_LINK,
]
PERSONAS = ["visitor", "outsider", "member", "reserved member", "superuser"]


def unfolded(response):
    """Return the body of a calendar response with its folded lines joined again."""
    return response.content.decode().replace("\r\n ", "")


def summaries(response):
    calendar = Calendar.from_ical(response.content)
    return [str(component["SUMMARY"]) for component in calendar.walk("VEVENT")]


@pytest.fixture
def personas(member, reserved_member, outsider, db):
    return {
        "visitor": None,
        "outsider": outsider,
        "member": member,
        "reserved member": reserved_member,
        "superuser": SuperuserFactory(),
    }


def fetch(client, personas, persona, path):
    user = personas[persona]
    if user is not None:
        client.force_login(user)
    return client.get(path)


def calendar_path(agenda):
    return f"{agenda.url}calendrier/"


@pytest.mark.django_db
@pytest.mark.parametrize("persona", PERSONAS)
def test_public_agenda_calendar_lists_public_events_only(
    client, personas, persona, agenda, event, reserved_event
):
    response = fetch(client, personas, persona, calendar_path(agenda))

    assert response.status_code == 200
    assert summaries(response) == [event.title]
    for text in RESERVED_TEXTS:
        assert text not in unfolded(response)


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["visitor", "outsider", "member"])
def test_portal_calendar_hides_reserved_event_from_non_members(
    client, personas, persona, portal_agenda, event, reserved_event
):
    response = fetch(client, personas, persona, calendar_path(portal_agenda))

    assert response.status_code == 200
    assert summaries(response) == [event.title]
    for text in RESERVED_TEXTS:
        assert text not in unfolded(response)
    assert "CLASS:PRIVATE" not in unfolded(response)


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["reserved member", "superuser"])
def test_portal_calendar_shows_reserved_event_to_members(
    client, personas, persona, portal_agenda, event, reserved_event
):
    response = fetch(client, personas, persona, calendar_path(portal_agenda))

    assert summaries(response) == [event.title, reserved_event.title]
    for text in RESERVED_TEXTS:
        assert text in unfolded(response)


@pytest.mark.django_db
def test_reserved_event_is_marked_private(client, reserved_member, portal_agenda, reserved_event):
    client.force_login(reserved_member)

    response = client.get(calendar_path(portal_agenda))

    assert "CLASS:PRIVATE" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("persona", "status"), [("visitor", 302), ("outsider", 403), ("member", 403)]
)
def test_reserved_calendars_refused_to_non_members(
    client, personas, persona, status, reserved_agenda, reserved_event
):
    for path in (calendar_path(reserved_agenda), calendar_path(reserved_event)):
        client.logout()
        response = fetch(client, personas, persona, path)

        assert response.status_code == status
        for text in RESERVED_TEXTS:
            assert text not in response.content.decode()


@pytest.mark.django_db
def test_reserved_calendars_served_to_member(
    client, reserved_member, reserved_agenda, reserved_event
):
    client.force_login(reserved_member)

    agenda_response = client.get(calendar_path(reserved_agenda))
    event_response = client.get(calendar_path(reserved_event))

    assert summaries(agenda_response) == [reserved_event.title]
    assert summaries(event_response) == [reserved_event.title]
    assert RESERVED_LINK in unfolded(event_response)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("persona", "sees_link"),
    [
        ("visitor", False),
        ("outsider", False),
        ("reserved member", False),
        ("member", True),
        ("superuser", True),
    ],
)
def test_online_link_matrix(
    client, personas, persona, sees_link, agenda, portal_agenda, online_event
):
    paths = [calendar_path(online_event), calendar_path(agenda), calendar_path(portal_agenda)]
    for path in paths:
        client.logout()
        response = fetch(client, personas, persona, path)
        calendar = Calendar.from_ical(response.content)
        (component,) = calendar.walk("VEVENT")

        assert (PUBLIC_LINK in unfolded(response)) is sees_link, path
        assert (PUBLIC_LINK in str(component["DESCRIPTION"])) is sees_link, path
        assert ("CONFERENCE" in component) is sees_link, path


@pytest.mark.django_db
def test_pending_member_gets_no_online_link(client, community, agenda, online_event):
    client.force_login(member_of(community, status="pending"))

    response = client.get(calendar_path(agenda))

    assert summaries(response) == [online_event.title]
    assert PUBLIC_LINK not in unfolded(response)


@pytest.mark.django_db
def test_anonymous_calendars_have_no_online_link(
    client, agenda, portal_agenda, online_event, reserved_event
):
    for path in (calendar_path(agenda), calendar_path(portal_agenda), calendar_path(online_event)):
        response = client.get(path)

        assert "visio.example.org" not in unfolded(response), path
        assert "CONFERENCE" not in unfolded(response), path


# --- Query counts ------------------------------------------------------------------------

EVENT_COUNTS = {"small": 2, "large": 8}
# Measured with CaptureQueriesContext on SQLite after one warm-up request, savepoints of the
# atomic request included: 18 queries for the portal calendar of a member of both communities,
# 15 for the community calendar of a visitor. Routing the request and checking the view
# restrictions of the agenda take about half of them. The budget allows a margin of two.
MAX_QUERIES = {"portal member": 20, "community visitor": 17}


@pytest.fixture
def two_community_member(community, reserved_community):
    user = member_of(community)
    member_of(reserved_community, user=user)
    return user


def add_events(count, agenda, reserved_agenda):
    """Add `count` online events to each agenda, with their meeting links."""
    for number in range(count):
        for parent in (agenda, reserved_agenda):
            EventPageFactory(
                parent=parent,
                start=paris(2026, 3, 11 + number, 14, 0),
                format="online",
                online_url=f"https://visio.example.org/{parent.pk}-{number}",
            )


def calendar_request(client, persona, user, agenda, portal_agenda):
    """Return the path that `persona` fetches, logging `user` in when the persona needs it."""
    if persona == "portal member":
        client.force_login(user)
        return calendar_path(portal_agenda)
    return calendar_path(agenda)


def count_queries(client, path):
    client.get(path)  # Warm up the caches of content types and site root paths.
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200
    return len(context), response


@pytest.mark.django_db
@pytest.mark.parametrize("size", EVENT_COUNTS)
@pytest.mark.parametrize("persona", MAX_QUERIES)
def test_calendar_query_budget(
    client,
    django_assert_max_num_queries,
    persona,
    size,
    two_community_member,
    agenda,
    reserved_agenda,
    portal_agenda,
    clock,
):
    add_events(EVENT_COUNTS[size], agenda, reserved_agenda)
    path = calendar_request(client, persona, two_community_member, agenda, portal_agenda)
    client.get(path)

    with django_assert_max_num_queries(MAX_QUERIES[persona]):
        response = client.get(path)

    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("persona", MAX_QUERIES)
def test_calendar_query_count_independent_of_event_count(
    client, persona, two_community_member, agenda, reserved_agenda, portal_agenda, clock
):
    path = calendar_request(client, persona, two_community_member, agenda, portal_agenda)
    add_events(EVENT_COUNTS["small"], agenda, reserved_agenda)
    small_count, small_response = count_queries(client, path)

    add_events(EVENT_COUNTS["large"] - EVENT_COUNTS["small"], agenda, reserved_agenda)
    large_count, large_response = count_queries(client, path)

    expected_events = {"portal member": 2, "community visitor": 1}[persona]
    assert len(summaries(small_response)) == expected_events * EVENT_COUNTS["small"]
    assert len(summaries(large_response)) == expected_events * EVENT_COUNTS["large"]
    assert large_count == small_count
