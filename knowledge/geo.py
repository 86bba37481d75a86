"""Parse, validate and format the point locations of field reports (WGS 84, EPSG:4326).

A location is written in one of two ways. wagtailgeowidget stores `SRID=4326;POINT(lng lat)`,
longitude first. A person types the latitude first, as maps and GPS devices show it. Both forms
accept the French decimal comma wherever it cannot be mistaken for a separator.
"""

import math
import re
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

COORDINATE_DECIMALS = 6

WIDGET_PATTERN = re.compile(
    r"^\s*(?:SRID=4326;)?\s*POINT\s*\(\s*(?P<lng>\S+)\s+(?P<lat>\S+)\s*\)\s*$", re.IGNORECASE
)
# A number of decimal degrees with a decimal point or comma. The exponent is there because
# JavaScript writes very small numbers such as 1e-7 that way, and the map widget may send one.
NUMBER_PATTERN = re.compile(r"^[+-]?\d+(?:[.,]\d+)?(?:e[+-]?\d+)?$", re.IGNORECASE)
DOT_NUMBER_PATTERN = re.compile(r"^[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?$", re.IGNORECASE)
# Characters that word processors and French keyboards put in place of a minus sign or a space.
TYPOGRAPHIC_CHARACTERS = str.maketrans({"\u2212": "-", "\u2013": "-", "\u00a0": " ", "\u202f": " "})
MAX_QUOTED_LENGTH = 60


class Point(NamedTuple):
    """A WGS 84 point, longitude first as in GeoJSON and in the widget string."""

    longitude: float
    latitude: float


def parse_coordinate(text, label):
    """Read one coordinate in decimal degrees, typed with a decimal point or a decimal comma.

    `label` names the coordinate in the error message, e.g. `_("latitude")`. A value with more
    than one comma or point, such as "4,83,45", raises ValidationError instead of being cut short.
    """
    value = _normalize(text).removesuffix("°").rstrip()
    if not NUMBER_PATTERN.match(value):
        raise ValidationError(
            _(
                "The %(label)s “%(value)s” is not a number in decimal degrees: enter for "
                "example 45.764 or 45,764."
            ),
            code="invalid",
            params={"label": label, "value": _quote(value)},
        )
    return float(value.replace(",", "."))


def parse_location(text):
    """Parse the widget string `SRID=4326;POINT(lng lat)` into a validated Point in France.

    Inside POINT() a blank separates the two numbers, so a comma there is always a decimal comma.
    """
    match = WIDGET_PATTERN.match(text or "")
    if match is None:
        raise ValidationError(
            _(
                "The location “%(value)s” is not in the form SRID=4326;POINT(longitude "
                "latitude): place the marker on the map, search an address or type coordinates."
            ),
            code="malformed",
            params={"value": _quote(_normalize(text))},
        )
    longitude = parse_coordinate(match["lng"], _("longitude"))
    latitude = parse_coordinate(match["lat"], _("latitude"))
    return validate_point(Point(longitude, latitude))


def location_columns(text):
    """Return the (latitude, longitude) of a widget string, (None, None) for an empty one.

    Raise a ValidationError on the "location" field for a malformed string or a point outside
    France, so that a model's clean() can let it through as it is.
    """
    if not text:
        return None, None
    try:
        point = parse_location(text)
    except ValidationError as error:
        raise ValidationError({"location": error.messages}) from error
    return point.latitude, point.longitude


