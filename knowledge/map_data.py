"""Filters and queries of the field report map, shared by the map pages, GeoJSON and CSV.

Every query string value is untrusted: a malformed or unknown filter value is dropped, and
the filters keep a notice that the page shows, so no filter value can cause an error.
"""

import hashlib
import re
import uuid
from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import quote, urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from community.models import CommunityPage
from community.privacy import visible_pages

from .models.field_reports import FieldReportCategory, FieldReportPage, FieldReportStatus
from .models.reference import COMMUNITY_DEPTH, attach_communities
from .models.territories import Department

LIST_PAGE_SIZE = 20
# A cap on repeated `category` values, so that a crafted query cannot build a huge SQL IN list.
MAX_CATEGORY_FILTERS = 20
# Ids have at most 18 digits, so they fit a signed 64-bit column. A longer number makes the
# database driver raise an error instead of matching nothing.
ID_PATTERN = re.compile(r"^[0-9]{1,18}$")
# INSEE codes of départements: two digits, 2A and 2B (Corsica), or three digits overseas.
DEPARTMENT_PATTERN = re.compile(r"^(?:[0-9]{2,3}|2[AB])$")
COMMUNITY_PATH_LENGTH = CommunityPage.steplen * COMMUNITY_DEPTH
CATEGORY_LINKS = FieldReportPage.categories.through

# The view before the markers load: metropolitan France.
MAP_CENTER = [46.6, 2.4]
MAP_ZOOM = 5
DEFAULT_TILE_LAYER_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"

# Seconds a GeoJSON or CSV payload stays cached. Signals invalidate it on every change they
# see. The timeout bounds the staleness of what they cannot see, such as a page whose expiry
# date passed before `publish_scheduled` unpublished it.
PAYLOAD_CACHE_TIMEOUT = 15 * 60
DATA_VERSION_KEY = "knowledge:map-data:version"

# Names of the query string parameters, which the GeoJSON and CSV links reuse.
COMMUNITY_PARAM = "community"
CATEGORY_PARAM = "category"
DEPARTMENT_PARAM = "departement"
STATUS_PARAM = "status"


@dataclass(frozen=True)
class VisibleCommunity:
    pk: int
    slug: str
    title: str
    path: str


@dataclass(frozen=True)
class MapFilters:
    """The valid filters of one request, and notices about the values that were dropped."""

    community: VisibleCommunity | None = None
    categories: tuple[int, ...] = ()
    department: str = ""
    status: str = ""
    # True when the page fixes the community, such as the map of one community.
    community_is_scope: bool = False
    notices: tuple[str, ...] = field(default=(), compare=False)

    def query_items(self):
        """Return the filters as (parameter, value) pairs, in a stable order."""
        items = []
        if self.community is not None:
            items.append((COMMUNITY_PARAM, self.community.slug))
        items.extend((CATEGORY_PARAM, str(category)) for category in self.categories)
        if self.department:
            items.append((DEPARTMENT_PARAM, self.department))
        if self.status:
            items.append((STATUS_PARAM, self.status))
        return items

    def querystring(self):
        """Return the filters as a query string without "?", empty without filters."""
        return urlencode(self.query_items())

    def cache_key(self):
        """Return a key that is equal for every request that selects the same reports."""
        community = self.community.pk if self.community is not None else ""
        categories = ",".join(str(category) for category in self.categories)
        return f"c={community};k={categories};d={self.department};s={self.status}"


def visible_communities(user):
    """Return the communities `user` may see, ordered by title."""
    communities = visible_pages(user, CommunityPage.objects.all()).order_by("title", "path")
    return [
        VisibleCommunity(pk, slug, title, path)
        for pk, slug, title, path in communities.values_list("pk", "slug", "title", "path")
    ]


def parse_filters(query, communities, scope_path=None):
    """Read the map filters from the QueryDict `query`, keeping only valid values.

    `communities` are the communities the user may see, from `visible_communities`. With
    `scope_path`, the tree path of the community that a community map shows, the
    `community` parameter is ignored.
    """
    notices = []

    if scope_path is not None:
        community = scope_community(scope_path, communities)
    else:
        community = find_community(query.get(COMMUNITY_PARAM, ""), communities)
        if community is None and query.get(COMMUNITY_PARAM, "").strip():
            notices.append(_("Unknown community: the community filter was ignored."))

    categories, dropped = valid_categories(query.getlist(CATEGORY_PARAM), communities)
    if dropped:
        notices.append(_("Unknown categories were ignored."))

    department = query.get(DEPARTMENT_PARAM, "").strip().upper()
    if department and not valid_department(department):
        notices.append(_("Unknown département: the département filter was ignored."))
        department = ""

    status = query.get(STATUS_PARAM, "").strip()
    if status and status not in FieldReportStatus.values:
        notices.append(_("Unknown status: the status filter was ignored."))
        status = ""

    return MapFilters(
        community=community,
        categories=categories,
        department=department,
        status=status,
        community_is_scope=scope_path is not None,
        notices=tuple(notices),
    )


