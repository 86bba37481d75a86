"""Asking for, changing and cancelling a reminder, on the event page and the account page.

The clock is at NOW, Tuesday 10 March 2026 at 10:00 in Paris. The public `event` takes
place on Thursday 12 March from 14:00 to 16:30.
"""

import pytest
from django.contrib.messages import get_messages
from django.test import RequestFactory
from django.urls import reverse

from community.events.models import EventReminder, ReminderDelay
from community.models import Membership, MembershipStatus
from community.templatetags.event_reminders import reminder_form_state

from ...factories import EventPageFactory
from .conftest import member_of, paris

pytestmark = pytest.mark.django_db

ACCOUNT_URL = reverse("account:profile")


def reminder_url(event):
    return reverse("events:reminder", args=[event.pk])


def messages_of(response):
    return [(message.level_tag, str(message)) for message in get_messages(response.wsgi_request)]


def reminders_of(user):
    return list(EventReminder.objects.filter(user=user).values_list("event_id", "delay"))


def reminder_block(client, event):
    """Return the reminder section of the event page, or "" when the page shows none."""
    response = client.get(event.url)
    assert response.status_code == 200
    content = response.content.decode()
    start = content.find('id="rappel"')
    if start == -1:
        return ""
    return content[start : content.index("</section>", start)]


# The form on the event page


def test_form_offers_day_before_by_default(client, member, event):
    client.force_login(member)

    block = reminder_block(client, event)

    assert f'action="{reminder_url(event)}"' in block
    assert '<option value="day" selected>' in block
    assert '<option value="hour">' in block
    assert '<option value="week">' in block
    assert 'value="cancel"' not in block


def test_form_shows_existing_reminder(client, member, event):
    EventReminder.objects.create(user=member, event=event, delay=ReminderDelay.HOUR_BEFORE)
    client.force_login(member)

    block = reminder_block(client, event)

    assert '<option value="hour" selected>' in block
    assert 'name="action" value="cancel"' in block


def test_visitor_invited_to_log_in(client, event):
    block = reminder_block(client, event)

    assert reverse("account:login") in block
    assert "<form" not in block


@pytest.mark.parametrize("person", ["outsider", "pending member"])
def test_non_member_sees_no_form(client, community, outsider, event, person):
    user = outsider
    if person == "pending member":
        user = member_of(community, status=MembershipStatus.PENDING)
    client.force_login(user)

    assert reminder_block(client, event) == ""


def test_member_without_email_sent_to_account(client, community, event):
    member = member_of(community, user__email="")
    client.force_login(member)

    block = reminder_block(client, event)

    assert ACCOUNT_URL in block
    assert "<form" not in block


def test_no_form_for_cancelled_event(client, member, event):
    event.cancelled = True
    event.save_revision().publish()
    client.force_login(member)

    assert reminder_block(client, event) == ""


def test_no_form_once_event_started(client, member, event, clock):
    clock.move_to(paris(2026, 3, 12, 14, 0))
    client.force_login(member)

    assert reminder_block(client, event) == ""


def test_form_state_costs_one_query(member, event, django_assert_num_queries):
    request = RequestFactory().get(event.url)
    request.user = member
    EventReminder.objects.create(user=member, event=event, delay=ReminderDelay.WEEK_BEFORE)

    with django_assert_num_queries(1):
        state = reminder_form_state({"request": request}, event)

    assert state["mode"] == "form"
    assert state["delay"] == ReminderDelay.WEEK_BEFORE


# Asking, changing, cancelling


def test_member_asks_reminder(client, member, event):
    client.force_login(member)

    response = client.post(reminder_url(event), {"delay": "day"})

    assert response.status_code == 302
    assert response.url == event.url
    assert reminders_of(member) == [(event.pk, "day")]
    assert [level for level, _text in messages_of(response)] == ["success"]


def test_member_changes_delay(client, member, event):
    EventReminder.objects.create(user=member, event=event, delay=ReminderDelay.DAY_BEFORE)
    client.force_login(member)

    client.post(reminder_url(event), {"delay": "week", "action": "save"})

    assert reminders_of(member) == [(event.pk, "week")]