def parse_typed_coordinates(text):
    """Parse coordinates typed by a person, latitude first, into a validated Point in France.

    Accepted forms: "45.764, 4.8357", "45.764 4.8357", "45,764 4,8357" and "45,764 ; 4,8357".
    A semicolon always separates the two numbers. Otherwise a single comma separates them only
    when the numbers use decimal points or when a blank follows or precedes the comma, so "45,7"
    and "4,83,45" raise an "ambiguous" ValidationError. The script
    knowledge/static/knowledge/js/leaflet-field-coordinates.js applies the same rules to the
    coordinates input beside the map of the page editor.
    """
    value = _normalize(text)
    parts = _split_typed_coordinates(value)
    if parts is None:
        ambiguous = ";" not in value and "," in value and "." not in value
        if ambiguous:
            raise ValidationError(
                _(
                    "The coordinates “%(value)s” are ambiguous because a comma may separate "
                    "the decimals or the two numbers: separate the latitude and the longitude "
                    "with a semicolon, for example 45,764 ; 4,8357."
                ),
                code="ambiguous",
                params={"value": _quote(value)},
            )
        raise ValidationError(
            _(
                "The coordinates “%(value)s” are not understood: enter the latitude, then the "
                "longitude, for example 45.764, 4.8357 or 45,764 ; 4,8357."
            ),
            code="invalid",
            params={"value": _quote(value)},
        )

    latitude = parse_coordinate(parts[0], _("latitude"))
    longitude = parse_coordinate(parts[1], _("longitude"))
    return validate_point(Point(longitude, latitude))


def parse_latitude_longitude(latitude_text, longitude_text):
    """Parse a latitude and a longitude typed in two inputs into a validated Point in France."""
    latitude = parse_coordinate(latitude_text, _("latitude"))
    longitude = parse_coordinate(longitude_text, _("longitude"))
    return validate_point(Point(longitude, latitude))


def validate_point(point):
    """Return `point` rounded to COORDINATE_DECIMALS, or raise ValidationError.

    The error codes are "out_of_range", "swapped" when the point lies in France once latitude
    and longitude are exchanged, and "outside_france".
    """
    latitude, longitude = point.latitude, point.longitude
    if not (math.isfinite(latitude) and -90 <= latitude <= 90):
        raise ValidationError(
            _("The latitude %(value)s is out of range: it must be between -90 and 90."),
            code="out_of_range",
            params={"value": _display(latitude)},
        )
    if not (math.isfinite(longitude) and -180 <= longitude <= 180):
        raise ValidationError(
            _("The longitude %(value)s is out of range: it must be between -180 and 180."),
            code="out_of_range",
            params={"value": _display(longitude)},
        )

    params = {"latitude": _display(latitude), "longitude": _display(longitude)}
    if not is_in_france(point):
        if is_in_france(Point(longitude=latitude, latitude=longitude)):
            raise ValidationError(
                _(
                    "The point (latitude %(latitude)s, longitude %(longitude)s) is outside "
                    "France, but it falls in France with latitude and longitude swapped: check "
                    "their order."
                ),
                code="swapped",
                params=params,
            )
        raise ValidationError(
            _(
                "The point (latitude %(latitude)s, longitude %(longitude)s) is outside "
                "metropolitan France, Corsica and the overseas départements (Guadeloupe, "
                "Martinique, Guyane, La Réunion, Mayotte)."
            ),
            code="outside_france",
            params=params,
        )

    return Point(round(longitude, COORDINATE_DECIMALS), round(latitude, COORDINATE_DECIMALS))


def is_in_france(point):
    """Tell whether `point` lies in metropolitan France, Corsica or an overseas département."""
    return any(_in_polygon(point, outline) for outline in FRENCH_AREAS.values())


def format_location(point):
    """Format a point as the widget string, longitude first, with a decimal point in any locale."""
    return (
        f"SRID=4326;POINT({point.longitude:.{COORDINATE_DECIMALS}f} "
        f"{point.latitude:.{COORDINATE_DECIMALS}f})"
    )


def _normalize(text):
    return str(text or "").translate(TYPOGRAPHIC_CHARACTERS).strip()


def _quote(value):
    """Shorten a rejected input before it is quoted in an error message."""
    if len(value) <= MAX_QUOTED_LENGTH:
        return value
    return value[: MAX_QUOTED_LENGTH - 1] + "…"


def _display(number):
    """Write a coordinate for an error message: at most six decimals, trailing zeros removed."""
    if not math.isfinite(number):
        return str(number)
    return f"{number:.{COORDINATE_DECIMALS}f}".rstrip("0").rstrip(".")


