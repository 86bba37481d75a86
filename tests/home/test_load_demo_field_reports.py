"""`manage.py load_demo`: the field report categories, the field reports and the shared map."""

import io
import json

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Page

from community.models import CommunityPage
from home.demo import field_reports
from home.models import HomePage
from knowledge.geo import Point, is_in_france
from knowledge.models import (
    Department,
    FieldReportCategory,
    FieldReportIndexPage,
    FieldReportPage,
    MapPage,
)

COUNTED_MODELS = {
    "field reports": FieldReportPage,
    "categories": FieldReportCategory,
    "shared maps": MapPage,
}
RESERVED_SLUG = "reseau-chefs-projet-ort"
RESERVED_WORDS = ["castelbrune", "comité de pilotage", "revue annuelle"]
DEMO_SLUGS = [report["slug"] for report in field_reports.FIELD_REPORTS]


def load_demo():
    """Run the command and return its standard output."""
    output = io.StringIO()
    call_command("load_demo", stdout=output, stderr=io.StringIO())
    return output.getvalue()


def count_objects():
    return {name: model.objects.count() for name, model in COUNTED_MODELS.items()}


def report_text(report):
    """Return the title, summary and body of a demo report as one lower-case text."""
    return json.dumps(
        [report["title"], report["summary"], report["body"]], ensure_ascii=False
    ).lower()


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Load the demo twice in one transaction, rolled back at the end of the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo()
        first_counts = count_objects()
        second_output = load_demo()
        second_counts = count_objects()
        yield {
            "first counts": first_counts,
            "second output": second_output,
            "second counts": second_counts,
        }
        transaction.set_rollback(True)


@pytest.fixture
def demo_reports(demo):
    return list(FieldReportPage.objects.filter(slug__in=DEMO_SLUGS).select_related("department"))


@pytest.mark.django_db
def test_first_load_creates_about_forty_reports(demo):
    assert demo["first counts"]["field reports"] >= 40


@pytest.mark.django_db
def test_first_load_creates_every_demo_report(demo_reports):
    assert sorted(report.slug for report in demo_reports) == sorted(DEMO_SLUGS)


@pytest.mark.django_db
def test_every_demo_report_is_live(demo_reports):
    assert [report.slug for report in demo_reports if not report.live] == []


@pytest.mark.django_db
def test_every_demo_report_is_located_in_france(demo_reports):
    outside = [
        report.slug
        for report in demo_reports
        if report.latitude is None or not is_in_france(Point(report.longitude, report.latitude))
    ]

    assert outside == []


@pytest.mark.django_db
def test_every_demo_report_has_department(demo_reports):
    assert [report.slug for report in demo_reports if report.department is None] == []


@pytest.mark.django_db
def test_demo_report_department_matches_town(demo_reports):
    towns = {report["slug"]: report["town"] for report in field_reports.FIELD_REPORTS}

    mismatched = [
        report.slug
        for report in demo_reports
        if report.department.code != field_reports.TOWNS[towns[report.slug]]["department"]
    ]

    assert mismatched == []


@pytest.mark.django_db
def test_demo_report_sits_in_its_community(demo):
    communities = {report["slug"]: report["community"] for report in field_reports.FIELD_REPORTS}

    misplaced = [
        report.slug
        for report in FieldReportPage.objects.filter(slug__in=DEMO_SLUGS)
        if report.community.slug != communities[report.slug]
    ]

    assert misplaced == []


@pytest.mark.django_db
def test_every_community_has_field_report_index(demo):
    communities = CommunityPage.objects.all()

    assert all(FieldReportIndexPage.objects.child_of(c).exists() for c in communities)


@pytest.mark.django_db
def test_demo_report_categories_belong_to_its_community(demo):
    foreign = [
        (report.slug, category.label)
        for report in FieldReportPage.objects.filter(slug__in=DEMO_SLUGS)
        for category in report.categories.all()
        if category.community_id not in (None, report.community.pk)
    ]

    assert foreign == []


