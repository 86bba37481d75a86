"""A facilitator publishes in the Wagtail admin, in a real browser, on the demo portal.

The facilitator of "Filières vertes" logs in to the admin, reads their dashboard, approves the
field report that a member proposed, places and publishes a field report with the map widget,
schedules an event, and finds no page of another community.

axe-core audits the admin pages too. The zero-violation target covers the public pages and
forms, so the serious and critical violations found in Wagtail's own screens are printed, not
failed. A violation inside the dashboard panels of this project fails the journey.
"""

import datetime

import pytest
from django.utils import timezone, translation

from community.models import CommunityPage, EventPage
from home.management.commands.load_demo import DEMO_PROPOSAL
from knowledge.models import FieldReportPage

pytestmark = pytest.mark.e2e

USERNAME = "animatrice.filieres"
PASSWORD = "demo-animatrice-filieres-2026"
COMMUNITY_SLUG = "filieres-vertes"
OTHER_COMMUNITY_SLUG = "revitalisation-territoire"
OWN_PANEL_IDS = ("knowledge-proposals", "qa-mutual-help", "community-next-events")

REPORT_TITLE = "Gymnase en ossature bois à Angers"
REPORT_LATITUDE, REPORT_LONGITUDE = 47.478419, -0.563166
EVENT_TITLE = "Visite du gymnase en ossature bois"


def audit_admin_page(journey, name, findings):
    """Run axe-core on an admin page and move what it finds from `journey` into `findings`.

    A violation whose target lies in one of this project's dashboard panels stays in the
    journey, so that assert_clean fails on it.
    """
    journey.check(name)
    findings[f"{name} ({journey.page.url})"] = []
    for key in [key for key in journey.violations if key.startswith(f"{name} (")]:
        lines = journey.violations.pop(key)
        own = [line for line in lines if any(panel in line for panel in OWN_PANEL_IDS)]
        if own:
            journey.violations[key] = own
        findings[key] = [line for line in lines if line not in own]


def open_footer_action(page, selector):
    """Click an action of the page editor's footer, opening its menu of more actions first."""
    button = page.locator(f"footer {selector}")
    if not button.is_visible():
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    button.click()


def log_in_to_admin(journey):
    page = journey.visit("/admin/")
    assert "/admin/login/" in page.url
    page.fill("#id_username", USERNAME)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(journey.url("/admin/"))
    page.wait_for_load_state("networkidle")
    return page


def approve_proposal(journey, proposal):
    page = journey.page
    panel = page.locator("#knowledge-proposals-section")
    panel.get_by_role("link", name=proposal.title).click()
    page.wait_for_url(f"**/admin/pages/{proposal.pk}/edit/")

    open_footer_action(
        page, "[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
    )
    page.wait_for_url(lambda url: f"/pages/{proposal.pk}/edit/" not in url)
    page.wait_for_load_state("networkidle")


def publish_field_report(journey, index, findings):
    page = journey.visit(f"/admin/pages/{index.pk}/add_subpage/")
    page.fill("#id_title", REPORT_TITLE)
    page.fill("#id_summary", "Un gymnase de 1 200 m² en ossature bois, isolé en fibre de bois.")
    # The marker moves to the coordinates typed in the widget's input: no geocoder is called.
    page.fill("#id_location_latlng", f"{REPORT_LATITUDE}, {REPORT_LONGITUDE}")
    assert page.input_value("#id_location") == (
        f"SRID=4326;POINT({REPORT_LONGITUDE} {REPORT_LATITUDE})"
    )
    audit_admin_page(journey, "admin-field-report-editor", findings)
    open_footer_action(page, "button[name='action-publish']")
    page.wait_for_url(lambda url: "/add/" not in url)
    page.wait_for_load_state("networkidle")


