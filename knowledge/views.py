"""GeoJSON and CSV exports of the field reports on the map, with the filters of the map.

Both outputs are built with format strings, never with Django's localization, so that the
French locale does not turn decimal points into commas.
"""

import csv
import gzip
import io
import json

from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language
from django.views.decorators.http import require_safe
from wagtail.models import Site

from community.privacy import restricted_paths_hidden_from

from .map_data import (
    PAYLOAD_CACHE_TIMEOUT,
    data_version,
    located_reports,
    map_rows,
    parse_filters,
    payload_cache_key,
    visible_communities,
)

CSV_COLUMNS = [
    "title",
    "url",
    "community",
    "categories",
    "status",
    "commune",
    "department",
    "latitude",
    "longitude",
]
CSV_CATEGORY_SEPARATOR = "; "
GZIP_LEVEL = 6
# A spreadsheet runs a cell that starts with one of these characters as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


# Encode one str as a JSON string literal. With ensure_ascii=False, JSONEncoder.encode() calls
# the C escaping function directly for a str.
json_string = json.JSONEncoder(ensure_ascii=False).encode


def build_geojson(rows):
    """Return an RFC 7946 FeatureCollection of `rows`: points as [longitude, latitude].

    Each feature is written with a format string, because json.dumps() cannot fix the number
    of decimals and, called per feature, took twice as long with 5,000 reports.
    """
    features = ",".join(geojson_feature(row) for row in rows)
    return f'{{"type":"FeatureCollection","features":[{features}]}}'


def geojson_feature(row):
    categories = ",".join(json_string(label) for label in row.categories)
    return (
        f'{{"type":"Feature","id":{row.pk},'
        f'"geometry":{{"type":"Point","coordinates":[{row.longitude:.6f},{row.latitude:.6f}]}},'
        f'"properties":{{"title":{json_string(row.title)},"url":{json_string(row.url)},'
        f'"community":{json_string(row.community)},"categories":[{categories}],'
        f'"status":{{"code":{json_string(row.status)},"label":{json_string(row.status_label)}}},'
        f'"commune":{json_string(row.commune)},"department":{json_string(row.department)}}}}}'
    )


def build_csv(rows):
    """Return `rows` as CSV (RFC 4180): a header row, commas, decimal points."""
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow(
            [
                spreadsheet_safe(row.title),
                row.url,
                spreadsheet_safe(row.community),
                spreadsheet_safe(CSV_CATEGORY_SEPARATOR.join(row.categories)),
                row.status,
                spreadsheet_safe(row.commune),
                row.department,
                f"{row.latitude:.6f}",
                f"{row.longitude:.6f}",
            ]
        )
    return output.getvalue()


def spreadsheet_safe(text):
    """Prefix a text cell with an apostrophe when a spreadsheet would run it as a formula."""
    return f"'{text}" if text.startswith(FORMULA_PREFIXES) else text


def cached_payload(request, kind, build):
    """Return `build(rows)` of the filtered reports, gzip-compressed, from the cache if present.

    The cache contains the compressed bytes, which are about ten times smaller than the text.
    An entry for 5,000 reports then fits the 1 MB item limit of a default Memcached, and a
    cached response is not compressed again for every request.
    """
    # The version is read before the rows, so a change made while the rows are read leaves
    # the payload under the old version, which no later request reads.
    version = data_version()

    user = request.user
    filters = parse_filters(request.GET, visible_communities(user))
    site = Site.find_for_request(request)
    key = payload_cache_key(
        kind,
        version,
        filters,
        restricted_paths_hidden_from(user),
        site.pk if site is not None else "",
        get_language(),
    )

    payload = cache.get(key)
    if payload is None:
        rows = map_rows(request, located_reports(user, filters))
        payload = gzip.compress(build(rows).encode(), compresslevel=GZIP_LEVEL, mtime=0)
        cache.set(key, payload, PAYLOAD_CACHE_TIMEOUT)
    return payload


def accepts_gzip(request):
    """Tell whether the Accept-Encoding header of `request` allows gzip, q-values included."""
    qualities = {}
    for item in request.headers.get("Accept-Encoding", "").split(","):
        coding, _, parameters = item.partition(";")
        quality = 1.0
        name, _, value = parameters.partition("=")
        if name.strip().lower() == "q":
            try:
                quality = float(value)
            except ValueError:
                quality = 0.0
        qualities[coding.strip().lower()] = quality
    for coding in ("gzip", "x-gzip", "*"):
        if coding in qualities:
            return qualities[coding] > 0
    return False


def export_response(request, compressed, content_type):
    """Send the gzip bytes `compressed` as they are when the client accepts gzip.

    Compression without the random padding of Django's GZipMiddleware is safe here because
    these payloads reflect no query string text and contain no secret such as a CSRF token,
    which a BREACH attack needs. The HTML pages stay uncompressed by Django.
    """
    if accepts_gzip(request):
        response = HttpResponse(compressed, content_type=content_type)
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(gzip.decompress(compressed), content_type=content_type)
    patch_vary_headers(response, ["Accept-Encoding", "Cookie"])
    # No shared cache may keep a member's copy, because it contains reserved reports.
    patch_cache_control(response, private=True)
    return response


@require_safe
def field_reports_geojson(request):
    payload = cached_payload(request, "geojson", build_geojson)
    return export_response(request, payload, "application/geo+json")


@require_safe
def field_reports_csv(request):
    payload = cached_payload(request, "csv", build_csv)
    response = export_response(request, payload, "text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="remontees-terrain.csv"'
    return response
