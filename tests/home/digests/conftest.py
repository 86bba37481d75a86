"""Fixtures of digests: members of a public and a reserved community, a clock and helpers.

The clock starts at NOW, Tuesday 10 March 2026 at 10:00 in Paris, and `later` moves it on, so
that each item is newer than the one before.
"""

import datetime
import zoneinfo

import pytest
import time_machine
from django.core.mail.backends import locmem

from community.models import MembershipStatus, Role
from home.digests.models import Frequency, Subscription
from home.digests.sending import send_digests
from qa.threads import post_answer

from ...factories import (
    CommunityPageFactory,
    EventPageFactory,
    InstructionPageFactory,
    MembershipFactory,
    QuestionPageFactory,
    event_index,
    question_index,
    reference_index,
)

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
NOW = datetime.datetime(2026, 3, 10, 10, 0, tzinfo=PARIS)


class UnreachableBackend(locmem.EmailBackend):
    """A mail server that cannot be reached."""

    def open(self):
        raise ConnectionRefusedError(111, "Connection refused")


def member_of(community, role=Role.MEMBER, status=MembershipStatus.ACTIVE, **user_fields):
    return MembershipFactory(community=community, role=role, status=status, **user_fields).user


def subscription_of(user, community):
    return Subscription.objects.get(user=user, community=community)


def choose(user, community, frequency):
    Subscription.objects.filter(user=user, community=community).update(frequency=frequency)


def publish_instruction(community, title, **fields):
    return InstructionPageFactory(parent=reference_index(community), title=title, **fields)


def ask(community, title, asker):
    return QuestionPageFactory(
        parent=question_index(community), title=title, asker=asker, owner=asker
    )


def answer(page, user, text):
    return post_answer(page, user, text)


def schedule_event(community, title):
    return EventPageFactory(
        parent=event_index(community),
        title=title,
        start=NOW + datetime.timedelta(days=9),
        end=NOW + datetime.timedelta(days=9, hours=2),
    )


def send(frequency=Frequency.WEEKLY):
    return send_digests(frequency)


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def later(clock):
    """Move the clock on by five minutes at each call."""

    def move():
        clock.shift(datetime.timedelta(minutes=5))

    return move


@pytest.fixture
def other_community(db):
    return CommunityPageFactory(
        title="Mobilisation des logements vacants", slug="logements-vacants"
    )


@pytest.fixture
def member(community, clock):
    return member_of(community, user__first_name="Bruno", user__last_name="Lecteur")


@pytest.fixture
def author(community, clock):
    return member_of(community, user__first_name="Aline", user__last_name="Autrice")


@pytest.fixture
def reserved_member(reserved_community, clock):
    return member_of(reserved_community, user__first_name="Rita", user__last_name="Réservée")
