"""Parse, validate and format the point locations of field reports (WGS 84, EPSG:4326)."""

import re
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

COORDINATE_DECIMALS = 6

# Bounding boxes (south, west, north, east) of metropolitan France with Corsica and of the five
# overseas départements, with a margin of a few kilometres for coastal places.
FRENCH_AREAS = {
    "metropole": (41.2, -5.3, 51.2, 9.7),
    "guadeloupe": (15.8, -61.9, 16.6, -60.9),
    "martinique": (14.35, -61.3, 14.95, -60.75),
    "guyane": (2.0, -54.7, 5.9, -51.5),
    "la_reunion": (-21.45, 55.15, -20.8, 55.9),
    "mayotte": (-13.1, 44.95, -12.55, 45.35),
}

WIDGET_PATTERN = re.compile(
    r"^\s*(?:SRID=4326;)?\s*POINT\s*\(\s*(?P<lng>\S+)\s+(?P<lat>\S+)\s*\)\s*$", re.IGNORECASE
)
NUMBER_PATTERN = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


class Point(NamedTuple):
    longitude: float
    latitude: float


def parse_coordinate(text, label):
    """Read one coordinate typed with a decimal point or a French decimal comma."""
    text = str(text).strip().replace("\u2212", "-")
    if not NUMBER_PATTERN.match(text):
        raise ValidationError(
            _("The %(label)s “%(value)s” is not a number in decimal degrees, such as 45.7640."),
            code="invalid",
            params={"label": label, "value": text[:40]},
        )
    return float(text.replace(",", "."))


def parse_location(text):
    """Parse the widget string `SRID=4326;POINT(lng lat)` into a Point inside France."""
    match = WIDGET_PATTERN.match(text or "")
    if match is None:
        raise ValidationError(
            _("The location is malformed: place the marker on the map or search an address."),
            code="malformed",
        )
    longitude = parse_coordinate(match["lng"], _("longitude"))
    latitude = parse_coordinate(match["lat"], _("latitude"))
    return validate_point(Point(longitude, latitude))


def validate_point(point):
    """Reject a point outside the valid ranges or outside France; return it rounded."""
    if not -90 <= point.latitude <= 90 or not -180 <= point.longitude <= 180:
        raise ValidationError(
            _("Latitude must be between -90 and 90 and longitude between -180 and 180."),
            code="out_of_range",
        )
    if not is_in_france(point):
        raise ValidationError(
            _(
                "The location (latitude %(lat)s, longitude %(lng)s) is outside metropolitan "
                "France and the overseas départements."
            ),
            code="outside_france",
            params={"lat": f"{point.latitude:.4f}", "lng": f"{point.longitude:.4f}"},
        )
    return Point(
        round(point.longitude, COORDINATE_DECIMALS), round(point.latitude, COORDINATE_DECIMALS)
    )


def is_in_france(point):
    return any(
        south <= point.latitude <= north and west <= point.longitude <= east
        for south, west, north, east in FRENCH_AREAS.values()
    )


def format_location(point):
    """Format a point as the widget string, longitude first, never localized."""
    return (
        f"SRID=4326;POINT({point.longitude:.{COORDINATE_DECIMALS}f} "
        f"{point.latitude:.{COORDINATE_DECIMALS}f})"
    )
