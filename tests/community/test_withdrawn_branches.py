"""Pages left live under an unpublished or expired parent leave the listings with it."""

import datetime

import pytest
from django.utils import timezone

from community.privacy import visible_pages
from tests.factories import InstructionPageFactory, reference_index


@pytest.fixture
def instruction(community):
    return InstructionPageFactory(parent=reference_index(community), title="Consigne chanvre")


def visible_ids(user):
    return set(visible_pages(user).values_list("pk", flat=True))


def test_live_child_of_unpublished_index_is_not_listed(community, instruction, user):
    index = reference_index(community)
    index.unpublish()  # Wagtail leaves the children published.
    instruction.refresh_from_db()

    assert instruction.live
    assert instruction.pk not in visible_ids(user)
    assert community.pk in visible_ids(user)


def test_live_child_of_expired_index_is_not_listed(community, instruction, user):
    index = reference_index(community)
    index.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    index.save()

    assert instruction.pk not in visible_ids(user)


def test_live_child_of_live_index_is_listed(community, instruction, user):
    assert instruction.pk in visible_ids(user)
