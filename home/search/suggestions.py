"""Suggestions of the search page when a search finds nothing.

Each suggestion that changes the search shows the number of results it would give, counted
with the same privacy rule as the results themselves.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from community.models import Membership, MembershipStatus

from .filters import COMMUNITY_PARAM, PERIOD_PARAM, TYPE_PARAM
from .query import SearchQuery

QUERY_PARAM = "q"
PAGE_PARAM = "page"
# Words searched alone when a query of several words finds nothing.
MAX_SINGLE_WORD_SUGGESTIONS = 3

FILTER_PARAMS = {
    "community": COMMUNITY_PARAM,
    "result_type": TYPE_PARAM,
    "period": PERIOD_PARAM,
}


@dataclass(frozen=True)
class Suggestion:
    """A link to another search: `query_string` starts with "?"."""

    label: str
    query_string: str
    count: int


@dataclass(frozen=True)
class AskLink:
    """The ask form of one of the user's communities, to ask there what the search missed."""

    community_title: str
    url: str


def empty_search_suggestions(site_search, query, filters, params):
    """Return the suggestions of a search that found nothing.

    `params` is the request's QueryDict. The result has `filter_removals` (the search without
    each filter, then without all of them), `single_words` (each word alone) and `ask_links`.
    """
    return {
        "filter_removals": filter_removals(site_search, query, filters, params),
        "single_words": single_words(site_search, query, filters, params),
        "ask_links": ask_links(site_search, filters),
    }


def filter_removals(site_search, query, filters, params):
    active = [name for name in FILTER_PARAMS if getattr(filters, name) is not None]
    suggestions = []
    for name in active:
        label = _("Without the filter “%(filter)s”") % {"filter": filter_label(filters, name)}
        count = site_search.count(query, filters.without(name))
        suggestions.append(
            Suggestion(label, query_string(params, drop=[FILTER_PARAMS[name]]), count)
        )
    if len(active) > 1:
        unfiltered = filters
        for name in active:
            unfiltered = unfiltered.without(name)
        count = site_search.count(query, unfiltered)
        dropped = [FILTER_PARAMS[name] for name in active]
        suggestions.append(
            Suggestion(_("Without any filter"), query_string(params, dropped), count)
        )
    return suggestions


def filter_label(filters, name):
    if name == "community":
        return filters.community.title
    if name == "result_type":
        return filters.result_type.label
    return filters.period.label


def single_words(site_search, query, filters, params):
    if len(query.words) < 2:
        return []
    suggestions = []
    pairs = list(zip(query.typed_words, query.words, strict=True))
    for typed_word, word in pairs[:MAX_SINGLE_WORD_SUGGESTIONS]:
        single = SearchQuery(text=typed_word, words=(word,), typed_words=(typed_word,))
        count = site_search.count(single, filters)
        label = _("Only “%(word)s”") % {"word": typed_word}
        suggestions.append(Suggestion(label, query_string(params, set_query=typed_word), count))
    return suggestions


def ask_links(site_search, filters):
    """Return the ask forms of the communities where the user is an active member.

    With a community filter, only that community's form, if the user is a member of it.
    """
    user = site_search.user
    if not user.is_authenticated:
        return []
    memberships = Membership.objects.filter(user=user, status=MembershipStatus.ACTIVE)
    member_of = set(memberships.values_list("community_id", flat=True))
    communities = [filters.community] if filters.community else site_search.communities
    return [
        AskLink(community.title, reverse("qa:ask", args=[community.pk]))
        for community in communities
        if community.pk in member_of
    ]


def query_string(params, drop=(), set_query=None):
    """Return "?…" with the parameters of `params` except `drop` and the page number."""
    params = params.copy()
    for name in [*drop, PAGE_PARAM]:
        params.pop(name, None)
    if set_query is not None:
        params[QUERY_PARAM] = set_query
    return "?" + params.urlencode()
