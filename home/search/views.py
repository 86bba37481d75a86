"""The search page, /recherche/?q=…, with its filters, results and suggestions.

Query string: `q` (the words), `communaute` (a community slug), `type` (a key of RESULT_TYPES),
`periode` (a key of PERIODS) and `page`. Every value is untrusted and any value answers 200.
"""

from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from .engine import SiteSearch
from .filters import PERIODS, RESULT_TYPES, parse_filters
from .query import parse_query
from .suggestions import QUERY_PARAM, empty_search_suggestions

TEMPLATE = "home/search/search.html"


@require_safe
def search(request):
    site_search = SiteSearch(request.user)
    query = parse_query(request.GET.get(QUERY_PARAM))
    filters = parse_filters(request.GET, site_search.communities)

    results = None
    suggestions = None
    if not query.is_empty:
        results = site_search.search(query, filters, request.GET.get("page"))
        if results.total == 0:
            suggestions = empty_search_suggestions(site_search, query, filters, request.GET)

    context = {
        # Fills the search field of the header again.
        "search_query": query.text,
        "query": query,
        "filters": filters,
        "filter_options": filter_options(site_search.communities, filters, results),
        "results": results,
        "suggestions": suggestions,
    }
    response = TemplateResponse(request, TEMPLATE, context)
    # Results depend on who asks: no shared cache may keep them.
    patch_cache_control(response, private=True)
    return response


def filter_options(communities, filters, results):
    """Return the choices of the three selects, each with `selected`; types with their count."""
    counts = results.type_counts if results is not None else {}
    return {
        "communities": [
            {
                "value": community.slug,
                "label": community.title,
                "selected": community == filters.community,
            }
            for community in communities
        ],
        "types": [
            {
                "value": key,
                "label": with_count(result_type.label, counts.get(key)),
                "selected": result_type == filters.result_type,
            }
            for key, result_type in RESULT_TYPES.items()
        ],
        "periods": [
            {"value": key, "label": period.label, "selected": period == filters.period}
            for key, period in PERIODS.items()
        ],
    }


def with_count(label, count):
    return label if count is None else f"{label} ({count})"
