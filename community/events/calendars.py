"""iCalendar (RFC 5545) files of events: one event, one agenda, or a member's communities.

The `icalendar` library (7.3) writes the file: it escapes text values, ends lines with CRLF and
folds them at 75 octets between two characters, so no UTF-8 sequence is split. This module
chooses the events and fills their properties. Who reads the calendar decides which events
it contains (`visible_pages`) and which online meeting links it shows (`can_read_online_link`).
"""

import datetime
import zoneinfo

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from icalendar import Calendar, Conference, Event, vDuration
from wagtail.models import Page

from ..models import CommunityPage, Membership, MembershipStatus
from ..privacy import visible_pages
from .access import can_read_online_link, communities_with_links
from .models import EventFormat, EventPage

PRODUCT_ID = "-//Rencontre des Territoires//Agenda des communautés//FR"
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
UTC = datetime.UTC

# An agenda calendar contains the upcoming events and those that ended less than a year ago.
PAST_WINDOW = datetime.timedelta(days=365)
# Beyond this many events, the oldest past ones are left out, then the farthest upcoming ones.
MAX_CALENDAR_EVENTS = 500
# How often a subscribed application should download the calendar again (RFC 7986).
REFRESH_INTERVAL = datetime.timedelta(hours=1)


def select_calendar_events(user, events, now=None):
    """Return the events of `events` that `user` may see, for a subscribable calendar.

    The upcoming events come first, soonest first, then the past ones of the last year, most
    recent first, up to MAX_CALENDAR_EVENTS in all. The list returned is sorted by start.
    Drafts, scheduled and expired events are left out by `visible_pages`.
    """
    now = now or timezone.now()
    visible = visible_pages(user, events).filter(starts_at__isnull=False).defer_streamfields()
    upcoming = list(visible.upcoming(now)[:MAX_CALENDAR_EVENTS])
    room_left = MAX_CALENDAR_EVENTS - len(upcoming)
    past = []
    if room_left > 0:
        past = list(visible.past(now).filter(ends_at__gt=now - PAST_WINDOW)[:room_left])
    return [*reversed(past), *upcoming]


def events_of_member(user):
    """Return the events of the communities where `user` is an active member, unfiltered."""
    community_paths = Membership.objects.filter(
        user=user, status=MembershipStatus.ACTIVE
    ).values_list("community__path", flat=True)
    in_communities = Q()
    for path in community_paths:
        in_communities |= Q(path__startswith=path)
    if not in_communities:
        return EventPage.objects.none()
    return EventPage.objects.filter(in_communities)


def attach_communities(events):
    """Set the `community` of each event from one query, for all of them.

    `EventPage.community` would otherwise run one query per event, so that the cost of a
    calendar would grow with its number of events.
    """
    step = Page.steplen
    ancestor_paths = {
        event.path[:length] for event in events for length in range(step, len(event.path), step)
    }
    if not ancestor_paths:
        return
    communities = {
        community.path: community
        for community in CommunityPage.objects.filter(path__in=ancestor_paths)
    }
    for event in events:
        event.community = next(
            (
                communities[event.path[:length]]
                for length in range(step, len(event.path), step)
                if event.path[:length] in communities
            ),
            None,
        )


def build_calendar(events, *, user, request, uid, name=None):
    """Return the calendar of `events` as `user` may read it, ready to serve.

    `name` titles a subscribable calendar. A one-event file goes without it, because Outlook
    imports a file with X-WR-CALNAME into a new calendar of that name, and [MS-OXCICAL]
    2.1.3.1.1.17 requires leaving it out of a file that contains a single appointment.
    """
    calendar = Calendar.new(prodid=PRODUCT_ID, uid=uid, name=name)
    if name:
        # RFC 7986 requires VALUE=DURATION on REFRESH-INTERVAL. X-PUBLISHED-TTL is the older,
        # non-standard equivalent that some applications read instead.
        calendar.add("REFRESH-INTERVAL", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
        calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH_INTERVAL))

    attach_communities(events)
    link_community_ids = communities_with_links(user)
    for event in events:
        show_link = can_read_online_link(user, event, link_community_ids)
        calendar.add_component(event_component(event, request=request, show_link=show_link))

    add_time_zone(calendar, events)
    return calendar


