"""Which reminders `send_due_reminders` sends, once each, and what a failing mail server does.

The clock starts at NOW, Tuesday 10 March 2026 at 10:00 in Paris. The public `event` takes
place on Thursday 12 March from 14:00 to 16:30, so its day-before reminder is due on
Wednesday 11 March at 14:00.
"""

import datetime
import io
import smtplib

import pytest
from django.core import mail
from django.core.mail.backends import locmem
from django.core.management import call_command
from django.test import override_settings

from community.events.models import EventReminder, ReminderDelay
from community.events.reminders import send_due_reminders
from community.models import Membership, Visibility

from ...factories import EventPageFactory
from .conftest import member_of, paris

pytestmark = pytest.mark.django_db

REJECTED_ADDRESS = "boite-pleine@example.gouv.fr"
DAY_BEFORE_DUE = paris(2026, 3, 11, 14, 0)


class RejectingBackend(locmem.EmailBackend):
    """The test outbox, except that the server refuses the recipient REJECTED_ADDRESS."""

    def send_messages(self, messages):
        for message in messages:
            if REJECTED_ADDRESS in message.to:
                raise smtplib.SMTPRecipientsRefused({REJECTED_ADDRESS: (552, b"Mailbox full")})
        return super().send_messages(messages)


class UnreachableBackend(locmem.EmailBackend):
    """A mail server that cannot be reached."""

    def open(self):
        raise ConnectionRefusedError(111, "Connection refused")


def remind(user, event, delay=ReminderDelay.DAY_BEFORE):
    return EventReminder.objects.create(user=user, event=event, delay=delay)


def recipients():
    return [message.to[0] for message in mail.outbox]


def refreshed(reminder):
    reminder.refresh_from_db()
    return reminder


# When a reminder is sent


def test_nothing_sent_before_due(member, event, clock):
    remind(member, event)
    clock.move_to(DAY_BEFORE_DUE - datetime.timedelta(minutes=1))

    report = send_due_reminders()

    assert report.sent == 0
    assert mail.outbox == []


def test_sent_once_when_due(member, event, clock):
    reminder = remind(member, event)
    clock.move_to(DAY_BEFORE_DUE)

    report = send_due_reminders()

    assert report.sent == 1
    assert recipients() == [member.email]
    assert refreshed(reminder).sent_at == DAY_BEFORE_DUE


def test_not_sent_twice(member, event, clock):
    remind(member, event)
    clock.move_to(DAY_BEFORE_DUE)
    send_due_reminders()

    clock.move_to(DAY_BEFORE_DUE + datetime.timedelta(minutes=15))
    second = send_due_reminders()
    clock.move_to(paris(2026, 3, 12, 13, 45))
    third = send_due_reminders()

    assert second.sent == 0
    assert third.sent == 0
    assert len(mail.outbox) == 1


def test_overlapping_runs_send_once(member, event, clock, monkeypatch):
    """A second run starting while the first is sending finds the reminder claimed."""
    from community.events import reminders

    reminder = remind(member, event)
    clock.move_to(DAY_BEFORE_DUE)
    build = reminders.build_reminder_message
    overlapping = []

    def build_during_another_run(*args):
        # The first run has claimed the reminder; a second run reads and tries it now.
        overlapping.append(send_due_reminders())
        return build(*args)

    monkeypatch.setattr(reminders, "build_reminder_message", build_during_another_run)
    first = send_due_reminders()

    assert (first.sent, overlapping[0].sent) == (1, 0)
    assert len(mail.outbox) == 1
    assert refreshed(reminder).sent_at == DAY_BEFORE_DUE


def test_claim_of_a_failed_send_is_released(member, event, clock):
    member.email = REJECTED_ADDRESS
    member.save()
    reminder = remind(member, event)
    clock.move_to(DAY_BEFORE_DUE)

    with override_settings(EMAIL_BACKEND=f"{__name__}.RejectingBackend"):
        send_due_reminders()

    assert refreshed(reminder).sent_at is None


