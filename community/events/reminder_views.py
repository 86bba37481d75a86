"""Members ask for, change or cancel the reminder e-mail of an event."""

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from ..privacy import can_see_page
from ..redirects import redirect_back
from .forms import ReminderForm
from .models import EventPage
from .reminders import (
    DELAY_PHRASES,
    cancel_reminder,
    membership_with_reminder,
    request_rejection_reason,
    save_reminder,
)

logger = logging.getLogger(__name__)

CANCEL = "cancel"


@require_http_methods(["GET", "POST"])
@login_required
def set_reminder(request, event_id):
    """Save the reminder chosen in the form, or cancel it when `action` is "cancel".

    An event the user may not see is not found, so that its existence does not leak. A GET,
    such as the link followed after logging in, leads back to the event page.
    """
    event = EventPage.objects.filter(pk=event_id).first()
    if event is None or not can_see_page(request.user, event):
        raise Http404("No event found with this id.")
    if request.method == "GET":
        return redirect(event.url)

    if request.POST.get("action") == CANCEL:
        if cancel_reminder(request.user, event):
            messages.success(request, _("Your reminder has been cancelled."))
        else:
            messages.info(request, _("You had no reminder for this event."))
        return redirect_back(request, event)

    membership = membership_with_reminder(request.user, event)
    reason = request_rejection_reason(request.user, event, membership)
    if reason is not None:
        logger.info(
            "Rejected reminder of user %s for event %s: %s", request.user.pk, event.pk, reason
        )
        messages.error(request, reason)
        return redirect_back(request, event)

    form = ReminderForm(request.POST)
    if not form.is_valid():
        logger.info(
            "Rejected reminder of user %s for event %s: invalid delay", request.user.pk, event.pk
        )
        messages.error(request, " ".join(form.errors["delay"]))
        return redirect_back(request, event)

    delay = form.cleaned_data["delay"]
    save_reminder(request.user, event, delay)
    logger.info("User %s set a reminder (%s) for event %s", request.user.pk, delay, event.pk)
    messages.success(
        request,
        _("Your reminder is saved: you will receive an e-mail %(when)s.")
        % {"when": DELAY_PHRASES[delay]},
    )
    return redirect_back(request, event)
