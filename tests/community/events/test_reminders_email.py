"""The reminder e-mail: French subject and body, text and HTML, links and online link.

The clock starts at NOW, Tuesday 10 March 2026 at 10:00 in Paris. The public `event` takes
place on Thursday 12 March from 14:00 to 16:30.
"""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from community.events.models import EventReminder, ReminderDelay
from community.events.reminders import send_due_reminders

from ...factories import EventPageFactory
from .conftest import paris

pytestmark = pytest.mark.django_db

WHEN = "jeudi 12 mars 2026, 14 h – 16 h 30"


def html_part(message):
    (content, mimetype) = message.alternatives[0]
    assert mimetype == "text/html"
    return content


def reminder_email(user, event, moment, delay=ReminderDelay.DAY_BEFORE):
    """Ask for a reminder of `event` for `user`, send it at `moment` and return the e-mail."""
    EventReminder.objects.create(user=user, event=event, delay=delay)
    with translation.override("en"):
        # The sending process may run in any language: the e-mail is French all the same.
        send_due_reminders(now=moment)
    assert len(mail.outbox) == 1
    return mail.outbox[0]


@pytest.fixture
def in_person_email(member, event):
    event.venue_name = "Maison de l'habitat"
    event.venue_address = "12 rue Molière, 69003 Lyon"
    event.registration_note = "Inscription avant le 11 mars, 40 places."
    event.registration_url = "https://inscriptions.example.gouv.fr/atelier-chanvre"
    event.save_revision().publish()
    event.refresh_from_db()
    return reminder_email(member, event, paris(2026, 3, 11, 14, 0))


def test_subject_in_french(in_person_email):
    assert in_person_email.subject == f"Rappel : Atelier chanvre et chaux – {WHEN}"


def test_sent_to_member(in_person_email, member):
    assert in_person_email.to == [member.email]
    assert in_person_email.extra_headers["Auto-Submitted"] == "auto-generated"


def test_body_says_when_and_where(in_person_email, event):
    with translation.override("fr"):
        event_format = str(event.get_format_display())

    for part in (in_person_email.body, html_part(in_person_email)):
        assert "Bonjour," in part
        assert WHEN in part
        assert event_format in part
        assert "12 rue Molière, 69003 Lyon" in part
        assert "Inscription avant le 11 mars, 40 places." in part
        assert "https://inscriptions.example.gouv.fr/atelier-chanvre" in part
        assert "Filières vertes" in part
        assert "la veille de l'événement" in part.replace("&#x27;", "'")


def test_body_links_are_absolute(in_person_email, event):
    event_url = event.get_full_url()
    account_url = f"http://localhost{reverse('account:profile')}#rappels"

    assert event_url.startswith("http")
    for part in (in_person_email.body, html_part(in_person_email)):
        assert event_url in part
        assert f"{event_url}calendrier/" in part
        assert account_url in part


def test_no_online_link_for_in_person_event(in_person_email):
    assert "visio" not in in_person_email.body


def test_online_link_for_member(reserved_member, reserved_event):
    message = reminder_email(
        reserved_member, reserved_event, paris(2026, 3, 13, 8, 30), ReminderDelay.HOUR_BEFORE
    )

    assert message.subject.startswith("Rappel : Comité restreint des animateurs – ")
    assert "vendredi 13 mars 2026, 9 h 30 – 11 h" in message.subject
    assert "https://visio.example.org/comite-restreint" in message.body
    assert 'href="https://visio.example.org/comite-restreint"' in html_part(message)
    assert "une heure avant l'événement" in message.body


def test_title_escaped_in_html_only(member, agenda, clock):
    event = EventPageFactory(
        parent=agenda,
        title="Chaux & chanvre <pratique>",
        start=paris(2026, 3, 20, 9, 0),
        end=paris(2026, 3, 20, 12, 0),
    )

    message = reminder_email(member, event, paris(2026, 3, 19, 9, 0))

    assert "Chaux & chanvre <pratique>" in message.subject
    assert "Chaux & chanvre <pratique>" in message.body
    assert "Chaux &amp; chanvre &lt;pratique&gt;" in html_part(message)
    assert "<pratique>" not in html_part(message)


def test_all_day_event_wording(member, agenda, clock):
    event = EventPageFactory(
        parent=agenda,
        title="Forum des filières",
        all_day=True,
        start=None,
        start_date=datetime.date(2026, 4, 1),
        end_date=datetime.date(2026, 4, 2),
    )

    message = reminder_email(member, event, paris(2026, 3, 25, 0, 0), ReminderDelay.WEEK_BEFORE)

    assert message.subject == "Rappel : Forum des filières – du mercredi 1er au jeudi 2 avril 2026"
