"""The whole life of an event, from its scheduling to its minutes.

A facilitator schedules an event in the Wagtail editor, and `publish_scheduled` puts it live on
time. A member finds it in the community agenda and the portal agenda, adds it to their
calendar and gets a reminder. Later the member reads the minutes. Nothing is mocked but the clock.
"""

import datetime

import icalendar
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from community.models import EventDocument, EventPage, Role

from ...factories import DocumentFactory
from .conftest import member_of, paris

TITLE = "Visite de la maison de bourg isolée en chanvre"


def schedule_event(client, facilitator, agenda):
    """Create and schedule the event as the facilitator does in the page editor."""
    client.force_login(facilitator)
    url = reverse("wagtailadmin_pages:add", args=("community", "eventpage", agenda.pk))
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data["body-count"] = "0"
    data.update(
        {
            "title": TITLE,
            "slug": "visite-maison-de-bourg",
            "summary": "Visite commentée du chantier avec l'architecte et le maître d'ouvrage.",
            "start": "2026-03-19 14:00",
            "end": "2026-03-19 16:30",
            "venue_name": "Mairie de Saint-Exemple, salle du conseil",
            "go_live_at": "2026-03-11 08:00",
            "action-publish": "action-publish",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    return EventPage.objects.get(slug="visite-maison-de-bourg")


def test_scheduled_event_lives_its_whole_life(client, community, agenda, portal_agenda, clock):
    facilitator = member_of(community, role=Role.FACILITATOR)
    member = member_of(community, user__email="agent.ddt@example.gouv.fr")

    event = schedule_event(client, facilitator, agenda)
    assert not event.live

    client.force_login(member)
    assert TITLE not in client.get(agenda.url).content.decode()

    # The day before go-live nothing happens; once it has passed, the command publishes it.
    call_command("publish_scheduled")
    assert not EventPage.objects.get(pk=event.pk).live
    clock.move_to(paris(2026, 3, 11, 8, 1))
    call_command("publish_scheduled")
    event = EventPage.objects.get(pk=event.pk)
    assert event.live

    assert TITLE in client.get(agenda.url).content.decode()
    assert TITLE in client.get(portal_agenda.url).content.decode()
    page = client.get(event.url).content.decode()
    assert "jeudi 19 mars 2026, 14 h – 16 h 30" in page

    calendar = icalendar.Calendar.from_ical(client.get(f"{event.url}calendrier/").content)
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == TITLE
    assert vevent["DTSTART"].dt == paris(2026, 3, 19, 14, 0)

    response = client.post(
        reverse("events:reminder", args=[event.pk]), {"delay": "day", "action": "save"}
    )
    assert response.status_code == 302
    clock.move_to(paris(2026, 3, 18, 14, 5))
    call_command("send_event_reminders", verbosity=0)
    (reminder,) = mail.outbox
    assert reminder.to == [member.email]
    assert reminder.subject.startswith("Rappel : ")
    assert TITLE in reminder.subject

    # After the event, the facilitator publishes the minutes.
    clock.move_to(paris(2026, 3, 20, 9, 0))
    minutes = DocumentFactory(title="Compte rendu de la visite du 19 mars")
    event.documents.add(EventDocument(kind="minutes", document=minutes))
    event.save_revision(user=facilitator).publish()

    assert TITLE not in client.get(agenda.url).content.decode()
    assert TITLE in client.get(f"{agenda.url}archives/").content.decode()
    page = client.get(event.url).content.decode()
    assert minutes.title in page
    assert minutes.url in page


def test_editor_schedule_is_read_in_paris_time(client, community, agenda, clock):
    facilitator = member_of(community, role=Role.FACILITATOR)

    event = schedule_event(client, facilitator, agenda)

    # 8:00 in Paris on 11 March is 7:00 UTC (winter time).
    assert event.go_live_at.astimezone(datetime.UTC) == datetime.datetime(
        2026, 3, 11, 7, 0, tzinfo=datetime.UTC
    )
