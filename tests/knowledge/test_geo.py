"""Parsing, validation and formatting of field report locations (knowledge.geo)."""

import math

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtailgeowidget.helpers import geosgeometry_str_to_struct

from knowledge.geo import (
    COORDINATE_DECIMALS,
    Point,
    format_location,
    is_in_france,
    parse_coordinate,
    parse_latitude_longitude,
    parse_location,
    parse_typed_coordinates,
    validate_point,
)
from knowledge.models import FieldReportIndexPage, FieldReportPage

# (longitude, latitude), as in the widget string and GeoJSON.
BREST = Point(-4.4861, 48.3904)
POINTE_A_PITRE = Point(-61.5331, 16.2411)

PLACES_IN_FRANCE = {
    "Paris": Point(2.3522, 48.8566),
    "Lyon": Point(4.8357, 45.764),
    "Brest": BREST,
    "Ouessant": Point(-5.09, 48.46),
    "Dunkerque": Point(2.3768, 51.0344),
    "Strasbourg": Point(7.7521, 48.5734),
    "Annemasse": Point(6.2342, 46.1934),
    "Menton": Point(7.4975, 43.775),
    "Hendaye": Point(-1.765, 43.37),
    "Cerbère": Point(3.165, 42.443),
    "Ajaccio": Point(8.7386, 41.9192),
    "Bastia": Point(9.4509, 42.697),
    "Bonifacio": Point(9.1595, 41.3875),
    "Pointe-à-Pitre": POINTE_A_PITRE,
    "Marie-Galante": Point(-61.27, 15.94),
    "Fort-de-France": Point(-61.0588, 14.6161),
    "Cayenne": Point(-52.3135, 4.9224),
    "Maripasoula": Point(-54.03, 3.64),
    "Saint-Denis de La Réunion": Point(55.4504, -20.8823),
    "Mamoudzou": Point(45.2279, -12.7806),
}
PLACES_OUTSIDE_FRANCE = {
    "London": Point(-0.1278, 51.5074),
    "Brussels": Point(4.3517, 50.8503),
    "Madrid": Point(-3.7038, 40.4168),
    "New York": Point(-74.006, 40.7128),
    "0, 0": Point(0.0, 0.0),
    "Tournai": Point(3.3878, 50.6056),
    "Luxembourg": Point(6.1319, 49.6116),
    "Saarbrücken": Point(6.9969, 49.2402),
    "Basel": Point(7.5886, 47.5596),
    "Geneva": Point(6.1432, 46.2044),
    "Andorra la Vella": Point(1.5218, 42.5063),
    "San Sebastián": Point(-1.9812, 43.3183),
    "Jersey": Point(-2.11, 49.19),
    "Santa Teresa Gallura": Point(9.19, 41.239),
    "Dominica": Point(-61.371, 15.415),
    "Saint Lucia": Point(-60.99, 14.01),
    "Paramaribo": Point(-55.2038, 5.852),
    "Mauritius": Point(57.5012, -20.1609),
    "Anjouan": Point(44.44, -12.21),
}


def error_code(function, *args):
    with pytest.raises(ValidationError) as excinfo:
        function(*args)
    return excinfo.value.code


@pytest.mark.parametrize("point", [BREST, POINTE_A_PITRE], ids=["Brest", "Pointe-à-Pitre"])
def test_widget_string_round_trip_west_of_greenwich(point):
    text = format_location(point)

    assert parse_location(text) == point
    assert text == f"SRID=4326;POINT({point.longitude:.6f} {point.latitude:.6f})"


def test_widget_string_longitude_comes_first():
    point = parse_location("SRID=4326;POINT(-61.5331 16.2411)")

    assert point.longitude == -61.5331
    assert point.latitude == 16.2411


def test_formatted_location_readable_by_wagtailgeowidget():
    structure = geosgeometry_str_to_struct(format_location(BREST))

    assert structure is not None
    assert float(structure["x"]) == BREST.longitude
    assert float(structure["y"]) == BREST.latitude


def test_location_rounded_to_six_decimals():
    point = parse_location("SRID=4326;POINT(4.83565912345 45.76404387654)")

    assert COORDINATE_DECIMALS == 6
    assert point == Point(4.835659, 45.764044)


def test_format_writes_six_decimals():
    assert format_location(Point(2.4, 46.6)) == "SRID=4326;POINT(2.400000 46.600000)"


def test_format_never_localized():
    with translation.override("fr"):
        text = format_location(POINTE_A_PITRE)

    assert text == "SRID=4326;POINT(-61.533100 16.241100)"
    assert "," not in text


@pytest.mark.parametrize(
    "text",
    [
        "SRID=4326;POINT(4,8357 45,764)",
        "SRID=4326;POINT(4.8357 45.764)",
        "POINT(4.8357 45.764)",
        "  srid=4326;point( 4.8357   45.764 )  ",
    ],
)
def test_widget_string_variants_accepted(text):
    assert parse_location(text) == Point(4.8357, 45.764)


@pytest.mark.parametrize(
    "text",
    [
        "45,764 ; 4,8357",
        "45,764;4,8357",
        "45.764, 4.8357",
        "45.764,4.8357",
        "45.764 4.8357",
        "45,764 4,8357",
    ],
)
def test_typed_coordinates_read_latitude_first(text):
    assert parse_typed_coordinates(text) == Point(4.8357, 45.764)


def test_typed_coordinates_accept_typographic_minus():
    assert parse_typed_coordinates("16,2411 ; \u221261,5331") == POINTE_A_PITRE