def scope_community(path, communities):
    """Return the community at `path`, also when it is a draft above live pages."""
    community = next((item for item in communities if item.path == path), None)
    if community is None:
        pk, slug, title = Page.objects.values_list("pk", "slug", "title").get(path=path)
        community = VisibleCommunity(pk, slug, title, path)
    return community


def find_community(value, communities):
    """Find a community by page id or slug among `communities`, or return None."""
    value = value.strip()
    if not value:
        return None
    if ID_PATTERN.match(value):
        by_id = next((item for item in communities if item.pk == int(value)), None)
        if by_id is not None:
            return by_id
    # Slugs are unique among the children of one home page. With several sites, the first
    # community in title order wins.
    return next((item for item in communities if item.slug == value), None)


def valid_categories(values, communities):
    """Return the sorted ids among `values` of categories the user may see, and a drop flag.

    A category is visible when it is shared by every community or belongs to one of the
    `communities` the user may see.
    """
    requested = {value.strip() for value in values if value.strip()}
    ids = sorted({int(value) for value in requested if ID_PATTERN.match(value)})
    ids = ids[:MAX_CATEGORY_FILTERS]
    if not ids:
        return (), bool(requested)

    community_ids = [community.pk for community in communities]
    known = FieldReportCategory.objects.filter(pk__in=ids).filter(
        Q(community__isnull=True) | Q(community__in=community_ids)
    )
    valid = tuple(sorted(known.values_list("pk", flat=True)))
    return valid, len(valid) < len(requested)


def valid_department(code):
    return bool(DEPARTMENT_PATTERN.match(code)) and Department.objects.filter(code=code).exists()


def located_reports(user, filters):
    """Return the live, located field reports `user` may see that match `filters`."""
    reports = FieldReportPage.objects.filter(latitude__isnull=False, longitude__isnull=False)
    reports = visible_pages(user, reports)

    if filters.community is not None:
        reports = reports.filter(path__startswith=filters.community.path)
    if filters.categories:
        # A report matches when it has any one of the categories. A subquery avoids the
        # duplicate rows that a join would return.
        links = CATEGORY_LINKS.objects.filter(fieldreportcategory_id__in=filters.categories)
        reports = reports.filter(pk__in=links.values("fieldreportpage_id"))
    if filters.department:
        reports = reports.filter(department__code=filters.department)
    if filters.status:
        reports = reports.filter(status=filters.status)

    return reports.order_by("title", "pk")


# Columns of a map row, read with values_list() so that no model instance is built.
ROW_FIELDS = (
    "pk",
    "title",
    "url_path",
    "path",
    "latitude",
    "longitude",
    "status",
    "commune__name",
    "department__code",
)


class MapRow(NamedTuple):
    """One located field report, in the form the GeoJSON and CSV outputs write."""

    pk: int
    title: str
    url: str
    community: str
    categories: tuple[str, ...]
    status: str
    status_label: str
    commune: str
    department: str
    latitude: float
    longitude: float


def map_rows(request, reports):
    """Return one MapRow per report of the queryset `reports`, with four queries in all."""
    rows = list(reports.values_list(*ROW_FIELDS))

    # The labels are read from their own small table, because joining them to every link
    # was slower with 5,000 reports.
    labels = dict(FieldReportCategory.objects.values_list("pk", "label"))
    categories = {}
    links = CATEGORY_LINKS.objects.filter(fieldreportpage_id__in=reports.values("pk"))
    for report_id, category_id in links.values_list("fieldreportpage_id", "fieldreportcategory_id"):
        # A category created after the labels were read is left out rather than failing.
        if category_id in labels:
            categories.setdefault(report_id, []).append(labels[category_id])

    community_paths = {row[3][:COMMUNITY_PATH_LENGTH] for row in rows}
    community_titles = dict(
        Page.objects.filter(path__in=community_paths).values_list("path", "title")
    )

    urls = PageUrls(request)
    # Each label is translated once, because translating a lazy label for every row took
    # longer than the SQL queries with 5,000 reports.
    status_labels = {value: str(label) for value, label in FieldReportStatus.choices}
    return [
        MapRow(
            pk,
            title,
            urls.url(url_path),
            community_titles.get(path[:COMMUNITY_PATH_LENGTH], ""),
            tuple(sorted(categories.get(pk, ()))),
            status,
            status_labels.get(status, status),
            commune or "",
            department or "",
            latitude,
            longitude,
        )
        for pk, title, url_path, path, latitude, longitude, status, commune, department in rows
    ]


class PageUrls:
    """Turn `url_path` values into the URLs `Page.get_url(request)` returns, with no query.

    It follows Wagtail 8.0's `Page.get_url_parts` without internationalisation: the most
    specific site root wins, the current site is preferred, and a page of another site gets
    an absolute URL. A page outside every site gets an empty URL.
    """

    def __init__(self, request):
        self.root_paths = Site.get_site_root_paths()
        self.several_sites = len({root.site_id for root in self.root_paths}) > 1
        current_site = Site.find_for_request(request) if request is not None else None
        self.current_site_id = current_site.pk if current_site is not None else None
        self.serve_prefix = reverse("wagtail_serve", args=("",))

    def url(self, url_path):
        if len(self.root_paths) == 1:
            roots = self.root_paths if url_path.startswith(self.root_paths[0].root_path) else []
        else:
            roots = [root for root in self.root_paths if url_path.startswith(root.root_path)]
        if not roots:
            return ""
        root = next((item for item in roots if item.site_id == self.current_site_id), roots[0])

        tail = url_path[len(root.root_path) :]
        if not tail.isascii():
            # The same characters as Django's reverse() leaves unquoted.
            tail = quote(tail, safe="/~:@!$&'()*+,;=")
        page_path = self.serve_prefix + tail
        if self.several_sites and root.site_id != self.current_site_id:
            return root.root_url + page_path
        return page_path