def _split_typed_coordinates(value):
    """Split typed coordinates into their latitude and longitude texts, or return None."""
    if ";" in value:
        parts = [part.strip() for part in value.split(";")]
        return parts if len(parts) == 2 else None

    by_comma = [part.strip() for part in value.split(",")]
    comma_is_separator = "." in value or re.search(r"\s,|,\s", value)
    if (
        len(by_comma) == 2
        and comma_is_separator
        and all(DOT_NUMBER_PATTERN.match(part) for part in by_comma)
    ):
        return by_comma

    by_blank = value.split()
    if len(by_blank) == 2 and all(NUMBER_PATTERN.match(part) for part in by_blank):
        return by_blank
    return None


def _in_polygon(point, outline):
    """Tell whether `point` is inside the polygon `outline` by ray casting.

    The polygons are small enough for longitude and latitude to be treated as plane coordinates.
    """
    inside = False
    previous_x, previous_y = outline[-1]
    for x, y in outline:
        if (y > point.latitude) != (previous_y > point.latitude):
            crossing_x = x + (point.latitude - y) * (previous_x - x) / (previous_y - y)
            if point.longitude < crossing_x:
                inside = not inside
        previous_x, previous_y = x, y
    return inside


def _parse_outline(text):
    """Read a polygon written as "lng lat, lng lat, …" (the order of WKT) into (lng, lat) pairs."""
    return tuple(
        (float(longitude), float(latitude))
        for longitude, latitude in (vertex.split() for vertex in text.split(","))
    )


