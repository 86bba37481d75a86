"""A visitor who is not logged in reads the public pages of the demo portal and uses its map.

The journeys audit each public page type with axe-core, record its first-visit weight, take
pictures of the main pages, and check that the reserved community stays out of sight.
"""

import re

import pytest
from django.contrib.auth.models import AnonymousUser

from community.privacy import visible_pages
from knowledge.models import FieldReportPage

pytestmark = pytest.mark.e2e

RESERVED_TITLE = "Réseau des chefs de projet ORT"
RESERVED_PATH = "/reseau-chefs-projet-ort/"
# The demo's reserved pages all name the fictitious town of Castelbrune.
RESERVED_WORD = "Castelbrune"

# Demo pages of the public community "Filières vertes", one per page type.
COMMUNITY_PATH = "/filieres-vertes/"
COMMUNITY_MAP_PATH = "/filieres-vertes/remontees-terrain/"
PUBLIC_PAGES = [
    # (weight name, path, picture taken)
    ("home", "/", True),
    ("community", COMMUNITY_PATH, True),
    ("instruction", "/filieres-vertes/informations-de-reference/label-batiment-biosource/", True),
    (
        "reporting",
        "/filieres-vertes/informations-de-reference/panorama-2025-operations-biosourcees/",
        False,
    ),
    (
        "field-report",
        "/filieres-vertes/remontees-terrain/epinal-groupe-scolaire-ossature-bois/",
        True,
    ),
    ("question", "/filieres-vertes/entraide/exiger-bois-local-marche-travaux/", True),
    ("event", "/filieres-vertes/agenda/webinaire-label-batiment-biosource/", False),
    ("agenda", "/agenda/", True),
    ("search", "/recherche/?q=chanvre", False),
    ("activity", "/quoi-de-neuf/", False),
    ("accessibility", "/declaration-accessibilite/", False),
]

# The other public page types, audited without weights or pictures.
OTHER_PUBLIC_PAGES = [
    ("article", "/filieres-vertes/informations-de-reference/groupe-scolaire-paille-terre-crue/"),
    ("reference-index", "/filieres-vertes/informations-de-reference/"),
    ("community-map", COMMUNITY_MAP_PATH),
    ("question-index", "/filieres-vertes/entraide/"),
    ("event-index", "/filieres-vertes/agenda/"),
    ("event-archive", "/filieres-vertes/agenda/archives/"),
    ("community-activity", "/filieres-vertes/quoi-de-neuf/"),
    ("search-without-result", "/recherche/?q=zzzzqqq"),
    ("legal-notice", "/mentions-legales/"),
]

MAP_PATH = "/carte/"
# The page budget is under 25 requests on a first visit, map tiles excepted.
MAX_MAP_REQUESTS = 24
# Rhône contains a single demo field report, so its marker is not grouped on the filtered map.
SINGLE_REPORT_DEPARTMENT = "69"
SINGLE_COMMUNITY = "habitat-ancien"
# The first link after the map, in French as the portal shows it.
DOWNLOAD_LINK_TEXT = "Télécharger les remontées terrain au format GeoJSON"

# The DSFR draws the focus ring of a card's link on its ::before box, which covers the card.
FOCUS_STYLE_SCRIPT = """() => {
  const element = document.activeElement;
  const ring = (style) => ({
    outlineStyle: style.outlineStyle,
    outlineWidth: style.outlineWidth,
    boxShadow: style.boxShadow,
  });
  return {
    tag: element.tagName,
    text: (element.textContent || '').trim().slice(0, 80),
    rings: [ring(getComputedStyle(element)), ring(getComputedStyle(element, '::before'))],
  };
}"""

# Leaflet.markercluster draws a group as a div holding its size, a lone marker as an image.
MAP_MARKERS_SCRIPT = """() => {
  const map = document.getElementById('field-report-map');
  const clusters = [...map.querySelectorAll('.marker-cluster')].map(
    (cluster) => parseInt(cluster.textContent, 10)
  );
  const markers = [...map.querySelectorAll('img.leaflet-marker-icon')].map(
    (marker) => marker.getAttribute('alt')
  );
  return {clusters, markers};
}"""


def focused_element(page):
    return page.evaluate(FOCUS_STYLE_SCRIPT)


def has_visible_focus(focused):
    return any(
        (ring["outlineStyle"] != "none" and ring["outlineWidth"] != "0px")
        or ring["boxShadow"] != "none"
        for ring in focused["rings"]
    )


def assert_focus_visible(page):
    focused = focused_element(page)
    assert has_visible_focus(focused), f"no visible focus on {focused}"


def tab_until(page, predicate, limit=120):
    """Press Tab until `predicate(focused element)` is true and return that element.

    Every element the focus passes on the way must show it.
    """
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = focused_element(page)
        assert has_visible_focus(focused), f"no visible focus on {focused}"
        if predicate(focused):
            return focused
    raise AssertionError(f"Tab never reached the expected element in {limit} presses")


def images_without_alt(page):
    return page.locator("img:not([alt])").evaluate_all(
        "(images) => images.map((image) => image.outerHTML.slice(0, 160))"
    )


def listed_count(page):
    text = page.locator("#field-report-list > p").first.inner_text()
    return int(re.match(r"\d+", text.strip()).group())


def listed_titles(page):
    return sorted(page.locator("#field-report-list h3 a").all_inner_texts())


def map_markers(page):
    page.locator("#field-report-map .leaflet-marker-icon").first.wait_for()
    return page.evaluate(MAP_MARKERS_SCRIPT)


