"""The reminder form of an event page and the reminders section of the account page."""

from django import template
from django.utils import timezone

from community.events.models import EventPage, EventReminder, ReminderDelay
from community.events.reminders import (
    DELAY_PHRASES,
    is_pending,
    membership_with_reminder,
    request_rejection_reason,
)
from community.models import Membership
from community.privacy import visible_pages

register = template.Library()

# Modes of the reminder block of an event page.
HIDDEN = ""
LOG_IN = "log_in"
NO_EMAIL = "no_email"
FORM = "form"


@register.simple_tag(takes_context=True)
def reminder_form_state(context, event):
    """Return what the reminder block of `event` shows to the user of the request.

    Members get the form, with their current reminder if any, from one query. A logged-out
    visitor of a public community is invited to log in. Everyone else gets nothing, and so does
    everyone for a cancelled, started, draft or expired event, and for an event not saved yet
    (the editor's preview of a new page).
    """
    user = context["request"].user
    state = {"mode": HIDDEN, "choices": ReminderDelay.choices, "delay": None, "phrase": ""}
    if event.cancelled or event.starts_at is None or event.has_started():
        return state
    if event.pk is None or not event.live:
        return state
    if event.expire_at and event.expire_at <= timezone.now():
        return state

    if not user.is_authenticated:
        community = event.community
        if community is not None and not community.is_reserved:
            state["mode"] = LOG_IN
        return state

    membership = membership_with_reminder(user, event)
    if membership is None:
        return state
    if request_rejection_reason(user, event, membership) is not None:
        state["mode"] = NO_EMAIL
        return state

    state["mode"] = FORM
    state["delay"] = membership.reminder_delay
    state["selected"] = membership.reminder_delay or ReminderDelay.DAY_BEFORE
    if membership.reminder_delay:
        state["phrase"] = DELAY_PHRASES[membership.reminder_delay]
    return state


@register.simple_tag(takes_context=True)
def upcoming_reminders(context):
    """Return the user's reminders of events not started yet that they may still see.

    Each item has the event, the reminder, the words of its delay, and whether the e-mail was
    already sent or will not be sent (cancelled event, membership ended).
    """
    user = context["request"].user
    if not user.is_authenticated:
        return []
    now = timezone.now()
    reminders = EventReminder.objects.filter(user=user, event__starts_at__gt=now)
    visible_events = visible_pages(
        user, EventPage.objects.filter(pk__in=reminders.values("event"))
    ).order_by("starts_at", "pk")
    events = {event.pk: event for event in visible_events}
    if not events:
        return []

    member_of = set(
        Membership.objects.active().filter(user=user).values_list("community__path", flat=True)
    )
    items = []
    for reminder in reminders.filter(event__in=list(events)).order_by("event__starts_at", "pk"):
        event = events[reminder.event_id]
        reminder.event = event
        is_member = any(event.path.startswith(path) for path in member_of)
        items.append(
            {
                "event": event,
                "reminder": reminder,
                "phrase": DELAY_PHRASES[reminder.delay],
                "sent": not is_pending(reminder),
                "will_not_be_sent": event.cancelled or not is_member,
            }
        )
    return items