@pytest.mark.django_db
def test_every_demo_report_has_category(demo):
    uncategorised = FieldReportPage.objects.filter(slug__in=DEMO_SLUGS, categories__isnull=True)

    assert list(uncategorised.values_list("slug", flat=True)) == []


@pytest.mark.django_db
def test_shared_categories_have_no_community(demo):
    labels = [category["label"] for category in field_reports.SHARED_CATEGORIES]

    shared = FieldReportCategory.objects.filter(label__in=labels, community__isnull=True)

    assert shared.count() == len(labels)


@pytest.mark.django_db
def test_map_page_is_published_under_home(demo):
    shared_map = MapPage.objects.get()

    assert shared_map.live
    assert shared_map.slug == "carte"
    assert Page.objects.get(pk=shared_map.get_parent().pk).specific_class is HomePage


@pytest.mark.django_db
@pytest.mark.parametrize("name", COUNTED_MODELS)
def test_second_load_creates_nothing(demo, name):
    assert demo["second counts"][name] == demo["first counts"][name]


@pytest.mark.django_db
def test_second_load_reports_nothing_changed(demo):
    assert "nothing changed" in demo["second output"]


@pytest.mark.django_db
def test_demo_departments_exist(db):
    codes = {town["department"] for town in field_reports.TOWNS.values()}

    known = set(Department.objects.filter(code__in=codes).values_list("code", flat=True))

    assert codes - known == set()


@pytest.mark.parametrize("town", field_reports.TOWNS)
def test_town_code_starts_with_department_code(town):
    data = field_reports.TOWNS[town]

    assert data["insee"].startswith(data["department"])


@pytest.mark.parametrize("town", field_reports.TOWNS)
def test_town_lies_in_france(town):
    data = field_reports.TOWNS[town]

    assert is_in_france(Point(data["longitude"], data["latitude"]))


@pytest.mark.parametrize(
    "department", ["29", "2A", "971", "972", "974"], ids=["Brest", "Corse", "GP", "MQ", "RE"]
)
def test_demo_covers_far_departments(department):
    towns = {report["town"] for report in field_reports.FIELD_REPORTS}

    assert any(field_reports.TOWNS[town]["department"] == department for town in towns)


@pytest.mark.parametrize(
    "slug",
    [
        report["slug"]
        for report in field_reports.FIELD_REPORTS
        if report["community"] != RESERVED_SLUG
    ],
)
def test_public_report_avoids_reserved_words(slug):
    report = next(report for report in field_reports.FIELD_REPORTS if report["slug"] == slug)

    text = report_text(report)

    assert [word for word in RESERVED_WORDS if word in text] == []


def test_reserved_reports_name_castelbrune():
    reserved = [r for r in field_reports.FIELD_REPORTS if r["community"] == RESERVED_SLUG]

    assert reserved
    assert all("castelbrune" in r["title"].lower() for r in reserved)


@pytest.mark.parametrize("slug", DEMO_SLUGS)
def test_demo_report_says_it_is_fictional(slug):
    report = next(report for report in field_reports.FIELD_REPORTS if report["slug"] == slug)

    assert "projet fictif" in report["title"]


def relative_luminance(colour):
    """Return the WCAG 2.1 relative luminance of a #RRGGBB colour."""
    channels = [int(colour[index : index + 2], 16) / 255 for index in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


ALL_DEMO_CATEGORIES = [
    *field_reports.SHARED_CATEGORIES,
    *(category for group in field_reports.CATEGORIES.values() for category in group),
]


@pytest.mark.parametrize("category", ALL_DEMO_CATEGORIES, ids=lambda category: category["label"])
def test_category_colour_contrasts_with_tag(category):
    # #eeeeee is the background of a DSFR tag. WCAG 2.1 requires 3:1 for graphical objects.
    tag_background = relative_luminance("#eeeeee")

    ratio = (tag_background + 0.05) / (relative_luminance(category["colour"]) + 0.05)

    assert ratio >= 3
