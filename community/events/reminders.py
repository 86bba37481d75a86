"""Reminder e-mails before events: who may ask for one, which are due, and sending them.

A reminder is due from `EventReminder.due_at()` until the event starts. It is pending while it
has not been sent since it became due: a reminder sent before its current due moment, because
the event moved later or the member chose a shorter delay since, is sent again.

At sending time the member must still be an active member of the community, with an active
account and an e-mail address, and must still see the event (`can_see_page`). A cancelled event
gets no reminder.
"""

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db.models import OuterRef, Subquery
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from ..mail_delivery import close_quietly, deliver
from ..models import CommunityPage, Membership
from ..privacy import can_see_page
from .access import can_read_online_link
from .dates import event_when
from .models import REMINDER_DELAYS, EventReminder, ReminderDelay

logger = logging.getLogger(__name__)

# Words that complete "you will receive an e-mail …" for each delay.
DELAY_PHRASES = {
    ReminderDelay.DAY_BEFORE: _("the day before the event"),
    ReminderDelay.HOUR_BEFORE: _("one hour before the event"),
    ReminderDelay.WEEK_BEFORE: _("one week before the event"),
}

# Events further ahead than the longest delay have no reminder due. The margin covers the hour
# that a change of summer time adds to a delay counted in Paris days.
LOOKAHEAD = max(REMINDER_DELAYS.values()) + datetime.timedelta(hours=2)

ACCOUNT_ANCHOR = "rappels"


# Asking for a reminder


def membership_with_reminder(user, event):
    """Return the active membership of `user` in the community of `event`, or None.

    The membership carries `reminder_delay` and `reminder_sent_at`, those of the user's
    reminder of `event` or None, so that one query gives the whole state of the form.
    """
    if not user.is_authenticated:
        return None
    reminder = EventReminder.objects.filter(user=OuterRef("user"), event=event)
    return (
        Membership.objects.active()
        .filter(user=user, community__in=CommunityPage.objects.ancestor_of(event).values("pk"))
        .annotate(
            reminder_delay=Subquery(reminder.values("delay")[:1]),
            reminder_sent_at=Subquery(reminder.values("sent_at")[:1]),
        )
        .first()
    )


def request_rejection_reason(user, event, membership, now=None):
    """Return the message that explains why `user` may not ask for a reminder, or None.

    `membership` comes from `membership_with_reminder(user, event)`. The caller has already
    checked that `user` may see `event`.
    """
    if membership is None:
        return _("Only the active members of the community can ask for a reminder of its events.")
    if event.cancelled:
        return _("This event is cancelled, so no reminder can be set.")
    if event.has_started(now):
        return _("This event has already started, so no reminder can be set.")
    if not user.email:
        return _("Your account has no e-mail address, so no reminder can be sent to you.")
    return None


def save_reminder(user, event, delay):
    """Create or change the reminder of `user` for `event`."""
    reminder, _created = EventReminder.objects.update_or_create(
        user=user, event=event, defaults={"delay": delay}
    )
    return reminder


def cancel_reminder(user, event):
    """Delete the reminder of `user` for `event`, and return whether there was one."""
    deleted, _details = EventReminder.objects.filter(user=user, event=event).delete()
    return deleted > 0


def is_pending(reminder):
    """Tell whether `reminder` has not been sent since its current due moment."""
    return reminder.sent_at is None or reminder.sent_at < reminder.due_at()


# Sending


@dataclass
class SendingReport:
    """Counts of the due reminders that one run of `send_due_reminders` sent, failed or skipped."""

    sent: int = 0
    failed: int = 0
    skipped: int = 0


def due_reminders(now):
    """Return the pending reminders whose due moment has come, of events not started yet."""
    candidates = (
        EventReminder.objects.filter(
            event__starts_at__gt=now, event__starts_at__lte=now + LOOKAHEAD
        )
        .select_related("user", "event")
        .order_by("event__starts_at", "pk")
    )
    return [
        reminder for reminder in candidates if reminder.due_at() <= now and is_pending(reminder)
    ]


