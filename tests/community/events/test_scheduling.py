"""Scheduled announcements: go-live and expiry dates, `publish_scheduled` and summer time.

A scheduled event must appear in no agenda and no calendar, and its page must not be found,
until `publish_scheduled` runs after its go-live time. An expired event leaves them all. The
clock starts at NOW, Tuesday 10 March 2026 at 10:00 in Paris.
"""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.test.utils.form_data import querydict_from_html

from community.events.admin_forms import SCHEDULE_HELP
from community.models import EventPage

from ...factories import EventPageFactory
from .conftest import paris

pytestmark = pytest.mark.django_db

TITLE = "Visite programmée du chantier"


def schedule_event(agenda, go_live_at, start, end=None, **fields):
    """Add an event whose revision is published the way the editor schedules it."""
    event = EventPageFactory(
        parent=agenda,
        title=TITLE,
        start=start,
        end=end or start + datetime.timedelta(hours=2),
        publish=False,
        go_live_at=go_live_at,
        **fields,
    )
    event.get_latest_revision().publish()
    event.refresh_from_db()
    return event


def publish_scheduled_at(clock, moment):
    clock.move_to(moment)
    call_command("publish_scheduled", verbosity=0)


def outputs(client, event, agenda, portal_agenda):
    """Return the content of each agenda page and calendar, and the status of the event page."""
    contents = {}
    for name, url in (
        ("community agenda", agenda.url),
        ("community calendar", f"{agenda.url}calendrier/"),
        ("portal agenda", portal_agenda.url),
        ("portal calendar", f"{portal_agenda.url}calendrier/"),
    ):
        response = client.get(url)
        assert response.status_code == 200, name
        contents[name] = response.content.decode()
    event_url = EventPage.objects.get(pk=event.pk).url
    statuses = {
        "event page": client.get(event_url).status_code,
        "event calendar": client.get(f"{event_url}calendrier/").status_code,
    }
    return contents, statuses


def assert_hidden(client, event, agenda, portal_agenda):
    contents, statuses = outputs(client, event, agenda, portal_agenda)
    for name, content in contents.items():
        assert TITLE not in content, name
    assert statuses == {"event page": 404, "event calendar": 404}


def assert_shown(client, event, agenda, portal_agenda):
    contents, statuses = outputs(client, event, agenda, portal_agenda)
    for name, content in contents.items():
        assert TITLE in content, name
    assert statuses == {"event page": 200, "event calendar": 200}


# Go-live


def test_scheduled_event_hidden_until_go_live(client, agenda, portal_agenda, clock):
    event = schedule_event(
        agenda, go_live_at=paris(2026, 3, 11, 9, 0), start=paris(2026, 3, 20, 14, 0)
    )

    assert not event.live
    assert event.get_latest_revision().approved_go_live_at == paris(2026, 3, 11, 9, 0)
    assert_hidden(client, event, agenda, portal_agenda)


def test_publish_scheduled_waits_for_go_live(client, agenda, portal_agenda, clock):
    event = schedule_event(
        agenda, go_live_at=paris(2026, 3, 11, 9, 0), start=paris(2026, 3, 20, 14, 0)
    )

    publish_scheduled_at(clock, paris(2026, 3, 11, 8, 59))

    assert not EventPage.objects.get(pk=event.pk).live
    assert_hidden(client, event, agenda, portal_agenda)


def test_publish_scheduled_after_go_live(client, agenda, portal_agenda, clock):
    event = schedule_event(
        agenda, go_live_at=paris(2026, 3, 11, 9, 0), start=paris(2026, 3, 20, 14, 0)
    )

    publish_scheduled_at(clock, paris(2026, 3, 11, 9, 1))

    assert EventPage.objects.get(pk=event.pk).live
    assert_shown(client, event, agenda, portal_agenda)


def test_go_live_across_spring_change(client, agenda, portal_agenda, clock):
    # Summer time starts on Sunday 29 March 2026 at 02:00: 03:30 in Paris is 01:30 UTC.
    go_live_at = paris(2026, 3, 29, 3, 30)
    assert go_live_at == datetime.datetime(2026, 3, 29, 1, 30, tzinfo=datetime.UTC)
    event = schedule_event(agenda, go_live_at=go_live_at, start=paris(2026, 4, 2, 9, 0))

    publish_scheduled_at(clock, datetime.datetime(2026, 3, 29, 1, 29, tzinfo=datetime.UTC))
    assert not EventPage.objects.get(pk=event.pk).live
    assert_hidden(client, event, agenda, portal_agenda)

    publish_scheduled_at(clock, datetime.datetime(2026, 3, 29, 1, 31, tzinfo=datetime.UTC))
    assert EventPage.objects.get(pk=event.pk).live
    assert_shown(client, event, agenda, portal_agenda)


