"""The "What's new" section of the home page shows the latest items of the reader's communities."""

import re

import pytest

from ...factories import CommunityPageFactory, InstructionPageFactory, reference_index
from .conftest import NOW

pytestmark = pytest.mark.django_db


def section(response):
    html = response.content.decode()
    return html.split('id="latest-activity-heading"')[1].split("</section>")[0]


def section_titles(response):
    return re.findall(
        r'<h3 class="fr-h6 fr-mb-1v"><a href="[^"]*">([^<]*)</a></h3>', section(response)
    )


@pytest.fixture
def other_community(clock):
    return CommunityPageFactory(title="Logements vacants", slug="logements-vacants")


@pytest.fixture
def other_instruction(other_community):
    return InstructionPageFactory(
        parent=reference_index(other_community), title="Note sur la vacance"
    )


def test_visitor_sees_public_items(client, home, instruction, other_instruction, reserved_question):
    response = client.get(home.url)

    assert section_titles(response) == ["Note sur la vacance", "Instruction des dossiers chanvre"]
    assert "Castelbrune" not in response.content.decode()


def test_member_sees_own_communities(client, home, member, instruction, other_instruction):
    client.force_login(member)

    titles = section_titles(client.get(home.url))

    assert titles == ["Instruction des dossiers chanvre"]


def test_reserved_member_sees_reserved(
    client, home, reserved_member, reserved_question, instruction
):
    client.force_login(reserved_member)

    titles = section_titles(client.get(home.url))

    assert titles == ["Question confidentielle Castelbrune", "Question confidentielle Castelbrune"]


def test_outsider_sees_public_items(client, home, outsider, instruction, reserved_question):
    client.force_login(outsider)

    titles = section_titles(client.get(home.url))

    assert titles == ["Instruction des dossiers chanvre"]


def test_latest_five_items(client, home, community, clock):
    for number in range(7):
        clock.move_to(NOW.replace(hour=8 + number))
        InstructionPageFactory(parent=reference_index(community), title=f"Note {number}")

    titles = section_titles(client.get(home.url))

    assert titles == ["Note 6", "Note 5", "Note 4", "Note 3", "Note 2"]


def test_item_gives_day_and_community(client, home, instruction, community):
    html = section(client.get(home.url))

    assert "10 mars 2026, 10 h" in html
    assert community.title in html


def test_links_portal_page(client, home):
    assert 'href="/quoi-de-neuf/"' in section(client.get(home.url))


def test_empty_section_message(client, home):
    response = client.get(home.url)

    assert section_titles(response) == []
    assert response.status_code == 200
