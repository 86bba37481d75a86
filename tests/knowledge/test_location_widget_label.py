"""The coordinates input of the map editor has an accessible name."""

import re

from django.utils import translation

from knowledge.widgets import LocalLeafletField


def coordinates_input(html):
    match = re.search(r'<input id="id_location_latlng"[^>]*>', html)
    assert match is not None, html
    return match.group(0)


def test_coordinates_input_has_label():
    widget = LocalLeafletField(srid=4326, id_prefix="id_")

    with translation.override("fr"):
        html = widget.render("location", "", attrs={"id": "id_location"})
        expected = translation.gettext("Coordinates (latitude, longitude)")

    assert f'aria-label="{expected}"' in coordinates_input(html)