# Expiry


def test_expiry_unpublishes(client, agenda, portal_agenda, clock):
    event = EventPageFactory(
        parent=agenda,
        title=TITLE,
        start=paris(2026, 3, 20, 14, 0),
        expire_at=paris(2026, 3, 12, 18, 0),
    )
    assert_shown(client, event, agenda, portal_agenda)

    publish_scheduled_at(clock, paris(2026, 3, 12, 17, 59))
    assert EventPage.objects.get(pk=event.pk).live
    assert_shown(client, event, agenda, portal_agenda)

    publish_scheduled_at(clock, paris(2026, 3, 12, 18, 1))
    assert not EventPage.objects.get(pk=event.pk).live
    assert_hidden(client, event, agenda, portal_agenda)


def test_expired_event_hidden_before_command_runs(client, agenda, portal_agenda, clock):
    event = EventPageFactory(
        parent=agenda,
        title=TITLE,
        start=paris(2026, 3, 20, 14, 0),
        expire_at=paris(2026, 3, 12, 18, 0),
    )

    clock.move_to(paris(2026, 3, 12, 18, 0, 30))
    contents, statuses = outputs(client, event, agenda, portal_agenda)

    for name, content in contents.items():
        assert TITLE not in content, name
    assert statuses["event calendar"] == 404


def test_expiry_across_autumn_change(client, agenda, portal_agenda, clock):
    # Winter time comes back on Sunday 25 October 2026 at 03:00: 03:30 in Paris is 02:30 UTC.
    clock.move_to(paris(2026, 10, 20, 9, 0))
    expire_at = paris(2026, 10, 25, 3, 30)
    assert expire_at == datetime.datetime(2026, 10, 25, 2, 30, tzinfo=datetime.UTC)
    event = EventPageFactory(
        parent=agenda, title=TITLE, start=paris(2026, 10, 29, 14, 0), expire_at=expire_at
    )

    publish_scheduled_at(clock, datetime.datetime(2026, 10, 25, 2, 29, tzinfo=datetime.UTC))
    assert EventPage.objects.get(pk=event.pk).live
    assert_shown(client, event, agenda, portal_agenda)

    publish_scheduled_at(clock, datetime.datetime(2026, 10, 25, 2, 31, tzinfo=datetime.UTC))
    assert not EventPage.objects.get(pk=event.pk).live
    assert_hidden(client, event, agenda, portal_agenda)


# The page editor


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


def test_editor_shows_time_zone_help(admin_client, event):
    edit_url = reverse("wagtailadmin_pages:edit", args=[event.pk])

    content = admin_client.get(edit_url).content.decode()
    with translation.override("fr"):
        schedule_help = escape(str(SCHEDULE_HELP["go_live_at"]))

    assert "Europe/Paris" in content
    assert schedule_help in content


def test_editor_go_live_entered_in_paris_time(admin_client, agenda, clock):
    create_url = reverse("wagtailadmin_pages:add", args=("community", "eventpage", agenda.pk))
    form = admin_client.get(create_url).content.decode()
    data = querydict_from_html(form, form_id="page-edit-form")
    data["body-count"] = "0"
    data.update(
        {
            "title": TITLE,
            "slug": "visite-programmee",
            "summary": "Visite d'une réhabilitation en béton de chanvre.",
            "start": "2026-04-02 09:00",
            "end": "2026-04-02 11:00",
            "go_live_at": "2026-03-29 03:30",
            "action-publish": "action-publish",
        }
    )

    response = admin_client.post(create_url, data)

    assert response.status_code == 302
    event = EventPage.objects.get(slug="visite-programmee")
    assert event.go_live_at == datetime.datetime(2026, 3, 29, 1, 30, tzinfo=datetime.UTC)
    assert not event.live

    publish_scheduled_at(clock, datetime.datetime(2026, 3, 29, 1, 29, tzinfo=datetime.UTC))
    assert not EventPage.objects.get(pk=event.pk).live
    publish_scheduled_at(clock, datetime.datetime(2026, 3, 29, 1, 31, tzinfo=datetime.UTC))
    assert EventPage.objects.get(pk=event.pk).live
