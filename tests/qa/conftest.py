"""Fixtures of mutual help: a public and a reserved community with people in every role."""

import pytest

from community.models import MembershipStatus, Role
from qa.threads import post_answer

from ..factories import (
    InstructionPageFactory,
    MembershipFactory,
    QuestionPageFactory,
    UserFactory,
    question_index,
    reference_index,
)


def member_of(community, role=Role.MEMBER, status=MembershipStatus.ACTIVE, **user_fields):
    return MembershipFactory(community=community, role=role, status=status, **user_fields).user


@pytest.fixture
def asker(community):
    return member_of(community, user__first_name="Aline", user__last_name="Demandeuse")


@pytest.fixture
def member(community):
    return member_of(community, user__first_name="Bruno", user__last_name="Répondant")


@pytest.fixture
def expert(community):
    return member_of(community, Role.EXPERT, user__first_name="Chloé", user__last_name="Experte")


@pytest.fixture
def community_facilitator(community):
    return member_of(community, Role.FACILITATOR, user__first_name="Denis")


@pytest.fixture
def pending_member(community):
    return member_of(community, status=MembershipStatus.PENDING)


@pytest.fixture
def outsider(db):
    """A logged-in agent who belongs to no community."""
    return UserFactory(first_name="Edgar", last_name="Extérieur")


@pytest.fixture
def question(community, asker):
    return QuestionPageFactory(
        parent=question_index(community),
        title="Quel justificatif demander pour la vacance d'un logement ?",
        asker=asker,
        owner=asker,
    )


@pytest.fixture
def instruction(community):
    return InstructionPageFactory(parent=reference_index(community), title="Instruction OPAH-RU")


@pytest.fixture
def reserved_question(reserved_community):
    asker = member_of(reserved_community, user__first_name="Rosalie")
    question = QuestionPageFactory(
        parent=question_index(reserved_community),
        title="Question confidentielle Castelbrune",
        details="<p>Détail confidentiel Castelbrune.</p>",
        asker=asker,
        owner=asker,
    )
    post_answer(question, asker, "Réponse confidentielle Castelbrune")
    return question
