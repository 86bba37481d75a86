"""The "Quoi de neuf" pages of a community and of the portal: order, days, filters, pages."""

import datetime
import re

import pytest
from django.urls import reverse

from home.activity.models import ActivityEntry, ActivityKind
from qa.threads import post_answer, set_reference_answer

from ...factories import (
    InstructionPageFactory,
    QuestionPageFactory,
    question_index,
    reference_index,
)
from .conftest import NOW, paris

pytestmark = pytest.mark.django_db

PORTAL_URL = "/quoi-de-neuf/"

HOSTILE_VALUES = [
    "",
    "0",
    "-1",
    "99999999999999999999999",
    "1.5",
    "abc",
    "' OR 1=1 --",
    '"><script>alert(1)</script>',
    "\\",
    "%00",
    "\x00",
    "é" * 3000,
    "🏠",
    "informations-de-reference\n",
]


def activity_url(community):
    return community.url + "quoi-de-neuf/"


def titles(response):
    """The item titles of a "Quoi de neuf" page, in their order."""
    html = response.content.decode()
    return re.findall(r'<h3 class="fr-h6 fr-mb-1v"><a href="[^"]*">([^<]*)</a></h3>', html)


def day_headings(response):
    html = response.content.decode()
    return re.findall(r'<h2 id="activity-day-\d+" class="fr-h4"><time[^>]*>([^<]*)</time>', html)


@pytest.fixture
def two_days(community, member, clock):
    """An instruction on Monday 9 March, a question and its answer on Tuesday 10 March."""
    clock.move_to(paris(2026, 3, 9, 16, 0))
    instruction = InstructionPageFactory(
        parent=reference_index(community), title="Note sur le pisé"
    )
    clock.move_to(NOW)
    question = QuestionPageFactory(
        parent=question_index(community),
        title="Quel enduit pour le pisé ?",
        asker=member,
        owner=member,
    )
    clock.move_to(NOW + datetime.timedelta(hours=1))
    answer = post_answer(question, member, "Un enduit chaux-chanvre.")
    return {"instruction": instruction, "question": question, "answer": answer}


def test_community_page_groups_by_day(client, community, two_days):
    response = client.get(activity_url(community))

    assert response.status_code == 200
    assert day_headings(response) == ["Mardi 10 mars 2026", "Lundi 9 mars 2026"]
    assert titles(response) == [
        "Quel enduit pour le pisé ?",
        "Quel enduit pour le pisé ?",
        "Note sur le pisé",
    ]


def test_item_shows_label_author_time(client, community, two_days, member):
    html = client.get(activity_url(community)).content.decode()

    assert "Nouvelle réponse" in html or "New answer" in html
    assert "Un enduit chaux-chanvre." in html
    assert member.get_full_name() in html
    assert f'href="{two_days["question"].full_url}#reponse-{two_days["answer"].pk}"' in html
    assert ">11 h</time>" in html


def test_first_of_month_heading(client, community, clock):
    clock.move_to(paris(2026, 3, 1, 11, 0))
    InstructionPageFactory(parent=reference_index(community))

    response = client.get(activity_url(community))

    assert day_headings(response) == ["Dimanche 1er mars 2026"]


def test_community_page_lists_only_community(client, community, two_days, clock):
    from ...factories import CommunityPageFactory

    other = CommunityPageFactory(title="Logements vacants", slug="logements-vacants")
    InstructionPageFactory(parent=reference_index(other), title="Note sur la vacance")

    response = client.get(activity_url(community))

    assert "Note sur la vacance" not in titles(response)


def test_portal_lists_every_public_community(client, community, two_days, clock):
    from ...factories import CommunityPageFactory

    other = CommunityPageFactory(title="Logements vacants", slug="logements-vacants")
    InstructionPageFactory(parent=reference_index(other), title="Note sur la vacance")

    response = client.get(PORTAL_URL)

    assert response.status_code == 200
    assert titles(response)[0] == "Note sur la vacance"
    assert "Note sur le pisé" in titles(response)


def test_portal_hides_reserved_from_visitor(client, two_days, reserved_question):
    html = client.get(PORTAL_URL).content.decode()

    assert "Castelbrune" not in html


def test_portal_hides_reserved_from_outsider(client, two_days, reserved_question, outsider):
    client.force_login(outsider)

    html = client.get(PORTAL_URL).content.decode()

    assert "Castelbrune" not in html


def test_portal_shows_reserved_to_member(client, two_days, reserved_question, reserved_member):
    client.force_login(reserved_member)

    response = client.get(PORTAL_URL)

    assert "Question confidentielle Castelbrune" in titles(response)
    assert "Réponse confidentielle Castelbrune" in response.content.decode()


def test_reserved_community_page_for_visitor(client, reserved_community, reserved_question):
    response = client.get(activity_url(reserved_community))

    assert response.status_code == 302
    assert "Castelbrune" not in response.content.decode()


def test_reserved_community_page_for_outsider(
    client, reserved_community, reserved_question, outsider
):
    client.force_login(outsider)

    response = client.get(activity_url(reserved_community))

    assert "Castelbrune" not in response.content.decode()
    assert response.status_code in (302, 403)


def test_reserved_community_page_for_member(
    client, reserved_community, reserved_question, reserved_member
):
    client.force_login(reserved_member)

    response = client.get(activity_url(reserved_community))

    assert response.status_code == 200
    assert "Question confidentielle Castelbrune" in titles(response)


