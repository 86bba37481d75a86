"""`manage.py load_demo`: the events of each community, their documents and the portal agenda."""

import datetime
import io
import json
from urllib.parse import urlsplit

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page

from community.events.models import (
    PARIS,
    AgendaPage,
    DocumentKind,
    EventDocument,
    EventFormat,
    EventPage,
)
from community.models import CommunityPage
from home.demo import content, events
from knowledge.geo import parse_location

from .demo_loading import demo_loaded_twice

COUNTED_MODELS = {
    "pages": Page,
    "events": EventPage,
    "event documents": EventDocument,
    "documents": get_document_model(),
    "portal agendas": AgendaPage,
}
COMMUNITY_SLUGS = [community["slug"] for community in content.COMMUNITIES]
RESERVED_SLUG = "reseau-chefs-projet-ort"
RESERVED_WORDS = ["castelbrune", "comité de pilotage", "revue annuelle"]
EXAMPLE_HOSTS = ("example.org", "example.com", "example.net")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), demo_loaded_twice(COUNTED_MODELS) as loaded:
        yield loaded


def community_events(slug):
    community = CommunityPage.objects.get(slug=slug)
    return EventPage.objects.descendant_of(community)


def event_text(data):
    """Return the texts of a demo event and of its documents as one lower-case text."""
    return json.dumps(data, ensure_ascii=False).lower()


def all_demo_events():
    return [(slug, data) for slug, items in events.EVENTS.items() for data in items]


@pytest.mark.django_db
@pytest.mark.parametrize("name", COUNTED_MODELS)
def test_second_load_creates_nothing(demo, name):
    assert demo["second counts"][name] == demo["first counts"][name]


@pytest.mark.django_db
def test_first_load_reports_events(demo):
    output = demo["first output"]

    assert "+ portal agenda: Agenda" in output
    assert "+ scheduled event of Filières vertes:" in output
    assert "+ event document (minutes): Compte rendu – " in output


@pytest.mark.django_db
def test_second_load_reports_no_event(demo):
    created = [line for line in demo["second output"].splitlines() if line.startswith("  + ")]

    assert created == []


@pytest.mark.django_db
def test_first_load_creates_every_demo_event(demo):
    loaded = set(EventPage.objects.values_list("slug", flat=True))

    assert {data["slug"] for _slug, data in all_demo_events()} <= loaded


