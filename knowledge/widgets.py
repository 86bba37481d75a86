"""wagtailgeowidget editors that load Leaflet from this site and take their geocoder from settings.

wagtailgeowidget 9.1 loads Leaflet 1.9.4 from unpkg.com. LocalLeafletField serves Leaflet 1.9.3
from the xstatic-leaflet package instead (static/leaflet/, see STATICFILES_DIRS), so that the page
editor loads no script or style sheet from another host. The map tiles still come from the
MAP_TILE_LAYER_URL host, and typing an address sends it to the geocoder set by MAP_GEOCODER.
"""

import json

from django import forms
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.templatetags.static import static
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.admin.telepath import register
from wagtailgeowidget import geocoders
from wagtailgeowidget.helpers import geosgeometry_str_to_struct
from wagtailgeowidget.panels import GeoAddressPanel, LeafletPanel
from wagtailgeowidget.widgets import GeocoderField, LeafletField, LeafletFieldAdapter

GEOCODER_DISABLED = "none"
SUPPORTED_GEOCODERS = (geocoders.NOMINATIM, GEOCODER_DISABLED)
# Zoom level of the editor map when the field already contains a point, which shows a street
# and its neighbours. An empty field shows the whole country at GEO_WIDGET_ZOOM.
LOCATED_ZOOM = 15
OPTIONS_ATTRIBUTE = "data-leaflet-field-options-value"


def configured_geocoder():
    """Return the MAP_GEOCODER setting after checking it names a supported geocoder."""
    geocoder = getattr(settings, "MAP_GEOCODER", geocoders.NOMINATIM)
    if geocoder not in SUPPORTED_GEOCODERS:
        raise ImproperlyConfigured(
            f"MAP_GEOCODER is {geocoder!r}; set it to one of {', '.join(SUPPORTED_GEOCODERS)}."
        )
    return geocoder


def invalid_coordinates_message():
    return gettext(
        "Invalid coordinates: type the latitude, then the longitude, for example "
        "45.764, 4.8357 or 45,764 ; 4,8357."
    )


class LocalLeafletField(LeafletField):
    """The wagtailgeowidget map editor, with Leaflet served from this site's static files."""

    @property
    def media(self):
        # Leaflet comes first because leaflet-field-coordinates.js configures its marker icon
        # as soon as it loads. That script also replaces a method that leaflet-field.js defines,
        # and the controller creates the map only once all the scripts have run.
        return forms.Media(
            css={"all": ("leaflet/leaflet.css", "wagtailgeowidget/css/leaflet-field.css")},
            js=(
                "leaflet/leaflet.js",
                "wagtailgeowidget/js/leaflet-field.js",
                forms.Script(
                    "knowledge/js/leaflet-field-coordinates.js",
                    **{
                        # The script gives these URLs to Leaflet's default marker icon.
                        "data-icon-url": static("leaflet/images/marker-icon.png"),
                        "data-icon-retina-url": static("leaflet/images/marker-icon-2x.png"),
                        "data-shadow-url": static("leaflet/images/marker-shadow.png"),
                    },
                ),
                "wagtailgeowidget/js/leaflet-field-controller.js",
            ),
        )

    def render(self, name, value, attrs=None, renderer=None):
        # wagtailgeowidget 9.1 renders the coordinates input without a label, which axe-core
        # reports as a critical violation and screen readers announce as a bare text field.
        html = super().render(name, value, attrs, renderer)
        latlng_id = f'id="{attrs["id"]}_latlng"'
        label = escape(gettext("Coordinates (latitude, longitude)"))
        return mark_safe(html.replace(latlng_id, f'{latlng_id} aria-label="{label}"', 1))  # noqa: S308

    def build_attrs(self, base_attrs, extra_attrs=None):
        attrs = super().build_attrs(base_attrs, extra_attrs)
        if OPTIONS_ATTRIBUTE not in attrs:
            # Inside a StreamField block, where the telepath adapter passes the options.
            return attrs

        options = json.loads(attrs[OPTIONS_ATTRIBUTE])
        options["translations"] = self.translations(options["translations"])
        if isinstance(self.value_data, str) and geosgeometry_str_to_struct(self.value_data):
            options["zoom"] = LOCATED_ZOOM
        attrs[OPTIONS_ATTRIBUTE] = json.dumps(options)
        return attrs

    @staticmethod
    def translations(upstream_translations):
        """Return the widget's messages with the coordinates rules of this project."""
        return {
            **upstream_translations,
            "error_message_invalid_location": invalid_coordinates_message(),
        }


class LocalLeafletFieldAdapter(LeafletFieldAdapter):
    """Telepath adapter of LocalLeafletField, with the same messages as the rendered field."""

    def js_args(self, widget):
        *args, options = super().js_args(widget)
        options = {**options, "translations": widget.translations(options["translations"])}
        return [*args, options]


register(LocalLeafletFieldAdapter(), LocalLeafletField)


class LocalLeafletPanel(LeafletPanel):
    """wagtailgeowidget's LeafletPanel, editing its field with LocalLeafletField."""

    def widget_overrides(self):
        model_field = self.model._meta.get_field(self.field_name)
        widget = LocalLeafletField(
            address_field=self.address_field,
            zoom_field=self.zoom_field,
            hide_latlng=self.hide_latlng,
            zoom=self.zoom,
            srid=getattr(model_field, "srid", 4326),
            id_prefix="id_",
        )
        return {self.field_name: widget}


class AddressGeocoderPanel(GeoAddressPanel):
    """wagtailgeowidget's GeoAddressPanel, whose geocoder defaults to the MAP_GEOCODER setting.

    With the geocoder "none" the address is a plain text input, and the editor sends no request
    to a geocoding service.
    """

    def __init__(self, *args, geocoder=None, **kwargs):
        super().__init__(*args, geocoder=geocoder, **kwargs)

    def widget_overrides(self):
        geocoder = self.geocoder or configured_geocoder()
        if geocoder == GEOCODER_DISABLED:
            return {}
        return {self.field_name: GeocoderField(geocoder=geocoder)}
