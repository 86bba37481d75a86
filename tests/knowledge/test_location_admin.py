"""Entering the location of a field report in the Wagtail page editor."""

import json
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.contrib.staticfiles import finders
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import querydict_from_html
from wagtailgeowidget.widgets import GeocoderField

from knowledge.geo import parse_location
from knowledge.models import Commune, Department, FieldReportIndexPage, FieldReportPage, Region
from knowledge.widgets import AddressGeocoderPanel, LocalLeafletField, LocalLeafletPanel

BREST_LOCATION = "SRID=4326;POINT(-4.486076 48.390394)"
STATIC_PREFIX = "/static/"
REQUIRED_FIELDS = {
    "title": "Maison de santé en ossature bois",
    "slug": "maison-de-sante",
    "summary": "Une maison de santé en bois local et paille.",
}
LOCAL_LEAFLET_FILES = [
    "/static/leaflet/leaflet.js",
    "/static/leaflet/leaflet.css",
    "/static/knowledge/js/leaflet-field-coordinates.js",
    "/static/wagtailgeowidget/js/leaflet-field.js",
    "/static/wagtailgeowidget/js/leaflet-field-controller.js",
]


class AssetCollector(HTMLParser):
    """Collect the URLs that the browser loads from script, link and img tags."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and attributes.get("src"):
            self.urls.append(attributes["src"])
        elif tag == "link" and attributes.get("href"):
            self.urls.append(attributes["href"])
        elif tag == "img" and attributes.get("src"):
            self.urls.append(attributes["src"])


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def index(community):
    return FieldReportIndexPage.objects.child_of(community).get()


@pytest.fixture
def create_url(index):
    return reverse("wagtailadmin_pages:add", args=("knowledge", "fieldreportpage", index.pk))


@pytest.fixture
def draft_report(index):
    report = FieldReportPage(
        title="Gymnase en paille porteuse",
        slug="gymnase-paille",
        summary="Un gymnase en bottes de paille porteuses.",
        live=False,
    )
    index.add_child(instance=report)
    report.save_revision()
    return report


@pytest.fixture
def live_report(index):
    report = FieldReportPage(
        title="Médiathèque en chanvre",
        slug="mediatheque-chanvre",
        summary="Une médiathèque isolée en béton de chanvre.",
        location=BREST_LOCATION,
    )
    index.add_child(instance=report)
    report.save_revision().publish()
    return FieldReportPage.objects.get(pk=report.pk)


def editor_data(admin_client, url, action=None, **fields):
    """Return the editor form of `url` as the browser would post it, with `fields` changed."""
    data = querydict_from_html(admin_client.get(url).content.decode(), form_id="page-edit-form")
    # The body is a StreamField, whose inputs the editor's JavaScript renders: post it empty.
    data["body-count"] = "0"
    for name, value in REQUIRED_FIELDS.items():
        if not data.get(name, "").strip():
            data[name] = value
    for name, value in fields.items():
        data[name] = value
    if action:
        data[action] = action
    return data


def location_errors(response):
    assert response.status_code == 200
    return response.context["form"].errors.as_data().get("location", [])


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


@pytest.mark.django_db
def test_publish_without_location_rejected(admin_client, create_url):
    data = editor_data(admin_client, create_url, action="action-publish", location="")

    response = admin_client.post(create_url, data)

    errors = location_errors(response)
    assert [error.code for error in errors] == ["required_to_publish"]
    assert not FieldReportPage.objects.exists()


@pytest.mark.django_db
def test_submit_without_location_rejected(admin_client, create_url):
    data = editor_data(admin_client, create_url, action="action-submit", location="")

    response = admin_client.post(create_url, data)

    errors = location_errors(response)
    assert [error.code for error in errors] == ["required_to_publish"]
    assert not FieldReportPage.objects.exists()


@pytest.mark.django_db
def test_draft_without_location_saved(admin_client, create_url):
    data = editor_data(admin_client, create_url, location="")

    response = admin_client.post(create_url, data)

    assert response.status_code == 302
    report = FieldReportPage.objects.get()
    assert not report.live
    assert report.location == ""
    assert report.latitude is None


@pytest.mark.django_db
def test_publish_with_location_stores_coordinates(admin_client, create_url):
    data = editor_data(admin_client, create_url, action="action-publish", location=BREST_LOCATION)

    response = admin_client.post(create_url, data)

    assert response.status_code == 302
    report = FieldReportPage.objects.get()
    assert report.live
    assert report.location == BREST_LOCATION
    assert report.longitude == -4.486076
    assert report.latitude == 48.390394


@pytest.mark.django_db
@pytest.mark.parametrize(
    "location",
    ["SRID=4326;POINT(4,8357 45,764)", "45,764 ; 4,8357", "45.764, 4.8357", "45,764 4,8357"],
)
def test_decimal_comma_location_normalized(admin_client, create_url, location):
    data = editor_data(admin_client, create_url, location=location)

    response = admin_client.post(create_url, data)

    assert response.status_code == 302
    report = FieldReportPage.objects.get()
    assert report.location == "SRID=4326;POINT(4.835700 45.764000)"
    assert report.longitude == 4.8357
    assert report.latitude == 45.764


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("location", "expected_words"),
    [
        ("SRID=4326;POINT(4.8357,45.764)", ["SRID=4326;POINT(4.8357,45.764)"]),
        ("SRID=4326;POINT(abc def)", ["abc"]),
        ("SRID=4326;POINT(4,83,45 45)", ["4,83,45"]),
        ("4,83,45", ["4,83,45", ";"]),
        ("SRID=4326;POINT(2.4 95)", ["95"]),
        ("SRID=4326;POINT(-0.1278 51.5074)", ["51.5074", "-0.1278"]),
        ("SRID=4326;POINT(4.3517 50.8503)", ["50.8503"]),
        ("SRID=4326;POINT(45.764 4.8357)", ["4.8357", "45.764"]),
        ("SRID=4326;POINT(", ["SRID=4326;POINT("]),
    ],
)
def test_invalid_location_gives_field_error(admin_client, create_url, location, expected_words):
    data = editor_data(admin_client, create_url, action="action-publish", location=location)

    response = admin_client.post(create_url, data)

    errors = location_errors(response)
    assert len(errors) == 1
    for word in expected_words:
        assert word in errors[0].messages[0]
    assert not FieldReportPage.objects.exists()


@pytest.mark.django_db
def test_invalid_location_rejected_in_draft(admin_client, create_url):
    data = editor_data(admin_client, create_url, location="4,83,45")

    response = admin_client.post(create_url, data)

    assert len(location_errors(response)) == 1
    assert not FieldReportPage.objects.exists()


@pytest.mark.django_db
def test_error_message_in_french(admin_client, create_url):
    location = "SRID=4326;POINT(-0.1278 51.5074)"
    data = editor_data(admin_client, create_url, location=location)
    with translation.override("fr"):
        with pytest.raises(ValidationError) as excinfo:
            parse_location(location)
        expected = excinfo.value.messages

    response = admin_client.post(create_url, data)

    assert response["Content-Language"] == "fr"
    assert [error.messages[0] for error in location_errors(response)] == expected


@pytest.mark.django_db
def test_edited_draft_publish_needs_location(admin_client, draft_report):
    url = edit_url(draft_report)
    data = editor_data(admin_client, url, action="action-publish", location="")

    response = admin_client.post(url, data)

    assert len(location_errors(response)) == 1
    draft_report.refresh_from_db()
    assert not draft_report.live


@pytest.mark.django_db
def test_edited_draft_published_with_location(admin_client, draft_report):
    url = edit_url(draft_report)
    data = editor_data(admin_client, url, action="action-publish", location="48,390394 ; -4,486076")

    response = admin_client.post(url, data)

    assert response.status_code == 302
    draft_report.refresh_from_db()
    assert draft_report.live
    assert draft_report.location == BREST_LOCATION
    assert draft_report.latitude == 48.390394


@pytest.mark.django_db
def test_live_report_draft_without_location(admin_client, live_report):
    url = edit_url(live_report)
    data = editor_data(admin_client, url, location="")

    response = admin_client.post(url, data)

    assert response.status_code == 302
    live_report.refresh_from_db()
    assert live_report.live
    assert live_report.location == BREST_LOCATION
    assert live_report.get_latest_revision_as_object().location == ""


@pytest.mark.django_db
def test_live_report_malformed_location_rejected(admin_client, live_report):
    url = edit_url(live_report)
    data = editor_data(admin_client, url, action="action-publish", location="SRID=4326;POINT(x y)")

    response = admin_client.post(url, data)

    assert len(location_errors(response)) == 1
    live_report.refresh_from_db()
    assert live_report.location == BREST_LOCATION


@pytest.mark.django_db
def test_commune_fills_department_on_save(admin_client, create_url):
    region, _ = Region.objects.get_or_create(code="53", defaults={"name": "Bretagne"})
    finistere, _ = Department.objects.get_or_create(
        code="29", defaults={"name": "Finistère", "region": region}
    )
    brest, _ = Commune.objects.get_or_create(
        code="29019", defaults={"name": "Brest", "department": finistere}
    )
    data = editor_data(
        admin_client, create_url, location=BREST_LOCATION, commune=str(brest.pk), department=""
    )

    response = admin_client.post(create_url, data)

    assert response.status_code == 302
    assert FieldReportPage.objects.get().department == finistere


@pytest.mark.django_db
def test_edit_page_loads_leaflet_locally(admin_client, live_report):
    response = admin_client.get(edit_url(live_report))

    assert response.status_code == 200
    collector = AssetCollector()
    collector.feed(response.content.decode())
    paths = [urlsplit(url).path for url in collector.urls]
    for local_file in LOCAL_LEAFLET_FILES:
        assert local_file in paths


@pytest.mark.django_db
def test_edit_page_loads_nothing_from_other_hosts(admin_client, live_report):
    response = admin_client.get(edit_url(live_report))

    html = response.content.decode()
    collector = AssetCollector()
    collector.feed(html)
    assert collector.urls
    for url in collector.urls:
        assert not urlsplit(url).netloc, url
        assert not url.startswith("//"), url
    assert "unpkg.com" not in html


@pytest.mark.django_db
def test_edit_page_static_files_exist(admin_client, live_report):
    response = admin_client.get(edit_url(live_report))

    collector = AssetCollector()
    collector.feed(response.content.decode())
    static_paths = [
        urlsplit(url).path.removeprefix(STATIC_PREFIX)
        for url in collector.urls
        if url.startswith(STATIC_PREFIX)
    ]
    missing = [path for path in static_paths if finders.find(path) is None]
    assert missing == []


@pytest.mark.django_db
def test_edit_page_map_centred_on_location(admin_client, live_report):
    response = admin_client.get(edit_url(live_report))

    options = leaflet_options(response.content.decode())
    assert float(options["defaultLocation"]["lat"]) == 48.390394
    assert float(options["defaultLocation"]["lng"]) == -4.486076
    assert options["zoom"] == 15


@pytest.mark.django_db
def test_create_page_map_shows_france(admin_client, create_url):
    response = admin_client.get(create_url)

    options = leaflet_options(response.content.decode())
    assert options["defaultLocation"] == {"lat": 46.6, "lng": 2.4}
    assert options["zoom"] == 5
    assert options["tileLayer"] == "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    assert "OpenStreetMap" in options["tileLayerOptions"]["attribution"]


@pytest.mark.django_db
def test_create_page_explains_coordinates_format(admin_client, create_url):
    response = admin_client.get(create_url)

    options = leaflet_options(response.content.decode())
    assert "45,764 ; 4,8357" in options["translations"]["error_message_invalid_location"]


def test_location_panel_uses_local_leaflet():
    panel = LocalLeafletPanel("location", address_field="address").bind_to_model(FieldReportPage)

    widget = panel.widget_overrides()["location"]

    assert isinstance(widget, LocalLeafletField)
    assert widget.address_field == "address"


def test_local_leaflet_field_media_has_no_remote_file():
    media = LocalLeafletField(id_prefix="id_").media

    rendered = str(media)
    assert "unpkg.com" not in rendered
    assert "https://" not in rendered


def test_address_panel_uses_nominatim_by_default():
    panel = AddressGeocoderPanel("address").bind_to_model(FieldReportPage)

    widget = panel.widget_overrides()["address"]

    assert isinstance(widget, GeocoderField)
    assert widget.geocoder == "nominatim"


@override_settings(MAP_GEOCODER="none")
def test_address_panel_without_geocoder():
    panel = AddressGeocoderPanel("address").bind_to_model(FieldReportPage)

    assert panel.widget_overrides() == {}


@override_settings(MAP_GEOCODER="google")
def test_address_panel_rejects_unknown_geocoder():
    panel = AddressGeocoderPanel("address").bind_to_model(FieldReportPage)

    with pytest.raises(ImproperlyConfigured):
        panel.widget_overrides()


def leaflet_options(html):
    """Return the options that the editor map reads from its hidden input."""
    parser = LeafletOptionsParser()
    parser.feed(html)
    assert parser.options is not None
    return parser.options


class LeafletOptionsParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.options = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "input" and attributes.get("data-controller") == "leaflet-field":
            self.options = json.loads(attributes["data-leaflet-field-options-value"])


@pytest.mark.django_db
def test_slug_made_from_title_without_accents(admin_client, create_url):
    html = admin_client.get(create_url).content.decode()

    # The slug widget turns accents into plain letters unless it carries this attribute.
    assert 'data-controller="w-slug"' in html
    assert "data-w-slug-allow-unicode-value" not in html
