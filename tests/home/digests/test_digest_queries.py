"""`send_digests` costs a bounded number of queries per member, whatever the number of items."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.digests.models import Frequency

from .conftest import answer, ask, choose, member_of, publish_instruction, schedule_event, send

pytestmark = pytest.mark.django_db

# Queries of a run whatever the number of members: the newest entry, the subscriptions, the site.
FIXED_QUERIES = 4
# Queries per member: groups and view restrictions, entries, items (one query per page type)
# and the claims of two subscriptions.
QUERIES_PER_MEMBER = 14


def add_items(community, other_community, author, later, count, batch=1):
    """Publish `count` rounds of an instruction, a question and an answer, and one event."""
    for number in range(count):
        later()
        publish_instruction(community, f"Instruction {batch}-{number}")
        question = ask(other_community, f"Question {batch}-{number} ?", author)
        answer(question, author, f"Réponse {batch}-{number}")
    schedule_event(other_community, f"Atelier {batch}")


def members_of_both(community, other_community, count):
    members = []
    for _number in range(count):
        user = member_of(community)
        member_of(other_community, user=user)
        members.append(user)
    return members


def queries_of_run():
    with CaptureQueriesContext(connection) as context:
        report = send()
    return len(context.captured_queries), report


@pytest.fixture
def silent_author(community, other_community, clock):
    """The author of the items, who follows neither community."""
    author = member_of(community)
    member_of(other_community, user=author)
    choose(author, community, Frequency.NONE)
    choose(author, other_community, Frequency.NONE)
    return author


@pytest.mark.parametrize("item_rounds", [1, 15])
def test_queries_bounded_per_member(
    community, other_community, silent_author, later, mailoutbox, item_rounds
):
    members = members_of_both(community, other_community, 3)
    add_items(community, other_community, silent_author, later, item_rounds)

    count, report = queries_of_run()

    assert report.sent == len(members)
    assert count <= FIXED_QUERIES + QUERIES_PER_MEMBER * len(members)


def test_queries_do_not_grow_with_items(community, other_community, silent_author, later):
    members_of_both(community, other_community, 2)
    add_items(community, other_community, silent_author, later, 1)
    few, _report = queries_of_run()

    add_items(community, other_community, silent_author, later, 20, batch=2)
    many, report = queries_of_run()

    assert report.sent == 2
    assert many == few


def test_members_with_nothing_new_cost_little(community, other_community, silent_author):
    members = members_of_both(community, other_community, 5)

    count, report = queries_of_run()

    assert report.empty == len(members)
    assert count <= FIXED_QUERIES + 5 * len(members)