def test_member_cancels_reminder(client, member, event):
    EventReminder.objects.create(user=member, event=event)
    client.force_login(member)

    response = client.post(reminder_url(event), {"delay": "day", "action": "cancel"})

    assert response.url == event.url
    assert reminders_of(member) == []
    assert [level for level, _text in messages_of(response)] == ["success"]


def test_cancel_without_reminder_is_harmless(client, member, event):
    client.force_login(member)

    response = client.post(reminder_url(event), {"action": "cancel"})

    assert response.status_code == 302
    assert [level for level, _text in messages_of(response)] == ["info"]


def test_get_leads_back_to_event(client, member, event):
    client.force_login(member)

    response = client.get(reminder_url(event))

    assert response.status_code == 302
    assert response.url == event.url
    assert reminders_of(member) == []


def test_redirects_to_local_next_only(client, member, event):
    client.force_login(member)

    local = client.post(reminder_url(event), {"delay": "day", "next": ACCOUNT_URL})
    foreign = client.post(
        reminder_url(event), {"delay": "day", "next": "https://ailleurs.example.org/"}
    )

    assert local.url == ACCOUNT_URL
    assert foreign.url == event.url


def test_reminder_of_reserved_event(client, reserved_member, reserved_event):
    client.force_login(reserved_member)

    client.post(reminder_url(reserved_event), {"delay": "hour"})

    assert reminders_of(reserved_member) == [(reserved_event.pk, "hour")]


# Refusals


def test_visitor_sent_to_login(client, event):
    response = client.post(reminder_url(event), {"delay": "day"})

    assert response.status_code == 302
    assert response.url.startswith(reverse("account:login"))
    assert not EventReminder.objects.exists()


@pytest.mark.parametrize("person", ["outsider", "pending member"])
def test_non_member_refused(client, community, outsider, event, person):
    user = outsider
    if person == "pending member":
        user = member_of(community, status=MembershipStatus.PENDING)
    client.force_login(user)

    response = client.post(reminder_url(event), {"delay": "day"})

    assert response.status_code == 302
    assert response.url == event.url
    assert [level for level, _text in messages_of(response)] == ["error"]
    assert not EventReminder.objects.exists()


@pytest.mark.parametrize("person", ["outsider", "member of another community"])
def test_reserved_event_not_found(client, outsider, member, reserved_event, person):
    user = outsider if person == "outsider" else member
    client.force_login(user)

    response = client.post(reminder_url(reserved_event), {"delay": "day"})

    assert response.status_code == 404
    assert reserved_event.title not in response.content.decode()
    assert reserved_event.url not in response.content.decode()
    assert not EventReminder.objects.exists()


def test_started_event_refused(client, member, event, clock):
    clock.move_to(paris(2026, 3, 12, 14, 30))
    client.force_login(member)

    response = client.post(reminder_url(event), {"delay": "hour"})

    assert response.url == event.url
    assert [level for level, _text in messages_of(response)] == ["error"]
    assert not EventReminder.objects.exists()


def test_cancelled_event_refused(client, member, event):
    event.cancelled = True
    event.save_revision().publish()
    client.force_login(member)

    response = client.post(reminder_url(event), {"delay": "day"})

    assert [level for level, _text in messages_of(response)] == ["error"]
    assert not EventReminder.objects.exists()


def test_unpublished_event_not_found(client, member, event):
    event.unpublish()
    client.force_login(member)

    response = client.post(reminder_url(event), {"delay": "day"})

    assert response.status_code == 404
    assert not EventReminder.objects.exists()


def test_member_without_email_refused(client, community, event):
    member = member_of(community, user__email="")
    client.force_login(member)

    response = client.post(reminder_url(event), {"delay": "day"})

    assert [level for level, _text in messages_of(response)] == ["error"]
    assert not EventReminder.objects.exists()


@pytest.mark.parametrize("delay", ["month", "", "DAY", "day ", "²"])
def test_bad_delay_refused(client, member, event, delay):
    client.force_login(member)

    response = client.post(reminder_url(event), {"delay": delay})

    assert response.status_code == 302
    assert [level for level, _text in messages_of(response)] == ["error"]
    assert not EventReminder.objects.exists()


