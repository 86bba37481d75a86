"""The shared map, the community maps, their list alternative and the GeoJSON and CSV exports."""

import csv
import gzip
import io
import json

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from knowledge.models import FieldReportStatus
from tests.factories import CommunityPageFactory

from .map_helpers import (
    BREST,
    LYON,
    NANTES,
    FieldReportCategoryFactory,
    FieldReportPageFactory,
    clear_cache,
    commune,
    field_report_index,
    location,
    map_page,
)

GEOJSON_URL = reverse("knowledge:map-geojson")
CSV_URL = reverse("knowledge:map-csv")
CSV_HEADER = [
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
JUNK_QUERY = (
    "?category=abc&category=99999999999999999999999&departement=<script>&status=nope"
    "&page=-1&community=999999"
)


@pytest.fixture(autouse=True)
def empty_cache():
    clear_cache()
    yield
    clear_cache()


@pytest.fixture
def green(db):
    return CommunityPageFactory(title="Filières vertes", slug="filieres-vertes")


@pytest.fixture
def housing(db):
    return CommunityPageFactory(title="Logements vacants", slug="logements-vacants")


@pytest.fixture
def hemp(green):
    return FieldReportCategoryFactory(label="Chanvre", community=green)


@pytest.fixture
def straw(db):
    return FieldReportCategoryFactory(label="Paille")


@pytest.fixture
def reports(green, housing, hemp, straw):
    """Three reports that differ in community, category, département and status."""
    nantes = commune("44109", "Nantes", "44", "Loire-Atlantique")
    brest = commune("29019", "Brest", "29", "Finistère")
    lyon = commune("69123", "Lyon", "69", "Rhône")
    return {
        "hemp house": FieldReportPageFactory(
            parent=field_report_index(green),
            title="Maison en chanvre",
            location=location(NANTES),
            commune=nantes,
            categories=[hemp],
            status=FieldReportStatus.DELIVERED,
        ),
        "straw school": FieldReportPageFactory(
            parent=field_report_index(green),
            title="École en paille",
            location=location(BREST),
            commune=brest,
            categories=[straw],
            status=FieldReportStatus.UNDER_CONSTRUCTION,
        ),
        "vacant flats": FieldReportPageFactory(
            parent=field_report_index(housing),
            title="Logements remis en location",
            location=location(LYON),
            commune=lyon,
            status=FieldReportStatus.PLANNED,
        ),
    }


@pytest.fixture
def shared_map(db):
    return map_page()


def geojson(client, query=""):
    return json.loads(client.get(GEOJSON_URL + query).content)


def csv_rows(client, query=""):
    text = client.get(CSV_URL + query).content.decode()
    return list(csv.reader(io.StringIO(text)))


def titles_in_page(client, url):
    """Return the titles of the list alternative, read from its h3 links."""
    html = client.get(url).content.decode()
    list_html = html[html.index('id="field-report-list"') :]
    return {title for title in REPORT_TITLES if title in list_html}


REPORT_TITLES = ["Maison en chanvre", "École en paille", "Logements remis en location"]


@pytest.mark.django_db
def test_map_page_renders_for_visitor(client, shared_map, reports):
    response = client.get(shared_map.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Carte des remontées terrain</h1>" in html
    assert 'id="field-report-map"' in html
    assert 'name="community"' in html
    assert 'name="departement"' in html
    assert 'name="status"' in html
    assert 'name="category"' in html


@pytest.mark.django_db
def test_map_page_lists_every_report(client, shared_map, reports):
    assert titles_in_page(client, shared_map.url) == set(REPORT_TITLES)


@pytest.mark.django_db
def test_map_list_labels_card_details(client, shared_map, reports):
    """Each card detail of the list starts with a visible label and has no DSFR icon."""
    html = client.get(shared_map.url).content.decode()
    start = html.index('id="field-report-list"')
    list_html = " ".join(html[start : html.index("</section>", start)].split())

    assert '<span class="rdt-card-label">Communauté :</span> Filières vertes' in list_html
    assert '<span class="rdt-card-label">Lieu :</span> Nantes, Loire-Atlantique (44)' in list_html
    assert '<span class="rdt-card-label">Catégories :</span> Chanvre' in list_html
    assert "fr-icon-" not in list_html


@pytest.mark.django_db
def test_map_page_counts_reports_in_french(client, shared_map, reports):
    html = client.get(shared_map.url).content.decode()

    assert "3 remontées terrain" in html


@pytest.mark.django_db
def test_map_page_advertises_alternates(client, shared_map, reports):
    html = client.get(shared_map.url).content.decode()

    assert f'<link rel="alternate" type="application/geo+json" href="{GEOJSON_URL}"' in html
    assert f'<link rel="alternate" type="text/csv" href="{CSV_URL}"' in html


@pytest.mark.django_db
def test_map_page_links_downloads(client, shared_map, reports):
    html = client.get(shared_map.url).content.decode()

    assert f'class="fr-link fr-link--download" href="{GEOJSON_URL}"' in html
    assert f'class="fr-link fr-link--download" href="{CSV_URL}"' in html


@pytest.mark.django_db
def test_map_page_alternates_carry_filters(client, shared_map, reports, hemp):
    html = client.get(f"{shared_map.url}?status=delivered&category={hemp.pk}").content.decode()

    assert f'href="{GEOJSON_URL}?category={hemp.pk}&amp;status=delivered"' in html
    assert f'href="{CSV_URL}?category={hemp.pk}&amp;status=delivered"' in html


@pytest.mark.django_db
def test_map_config_points_at_filtered_geojson(client, shared_map, reports):
    html = client.get(f"{shared_map.url}?status=planned").content.decode()

    assert f'"geojsonUrl": "{GEOJSON_URL}?status=planned"' in html


@pytest.mark.django_db
def test_map_has_accessible_name_and_note(client, shared_map, reports):
    html = client.get(shared_map.url).content.decode()

    assert 'role="region" aria-label="' in html
    assert 'aria-describedby="map-note"' in html
    assert 'href="#field-report-list"' in html


@pytest.mark.django_db
def test_map_page_loads_leaflet_locally(client, shared_map, reports):
    html = client.get(shared_map.url).content.decode()

    for path in [
        "/static/leaflet/leaflet.js",
        "/static/leaflet/leaflet.css",
        "/static/leaflet-markercluster/leaflet.markercluster.js",
        "/static/css/map.css",
        "/static/js/field-report-map.js",
    ]:
        assert path in html
    assert "unpkg.com" not in html


@pytest.mark.django_db
def test_map_page_skips_plugin_files(client, shared_map, reports):
    """map.css styles the marker groups and field-report-map.js draws the markers."""
    html = client.get(shared_map.url).content.decode()

    assert "MarkerCluster.css" not in html
    assert "MarkerCluster.Default.css" not in html
    assert "leaflet/images/" not in html


@pytest.mark.django_db
@override_settings(
    MAP_TILE_LAYER_URL="https://tuiles.example.gouv.fr/{z}/{x}/{y}.png",
    MAP_TILE_LAYER_ATTRIBUTION="IGN",
)
def test_map_tile_layer_comes_from_settings(client, shared_map, reports):
    html = client.get(shared_map.url).content.decode()

    assert '"tileLayerUrl": "https://tuiles.example.gouv.fr/{z}/{x}/{y}.png"' in html
    assert '"tileLayerAttribution": "IGN"' in html


@pytest.mark.django_db
def test_community_map_lists_its_reports_only(client, green, reports):
    assert titles_in_page(client, field_report_index(green).url) == {
        "Maison en chanvre",
        "École en paille",
    }


@pytest.mark.django_db
def test_community_map_has_no_community_filter(client, green, reports):
    html = client.get(field_report_index(green).url).content.decode()

    assert 'name="community"' not in html
    assert 'name="status"' in html


@pytest.mark.django_db
def test_community_map_data_links_name_community(client, green, reports):
    html = client.get(field_report_index(green).url).content.decode()

    assert f'href="{GEOJSON_URL}?community=filieres-vertes"' in html
    assert f'href="{CSV_URL}?community=filieres-vertes"' in html


@pytest.mark.django_db
def test_community_map_ignores_community_parameter(client, green, housing, reports):
    url = f"{field_report_index(green).url}?community={housing.slug}"

    assert titles_in_page(client, url) == {"Maison en chanvre", "École en paille"}


@pytest.mark.django_db
def test_community_map_category_choices(client, housing, hemp, straw, reports):
    html = client.get(field_report_index(housing).url).content.decode()

    assert ">Paille</label>" in html
    assert "Chanvre" not in html


@pytest.mark.django_db
def test_geojson_is_feature_collection(client, reports):
    response = client.get(GEOJSON_URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    data = json.loads(response.content)
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == 3


@pytest.mark.django_db
def test_geojson_feature_properties(client, green, reports):
    feature = next(
        item for item in geojson(client)["features"] if item["id"] == reports["hemp house"].pk
    )

    assert feature["type"] == "Feature"
    assert feature["geometry"]["type"] == "Point"
    assert feature["properties"] == {
        "title": "Maison en chanvre",
        "url": reports["hemp house"].url,
        "community": "Filières vertes",
        "categories": ["Chanvre"],
        "status": {"code": "delivered", "label": str(FieldReportStatus.DELIVERED.label)},
        "commune": "Nantes",
        "department": "44",
    }


@pytest.mark.django_db
def test_geojson_orders_longitude_first(client, reports):
    feature = next(
        item for item in geojson(client)["features"] if item["id"] == reports["straw school"].pk
    )

    assert feature["geometry"]["coordinates"] == [BREST[0], BREST[1]]


@pytest.mark.django_db
@override_settings(USE_THOUSAND_SEPARATOR=True)
def test_geojson_decimals_in_french_locale(client, reports):
    with translation.override("fr"):
        text = client.get(GEOJSON_URL).content.decode()

    assert '"coordinates":[-4.486076,48.390394]' in text
    assert "-4,486076" not in text


@pytest.mark.django_db
def test_geojson_rounds_to_six_decimals(client, green):
    FieldReportPageFactory(
        parent=field_report_index(green), location="SRID=4326;POINT(-1.1234567891 47.9876543219)"
    )

    text = client.get(GEOJSON_URL).content.decode()

    assert '"coordinates":[-1.123457,47.987654]' in text


@pytest.mark.django_db
def test_geojson_is_sorted_by_title(client, reports):
    titles = [item["properties"]["title"] for item in geojson(client)["features"]]

    assert titles == sorted(titles)


@pytest.mark.django_db
def test_csv_header_and_rows(client, green, reports):
    rows = csv_rows(client)

    assert rows[0] == CSV_HEADER
    assert len(rows) == 4
    hemp_row = next(row for row in rows if row[0] == "Maison en chanvre")
    assert hemp_row == [
        "Maison en chanvre",
        reports["hemp house"].url,
        "Filières vertes",
        "Chanvre",
        "delivered",
        "Nantes",
        "44",
        "47.218371",
        "-1.553621",
    ]


@pytest.mark.django_db
def test_csv_content_type(client, reports):
    response = client.get(CSV_URL)

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")


@pytest.mark.django_db
@override_settings(USE_THOUSAND_SEPARATOR=True)
def test_csv_decimals_in_french_locale(client, reports):
    with translation.override("fr"):
        rows = csv_rows(client)

    brest_row = next(row for row in rows if row[0] == "École en paille")
    assert brest_row[-2:] == ["48.390394", "-4.486076"]


@pytest.mark.django_db
def test_csv_defuses_spreadsheet_formulas(client, green):
    FieldReportPageFactory(parent=field_report_index(green), title="=HYPERLINK(1)")

    rows = csv_rows(client)

    assert rows[1][0] == "'=HYPERLINK(1)"


# Each filter, as a query string built from the fixtures, and the titles it must keep.
FILTER_CASES = {
    "community by slug": (lambda f: "?community=filieres-vertes", {"hemp house", "straw school"}),
    "community by id": (lambda f: f"?community={f['housing'].pk}", {"vacant flats"}),
    "category": (lambda f: f"?category={f['hemp'].pk}", {"hemp house"}),
    "two categories": (
        lambda f: f"?category={f['hemp'].pk}&category={f['straw'].pk}",
        {"hemp house", "straw school"},
    ),
    "département": (lambda f: "?departement=29", {"straw school"}),
    "status": (lambda f: "?status=planned", {"vacant flats"}),
    "combined": (lambda f: "?community=filieres-vertes&status=delivered", {"hemp house"}),
}


@pytest.fixture
def filter_fixtures(green, housing, hemp, straw, reports):
    return {"green": green, "housing": housing, "hemp": hemp, "straw": straw}


def expected_titles(reports, names):
    return {reports[name].title for name in names}


@pytest.mark.django_db
@pytest.mark.parametrize("case", FILTER_CASES)
def test_filter_applies_to_geojson(client, filter_fixtures, reports, case):
    build_query, names = FILTER_CASES[case]

    features = geojson(client, build_query(filter_fixtures))["features"]

    assert {item["properties"]["title"] for item in features} == expected_titles(reports, names)


@pytest.mark.django_db
@pytest.mark.parametrize("case", FILTER_CASES)
def test_filter_applies_to_csv(client, filter_fixtures, reports, case):
    build_query, names = FILTER_CASES[case]

    rows = csv_rows(client, build_query(filter_fixtures))

    assert {row[0] for row in rows[1:]} == expected_titles(reports, names)


@pytest.mark.django_db
@pytest.mark.parametrize("case", FILTER_CASES)
def test_filter_applies_to_map_page(client, shared_map, filter_fixtures, reports, case):
    build_query, names = FILTER_CASES[case]

    titles = titles_in_page(client, shared_map.url + build_query(filter_fixtures))

    assert titles == expected_titles(reports, names)


@pytest.mark.django_db
def test_filter_form_keeps_selection(client, shared_map, reports, hemp):
    html = client.get(f"{shared_map.url}?status=planned&category={hemp.pk}").content.decode()

    assert '<option value="planned" selected>' in html
    assert f'value="{hemp.pk}" checked>' in html


@pytest.mark.django_db
def test_department_choices_come_from_reports(client, shared_map, reports):
    html = client.get(shared_map.url).content.decode()

    assert '<option value="29">29 – Finistère</option>' in html
    assert '<option value="75">' not in html


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", ["map", "community map", "geojson", "csv"])
def test_junk_filters_answer_200(client, shared_map, green, reports, url_name):
    urls = {
        "map": shared_map.url,
        "community map": field_report_index(green).url,
        "geojson": GEOJSON_URL,
        "csv": CSV_URL,
    }

    response = client.get(urls[url_name] + JUNK_QUERY)

    assert response.status_code == 200


@pytest.mark.django_db
def test_junk_filters_are_ignored(client, shared_map, reports):
    assert titles_in_page(client, shared_map.url + JUNK_QUERY) == set(REPORT_TITLES)
    assert len(geojson(client, JUNK_QUERY)["features"]) == 3


@pytest.mark.django_db
def test_junk_filters_show_notices(client, shared_map, reports):
    html = client.get(shared_map.url + JUNK_QUERY).content.decode()

    assert "fr-alert--warning" in html
    assert "<script>" not in html[html.index("<main") : html.index("</main>")]


@pytest.mark.django_db
def test_unknown_category_is_ignored(client, reports):
    assert len(geojson(client, "?category=987654")["features"]) == 3


@pytest.mark.django_db
def test_list_is_paginated_with_filters(client, shared_map, green):
    index = field_report_index(green)
    for number in range(25):
        FieldReportPageFactory(parent=index, title=f"Rapport {number:02d}", status="planned")

    html = client.get(f"{shared_map.url}?status=planned").content.decode()

    assert "25 remontées terrain" in html
    assert 'href="?status=planned&amp;page=2"' in html


@pytest.mark.django_db
def test_list_second_page(client, shared_map, green):
    index = field_report_index(green)
    for number in range(25):
        FieldReportPageFactory(parent=index, title=f"Rapport {number:02d}")

    html = client.get(f"{shared_map.url}?page=2").content.decode()

    assert "Rapport 24" in html
    assert "Rapport 00" not in html


@pytest.mark.django_db
def test_list_without_results(client, shared_map, reports):
    html = client.get(f"{shared_map.url}?departement=75").content.decode()

    assert "0 remontée terrain" in html


@pytest.mark.django_db
@pytest.mark.parametrize("url", [GEOJSON_URL, CSV_URL])
def test_export_is_compressed_when_accepted(client, reports, url):
    response = client.get(url, headers={"accept-encoding": "gzip"})

    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.content).startswith(b"{" if "geojson" in url else b"title")


@pytest.mark.django_db
@pytest.mark.parametrize("accept_encoding", ["", "identity", "gzip;q=0, deflate", "br"])
def test_export_plain_without_gzip(client, reports, accept_encoding):
    response = client.get(GEOJSON_URL, headers={"accept-encoding": accept_encoding})

    assert "Content-Encoding" not in response
    assert json.loads(response.content)["type"] == "FeatureCollection"


@pytest.mark.django_db
def test_cached_export_is_compressed_again(client, reports):
    client.get(GEOJSON_URL)

    response = client.get(GEOJSON_URL, headers={"accept-encoding": "gzip, deflate, br"})

    assert response["Content-Encoding"] == "gzip"
    assert json.loads(gzip.decompress(response.content))["type"] == "FeatureCollection"


@pytest.mark.django_db
@pytest.mark.parametrize("url", [GEOJSON_URL, CSV_URL])
def test_export_stays_out_of_shared_caches(client, reports, url):
    response = client.get(url)

    assert "private" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]
    assert "Accept-Encoding" in response["Vary"]


@pytest.mark.django_db
def test_geojson_escapes_titles(client, green):
    title = 'Le "Moulin" \\ à <b>Saint-Étienne</b>\u2028'
    FieldReportPageFactory(parent=field_report_index(green), title=title)

    features = geojson(client)["features"]

    assert features[0]["properties"]["title"] == title


@pytest.mark.django_db
def test_export_rejects_post(client, reports):
    response = client.post(GEOJSON_URL)

    assert response.status_code == 405


@pytest.mark.django_db
def test_publishing_report_refreshes_geojson(client, green, reports):
    geojson(client)  # Fill the cache.
    FieldReportPageFactory(parent=field_report_index(green), title="Nouvelle halle en bois")

    titles = {item["properties"]["title"] for item in geojson(client)["features"]}

    assert "Nouvelle halle en bois" in titles


@pytest.mark.django_db
def test_republishing_report_refreshes_title(client, reports):
    geojson(client)
    report = reports["hemp house"]
    report.title = "Maison en chanvre rénovée"
    report.save_revision().publish()

    titles = {item["properties"]["title"] for item in geojson(client)["features"]}

    assert "Maison en chanvre rénovée" in titles


@pytest.mark.django_db
def test_unpublishing_report_refreshes_geojson(client, reports):
    geojson(client)
    reports["hemp house"].unpublish()

    titles = {item["properties"]["title"] for item in geojson(client)["features"]}

    assert "Maison en chanvre" not in titles


@pytest.mark.django_db
def test_unpublishing_report_refreshes_csv(client, reports):
    csv_rows(client)
    reports["hemp house"].unpublish()

    titles = {row[0] for row in csv_rows(client)[1:]}

    assert "Maison en chanvre" not in titles


@pytest.mark.django_db
def test_deleting_report_refreshes_geojson(client, reports):
    geojson(client)
    reports["hemp house"].delete()

    titles = {item["properties"]["title"] for item in geojson(client)["features"]}

    assert "Maison en chanvre" not in titles


@pytest.mark.django_db
def test_moving_report_refreshes_community(client, housing, reports):
    geojson(client, "?community=logements-vacants")
    reports["hemp house"].move(field_report_index(housing), pos="last-child")

    features = geojson(client, "?community=logements-vacants")["features"]

    assert "Maison en chanvre" in {item["properties"]["title"] for item in features}


@pytest.mark.django_db
def test_renaming_category_refreshes_geojson(client, hemp, reports):
    geojson(client)
    hemp.label = "Chanvre et chaux"
    hemp.save()

    features = geojson(client)["features"]

    assert ["Chanvre et chaux"] in [item["properties"]["categories"] for item in features]