def test_late_run_still_sends_before_start(member, event, clock):
    remind(member, event)
    clock.move_to(paris(2026, 3, 12, 13, 59))

    report = send_due_reminders()

    assert report.sent == 1


def test_not_sent_once_event_started(member, event, clock):
    reminder = remind(member, event)
    clock.move_to(paris(2026, 3, 12, 14, 0))

    report = send_due_reminders()

    assert report.sent == 0
    assert mail.outbox == []
    assert refreshed(reminder).sent_at is None


@pytest.mark.parametrize(
    ("delay", "due"),
    [
        (ReminderDelay.HOUR_BEFORE, paris(2026, 3, 12, 13, 0)),
        (ReminderDelay.DAY_BEFORE, paris(2026, 3, 11, 14, 0)),
        (ReminderDelay.WEEK_BEFORE, paris(2026, 3, 5, 14, 0)),
    ],
)
def test_delays(member, agenda, clock, delay, due):
    clock.move_to(paris(2026, 3, 1, 9, 0))
    event = EventPageFactory(
        parent=agenda, start=paris(2026, 3, 12, 14, 0), end=paris(2026, 3, 12, 16, 0)
    )
    remind(member, event, delay)

    clock.move_to(due - datetime.timedelta(minutes=1))
    early = send_due_reminders()
    clock.move_to(due)
    on_time = send_due_reminders()

    assert early.sent == 0
    assert on_time.sent == 1


def test_each_member_gets_own_email(community, member, event, clock):
    other = member_of(community)
    remind(member, event)
    remind(other, event, ReminderDelay.HOUR_BEFORE)

    clock.move_to(DAY_BEFORE_DUE)
    send_due_reminders()
    clock.move_to(paris(2026, 3, 12, 13, 0))
    send_due_reminders()

    assert recipients() == [member.email, other.email]


# Summer time


def test_day_before_across_spring_change(member, agenda, clock):
    # Summer time starts on Sunday 29 March 2026, so the event is at 08:00 UTC. Its reminder
    # is due at 10:00 Paris winter time on Saturday, 09:00 UTC, not 24 hours before.
    event = EventPageFactory(
        parent=agenda, start=paris(2026, 3, 29, 10, 0), end=paris(2026, 3, 29, 12, 0)
    )
    reminder = remind(member, event)

    assert reminder.due_at() == datetime.datetime(2026, 3, 28, 9, 0, tzinfo=datetime.UTC)

    clock.move_to(datetime.datetime(2026, 3, 28, 8, 59, tzinfo=datetime.UTC))
    early = send_due_reminders()
    clock.move_to(datetime.datetime(2026, 3, 28, 9, 0, tzinfo=datetime.UTC))
    on_time = send_due_reminders()

    assert early.sent == 0
    assert on_time.sent == 1


def test_day_before_across_autumn_change(member, agenda, clock):
    # Winter time comes back on Sunday 25 October 2026: an event at 10:00 (09:00 UTC) has its
    # reminder at 10:00 Paris summer time on Saturday, 08:00 UTC.
    clock.move_to(paris(2026, 10, 20, 9, 0))
    event = EventPageFactory(
        parent=agenda, start=paris(2026, 10, 25, 10, 0), end=paris(2026, 10, 25, 12, 0)
    )
    reminder = remind(member, event)

    assert reminder.due_at() == datetime.datetime(2026, 10, 24, 8, 0, tzinfo=datetime.UTC)

    clock.move_to(datetime.datetime(2026, 10, 24, 7, 59, tzinfo=datetime.UTC))
    early = send_due_reminders()
    clock.move_to(datetime.datetime(2026, 10, 24, 8, 0, tzinfo=datetime.UTC))
    on_time = send_due_reminders()

    assert early.sent == 0
    assert on_time.sent == 1