def test_bad_delay_keeps_existing_reminder(client, member, event):
    EventReminder.objects.create(user=member, event=event, delay=ReminderDelay.HOUR_BEFORE)
    client.force_login(member)

    client.post(reminder_url(event), {"delay": "tomorrow"})

    assert reminders_of(member) == [(event.pk, "hour")]


def test_missing_delay_refused(client, member, event):
    client.force_login(member)

    response = client.post(reminder_url(event), {})

    assert [level for level, _text in messages_of(response)] == ["error"]
    assert not EventReminder.objects.exists()


@pytest.mark.parametrize(
    "event_id", ["²", "١", "-1", "1.0", "9" * 19, "9" * 30, "999999999999999999", "0"]
)
def test_bad_event_id_not_found(client, member, event, event_id):
    client.force_login(member)

    response = client.post(f"/evenements/{event_id}/rappel/", {"delay": "day"})

    assert response.status_code == 404
    assert not EventReminder.objects.exists()


def test_page_that_is_no_event_not_found(client, member, community, event):
    client.force_login(member)

    response = client.post(reminder_url(community), {"delay": "day"})

    assert response.status_code == 404


# The account page


def test_account_lists_upcoming_reminders(client, member, agenda, event):
    later = EventPageFactory(
        parent=agenda,
        title="Visite de chantier paille",
        start=paris(2026, 4, 2, 9, 0),
        end=paris(2026, 4, 2, 12, 0),
    )
    past = EventPageFactory(
        parent=agenda,
        title="Réunion terminée",
        start=paris(2026, 3, 2, 9, 0),
        end=paris(2026, 3, 2, 12, 0),
    )
    for listed in (later, event, past):
        EventReminder.objects.create(user=member, event=listed)
    client.force_login(member)

    content = client.get(ACCOUNT_URL).content.decode()
    section = content[content.index('id="rappels"') :]

    assert section.index(event.title) < section.index(later.title)
    assert past.title not in section
    assert f'action="{reminder_url(event)}"' in section
    assert 'name="action" value="cancel"' in section


def test_account_cancel_returns_to_account(client, member, event):
    EventReminder.objects.create(user=member, event=event)
    client.force_login(member)

    response = client.post(
        reminder_url(event), {"action": "cancel", "next": f"{ACCOUNT_URL}#rappels"}
    )

    assert response.url == f"{ACCOUNT_URL}#rappels"
    assert reminders_of(member) == []


def test_account_hides_events_no_longer_visible(client, reserved_community, reserved_event):
    former_member = member_of(reserved_community)
    EventReminder.objects.create(user=former_member, event=reserved_event)
    Membership.objects.filter(user=former_member).delete()
    client.force_login(former_member)

    content = client.get(ACCOUNT_URL).content.decode()

    assert reserved_event.title not in content
    assert reminder_url(reserved_event) not in content


def test_account_without_reminders(client, member):
    client.force_login(member)

    content = client.get(ACCOUNT_URL).content.decode()
    start = content.index('id="rappels"')
    section = content[start : content.index("</section>", start)]

    assert "<li" not in section
    assert "<form" not in section


# French wording


def test_buttons_in_french(client, member, event):
    EventReminder.objects.create(user=member, event=event)
    client.force_login(member)

    block = reminder_block(client, event)

    assert "Annuler le rappel" in block
    assert "la veille de l&#x27;événement" in block


def test_ask_button_in_french(client, member, event):
    client.force_login(member)

    assert "Me le rappeler par courriel" in reminder_block(client, event)


def test_success_message_in_french(client, member, event):
    client.force_login(member)

    response = client.post(reminder_url(event), {"delay": "week"})

    assert messages_of(response) == [
        (
            "success",
            "Votre rappel est enregistré : vous recevrez un courriel une semaine avant "
            "l'événement.",
        )
    ]


def test_bad_delay_message_in_french(client, member, event):
    client.force_login(member)

    response = client.post(reminder_url(event), {"delay": "month"})

    (level, text) = messages_of(response)[0]
    assert level == "error"
    assert text.startswith("Choisissez quand recevoir le rappel")