def apply_map_filter(page, select_id, value):
    page.select_option(f"#{select_id}", value)
    page.locator("form.rdt-map-filters button[type=submit]").click()
    page.wait_for_load_state("networkidle")


def public_field_report_titles():
    reports = visible_pages(AnonymousUser(), FieldReportPage.objects.live())
    return sorted(reports.exclude(latitude=None).values_list("title", flat=True))


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_visitor_reads_public_pages(demo_portal, journey):
    for name, path, pictured in PUBLIC_PAGES:
        page = journey.visit(path)
        assert page.url.endswith(path), f"{path} redirected to {page.url}"
        assert page.locator("h1").count() == 1, f"{name}: no single h1"
        assert images_without_alt(page) == [], f"{name}: images without alt"
        journey.check(name)
        journey.weigh(name)
        if pictured:
            journey.picture(name)

        navigation = page.locator("#navigation").inner_text()
        assert RESERVED_TITLE not in navigation, f"{name}: reserved community in the menu"
        assert RESERVED_WORD not in page.content(), f"{name}: reserved content shown"

    for name, path in OTHER_PUBLIC_PAGES:
        page = journey.visit(path)
        assert page.url.endswith(path), f"{path} redirected to {page.url}"
        assert images_without_alt(page) == [], f"{name}: images without alt"
        assert RESERVED_WORD not in page.content(), f"{name}: reserved content shown"
        journey.check(name)

    # The reserved community's address leads to the login page, without its content.
    page = journey.visit(RESERVED_PATH)
    assert "/comptes/connexion/" in page.url
    assert RESERVED_WORD not in page.content()

    journey.assert_clean()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_visitor_uses_map_and_keyboard(demo_portal, journey):
    public_titles = public_field_report_titles()
    assert len(public_titles) > 20, "the demo should fill more than one page of the list"

    # Keyboard only: the first Tab lands on the skip links, then the menu leads to a community.
    page = journey.visit("/")
    page.keyboard.press("Tab")
    assert focused_element(page)["text"] == "Accéder au contenu"
    assert_focus_visible(page)
    community = tab_until(page, lambda focused: focused["text"] == "Filières vertes")
    assert community["tag"] == "A"
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{COMMUNITY_PATH}")
    assert page.locator("h1").inner_text() == "Filières vertes"

    # The shared map: markers and groups stand for every public report, as the list does.
    page = journey.visit(MAP_PATH)
    markers = map_markers(page)
    assert markers["clusters"], "no group of markers on the full map"
    assert sum(markers["clusters"]) + len(markers["markers"]) == len(public_titles)
    assert listed_count(page) == len(public_titles)
    assert images_without_alt(page) == []
    journey.check("map")
    weight = journey.weigh("map")
    assert weight["requests"] <= MAX_MAP_REQUESTS, weight
    # The filters fill the first screen: the pictures start at the map's heading.
    page = journey.visit(MAP_PATH + "#map-title")
    map_markers(page)
    journey.picture("map")

    # The reserved community is neither a filter choice nor in the list or the GeoJSON.
    options = page.locator("#map-filter-community option").all_inner_texts()
    assert RESERVED_TITLE not in options
    geojson = page.evaluate(
        "async () => (await fetch(JSON.parse("
        "document.getElementById('field-report-map-config').textContent).geojsonUrl)).text()"
    )
    assert RESERVED_WORD not in geojson
    listed = listed_titles(page)
    page = journey.visit(MAP_PATH + "?page=2")
    listed = sorted(listed + listed_titles(page))
    assert listed == public_titles

    # A community filter narrows the map and the list to the same number of reports.
    page = journey.visit(MAP_PATH)
    apply_map_filter(page, "map-filter-community", SINGLE_COMMUNITY)
    markers = map_markers(page)
    narrowed = sum(markers["clusters"]) + len(markers["markers"])
    assert 0 < narrowed < len(public_titles)
    assert listed_count(page) == narrowed

    # A département with one report: the lone marker and the list name the same report.
    page = journey.visit(MAP_PATH)
    apply_map_filter(page, "map-filter-department", SINGLE_REPORT_DEPARTMENT)
    markers = map_markers(page)
    assert markers["clusters"] == []
    assert sorted(markers["markers"]) == listed_titles(page)
    assert len(markers["markers"]) == 1

    # The map of one community costs no more requests than the shared map.
    page = journey.visit(COMMUNITY_MAP_PATH)
    map_markers(page)
    weight = journey.weigh("community-map")
    assert weight["requests"] <= MAX_MAP_REQUESTS, weight

    # Keyboard only on the map page: Tab goes through the map and its markers, out of it.
    page = journey.visit(MAP_PATH)
    map_markers(page)
    tab_until(page, lambda focused: focused["text"] == "Aller à la liste")
    tab_until(page, lambda focused: focused["text"].startswith(DOWNLOAD_LINK_TEXT))
    assert_focus_visible(page)

    # Then the link to the list, and a report of the list.
    page = journey.visit(MAP_PATH)
    tab_until(page, lambda focused: focused["text"] == "Aller à la liste")
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    page.wait_for_url("**#field-report-list")
    first_title = page.locator("#field-report-list h3 a").first.inner_text()
    focused = tab_until(page, lambda focused: focused["tag"] == "A", limit=3)
    assert focused["text"] == first_title
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").inner_text() == first_title

    journey.assert_clean()