def test_typed_coordinates_with_blank_after_comma():
    assert parse_typed_coordinates("45, 4") == Point(4.0, 45.0)


@pytest.mark.parametrize("text", ["4,83,45", "45,7", "45,764,4,8357", "45,764, 4,8357"])
def test_ambiguous_typed_coordinates_rejected(text):
    assert error_code(parse_typed_coordinates, text) == "ambiguous"


@pytest.mark.parametrize("text", ["", "45.764", "45 ; 4 ; 3", "Lyon", "45.764, 4.8357, 12"])
def test_unreadable_typed_coordinates_rejected(text):
    assert error_code(parse_typed_coordinates, text) == "invalid"


def test_coordinate_with_decimal_comma():
    assert parse_coordinate("-61,5331", "longitude") == -61.5331


@pytest.mark.parametrize("text", ["4,83,45", "4.83.45", "1,234.5", "4,", ",5", "45 764", "nan"])
def test_coordinate_not_cut_short(text):
    assert error_code(parse_coordinate, text, "longitude") == "invalid"


def test_coordinate_written_with_exponent():
    assert parse_coordinate("1e-7", "longitude") == pytest.approx(1e-7)


def test_coordinate_error_names_value():
    with pytest.raises(ValidationError) as excinfo:
        parse_coordinate("4,83,45", "longitude")

    assert "4,83,45" in excinfo.value.messages[0]
    assert "longitude" in excinfo.value.messages[0]


def test_ambiguous_coordinate_inside_widget_string_rejected():
    assert error_code(parse_location, "SRID=4326;POINT(4,83,45 45)") == "invalid"


@pytest.mark.parametrize(
    "text",
    [
        "",
        None,
        "POINT()",
        "SRID=4326;POINT(4.8357,45.764)",
        "SRID=3857;POINT(538292 5743000)",
        "SRID=4326;POINT(4.8357 45.764 200)",
        "SRID=4326;LINESTRING(4 45, 5 46)",
        "45.764, 4.8357",
    ],
)
def test_malformed_widget_string_rejected(text):
    assert error_code(parse_location, text) == "malformed"


@pytest.mark.parametrize(
    "text",
    ["SRID=4326;POINT(abc 45)", "SRID=4326;POINT(nan 45)", "SRID=4326;POINT(inf 45)"],
)
def test_widget_string_with_non_number_rejected(text):
    assert error_code(parse_location, text) == "invalid"


@pytest.mark.parametrize(
    ("longitude", "latitude"),
    [(2.4, 91.0), (2.4, -90.5), (180.5, 46.6), (-181.0, 46.6), (math.inf, 46.6), (2.4, math.nan)],
)
def test_out_of_range_point_rejected(longitude, latitude):
    assert error_code(validate_point, Point(longitude, latitude)) == "out_of_range"


def test_huge_exponent_out_of_range():
    assert error_code(parse_location, "SRID=4326;POINT(1e400 45)") == "out_of_range"


def test_out_of_range_message_names_value():
    with pytest.raises(ValidationError) as excinfo:
        validate_point(Point(2.4, 91.25))

    assert "91.25" in excinfo.value.messages[0]


@pytest.mark.parametrize("name", PLACES_IN_FRANCE)
def test_place_in_france_accepted(name):
    point = PLACES_IN_FRANCE[name]

    assert is_in_france(point)
    assert validate_point(point) == point


@pytest.mark.parametrize("name", PLACES_OUTSIDE_FRANCE)
def test_place_outside_france_rejected(name):
    point = PLACES_OUTSIDE_FRANCE[name]

    assert not is_in_france(point)
    assert error_code(validate_point, point) == "outside_france"


def test_swapped_latitude_and_longitude_reported():
    assert error_code(parse_location, "SRID=4326;POINT(45.764 4.8357)") == "swapped"


def test_two_inputs_accept_decimal_comma():
    assert parse_latitude_longitude("16,2411", "-61,5331") == POINTE_A_PITRE


def test_two_inputs_accept_degree_sign():
    assert parse_latitude_longitude("45,764°", "4,8357 °") == Point(4.8357, 45.764)


def test_two_inputs_reject_ambiguous_latitude():
    assert error_code(parse_latitude_longitude, "4,83,45", "2,4") == "invalid"


def test_two_inputs_reject_point_outside_france():
    assert error_code(parse_latitude_longitude, "51,5074", "-0,1278") == "outside_france"


@pytest.mark.django_db
@pytest.mark.parametrize("point", [BREST, POINTE_A_PITRE], ids=["Brest", "Pointe-à-Pitre"])
def test_save_derives_latitude_and_longitude(community, point):
    report = add_field_report(community, location=format_location(point))

    report.refresh_from_db()
    assert report.longitude == point.longitude
    assert report.latitude == point.latitude


@pytest.mark.django_db
def test_save_rounds_derived_columns(community):
    report = add_field_report(community, location="SRID=4326;POINT(4,83565912 45,76404387)")

    report.refresh_from_db()
    assert report.longitude == 4.835659
    assert report.latitude == 45.764044


@pytest.mark.django_db
def test_save_without_location_clears_columns(community):
    report = add_field_report(community, location=format_location(BREST))

    report.location = ""
    report.save()

    report.refresh_from_db()
    assert report.latitude is None
    assert report.longitude is None


def add_field_report(community, **fields):
    index = FieldReportIndexPage.objects.child_of(community).get()
    report = FieldReportPage(
        title="Maison de santé en ossature bois",
        slug="maison-de-sante",
        summary="Une maison de santé en bois local et paille.",
        live=False,
        **fields,
    )
    return index.add_child(instance=report)