@pytest.mark.django_db
def test_portal_agenda_is_live_at_agenda(demo, client):
    agenda = AgendaPage.objects.get()

    assert agenda.live
    assert agenda.url == "/agenda/"
    assert agenda.title == "Agenda"
    assert agenda.intro
    assert client.get("/agenda/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("slug", COMMUNITY_SLUGS)
def test_agenda_has_two_past_events_with_minutes(demo, slug):
    past = community_events(slug).live().past()

    with_minutes = past.filter(documents__kind=DocumentKind.MINUTES).distinct()

    assert with_minutes.count() >= 2


@pytest.mark.django_db
@pytest.mark.parametrize("slug", COMMUNITY_SLUGS)
@pytest.mark.parametrize("event_format", EventFormat.values)
def test_agenda_has_upcoming_event_of_format(demo, slug, event_format):
    upcoming = community_events(slug).live().upcoming().filter(cancelled=False)

    assert upcoming.of_format(event_format).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("slug", COMMUNITY_SLUGS)
def test_agenda_has_upcoming_multi_day_event(demo, slug):
    all_day = community_events(slug).live().upcoming().filter(all_day=True)

    assert any(event.end_date > event.start_date for event in all_day)


@pytest.mark.django_db
@pytest.mark.parametrize("slug", COMMUNITY_SLUGS)
def test_agenda_has_upcoming_event_with_agenda_document(demo, slug):
    upcoming = community_events(slug).live().upcoming()

    assert upcoming.filter(documents__kind=DocumentKind.AGENDA).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("slug", COMMUNITY_SLUGS)
def test_agenda_has_one_scheduled_event(demo, slug):
    not_live = list(community_events(slug).filter(live=False))

    assert len(not_live) == 1
    event = not_live[0]
    assert event.go_live_at > timezone.now()
    assert event.live_revision_id is None
    assert event.latest_revision.approved_go_live_at == event.go_live_at


@pytest.mark.django_db
def test_demo_has_cancelled_upcoming_event(demo):
    assert EventPage.objects.live().upcoming().filter(cancelled=True).exists()


@pytest.mark.django_db
def test_scheduled_event_goes_live_with_documents(demo):
    event = community_events("filieres-vertes").get(live=False)
    expected_documents = list(event.documents.values_list("document_id", flat=True))

    with time_machine.travel(event.go_live_at + datetime.timedelta(minutes=1), tick=False):
        call_command("publish_scheduled", stdout=io.StringIO())

    event = EventPage.objects.get(pk=event.pk)
    assert event.live
    assert list(event.documents.values_list("document_id", flat=True)) == expected_documents


@pytest.mark.django_db
def test_live_events_published_as_revision(demo):
    unpublished = [
        event.slug
        for event in EventPage.objects.live()
        if event.live_revision_id is None or event.live_revision_id != event.latest_revision_id
    ]

    assert unpublished == []


@pytest.mark.django_db
def test_event_documents_are_in_event_revision(demo):
    missing = [
        event.slug
        for event in EventPage.objects.filter(documents__isnull=False).distinct()
        if len(event.latest_revision.as_object().documents.all()) != event.documents.count()
    ]

    assert missing == []


@pytest.mark.django_db
def test_timed_events_on_weekday_daytime(demo):
    wrong = []
    for event in EventPage.objects.filter(all_day=False):
        start, end = event.local_start, event.local_end
        if start.weekday() >= 5 or start.hour < 8 or end.hour > 18 or end <= start:
            wrong.append((event.slug, start, end))

    assert wrong == []


@pytest.mark.django_db
def test_scheduled_go_live_in_morning(demo):
    go_live_hours = {
        timezone.localtime(event.go_live_at, PARIS).hour
        for event in EventPage.objects.filter(live=False)
    }

    assert go_live_hours == {8}


@pytest.mark.django_db
def test_reserved_documents_in_private_collection(demo):
    community = CommunityPage.objects.get(slug=RESERVED_SLUG)
    collection = community.access.collection
    items = EventDocument.objects.filter(page__in=community_events(RESERVED_SLUG))

    assert items.filter(kind=DocumentKind.MINUTES).exists()
    assert {item.document.collection_id for item in items} == {collection.pk}
    assert collection.get_view_restrictions().exists()


@pytest.mark.django_db
@pytest.mark.parametrize("slug", COMMUNITY_SLUGS)
def test_documents_in_community_collection(demo, slug):
    community = CommunityPage.objects.get(slug=slug)
    items = EventDocument.objects.filter(page__in=community_events(slug))

    assert {item.document.collection_id for item in items} == {community.access.collection_id}


@pytest.mark.django_db
def test_reserved_minutes_refused_to_visitor(demo, client):
    item = EventDocument.objects.filter(
        page__in=community_events(RESERVED_SLUG), kind=DocumentKind.MINUTES
    ).first()

    response = client.get(item.document.url)

    assert response.status_code != 200
    assert b"Castelbrune" not in response.content


@pytest.mark.django_db
def test_minutes_document_is_pdf(demo):
    item = EventDocument.objects.filter(kind=DocumentKind.MINUTES).first()

    with item.document.open_file() as file:
        content = file.read()

    assert content.startswith(b"%PDF-1.4")
    assert content.rstrip().endswith(b"%%EOF")
    assert item.document.file_size == len(content)


@pytest.mark.django_db
def test_online_events_have_link(demo):
    online = EventPage.objects.filter(format__in=[EventFormat.ONLINE, EventFormat.HYBRID])

    assert [event.slug for event in online if not event.online_url] == []


@pytest.mark.django_db
def test_links_use_example_hosts(demo):
    links = [
        url
        for event in EventPage.objects.all()
        for url in (event.online_url, event.registration_url)
        if url
    ]

    assert links
    assert [url for url in links if not urlsplit(url).hostname.endswith(EXAMPLE_HOSTS)] == []


@pytest.mark.django_db
def test_venues_are_located_in_france(demo):
    located = EventPage.objects.exclude(location="")

    assert located.exists()
    for event in located:
        point = parse_location(event.location)
        assert (event.latitude, event.longitude) == (point.latitude, point.longitude)


@pytest.mark.django_db
def test_in_person_events_have_venue(demo):
    in_person = EventPage.objects.exclude(format=EventFormat.ONLINE)

    missing = [event.slug for event in in_person if not event.venue_name or not event.location]

    assert missing == []


@pytest.mark.django_db
def test_demo_events_are_owned_by_facilitator(demo):
    facilitators = {
        community["slug"]: username
        for community in content.COMMUNITIES
        for username, role in community["memberships"]
        if role == "facilitator"
    }

    wrong = [
        event.slug
        for slug, username in facilitators.items()
        for event in community_events(slug).select_related("owner")
        if event.owner is None or event.owner.username != username
    ]

    assert wrong == []


@pytest.mark.parametrize(
    ("slug", "data"),
    [(slug, data) for slug, data in all_demo_events() if slug != RESERVED_SLUG],
    ids=lambda value: value if isinstance(value, str) else value["slug"],
)
def test_public_event_avoids_reserved_words(slug, data):
    text = event_text(data)

    assert [word for word in RESERVED_WORDS if word in text] == []


def test_reserved_events_name_castelbrune():
    reserved = events.EVENTS[RESERVED_SLUG]

    assert reserved
    assert [data["slug"] for data in reserved if "castelbrune" not in event_text(data)] == []


@pytest.mark.parametrize(
    ("slug", "data"),
    all_demo_events(),
    ids=lambda value: value if isinstance(value, str) else value["slug"],
)
def test_event_data_fits_fields(slug, data):
    assert len(data["summary"]) <= EventPage._meta.get_field("summary").max_length
    assert len(data["title"]) <= 255
    assert len(data["registration_note"]) <= 250


@pytest.mark.parametrize(
    ("day", "length", "step", "expected"),
    [
        # Friday 13 March 2026: a two-day event moves to Monday and Tuesday.
        (datetime.date(2026, 3, 13), 2, 1, datetime.date(2026, 3, 16)),
        # Saturday 14 March 2026 in the past moves back to Friday.
        (datetime.date(2026, 3, 14), 1, -1, datetime.date(2026, 3, 13)),
        # Friday 1 May 2026 is a public holiday.
        (datetime.date(2026, 5, 1), 1, 1, datetime.date(2026, 5, 4)),
        # Thursday 24 December 2026 falls in the year-end break, which ends on Saturday 2
        # January 2027.
        (datetime.date(2026, 12, 24), 1, 1, datetime.date(2027, 1, 4)),
        (datetime.date(2026, 12, 24), 1, -1, datetime.date(2026, 12, 21)),
        # Monday 3 August 2026 falls in the summer break.
        (datetime.date(2026, 8, 3), 1, 1, datetime.date(2026, 8, 21)),
    ],
)
def test_working_days_skips_days_off(day, length, step, expected):
    assert events.working_days(day, length, step) == expected