def add_time_zone(calendar, events):
    """Add the VTIMEZONE of Europe/Paris, with its changes over the years of timed `events`."""
    starts = [event.local_start.date() for event in events if not event.all_day]
    if not starts:
        return
    ends = [event.local_end.date() for event in events if not event.all_day]
    # Keep the range within the years of Python's dates, even for an event stored by code.
    first_year = max(min(starts).year - 1, datetime.MINYEAR)
    last_year = min(max(ends).year + 2, datetime.MAXYEAR)
    calendar.add_missing_timezones(
        first_date=datetime.date(first_year, 1, 1),
        last_date=datetime.date(last_year, 1, 1),
    )


def event_component(event, *, request, show_link):
    """Return the VEVENT of `event`, with its online meeting link if `show_link` is true."""
    url = event.get_full_url(request)
    online_url = event.online_url if show_link else ""
    published_at = (event.last_published_at or timezone.now()).astimezone(UTC)

    component = Event.new(
        uid=event_uid(event),
        # Without METHOD, DTSTAMP is when the event was last revised (RFC 5545, 3.8.7.2).
        stamp=published_at,
        last_modified=published_at,
        summary=event_summary(event),
        description=event_description(event, url, online_url),
        location=event_location(event) or None,
        url=url,
        status="CANCELLED" if event.cancelled else "CONFIRMED",
    )
    # NOTE: no SEQUENCE: counting the published revisions of each event would cost one query
    # per event, and files without METHOD do not need it.
    set_dates(component, event)
    if event.latitude is not None and event.longitude is not None:
        component.add("GEO", (event.latitude, event.longitude))
    community = event.community
    if community is not None:
        component.categories = [community.title]
        if community.is_reserved:
            # CLASS:PRIVATE tells applications to hide the details of the event from the people
            # the calendar is shared with (RFC 5545, 3.8.1.3). Support varies by application.
            component.classification = "PRIVATE"
    if online_url:
        component.conferences = [Conference(online_url, feature="VIDEO")]
    return component


def set_dates(component, event):
    """Set DTSTART and DTEND: dates with an exclusive end for all-day events, else Paris times."""
    if event.all_day:
        component.start = event.start_date
        component.end = event.local_last_day + datetime.timedelta(days=1)
        return
    component.start = event.local_start
    # DTEND must be later than DTSTART, so an event without duration has none.
    if event.ends_at > event.starts_at:
        component.end = event.local_end


def event_uid(event):
    """Return the UID of `event`, the same in every file and export."""
    return calendar_uid("event", event.pk)


def calendar_uid(kind, pk):
    """Return a UID made of a kind of object, its id and the domain of the portal."""
    return f"{kind}-{pk}@{settings.CALENDAR_UID_DOMAIN}"


def event_summary(event):
    if event.cancelled:
        return _("Cancelled: %(title)s") % {"title": event.title}
    return event.title


def event_location(event):
    """Return the venue and address, or a mention of the meeting online, or "" if unknown."""
    place = ", ".join(part for part in (event.venue_name, event.venue_address) if part)
    online = pgettext("location of an event", "Online")
    if event.format == EventFormat.ONLINE or (event.is_online and not place):
        return online
    if event.format == EventFormat.HYBRID:
        return _("%(place)s, and online") % {"place": place}
    return place


def event_description(event, url, online_url):
    """Return the summary, organiser, registration, online link and page address of `event`."""
    paragraphs = [event.summary]
    if event.organiser:
        paragraphs.append(_("Organised by %(organiser)s.") % {"organiser": event.organiser})
    if event.registration_note:
        paragraphs.append(event.registration_note)
    if event.registration_url:
        paragraphs.append(_("Registration: %(url)s") % {"url": event.registration_url})
    if online_url:
        paragraphs.append(_("Online meeting link: %(url)s") % {"url": online_url})
    paragraphs.append(_("Event page: %(url)s") % {"url": url})
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
