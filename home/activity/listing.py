"""Context of the "Quoi de neuf" pages: visible entries, filtered, paginated, grouped by day.

Every query string value is untrusted. An unknown filter value is dropped and the page shows a
notice. No value reaches the database as text, because types and communities are looked up
among known values.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from knowledge.map_data import VisibleCommunity

from .items import build_items, group_by_day
from .models import ActivityKind
from .queries import visible_entries

PAGE_SIZE = 20
HOME_ITEMS_COUNT = 5

TYPE_PARAM = "type"
COMMUNITY_PARAM = "communaute"
# Query string values of the type filter, in the order of the select, with their kinds.
TYPE_FILTERS = {
    "informations-de-reference": (
        _("Reference pages"),
        (ActivityKind.REFERENCE_NEW, ActivityKind.REFERENCE_UPDATED),
    ),
    "remontees-terrain": (_("Field reports"), (ActivityKind.FIELD_REPORT_NEW,)),
    "questions": (_("Questions"), (ActivityKind.QUESTION_NEW,)),
    "reponses": (_("Answers"), (ActivityKind.ANSWER_NEW, ActivityKind.REFERENCE_ANSWER)),
    "reponses-de-reference": (_("Reference answers"), (ActivityKind.REFERENCE_ANSWER,)),
    "evenements": (_("Events"), (ActivityKind.EVENT_NEW,)),
}


@dataclass(frozen=True)
class ActivityFilters:
    """The valid filters of one request, and notices about the values that were dropped."""

    type: str = ""
    community: VisibleCommunity | None = None
    notices: tuple[str, ...] = field(default=(), compare=False)

    @property
    def active(self):
        return bool(self.type or self.community)


def activity_context(request, entries, communities=None):
    """Return the context of a "Quoi de neuf" page listing `entries`, newest first.

    `entries` are already limited to what the reader may see. `communities` are the
    communities the reader may see on the portal page, which has a community filter, or None
    on the page of one community. Query string: `type` (a key of TYPE_FILTERS), `communaute`
    (a community slug, portal page only) and `page`.
    """
    filters = parse_filters(request.GET, communities)
    if filters.type:
        entries = entries.filter(kind__in=TYPE_FILTERS[filters.type][1])
    if filters.community is not None:
        entries = entries.filter(community_id=filters.community.pk)

    page_obj = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    items = build_items(page_obj.object_list, request)
    return {
        "activity": page_obj,
        "activity_days": group_by_day(items),
        "activity_filters": filters,
        "filter_options": filter_options(filters, communities),
        "is_portal": communities is not None,
    }


def parse_filters(query, communities):
    """Read the activity filters from the QueryDict `query`, keeping only valid values."""
    notices = []

    activity_type = query.get(TYPE_PARAM, "").strip()
    if activity_type and activity_type not in TYPE_FILTERS:
        notices.append(_("Unknown type: the type filter was ignored."))
        activity_type = ""

    community = None
    slug = query.get(COMMUNITY_PARAM, "").strip()
    if communities is not None and slug:
        # Slugs are unique among the children of one home page. With several sites, the
        # first community in title order wins.
        community = next((item for item in communities if item.slug == slug), None)
        if community is None:
            notices.append(_("Unknown community: the community filter was ignored."))

    return ActivityFilters(type=activity_type, community=community, notices=tuple(notices))


def filter_options(filters, communities):
    """Return the choices of the filter form, each with a `selected` flag."""
    return {
        "types": [
            {"value": value, "label": label, "selected": value == filters.type}
            for value, (label, _kinds) in TYPE_FILTERS.items()
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


def latest_items(user, request, limit=HOME_ITEMS_COUNT):
    """Return the latest `limit` items of the reader's communities, newest first.

    A logged-in reader with active memberships gets the entries of those communities. Any
    other reader gets the entries of every community they may see: the public ones.
    """
    entries = visible_entries(user)
    if user.is_authenticated:
        own = user.memberships.active().values("community_id")
        if own.exists():
            entries = entries.filter(community_id__in=own)
    return build_items(entries[:limit], request)
