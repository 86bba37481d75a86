"""The proposals panel of the admin dashboard: each facilitator's moderation queue only."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import TaskState

from community.dashboard import DashboardScope
from community.models import Role
from knowledge.dashboard import ProposalsPanel
from knowledge.geo import Point
from knowledge.models import FieldReportIndexPage
from knowledge.proposals.submission import submit_proposal
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

HOME_URL = reverse("wagtailadmin_home")
PANEL_ID = 'id="knowledge-proposals-section"'
WAGTAIL_PANEL_ID = 'id="awaiting-review-section"'


def propose(community, title, proposer=None):
    """Submit a field report proposal in `community` as a new member, as the site form does."""
    if proposer is None:
        proposer = MembershipFactory(community=community, role=Role.MEMBER).user
    index = FieldReportIndexPage.objects.child_of(community).get()
    data = {
        "title": title,
        "summary": "Un bâtiment public en matériaux biosourcés.",
        "address": "",
        "point": Point(4.835659, 45.764043),
        "status": "delivered",
        "year": 2025,
        "project_owner": "",
        "designer": "",
        "floor_area": None,
        "cost": None,
        "description": "Le chantier a duré onze mois.",
        "categories": [],
    }
    return submit_proposal(community, index, proposer, data, photos=[])


def french(message):
    with translation.override("fr"):
        return translation.gettext(message)


def french_count(count):
    with translation.override("fr"):
        message = translation.ngettext(
            "%(counter)s proposal awaits your approval.",
            "%(counter)s proposals await your approval.",
            count,
        )
    return message % {"counter": count}


def dashboard(client, user):
    client.force_login(user)
    response = client.get(HOME_URL)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def reserved_proposal(reserved_community):
    return propose(reserved_community, "Castelbrune : halle en paille")


def test_panel_lists_proposal_with_links(client, community, community_facilitator):
    page = propose(community, "Halle de marché en ossature bois")
    task_state = TaskState.objects.get(workflow_state__object_id=str(page.pk))

    content = dashboard(client, community_facilitator)

    assert PANEL_ID in content
    assert "Halle de marché en ossature bois" in content
    assert french_count(1) in content
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in content
    preview_url = reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task_state.task_id])
    assert preview_url in content


def test_panel_names_proposer(client, community, community_facilitator):
    proposer = MembershipFactory(
        community=community, user__first_name="Aurore", user__last_name="Lemoine"
    ).user
    propose(community, "École en terre crue", proposer=proposer)

    content = dashboard(client, community_facilitator)

    assert "Aurore Lemoine" in content


def test_panel_replaces_wagtail_review_panel(client, community, community_facilitator):
    propose(community, "Halle de marché en ossature bois")

    content = dashboard(client, community_facilitator)

    assert WAGTAIL_PANEL_ID not in content
    assert content.count("Halle de marché en ossature bois") == 1


def test_panel_lists_oldest_five(client, community, community_facilitator):
    pages = [propose(community, f"Proposition numéro {number}") for number in range(7)]

    content = dashboard(client, community_facilitator)

    shown = [page for page in pages if f">{page.title}<" in content]
    assert shown == pages[:5]
    assert french_count(7) in content


def test_panel_empty_state(client, community_facilitator):
    content = dashboard(client, community_facilitator)

    assert PANEL_ID in content
    assert french("No proposal awaits your approval.") in content


def test_panel_hides_other_community(client, community, community_facilitator, reserved_proposal):
    content = dashboard(client, community_facilitator)

    assert PANEL_ID in content
    assert "Castelbrune" not in content
    assert reverse("wagtailadmin_pages:edit", args=[reserved_proposal.pk]) not in content


def test_reserved_facilitator_sees_own_proposal(client, community, facilitator, reserved_proposal):
    propose(community, "Halle de marché en ossature bois")

    content = dashboard(client, facilitator)

    assert "Castelbrune : halle en paille" in content
    assert "Halle de marché en ossature bois" not in content


def test_superuser_sees_every_proposal(client, superuser, community, reserved_proposal):
    propose(community, "Halle de marché en ossature bois")

    content = dashboard(client, superuser)

    assert "Castelbrune : halle en paille" in content
    assert "Halle de marché en ossature bois" in content


def test_approved_proposal_leaves_panel(client, community, community_facilitator):
    page = propose(community, "Halle de marché en ossature bois")
    page.current_workflow_state.current_task_state.approve(user=community_facilitator)

    content = dashboard(client, community_facilitator)

    assert "Halle de marché en ossature bois" not in content


def test_no_panel_for_admin_reader(client, community, reserved_proposal):
    reader = UserFactory()
    group = Group.objects.create(name="Admin readers")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    reader.groups.add(group)

    content = dashboard(client, reader)

    assert PANEL_ID not in content
    assert "Castelbrune" not in content


def test_no_dashboard_for_member(client, community, reserved_proposal):
    member = MembershipFactory(community=community, role=Role.MEMBER).user
    client.force_login(member)

    response = client.get(HOME_URL)

    assert response.status_code == 302
    assert "Castelbrune" not in response.content.decode()


def render_panel(user):
    request = RequestFactory().get(HOME_URL)
    request.user = user
    with CaptureQueriesContext(connection) as queries:
        html = ProposalsPanel(DashboardScope(user)).render_html({"request": request})
    return html, len(queries)


def test_panel_queries_do_not_grow(community, community_facilitator):
    propose(community, "Première proposition")
    # The first rendering fills the content type cache.
    render_panel(community_facilitator)
    _html, few = render_panel(community_facilitator)

    for number in range(6):
        propose(community, f"Autre proposition {number}")
    html, many = render_panel(community_facilitator)

    assert "Autre proposition 0" in html
    assert many == few
