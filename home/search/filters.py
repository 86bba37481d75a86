"""Filters of the search page: community, content type and period, read from the query string.

Every value is untrusted. An unknown value is dropped with a notice that the page shows, and no
value reaches the database as text: types and periods are looked up among known keys, and
communities among those the reader may see.
"""

import datetime
from dataclasses import dataclass, field, replace

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from community.events.models import EventPage
from community.models import CommunityPage
from home.models import StandardPage
from knowledge.map_data import VisibleCommunity
from knowledge.models import ArticlePage, FieldReportPage, InstructionPage, ReportingPage
from qa.models import QuestionPage

COMMUNITY_PARAM = "communaute"
TYPE_PARAM = "type"
PERIOD_PARAM = "periode"

DOCUMENT_TYPE = "document"


@dataclass(frozen=True)
class ResultType:
    """A value of the type filter: a page model, or None for documents."""

    key: str
    label: str
    model: type | None


# The page types that search finds, in the order of the type select. Index pages, the map and
# the agendas only list other pages, so they are left out.
RESULT_TYPES = {
    result_type.key: result_type
    for result_type in [
        ResultType("fiche", _("Instructions"), InstructionPage),
        ResultType("bilan", _("Reportings"), ReportingPage),
        ResultType("article", _("Articles"), ArticlePage),
        ResultType("remontee-terrain", _("Field reports"), FieldReportPage),
        ResultType("question", _("Questions"), QuestionPage),
        ResultType("evenement", _("Events"), EventPage),
        ResultType("communaute", _("Communities"), CommunityPage),
        ResultType("page", _("Information pages"), StandardPage),
        ResultType(DOCUMENT_TYPE, _("Documents"), None),
    ]
}
PAGE_MODELS = tuple(item.model for item in RESULT_TYPES.values() if item.model is not None)


@dataclass(frozen=True)
class Period:
    key: str
    label: str
    days: int

    def start(self, now=None):
        """Return the moment the period starts, `days` days before `now`."""
        return (now or timezone.now()) - datetime.timedelta(days=self.days)


PERIODS = {
    period.key: period
    for period in [
        Period("mois", _("Last month"), 31),
        Period("6-mois", _("Last six months"), 183),
        Period("annee", _("Last year"), 366),
    ]
}


@dataclass(frozen=True)
class SearchFilters:
    """The valid filters of one request, and notices about the values that were dropped."""

    community: VisibleCommunity | None = None
    result_type: ResultType | None = None
    period: Period | None = None
    notices: tuple[str, ...] = field(default=(), compare=False)

    @property
    def active(self):
        return bool(self.community or self.result_type or self.period)

    def without(self, name):
        """Return these filters without the filter `name` ("community", "result_type"…)."""
        return replace(self, **{name: None})


def parse_filters(query, communities):
    """Read the search filters from the QueryDict `query`.

    `communities` are the communities the reader may see, from `SiteSearch.communities`.
    """
    notices = []

    slug = query.get(COMMUNITY_PARAM, "").strip()
    community = next((item for item in communities if item.slug == slug), None)
    if slug and community is None:
        notices.append(_("Unknown community: the community filter was ignored."))

    type_key = query.get(TYPE_PARAM, "").strip()
    result_type = RESULT_TYPES.get(type_key)
    if type_key and result_type is None:
        notices.append(_("Unknown content type: the type filter was ignored."))

    period_key = query.get(PERIOD_PARAM, "").strip()
    period = PERIODS.get(period_key)
    if period_key and period is None:
        notices.append(_("Unknown period: the period filter was ignored."))

    return SearchFilters(
        community=community, result_type=result_type, period=period, notices=tuple(notices)
    )
