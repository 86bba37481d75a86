"""Fixtures of events: the agendas of a public and a reserved community, people and a clock.

`now` is a fixed instant, Tuesday 10 March 2026 at 10:00 in Paris, that tests travel to with
`clock`; events are placed relative to it.
"""

import datetime
import zoneinfo

import pytest
import time_machine

from community.models import MembershipStatus, Role

from ...factories import (
    AgendaPageFactory,
    EventPageFactory,
    MembershipFactory,
    UserFactory,
    event_index,
)

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
NOW = datetime.datetime(2026, 3, 10, 10, 0, tzinfo=PARIS)
PUBLIC_LINK = "https://visio.example.org/webinaire-filieres-vertes"


def member_of(community, role=Role.MEMBER, status=MembershipStatus.ACTIVE, **user_fields):
    return MembershipFactory(community=community, role=role, status=status, **user_fields).user


def paris(*args):
    """An aware datetime in Paris time, e.g. paris(2026, 3, 12, 14, 0)."""
    return datetime.datetime(*args, tzinfo=PARIS)


@pytest.fixture
def clock():
    """Travel to NOW for the test; `clock.move_to(...)` travels elsewhere."""
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def agenda(community):
    return event_index(community)


@pytest.fixture
def portal_agenda(db):
    return AgendaPageFactory()


@pytest.fixture
def reserved_agenda(reserved_community):
    return event_index(reserved_community)


@pytest.fixture
def member(community):
    return member_of(community, user__first_name="Bruno", user__last_name="Participant")


@pytest.fixture
def reserved_member(reserved_community):
    return member_of(reserved_community, user__first_name="Rita", user__last_name="Réservée")


@pytest.fixture
def community_facilitator(community):
    return member_of(community, role=Role.FACILITATOR, user__first_name="Fanny")


@pytest.fixture
def outsider(db):
    return UserFactory(first_name="Olivier", last_name="Extérieur")


@pytest.fixture
def event(agenda, clock):
    """A public in-person event two days after NOW, 14:00 to 16:30."""
    return EventPageFactory(
        parent=agenda,
        title="Atelier chanvre et chaux",
        start=paris(2026, 3, 12, 14, 0),
        end=paris(2026, 3, 12, 16, 30),
    )


@pytest.fixture
def reserved_event(reserved_agenda, clock):
    """A reserved online event with its meeting link, three days after NOW."""
    return EventPageFactory(
        parent=reserved_agenda,
        title="Comité restreint des animateurs",
        summary="Préparation confidentielle du séminaire national.",
        start=paris(2026, 3, 13, 9, 30),
        end=paris(2026, 3, 13, 11, 0),
        format="online",
        online_url="https://visio.example.org/comite-restreint",
    )


@pytest.fixture
def online_event(agenda, clock):
    """A public online event with its meeting link, ten days after NOW."""
    return EventPageFactory(
        parent=agenda,
        title="Webinaire des filières vertes",
        start=paris(2026, 3, 20, 11, 0),
        end=paris(2026, 3, 20, 12, 0),
        format="online",
        online_url=PUBLIC_LINK,
    )