def test_hour_before_counts_real_hours(member, agenda, clock):
    # At 03:30 on 29 March 2026 summer time has just started: one hour before is 01:30 UTC.
    event = EventPageFactory(
        parent=agenda, start=paris(2026, 3, 29, 3, 30), end=paris(2026, 3, 29, 5, 0)
    )
    reminder = remind(member, event, ReminderDelay.HOUR_BEFORE)

    assert reminder.due_at() == datetime.datetime(2026, 3, 29, 0, 30, tzinfo=datetime.UTC)


def test_week_before_across_spring_change(member, agenda, clock):
    event = EventPageFactory(
        parent=agenda, start=paris(2026, 4, 2, 9, 0), end=paris(2026, 4, 2, 12, 0)
    )
    reminder = remind(member, event, ReminderDelay.WEEK_BEFORE)

    assert reminder.due_at() == paris(2026, 3, 26, 9, 0)
    assert reminder.due_at() == datetime.datetime(2026, 3, 26, 8, 0, tzinfo=datetime.UTC)


# Reminders that are not sent


def test_none_for_cancelled_event(member, event, clock):
    reminder = remind(member, event)
    event.cancelled = True
    event.save_revision().publish()
    clock.move_to(DAY_BEFORE_DUE)

    report = send_due_reminders()

    assert report.skipped == 1
    assert mail.outbox == []
    assert refreshed(reminder).sent_at is None


def test_none_for_unpublished_event(member, event, clock):
    remind(member, event)
    event.unpublish()
    clock.move_to(DAY_BEFORE_DUE)

    report = send_due_reminders()

    assert report.skipped == 1
    assert mail.outbox == []


def test_none_for_expired_event(member, event, clock):
    remind(member, event)
    event.expire_at = paris(2026, 3, 11, 12, 0)
    event.save_revision().publish()
    clock.move_to(DAY_BEFORE_DUE)

    report = send_due_reminders()

    assert report.skipped == 1
    assert mail.outbox == []


def test_none_after_leaving_public_community(member, event, clock):
    remind(member, event)
    Membership.objects.filter(user=member).delete()
    clock.move_to(DAY_BEFORE_DUE)

    report = send_due_reminders()

    assert report.skipped == 1
    assert mail.outbox == []


def test_none_after_leaving_reserved_community(reserved_member, reserved_event, clock):
    remind(reserved_member, reserved_event)
    Membership.objects.filter(user=reserved_member).delete()
    clock.move_to(paris(2026, 3, 12, 9, 30))

    report = send_due_reminders()

    assert report.skipped == 1
    assert mail.outbox == []


def test_community_made_reserved_keeps_members(community, member, event, clock):
    former_member = member_of(community)
    remind(member, event)
    remind(former_member, event)
    Membership.objects.filter(user=former_member).delete()
    community.visibility = Visibility.RESERVED
    community.save_revision().publish()
    clock.move_to(DAY_BEFORE_DUE)

    report = send_due_reminders()

    assert recipients() == [member.email]
    assert report.skipped == 1


def test_none_for_inactive_user(member, event, clock):
    remind(member, event)
    member.is_active = False
    member.save()
    clock.move_to(DAY_BEFORE_DUE)

    report = send_due_reminders()

    assert report.skipped == 1
    assert mail.outbox == []


def test_none_for_user_without_email(member, event, clock):
    remind(member, event)
    member.email = ""
    member.save()
    clock.move_to(DAY_BEFORE_DUE)

    report = send_due_reminders()

    assert report.skipped == 1
    assert mail.outbox == []


# Events and reminders that change


