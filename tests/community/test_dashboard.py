"""The facilitator's admin dashboard: the next events panel, and every panel per persona.

The dashboard of a facilitator contains four kinds of items: unanswered questions, reported
answers, proposals awaiting moderation and next events. A facilitator sees those of their
communities only, a superuser those of every community, and a member gets no dashboard.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from community.dashboard import DashboardScope
from community.events.dashboard import NextEventsPanel
from community.events.dates import event_when
from community.models import Role
from qa.models import AnswerReport, ReportReason
from qa.threads import post_answer
from tests.factories import (
    EventPageFactory,
    MembershipFactory,
    QuestionPageFactory,
    event_index,
    question_index,
)
from tests.knowledge.test_dashboard import dashboard, propose

pytestmark = pytest.mark.django_db

HOME_URL = reverse("wagtailadmin_home")
PANEL_ID = 'id="community-next-events-section"'
PANEL_IDS = [
    'id="knowledge-proposals-section"',
    'id="qa-mutual-help-section"',
    PANEL_ID,
]


def french(message):
    with translation.override("fr"):
        return translation.gettext(message)


def in_days(days, hour=14):
    moment = timezone.localtime() + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


def add_event(community, title, days, **fields):
    return EventPageFactory(
        parent=event_index(community),
        title=title,
        start=in_days(days),
        end=in_days(days, hour=16),
        **fields,
    )


def add_activity(community, label, member, reporter):
    """Give `community` one item of each kind that the dashboard shows, titled after `label`."""
    question = QuestionPageFactory(
        parent=question_index(community), title=f"{label} : question sans réponse ?"
    )
    answered = QuestionPageFactory(
        parent=question_index(community), title=f"{label} : question répondue ?"
    )
    answer = post_answer(answered, member, f"{label} : réponse signalée.")
    AnswerReport.objects.create(answer=answer, reporter=reporter, reason=ReportReason.SPAM)
    proposal = propose(community, f"{label} : remontée proposée", proposer=member)
    event = add_event(community, f"{label} : atelier à venir", days=5)
    return {"question": question, "answer": answer, "proposal": proposal, "event": event}


@pytest.fixture
def two_communities(community, reserved_community):
    """One item of each kind in a public community ("Ouvert") and a reserved one ("Castelbrune")."""
    items = {}
    for place, label in ((community, "Ouvert"), (reserved_community, "Castelbrune")):
        member = MembershipFactory(community=place, role=Role.MEMBER).user
        reporter = MembershipFactory(community=place, role=Role.MEMBER).user
        items[label] = add_activity(place, label, member, reporter)
    return items


# The next events panel


def test_events_panel_lists_upcoming_events(client, community, community_facilitator):
    later = add_event(community, "Webinaire chanvre", days=9)
    sooner = add_event(community, "Visite de chantier", days=2)

    content = dashboard(client, community_facilitator)

    assert PANEL_ID in content
    assert content.index("Visite de chantier") < content.index("Webinaire chanvre")
    with translation.override("fr"):
        assert event_when(sooner) in content
    assert reverse("wagtailadmin_pages:edit", args=[later.pk]) in content


def test_events_panel_omits_past_events(client, community, community_facilitator):
    add_event(community, "Réunion passée", days=-3)

    content = dashboard(client, community_facilitator)

    assert "Réunion passée" not in content
    assert french("No upcoming event in your communities.") in content


def test_events_panel_shows_draft_and_scheduled(client, community, community_facilitator):
    add_event(community, "Atelier en brouillon", days=4, publish=False)
    add_event(community, "Atelier programmé", days=6, go_live_at=in_days(1))

    content = dashboard(client, community_facilitator)

    assert "Atelier en brouillon" in content
    assert "Atelier programmé" in content
    assert french("draft") in content
    assert french("scheduled") in content


def test_events_panel_marks_cancelled_event(client, community, community_facilitator):
    add_event(community, "Atelier annulé", days=3, cancelled=True)

    content = dashboard(client, community_facilitator)

    assert "Atelier annulé" in content
    assert french("Cancelled") in content


def test_events_panel_lists_soonest_five(client, community, community_facilitator):
    events = [add_event(community, f"Atelier numéro {day}", days=day) for day in range(1, 8)]

    content = dashboard(client, community_facilitator)

    shown = [event for event in events if f">{event.title}<" in content]
    assert shown == events[:5]
    with translation.override("fr"):
        count = translation.ngettext(
            "%(counter)s upcoming event, published or in preparation.",
            "%(counter)s upcoming events, published or in preparation.",
            7,
        ) % {"counter": 7}
    assert count in content


def test_events_panel_offers_own_agenda(client, community, reserved_community, facilitator):
    content = dashboard(client, facilitator)

    own_agenda = event_index(reserved_community)
    other_agenda = event_index(community)
    assert reverse("wagtailadmin_pages:add_subpage", args=[own_agenda.pk]) in content
    assert reverse("wagtailadmin_pages:add_subpage", args=[other_agenda.pk]) not in content


def test_events_panel_leads_to_every_event(client, community, community_facilitator):
    for day in range(1, 8):
        add_event(community, f"Atelier numéro {day}", days=day)

    content = dashboard(client, community_facilitator)

    agenda_url = reverse("wagtailadmin_explore", args=[event_index(community).pk])
    assert f'href="{agenda_url}"' in content


def test_events_panel_queries_do_not_grow(community, community_facilitator, rf):
    add_event(community, "Premier atelier", days=2)

    def render():
        request = rf.get(HOME_URL)
        request.user = community_facilitator
        panel = NextEventsPanel(DashboardScope(community_facilitator))
        return panel.render_html({"request": request})

    render()
    with CaptureQueriesContext(connection) as few:
        render()
    for day in range(3, 9):
        add_event(community, f"Autre atelier {day}", days=day, publish=day % 2 == 0)
    with CaptureQueriesContext(connection) as many:
        html = render()

    assert "Autre atelier 3" in html
    assert len(many) == len(few)


# Every panel, per persona


def test_facilitator_sees_own_items(client, community_facilitator, two_communities):
    content = dashboard(client, community_facilitator)

    for panel_id in PANEL_IDS:
        assert panel_id in content
    assert "Ouvert : question sans réponse ?" in content
    assert "Ouvert : réponse signalée." in content
    assert "Ouvert : remontée proposée" in content
    assert "Ouvert : atelier à venir" in content


def test_facilitator_sees_nothing_of_other_community(
    client, community_facilitator, two_communities
):
    content = dashboard(client, community_facilitator)

    assert "Castelbrune" not in content
    hidden = two_communities["Castelbrune"]
    for name in ("question", "proposal", "event"):
        assert reverse("wagtailadmin_pages:edit", args=[hidden[name].pk]) not in content
    assert f"#answer-{hidden['answer'].pk}" not in content


def test_reserved_facilitator_sees_nothing_public(client, facilitator, two_communities):
    content = dashboard(client, facilitator)

    assert "Castelbrune : atelier à venir" in content
    assert "Castelbrune : remontée proposée" in content
    assert "Ouvert" not in content


def test_superuser_sees_every_community(client, superuser, two_communities):
    content = dashboard(client, superuser)

    for label in ("Ouvert", "Castelbrune"):
        assert f"{label} : question sans réponse ?" in content
        assert f"{label} : réponse signalée." in content
        assert f"{label} : remontée proposée" in content
        assert f"{label} : atelier à venir" in content


def test_member_gets_no_dashboard(client, community, two_communities):
    member = MembershipFactory(community=community, role=Role.MEMBER).user
    client.force_login(member)

    response = client.get(HOME_URL)

    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


# Query budget of the whole dashboard


def test_dashboard_queries_do_not_grow(
    client, community, community_facilitator, django_assert_max_num_queries
):
    member = MembershipFactory(community=community, role=Role.MEMBER).user
    reporter = MembershipFactory(community=community, role=Role.MEMBER).user
    add_activity(community, "Premier", member, reporter)
    client.force_login(community_facilitator)
    # The first request fills the content type, site and permission caches.
    client.get(HOME_URL)
    with django_assert_max_num_queries(DASHBOARD_QUERY_BUDGET) as few:
        client.get(HOME_URL)

    for number in range(6):
        member = MembershipFactory(community=community, role=Role.MEMBER).user
        add_activity(community, f"Autre {number}", member, reporter)
    with django_assert_max_num_queries(DASHBOARD_QUERY_BUDGET) as many:
        response = client.get(HOME_URL)

    assert "Autre 0 : atelier à venir" in response.content.decode()
    assert len(many) == len(few)


# A facilitator's dashboard ran 41 queries on SQLite with Wagtail 8.0.1, most of them Wagtail's
# own (menu, site summary, recent edits). The margin leaves room for a new admin menu item.
DASHBOARD_QUERY_BUDGET = 45