def skip_reason(reminder, community):
    """Return why `reminder` must not be sent now, for the log, or None if it may be."""
    user, event = reminder.user, reminder.event
    if event.cancelled:
        return "event cancelled"
    if not user.is_active:
        return "inactive user"
    if not user.email:
        return "no e-mail address"
    if community is None:
        return "event outside any community"
    if not Membership.objects.active().filter(user=user, community=community).exists():
        return "not an active member of the community"
    if not can_see_page(user, event):
        return "event not visible to the user"
    return None


def send_due_reminders(now=None):
    """Send every reminder that is due at `now` (default: the current time), one e-mail each.

    A reminder is marked sent only after its e-mail was handed to the mail server. A failure
    is logged and leaves the reminder pending for the next run, and the others go on.
    Returns a `SendingReport`.
    """
    now = now or timezone.now()
    report = SendingReport()
    sendable = []
    communities = {}
    for reminder in due_reminders(now):
        event = reminder.event
        if event.pk not in communities:
            communities[event.pk] = event.community
        reason = skip_reason(reminder, communities[event.pk])
        if reason is None:
            sendable.append(reminder)
        else:
            logger.debug("Skipped reminder %s: %s", reminder.pk, reason)
            report.skipped += 1
    if sendable:
        send_reminders(sendable, communities, now, report)

    logger.info(
        "Event reminders: %d sent, %d failed, %d skipped",
        report.sent,
        report.failed,
        report.skipped,
    )
    return report


def send_reminders(reminders, communities, now, report):
    """Send the e-mails of `reminders` over one connection and mark each one sent."""
    connection = get_connection()
    try:
        connection.open()
    except OSError:
        logger.exception(
            "Failed to connect to the mail server: %d reminders stay pending", len(reminders)
        )
        report.failed += len(reminders)
        return

    try:
        for reminder in reminders:
            if not claim(reminder, now):
                report.skipped += 1
                continue
            message = build_reminder_message(reminder, communities[reminder.event_id])
            failure = "Failed to send reminder %s of event %s to user %s, which stays pending"
            ids = (reminder.pk, reminder.event_id, reminder.user_id)
            if deliver(message, connection, logger, failure, *ids):
                report.sent += 1
            else:
                release(reminder, now)
                report.failed += 1
    finally:
        close_quietly(connection)


def claim(reminder, now):
    """Mark `reminder` sent at `now`, and return False if another run marked it first.

    Two runs that overlap read the same pending reminders, and only one of them claims each.
    """
    claimed = EventReminder.objects.filter(pk=reminder.pk, sent_at=reminder.sent_at)
    return claimed.update(sent_at=now) == 1


def release(reminder, now):
    """Give back the claim of a reminder whose e-mail failed, so that the next run retries."""
    EventReminder.objects.filter(pk=reminder.pk, sent_at=now).update(sent_at=reminder.sent_at)


# The e-mail


def build_reminder_message(reminder, community):
    """Render the reminder e-mail of `reminder` in French, as text with an HTML alternative."""
    user, event = reminder.user, reminder.event
    site = event.get_site()
    root_url = site.root_url if site is not None else settings.WAGTAILADMIN_BASE_URL
    event_url = event.get_full_url() or root_url + "/"
    context = {
        "user": user,
        "event": event,
        "community": community,
        "event_url": event_url,
        "calendar_url": event_url + event.reverse_subpage("calendar_view"),
        "account_url": f"{root_url}{reverse('account:profile')}#{ACCOUNT_ANCHOR}",
        "online_url": event.online_url
        if event.is_online and can_read_online_link(user, event)
        else "",
    }
    with translation.override(settings.LANGUAGE_CODE):
        context["when"] = event_when(event)
        context["delay_phrase"] = DELAY_PHRASES[reminder.delay]
        subject = render_to_string("community/events/emails/reminder_subject.txt", context)
        text = render_to_string("community/events/emails/reminder.txt", context)
        html = render_to_string("community/events/emails/reminder.html", context)

    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=text,
        to=[user.email],
        headers={"Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative(html, "text/html")
    return message