def test_sent_again_when_event_moves_later(member, event, clock):
    reminder = remind(member, event)
    clock.move_to(DAY_BEFORE_DUE)
    send_due_reminders()

    event.start = paris(2026, 3, 19, 14, 0)
    event.end = paris(2026, 3, 19, 16, 30)
    event.save_revision().publish()
    clock.move_to(paris(2026, 3, 18, 13, 59))
    early = send_due_reminders()
    clock.move_to(paris(2026, 3, 18, 14, 0))
    on_time = send_due_reminders()

    assert early.sent == 0
    assert on_time.sent == 1
    assert len(mail.outbox) == 2
    assert refreshed(reminder).sent_at == paris(2026, 3, 18, 14, 0)


def test_not_sent_again_when_event_moves_earlier(member, event, clock):
    remind(member, event)
    clock.move_to(DAY_BEFORE_DUE)
    send_due_reminders()

    event.start = paris(2026, 3, 12, 10, 0)
    event.save_revision().publish()
    clock.move_to(paris(2026, 3, 11, 15, 0))
    report = send_due_reminders()

    assert report.sent == 0
    assert len(mail.outbox) == 1


def test_shorter_delay_after_sending_sends_again(member, event, clock):
    reminder = remind(member, event, ReminderDelay.WEEK_BEFORE)
    send_due_reminders()
    reminder.delay = ReminderDelay.HOUR_BEFORE
    reminder.save()

    clock.move_to(paris(2026, 3, 12, 13, 0))
    report = send_due_reminders()

    assert report.sent == 1
    assert len(mail.outbox) == 2


# A failing mail server


@override_settings(EMAIL_BACKEND=f"{__name__}.RejectingBackend")
def test_refused_recipient_stays_pending(community, member, event, clock, caplog):
    refused = member_of(community, user__email=REJECTED_ADDRESS)
    last = member_of(community)
    rejected_reminder = remind(refused, event)
    remind(member, event)
    remind(last, event)
    clock.move_to(DAY_BEFORE_DUE)

    report = send_due_reminders()

    assert report.sent == 2
    assert report.failed == 1
    assert sorted(recipients()) == sorted([member.email, last.email])
    assert refreshed(rejected_reminder).sent_at is None
    assert f"Failed to send reminder {rejected_reminder.pk}" in caplog.text


def test_failed_reminder_sent_at_next_run(community, event, clock):
    refused = member_of(community, user__email=REJECTED_ADDRESS)
    reminder = remind(refused, event)
    clock.move_to(DAY_BEFORE_DUE)
    with override_settings(EMAIL_BACKEND=f"{__name__}.RejectingBackend"):
        send_due_reminders()

    clock.move_to(DAY_BEFORE_DUE + datetime.timedelta(minutes=15))
    report = send_due_reminders()

    assert report.sent == 1
    assert recipients() == [REJECTED_ADDRESS]
    assert refreshed(reminder).sent_at is not None


@override_settings(EMAIL_BACKEND=f"{__name__}.UnreachableBackend")
def test_unreachable_server_keeps_all_pending(community, member, event, clock, caplog):
    remind(member, event)
    remind(member_of(community), event)
    clock.move_to(DAY_BEFORE_DUE)

    report = send_due_reminders()

    assert report.sent == 0
    assert report.failed == 2
    assert not EventReminder.objects.filter(sent_at__isnull=False).exists()
    assert "Failed to connect to the mail server" in caplog.text


# The command


def test_command_sends_and_reports(member, event, clock):
    remind(member, event)
    clock.move_to(DAY_BEFORE_DUE)
    output = io.StringIO()

    call_command("send_event_reminders", stdout=output)

    assert len(mail.outbox) == 1
    assert "1 sent, 0 failed, 0 skipped" in output.getvalue()


@override_settings(EMAIL_BACKEND=f"{__name__}.UnreachableBackend")
def test_command_reports_failures_on_stderr(member, event, clock):
    remind(member, event)
    clock.move_to(DAY_BEFORE_DUE)
    output, errors = io.StringIO(), io.StringIO()

    call_command("send_event_reminders", stdout=output, stderr=errors)

    assert "0 sent, 1 failed" in output.getvalue()
    assert "1 reminders failed to send" in errors.getvalue()
