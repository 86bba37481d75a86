"""Context of the agendas: upcoming events or the archive, filtered and paginated.

Every query string value is untrusted. An unknown or malformed filter value is dropped and the
page shows a notice, so no value can cause an error. No filter value reaches the database as
text: formats and communities are looked up among known values, months are parsed to numbers.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Substr
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from knowledge.map_data import VisibleCommunity, visible_communities

from ..models import CommunityPage
from ..privacy import visible_pages
from .models import PARIS, AgendaPage, EventFormat, EventPage

PAGE_SIZE = 20
NEXT_EVENTS_COUNT = 3
# Communities are children of the home page, itself a child of the tree root.
COMMUNITY_DEPTH = 3
COMMUNITY_PATH_LENGTH = CommunityPage.steplen * COMMUNITY_DEPTH

FORMAT_PARAM = "format"
MONTH_PARAM = "mois"
COMMUNITY_PARAM = "communaute"
# Query string values of the format filter, in the order of the select.
FORMAT_FILTERS = {
    "presentiel": EventFormat.IN_PERSON,
    "a-distance": EventFormat.ONLINE,
    "hybride": EventFormat.HYBRID,
}
MONTH_PATTERN = re.compile(r"^([0-9]{4})-([0-9]{2})$")


@dataclass(frozen=True)
class AgendaFilters:
    """The valid filters of one request, and notices about the values that were dropped."""

    format: str = ""
    month: tuple[int, int] | None = None
    community: VisibleCommunity | None = None
    notices: tuple[str, ...] = field(default=(), compare=False)

    @property
    def active(self):
        return bool(self.format or self.month or self.community)


def agenda_context(agenda, request, past):
    """Return the template context of `agenda` (an EventIndexPage or the AgendaPage).

    With `past`, the archive: events that have ended, most recent first. Otherwise the events
    that have not ended yet, soonest first. Query string: `format` (a key of FORMAT_FILTERS),
    `mois` (YYYY-MM), `communaute` (a community slug, portal agenda only) and `page`.
    """
    user = request.user
    now = timezone.now()
    is_portal = isinstance(agenda, AgendaPage)
    communities = visible_communities(user) if is_portal else None
    filters = parse_filters(request.GET, communities)

    events = visible_pages(user, agenda.events())
    events = events.past(now) if past else events.upcoming(now)
    if filters.format:
        events = events.of_format(FORMAT_FILTERS[filters.format])
    if filters.community is not None:
        events = events.filter(path__startswith=filters.community.path)
    months = event_months(events)
    if filters.month is not None:
        events = events.overlapping_month(*filters.month)
    if is_portal:
        events = with_community_title(events)

    page_obj = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    page_obj.object_list = list(page_obj.object_list)
    mark_in_progress(page_obj.object_list, now)

    agenda_url = agenda.get_url(request)
    archive_url = agenda_url + agenda.reverse_subpage("archive_view")
    return {
        "events": page_obj,
        "past": past,
        "is_portal": is_portal,
        "agenda_filters": filters,
        "filter_options": filter_options(filters, communities, months, newest_first=past),
        "upcoming_url": agenda_url,
        "archive_url": archive_url,
        "list_url": archive_url if past else agenda_url,
        # Read only by the breadcrumb of the archive, which names the agenda above it.
        "breadcrumb_pages": agenda.get_ancestors(inclusive=True),
    }


def next_events(user, root, limit=NEXT_EVENTS_COUNT, with_community=False):
    """Return the next `limit` events under `root` that `user` may see, soonest first.

    With `with_community`, each event carries `community_title`, read in the same query.
    """
    now = timezone.now()
    events = visible_pages(user, EventPage.objects.descendant_of(root)).upcoming(now)
    if with_community:
        events = with_community_title(events)
    events = list(events[:limit])
    mark_in_progress(events, now)
    return events


def with_community_title(events):
    """Annotate each event with `community_title`, the title of the community above it.

    A page that a reader may see lies under no restriction they fail, so the title of its
    community is one they may see too.
    """
    community = Page.objects.filter(path=Substr(OuterRef("path"), 1, COMMUNITY_PATH_LENGTH))
    return events.annotate(community_title=Subquery(community.values("title")[:1]))


def mark_in_progress(events, now):
    for event in events:
        event.in_progress = event.starts_at <= now < event.ends_at


def parse_filters(query, communities):
    """Read the agenda filters from the QueryDict `query`, keeping only valid values.

    `communities` are the communities the reader may see, or None on the agenda of one
    community, where the `communaute` parameter is ignored.
    """
    notices = []

    event_format = query.get(FORMAT_PARAM, "").strip()
    if event_format and event_format not in FORMAT_FILTERS:
        notices.append(_("Unknown format: the format filter was ignored."))
        event_format = ""

    month_value = query.get(MONTH_PARAM, "").strip()
    month = parse_month(month_value)
    if month_value and month is None:
        notices.append(_("Invalid month: the month filter was ignored."))

    community = None
    slug = query.get(COMMUNITY_PARAM, "").strip()
    if communities is not None and slug:
        # Slugs are unique among the children of one home page. With several sites, the
        # first community in title order wins.
        community = next((item for item in communities if item.slug == slug), None)
        if community is None:
            notices.append(_("Unknown community: the community filter was ignored."))

    return AgendaFilters(
        format=event_format, month=month, community=community, notices=tuple(notices)
    )


def parse_month(value):
    """Return (year, month) from "YYYY-MM", or None when `value` is not a valid month."""
    match = MONTH_PATTERN.match(value)
    if match is None:
        return None
    year, month = int(match[1]), int(match[2])
    # The first and last years are excluded because the bounds of their months, moved to
    # UTC or to the following month, fall outside what `datetime` can represent.
    if not (datetime.MINYEAR < year < datetime.MAXYEAR and 1 <= month <= 12):
        return None
    return year, month


def event_months(events):
    """Return the (year, month) pairs, in Paris time, during which any of `events` takes place.

    A month counts when an event overlaps it, as `EventQuerySet.overlapping_month` decides.
    """
    months = set()
    for starts_at, ends_at in events.order_by().values_list("starts_at", "ends_at"):
        first = timezone.localtime(starts_at, PARIS)
        # `ends_at` is exclusive: an event ending at midnight on the 1st does not reach that
        # month. An event without duration belongs to the month of its start.
        last = timezone.localtime(
            max(ends_at - datetime.timedelta(microseconds=1), starts_at), PARIS
        )
        year, month = first.year, first.month
        while (year, month) <= (last.year, last.month):
            months.add((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def filter_options(filters, communities, months, newest_first):
    """Return the choices of the filter form, each with a `selected` flag."""
    if filters.month is not None:
        # Keep the selected month in the select even when no event takes place in it.
        months = months | {filters.month}
    return {
        "formats": [
            {
                "value": value,
                "label": EventFormat(event_format).label,
                "selected": value == filters.format,
            }
            for value, event_format in FORMAT_FILTERS.items()
        ],
        "months": [
            {
                "value": f"{year:04d}-{month:02d}",
                "label": format_date(datetime.date(year, month, 1), "F Y"),
                "selected": (year, month) == filters.month,
            }
            for year, month in sorted(months, reverse=newest_first)
        ],
        "communities": [
            {
                "value": community.slug,
                "label": community.title,
                "selected": community == filters.community,
            }
            for community in communities or ()
        ],
    }