def test_pagination_twenty_per_page(client, community, clock):
    page = InstructionPageFactory(parent=reference_index(community), title="Note mise à jour")
    for day in range(1, 25):
        ActivityEntry.objects.create(
            kind=ActivityKind.REFERENCE_UPDATED,
            page=page,
            community=community,
            occurred_at=NOW + datetime.timedelta(days=day),
        )

    first = client.get(activity_url(community))
    second = client.get(activity_url(community), {"page": "2"})

    assert len(titles(first)) == 20
    assert len(titles(second)) == 5
    assert day_headings(second)[-1] == "Mardi 10 mars 2026"
    assert 'aria-current="page">2</a>' in second.content.decode()


@pytest.mark.parametrize("url", ["community", "portal"])
def test_hostile_query_strings(client, community, two_days, url):
    address = activity_url(community) if url == "community" else PORTAL_URL
    failures = []

    for param in ("page", "type", "communaute"):
        for value in HOSTILE_VALUES:
            response = client.get(address, {param: value})
            html = response.content.decode()
            if response.status_code != 200 or "<script>alert(1)</script>" in html:
                failures.append((param, value[:20], response.status_code))

    assert failures == []


def test_hostile_query_string_raw(client, community, two_days):
    response = client.get(PORTAL_URL + "?page=%ff%fe&type[]=1&type=a&type=b&communaute=%2e%2e")

    assert response.status_code == 200


def test_type_filter(client, community, two_days):
    response = client.get(PORTAL_URL, {"type": "informations-de-reference"})

    assert titles(response) == ["Note sur le pisé"]


def test_answers_filter(client, community, two_days):
    set_reference_answer(two_days["question"], two_days["answer"])

    response = client.get(activity_url(community), {"type": "reponses"})
    html = response.content.decode()

    assert titles(response) == ["Quel enduit pour le pisé ?", "Quel enduit pour le pisé ?"]
    assert "Réponse de référence" in html or "Reference answer" in html


def test_unknown_type_notice(client, community, two_days):
    response = client.get(activity_url(community), {"type": "inconnu"})

    assert response.status_code == 200
    assert len(titles(response)) == 3
    assert 'class="fr-alert fr-alert--warning' in response.content.decode()


def test_community_filter_on_portal(client, community, two_days, clock):
    from ...factories import CommunityPageFactory

    other = CommunityPageFactory(title="Logements vacants", slug="logements-vacants")
    InstructionPageFactory(parent=reference_index(other), title="Note sur la vacance")

    response = client.get(PORTAL_URL, {"communaute": "logements-vacants"})

    assert titles(response) == ["Note sur la vacance"]


def test_reserved_community_filter_ignored(client, two_days, reserved_community):
    response = client.get(PORTAL_URL, {"communaute": reserved_community.slug})

    assert len(titles(response)) == 3
    assert 'class="fr-alert fr-alert--warning' in response.content.decode()
    assert reserved_community.title not in response.content.decode()


def test_empty_filter_result_message(client, community, two_days):
    response = client.get(activity_url(community), {"type": "evenements"})

    assert titles(response) == []
    assert response.status_code == 200


def test_next_events_block(client, community, two_days, upcoming_event):
    html = client.get(activity_url(community)).content.decode()

    assert 'id="next-events-heading"' in html
    assert "Atelier chanvre et chaux" in html


def test_portal_next_events_hide_reserved(client, two_days, upcoming_event, reserved_community):
    from ...factories import EventPageFactory, event_index

    EventPageFactory(
        parent=event_index(reserved_community),
        title="Comité restreint Montclairval",
        start=paris(2026, 3, 13, 9, 30),
        end=paris(2026, 3, 13, 11, 0),
    )

    html = client.get(PORTAL_URL).content.decode()

    assert "Atelier chanvre et chaux" in html
    assert "Montclairval" not in html


def test_community_page_feed_links(client, community):
    html = client.get(activity_url(community)).content.decode()
    head = html.split("</head>")[0]

    assert 'type="application/rss+xml" title="' in head
    assert f'href="{activity_url(community)}rss/"' in head
    assert f'href="{activity_url(community)}atom/"' in head


def test_portal_page_feed_links(client, db):
    head = client.get(PORTAL_URL).content.decode().split("</head>")[0]

    assert f'href="{reverse("feeds:portal_rss")}"' in head
    assert f'href="{reverse("feeds:portal_atom")}"' in head
    assert 'type="application/atom+xml"' in head


def test_reserved_community_no_feed_links(client, reserved_community, reserved_member):
    client.force_login(reserved_member)

    html = client.get(activity_url(reserved_community)).content.decode()

    assert "application/rss+xml" not in html
    assert "quoi-de-neuf/rss/" not in html


def test_community_home_links_activity(client, community):
    html = client.get(community.url).content.decode()
    head = html.split("</head>")[0]

    assert f'href="{activity_url(community)}"' in html
    assert f'href="{activity_url(community)}rss/"' in head


def test_menu_links_portal_activity(client, community):
    html = client.get(community.url).content.decode()
    menu = html.split('id="navigation"')[1].split("</nav>")[0]

    assert f'href="{PORTAL_URL}"' in menu


def test_menu_marks_portal_activity_current(client, db):
    html = client.get(PORTAL_URL).content.decode()
    menu = html.split('id="navigation"')[1].split("</nav>")[0]

    assert f'href="{PORTAL_URL}" aria-current="page"' in menu