def filter_options(user, filters, communities):
    """Return the choices of the filter form, each with a `selected` flag.

    Categories are those shared by every community and those of the selected community, or
    of every visible community when none is selected. Départements are those of the visible
    located reports, within the community when one is selected.
    """
    community_ids = (
        [filters.community.pk]
        if filters.community is not None
        else [community.pk for community in communities]
    )
    categories = FieldReportCategory.objects.filter(
        Q(community__isnull=True) | Q(community__in=community_ids)
    ).order_by("label", "community__title")
    category_options = [
        {
            "value": str(pk),
            "label": f"{label} ({community})" if community and not filters.community else label,
            "selected": pk in filters.categories,
        }
        for pk, label, community in categories.values_list("pk", "label", "community__title")
    ]

    scope = MapFilters(community=filters.community)
    departments = Department.objects.filter(
        pk__in=located_reports(user, scope).values("department_id")
    ).values_list("code", "name")

    return {
        "communities": [
            {
                "value": community.slug,
                "label": community.title,
                "selected": filters.community is not None and community.pk == filters.community.pk,
            }
            for community in communities
        ],
        "categories": category_options,
        "departments": [
            {"value": code, "label": f"{code} – {name}", "selected": code == filters.department}
            for code, name in departments
        ],
        "statuses": [
            {"value": value, "label": label, "selected": value == filters.status}
            for value, label in FieldReportStatus.choices
        ],
    }


def map_page_context(request, page=None):
    """Build the template context of a map page: filters, options, links and the list.

    With `page`, a page inside a community, the map shows that community only.
    """
    user = request.user
    communities = visible_communities(user)
    scope_path = page.path[:COMMUNITY_PATH_LENGTH] if page is not None else None
    filters = parse_filters(request.GET, communities, scope_path=scope_path)

    reports = located_reports(user, filters)
    reports = reports.select_related("department", "commune").prefetch_related("categories")
    paginator = Paginator(reports, LIST_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    attach_communities(page.object_list)

    querystring = filters.querystring()
    suffix = f"?{querystring}" if querystring else ""
    geojson_url = reverse("knowledge:map-geojson") + suffix
    return {
        "map_filters": filters,
        "filter_options": filter_options(user, filters, communities),
        "reports": page,
        "geojson_url": geojson_url,
        "csv_url": reverse("knowledge:map-csv") + suffix,
        "map_config": map_config(geojson_url),
    }


def map_config(geojson_url):
    """Return the settings that static/js/field-report-map.js reads from the page."""
    attribution = getattr(settings, "MAP_TILE_LAYER_ATTRIBUTION", None) or gettext(
        '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
    )
    return {
        "geojsonUrl": geojson_url,
        "tileLayerUrl": getattr(settings, "MAP_TILE_LAYER_URL", None) or DEFAULT_TILE_LAYER_URL,
        "tileLayerAttribution": attribution,
        "center": MAP_CENTER,
        "zoom": MAP_ZOOM,
        "labels": {
            "community": gettext("Community:"),
            "categories": gettext("Categories:"),
            "status": gettext("Status:"),
            "place": gettext("Place:"),
            "zoomIn": gettext("Zoom in"),
            "zoomOut": gettext("Zoom out"),
            "loadError": gettext(
                "The map could not load the field reports. The list below contains them."
            ),
        },
    }


def data_version():
    """Return the token that names the current state of the field reports in cache keys."""
    version = cache.get(DATA_VERSION_KEY)
    if version is None:
        cache.add(DATA_VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(DATA_VERSION_KEY)
    return version


def invalidate_map_data():
    """Make every cached payload stale, now and again when the current transaction commits.

    A random token, not a counter, so that a version key lost from the cache can never come
    back equal to an old one. The second change covers a request that read the old rows
    after the first change but before the commit.
    """
    cache.set(DATA_VERSION_KEY, uuid.uuid4().hex, timeout=None)
    transaction.on_commit(
        lambda: cache.set(DATA_VERSION_KEY, uuid.uuid4().hex, timeout=None), robust=True
    )


def payload_cache_key(kind, version, filters, hidden_paths, site_id, language):
    """Return the cache key of one payload.

    Users who may not see the same restricted subtrees get different keys, so a payload
    that contains a reserved report is only ever served to users who may see it.
    """
    scope = "|".join([filters.cache_key(), ",".join(hidden_paths), str(site_id), language])
    digest = hashlib.sha256(scope.encode()).hexdigest()
    return f"knowledge:map-data:{kind}:{version}:{digest}"
