"""iCalendar responses: one event, one agenda, and a member's personal calendar."""

import logging
import re

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from ..models import PersonalToken
from ..privacy import can_see_page
from .calendars import build_calendar, calendar_uid, events_of_member, select_calendar_events

logger = logging.getLogger(__name__)

CONTENT_TYPE = "text/calendar; charset=utf-8"
# The characters of secrets.token_urlsafe(); any other key is unknown without a query, and a
# NUL byte never reaches PostgreSQL, which refuses it in text.
KEY_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,64}")
# The account page section that shows the personal calendar address.
ACCOUNT_SECTION_ANCHOR = "#calendrier-personnel"


def event_calendar(event, request):
    """Serve the .ics file of one event, the "Add to my calendar" link of its page.

    Wagtail has applied the view restriction of the page. The check below also leaves out an
    event whose expiry date has passed but that `publish_scheduled` has not unpublished yet.
    """
    if event.starts_at is None or not can_see_page(request.user, event):
        raise Http404
    calendar = build_calendar(
        [event], user=request.user, request=request, uid=calendar_uid("event-file", event.pk)
    )
    response = calendar_response(calendar, event.slug, as_attachment=True)
    return keep_private_if_logged_in(response, request)


def agenda_calendar(agenda, request):
    """Serve the subscribable calendar of an agenda: a community's or the portal's.

    It contains the events that the request's user may see, so a calendar application, which
    sends no session cookie, receives the public events only.
    """
    events = select_calendar_events(request.user, agenda.events())
    community = agenda.community
    if community is None:
        name = f"{agenda.title} – {settings.WAGTAIL_SITE_NAME}"
        filename = agenda.slug
    else:
        name = f"{agenda.title} – {community.title}"
        filename = f"{community.slug}-{agenda.slug}"
    calendar = build_calendar(
        events,
        user=request.user,
        request=request,
        uid=calendar_uid("agenda", agenda.pk),
        name=name,
    )
    response = calendar_response(calendar, filename, as_attachment=False)
    return keep_private_if_logged_in(response, request)


@require_safe
def personal_calendar(request, key):
    """Serve the calendar of the communities of the owner of `key`, as the owner sees them.

    Unknown and revoked keys and inactive owners get the same 404, so the response reveals
    nothing about which keys exist.
    """
    if not KEY_PATTERN.fullmatch(key):
        raise Http404
    token = PersonalToken.objects.select_related("user").filter(key=key).first()
    if token is None or not token.user.is_active:
        raise Http404
    owner = token.user
    events = select_calendar_events(owner, events_of_member(owner))
    calendar = build_calendar(
        events,
        user=owner,
        request=request,
        uid=calendar_uid("personal", owner.pk),
        name=_("My events – %(site)s") % {"site": settings.WAGTAIL_SITE_NAME},
    )
    response = calendar_response(calendar, "agenda-personnel", as_attachment=False)
    # The address is a secret: no cache may keep the file, no search engine index it, and
    # the links of the events must not send it on as a Referer.
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"
    return response


@require_POST
@login_required
def renew_token(request):
    """Create the personal calendar address of the user, or replace it by a new one."""
    had_token = PersonalToken.objects.filter(user=request.user).exists()
    PersonalToken.renew(request.user)
    if had_token:
        logger.info("User %s renewed their personal token", request.user.pk)
        messages.success(
            request,
            _(
                "Your personal calendar address has been renewed. The previous address no "
                "longer works: replace it in your calendar application."
            ),
        )
    else:
        logger.info("User %s created their personal token", request.user.pk)
        messages.success(
            request,
            _(
                "Your personal calendar address has been created. Paste it in your calendar "
                "application to subscribe."
            ),
        )
    return redirect_to_account()


@require_POST
@login_required
def revoke_token(request):
    """Delete the personal calendar address of the user: it stops working at once."""
    deleted, _details = PersonalToken.objects.filter(user=request.user).delete()
    if deleted:
        logger.info("User %s revoked their personal token", request.user.pk)
        messages.success(
            request, _("Your personal calendar address has been revoked. It no longer works.")
        )
    else:
        messages.info(request, _("You have no personal calendar address."))
    return redirect_to_account()


def redirect_to_account():
    return redirect(reverse("account:profile") + ACCOUNT_SECTION_ANCHOR)


def calendar_response(calendar, name, *, as_attachment):
    """Return `calendar` as a text/calendar response, named `name`.ics in ASCII."""
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    filename = f"{slugify(name) or 'agenda'}.ics"
    response["Content-Disposition"] = content_disposition_header(as_attachment, filename)
    return response


def keep_private_if_logged_in(response, request):
    """Keep shared caches from storing a calendar built for a logged-in user."""
    if request.user.is_authenticated:
        patch_cache_control(response, private=True)
    return response