def schedule_event(journey, go_live_at, starts_at, findings):
    page = journey.visit("/admin/")
    panel = page.locator("#community-next-events-section")
    panel.locator("a[href$='/add_subpage/']", has_text="Filières vertes").click()
    page.wait_for_url("**/admin/pages/add/community/eventpage/**")

    page.fill("#id_title", EVENT_TITLE)
    page.fill("#id_summary", "Visite commentée du chantier avec le bureau d'études bois.")
    page.fill("#id_start", starts_at.strftime("%Y-%m-%d %H:%M"))
    page.fill("#id_end", (starts_at + datetime.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"))
    page.fill("#id_venue_name", "Gymnase de la Roseraie")
    # A click above the dates closes their date pickers, which would catch the next clicks.
    page.locator("#id_summary").click()
    audit_admin_page(journey, "admin-event-editor", findings)

    # The go-live date goes in the schedule dialog of the status side panel. Saving the
    # schedule saves a draft, and publishing that draft schedules the page.
    page.locator("[data-side-panel-toggle='status']").click()
    page.locator("[data-a11y-dialog-show='schedule-publishing-dialog']").first.click()
    dialog = page.locator("#schedule-publishing-dialog")
    page.fill("#id_go_live_at", go_live_at.strftime("%Y-%m-%d %H:%M"))
    # The date picker stays open over the save button, so the keyboard presses it.
    dialog.locator("button[type=submit]").press("Enter")
    page.wait_for_url("**/admin/pages/*/edit/")

    open_footer_action(page, "button[name='action-publish']")
    page.wait_for_url(lambda url: "/edit/" not in url)
    page.wait_for_load_state("networkidle")


def geojson_titles_and_points(journey):
    """Return the features of the public map's GeoJSON, read as a visitor, by title."""
    visitor = journey.browser.new_context()
    try:
        response = visitor.request.get(journey.url("/carte/remontees-terrain.geojson"))
        assert response.ok
        features = response.json()["features"]
    finally:
        visitor.close()
    return {feature["properties"]["title"]: feature["geometry"] for feature in features}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_facilitator_publishes_in_admin(demo_portal, journey):
    community = CommunityPage.objects.get(slug=COMMUNITY_SLUG)
    other_community = CommunityPage.objects.get(slug=OTHER_COMMUNITY_SLUG)
    proposal = FieldReportPage.objects.get(slug=DEMO_PROPOSAL["slug"])
    assert not proposal.live
    admin_findings = {}

    # The dashboard shows the four kinds of items of the facilitator's community.
    page = log_in_to_admin(journey)
    proposals = page.locator("#knowledge-proposals-section")
    assert proposals.get_by_role("link", name=proposal.title).is_visible()
    mutual_help = page.locator("#qa-mutual-help-section")
    assert mutual_help.locator("a[href='/admin/entraide/sans-reponse/']").is_visible()
    assert mutual_help.locator("a[href='/admin/entraide/signalements/']").is_visible()
    events = page.locator("#community-next-events-section")
    assert events.locator("a[href*='/edit/']").count() > 0
    assert other_community.title not in page.locator("main").inner_text()
    audit_admin_page(journey, "admin-dashboard", admin_findings)
    journey.picture("admin-dashboard")

    # The facilitator approves the proposal in the editor: the page goes live.
    approve_proposal(journey, proposal)
    proposal.refresh_from_db()
    assert proposal.live

    # A new field report, placed by its coordinates, appears on the public map.
    index = proposal.get_parent()
    publish_field_report(journey, index, admin_findings)
    report = FieldReportPage.objects.get(title=REPORT_TITLE)
    assert report.live
    assert report.get_parent().pk == index.pk
    points = geojson_titles_and_points(journey)
    assert points[REPORT_TITLE]["coordinates"] == [REPORT_LONGITUDE, REPORT_LATITUDE]
    assert proposal.title in points

    # A scheduled event waits for its go-live date.
    now = timezone.localtime()
    go_live_at = (now + datetime.timedelta(days=2)).replace(hour=8, minute=0)
    starts_at = (now + datetime.timedelta(days=20)).replace(hour=14, minute=0)
    schedule_event(journey, go_live_at, starts_at, admin_findings)
    event = EventPage.objects.get(title=EVENT_TITLE)
    assert not event.live
    assert event.approved_schedule
    assert event.path.startswith(community.path)
    page = journey.visit("/admin/")
    scheduled = page.locator("#community-next-events-section li", has_text=EVENT_TITLE)
    assert scheduled.is_visible()
    with translation.override("fr"):
        scheduled_label = translation.gettext("scheduled")
    assert scheduled_label.casefold() in scheduled.inner_text().casefold()

    # Another community's pages stay closed: the editor refuses, the explorer omits them.
    response = journey.context.request.get(journey.url(f"/admin/pages/{other_community.pk}/edit/"))
    assert response.status == 403
    page = journey.visit("/admin/pages/")
    assert other_community.title not in page.locator("main").inner_text()
    audit_admin_page(journey, "admin-explorer", admin_findings)

    print("axe-core on the Wagtail admin (serious and critical, not failed):")
    for key, lines in admin_findings.items():
        print(f"  {key}: {lines or 'none'}")
    assert journey.watcher.foreign_requests() == []
    assert journey.watcher.console_errors == []
    journey.assert_clean()