# Simplified outlines of the French territories where field reports may be located. They were
# drawn for this project from the positions of border towns, passes and rivers. At sea they keep
# a margin of 5 to 20 km, so that islands and coastal places are included. Guadeloupe,
# Martinique, La Réunion and Mayotte have no land border and are rectangles around the islands.
# NOTE: land borders are followed to within about 5 km, so a few places just across them are
# accepted: Monaco, the Spanish enclave of Llívia, Puigcerdà beside Bourg-Madame, and the towns
# facing Guyane across the Maroni and Oyapock rivers (Albina, Oiapoque).
METROPOLITAN_FRANCE_OUTLINE = """
    2.56 51.12, 2.63 50.96, 2.7 50.8, 2.86 50.7, 3.02 50.77, 3.12 50.79, 3.26 50.7,
    3.28 50.61, 3.48 50.51, 3.62 50.45, 3.7 50.38, 3.97 50.34, 4.13 50.3, 4.22 50.18,
    4.16 50.06, 4.2 49.97, 4.5 49.99, 4.66 49.98, 4.7 50.1, 4.82 50.17, 4.88 50.13,
    4.8 50.05, 4.86 49.95, 4.86 49.84, 5.0 49.76, 5.12 49.7, 5.3 49.62, 5.45 49.55,
    5.8 49.55, 5.9 49.49, 6.1 49.46, 6.25 49.47, 6.37 49.47, 6.55 49.42, 6.72 49.24,
    6.92 49.21, 7.06 49.12, 7.3 49.14, 7.45 49.17, 7.6 49.1, 7.95 49.06, 8.24 48.98,
    8.08 48.8, 7.8 48.58, 7.72 48.3, 7.57 48.02, 7.56 47.8, 7.59 47.59, 7.53 47.55,
    7.47 47.49, 7.4 47.43, 7.22 47.42, 7.02 47.5, 6.95 47.47, 6.93 47.36, 6.98 47.3,
    6.87 47.17, 6.72 47.06, 6.5 46.93, 6.44 46.77, 6.18 46.6, 6.1 46.5, 6.15 46.38,
    6.125 46.245, 5.98 46.2, 5.96 46.155, 6.08 46.155, 6.16 46.16, 6.21 46.185, 6.25 46.22,
    6.27 46.27, 6.23 46.31, 6.45 46.43, 6.7 46.44, 6.81 46.39, 6.88 46.24, 6.9 46.13,
    6.98 46.03, 7.05 45.92, 6.82 45.76, 6.9 45.67, 7.15 45.47, 6.98 45.2, 6.7 45.12,
    6.63 45.05, 6.74 44.94, 7.0 44.82, 7.03 44.68, 6.95 44.55, 6.9 44.42, 6.93 44.35,
    7.12 44.2, 7.42 44.13, 7.56 44.15, 7.7 44.1, 7.72 44.02, 7.58 43.95, 7.52 43.87,
    7.54 43.78, 7.55 43.7, 7.25 43.45, 6.8 43.2, 6.55 42.97, 6.15 42.95, 5.75 43.05,
    5.3 43.15, 4.9 43.25, 4.4 43.3, 3.7 43.25, 3.25 43.15, 3.12 42.8, 3.22 42.5, 3.2 42.435,
    2.87 42.44, 2.62 42.37, 2.45 42.38, 2.1 42.4, 1.96 42.42, 1.87 42.47, 1.8 42.5,
    1.78 42.58, 1.65 42.66, 1.45 42.66, 1.42 42.62, 1.3 42.72, 1.1 42.74, 1.0 42.76,
    0.85 42.86, 0.68 42.86, 0.64 42.72, 0.4 42.68, 0.15 42.7, -0.05 42.68, -0.3 42.78,
    -0.45 42.8, -0.55 42.8, -0.72 42.88, -1.0 42.96, -1.27 43.04, -1.4 43.03, -1.47 43.06,
    -1.44 43.12, -1.42 43.2, -1.45 43.28, -1.52 43.3, -1.6 43.29, -1.7 43.3, -1.765 43.345,
    -1.79 43.385, -1.85 43.45, -1.4 44.6, -1.35 45.6, -1.6 46.05, -1.75 46.3, -2.5 46.65,
    -2.45 47.0, -2.7 47.25, -3.35 47.25, -3.65 47.55, -4.1 47.65, -4.5 47.75, -5.1 48.0,
    -5.25 48.5, -4.7 48.75, -3.45 48.95, -2.95 48.92, -2.1 48.72, -1.88 48.9, -1.88 49.35,
    -2.05 49.78, -1.2 49.75, -1.0 49.45, -0.5 49.45, 0.05 49.6, 0.3 49.85, 1.05 50.0,
    1.35 50.15, 1.5 50.45, 1.5 50.75, 1.5 50.92, 1.8 51.05, 2.3 51.12
"""
CORSICA_OUTLINE = """
    9.3 43.06, 9.5 43.06, 9.6 42.6, 9.62 42.1, 9.45 41.6, 9.32 41.31, 9.05 41.31, 8.7 41.6,
    8.55 41.85, 8.52 42.3, 8.7 42.6, 9.1 42.7, 9.28 42.95
"""
GUADELOUPE_OUTLINE = """
    -61.85 15.8, -61.85 16.56, -60.95 16.56, -60.95 15.8
"""
MARTINIQUE_OUTLINE = """
    -61.3 14.35, -61.3 14.95, -60.75 14.95, -60.75 14.35
"""
GUYANE_OUTLINE = """
    -54.05 5.95, -53.4 6.0, -52.45 5.5, -51.95 4.95, -51.62 4.35, -51.76 3.85, -52.05 3.4,
    -52.3 3.15, -52.55 2.6, -52.65 2.15, -53.5 2.1, -54.1 2.25, -54.6 2.3, -54.2 3.0,
    -54.06 3.65, -54.42 4.25, -54.45 4.7, -54.36 5.15, -54.06 5.5, -54.02 5.8
"""
LA_REUNION_OUTLINE = """
    55.15 -21.45, 55.15 -20.8, 55.9 -20.8, 55.9 -21.45
"""
MAYOTTE_OUTLINE = """
    44.95 -13.1, 44.95 -12.55, 45.35 -12.55, 45.35 -13.1
"""

FRENCH_AREAS = {
    "metropolitan_france": _parse_outline(METROPOLITAN_FRANCE_OUTLINE),
    "corsica": _parse_outline(CORSICA_OUTLINE),
    "guadeloupe": _parse_outline(GUADELOUPE_OUTLINE),
    "martinique": _parse_outline(MARTINIQUE_OUTLINE),
    "guyane": _parse_outline(GUYANE_OUTLINE),
    "la_reunion": _parse_outline(LA_REUNION_OUTLINE),
    "mayotte": _parse_outline(MAYOTTE_OUTLINE),
}
