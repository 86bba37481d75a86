"""Fixtures of the activity log: a public and a reserved community, people, content and a clock.

`NOW` is a fixed instant, Tuesday 10 March 2026 at 10:00 in Paris, that tests travel to with
`clock`. Content is published relative to it.
"""

import datetime
import zoneinfo

import pytest
import time_machine

from community.models import MembershipStatus, Role
from qa.threads import post_answer

from ...factories import (
    EventPageFactory,
    InstructionPageFactory,
    MembershipFactory,
    QuestionPageFactory,
    UserFactory,
    event_index,
    question_index,
    reference_index,
)

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
NOW = datetime.datetime(2026, 3, 10, 10, 0, tzinfo=PARIS)


def paris(*args):
    """An aware datetime in Paris time, e.g. paris(2026, 3, 9, 14, 0)."""
    return datetime.datetime(*args, tzinfo=PARIS)


def member_of(community, role=Role.MEMBER, status=MembershipStatus.ACTIVE, **user_fields):
    return MembershipFactory(community=community, role=role, status=status, **user_fields).user


@pytest.fixture
def clock():
    """Travel to NOW for the test; `clock.move_to(...)` travels elsewhere."""
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def member(community):
    return member_of(community, user__first_name="Bruno", user__last_name="Participant")


@pytest.fixture
def reserved_member(reserved_community):
    return member_of(reserved_community, user__first_name="Rita", user__last_name="Réservée")


@pytest.fixture
def outsider(db):
    """A logged-in agent who belongs to no community."""
    return UserFactory(first_name="Olivier", last_name="Extérieur")


@pytest.fixture
def instruction(community, clock):
    """A public instruction, first published at NOW."""
    return InstructionPageFactory(
        parent=reference_index(community),
        title="Instruction des dossiers chanvre",
        summary="Les pièces à demander pour un chantier en chanvre.",
    )


@pytest.fixture
def question(community, member, clock):
    """A public question asked by `member` at NOW."""
    return QuestionPageFactory(
        parent=question_index(community),
        title="Quel enduit sur un mur en pisé ?",
        asker=member,
        owner=member,
    )


@pytest.fixture
def reserved_question(reserved_community, reserved_member, clock):
    """A reserved question with an answer, both at NOW."""
    question = QuestionPageFactory(
        parent=question_index(reserved_community),
        title="Question confidentielle Castelbrune",
        details="<p>Détail confidentiel Castelbrune.</p>",
        asker=reserved_member,
        owner=reserved_member,
    )
    post_answer(question, reserved_member, "Réponse confidentielle Castelbrune")
    return question


@pytest.fixture
def reserved_instruction(reserved_community, clock):
    return InstructionPageFactory(
        parent=reference_index(reserved_community),
        title="Note réservée Montclairval",
        summary="Résumé réservé Montclairval.",
    )


@pytest.fixture
def upcoming_event(community, clock):
    """A public event two days after NOW."""
    return EventPageFactory(
        parent=event_index(community),
        title="Atelier chanvre et chaux",
        start=paris(2026, 3, 12, 14, 0),
        end=paris(2026, 3, 12, 16, 30),
    )
