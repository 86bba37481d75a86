"""Who sees which entries, decided when they are read, not when they were written."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from wagtail.models import Page

from home.activity.models import ActivityKind
from home.activity.queries import community_entries, visible_entries
from qa.threads import hide_answer, post_answer, remove_answer, restore_answer, set_reference_answer

from ...factories import SuperuserFactory
from .conftest import NOW, member_of

pytestmark = pytest.mark.django_db


def visible_pages_of(user):
    return set(visible_entries(user).values_list("page_id", flat=True))


def visible_kinds(user, page):
    return sorted(visible_entries(user).filter(page_id=page.pk).values_list("kind", flat=True))


@pytest.fixture
def reserved_content(reserved_instruction, reserved_question):
    return {reserved_instruction.pk, reserved_question.pk}


@pytest.fixture
def public_content(instruction, question):
    return {instruction.pk, question.pk}


@pytest.mark.parametrize("persona", ["visitor", "outsider", "public member"])
def test_reserved_entries_hidden(persona, public_content, reserved_content, outsider, member):
    users = {"visitor": AnonymousUser(), "outsider": outsider, "public member": member}

    pages = visible_pages_of(users[persona])

    assert pages == public_content


def test_pending_member_sees_public_only(reserved_community, public_content, reserved_content):
    from community.models import MembershipStatus

    pending = member_of(reserved_community, status=MembershipStatus.PENDING)

    assert visible_pages_of(pending) == public_content


@pytest.mark.parametrize("persona", ["reserved member", "superuser"])
def test_reserved_entries_shown(persona, public_content, reserved_content, reserved_member):
    users = {"reserved member": reserved_member, "superuser": SuperuserFactory()}

    pages = visible_pages_of(users[persona])

    assert pages == public_content | reserved_content


def test_reserved_answer_entries_hidden(reserved_question, outsider):
    kinds = visible_entries(outsider).values_list("kind", flat=True)

    assert ActivityKind.ANSWER_NEW not in kinds


def test_membership_ended_hides_entries(reserved_community, reserved_content, reserved_member):
    reserved_member.memberships.get(community=reserved_community).delete()
    reserved_member.refresh_from_db()

    assert not visible_pages_of(reserved_member) & reserved_content


def test_community_entries_scoped(community, public_content, reserved_content, reserved_member):
    pages = set(community_entries(reserved_member, community).values_list("page_id", flat=True))

    assert pages == public_content


def test_hidden_answer_vanishes(question, member):
    answer = post_answer(question, member, "Réponse à masquer.")
    hide_answer(answer, question)

    assert visible_kinds(member, question) == [ActivityKind.QUESTION_NEW]


def test_restored_answer_returns(question, member):
    answer = post_answer(question, member, "Réponse masquée puis rétablie.")
    hide_answer(answer, question)
    restore_answer(answer, question)

    assert ActivityKind.ANSWER_NEW in visible_kinds(member, question)


def test_removed_answer_vanishes(question, member):
    answer = post_answer(question, member, "Réponse à supprimer.")
    set_reference_answer(question, answer)
    remove_answer(answer, question)

    assert visible_kinds(member, question) == [ActivityKind.QUESTION_NEW]


def test_unpublished_page_vanishes(instruction, member):
    post_answer(instruction, member, "Une question sur la note.")
    Page.objects.get(pk=instruction.pk).unpublish()

    assert instruction.pk not in visible_pages_of(member)


def test_expired_page_vanishes(instruction, member, clock):
    type(instruction).objects.filter(pk=instruction.pk).update(
        expire_at=NOW + datetime.timedelta(days=1)
    )
    assert instruction.pk in visible_pages_of(member)

    clock.move_to(NOW + datetime.timedelta(days=2))

    assert instruction.pk not in visible_pages_of(member)


def test_page_under_unpublished_index_vanishes(instruction, member):
    Page.objects.get(pk=instruction.get_parent().pk).unpublish()

    assert instruction.pk not in visible_pages_of(member)


def test_withdrawn_reference_answer_vanishes(question, member):
    answer = post_answer(question, member, "Un enduit à la chaux.")
    set_reference_answer(question, answer)
    assert ActivityKind.REFERENCE_ANSWER in visible_kinds(member, question)

    set_reference_answer(question, None)

    assert ActivityKind.REFERENCE_ANSWER not in visible_kinds(member, question)
    assert ActivityKind.ANSWER_NEW in visible_kinds(member, question)


def test_replaced_reference_answer_vanishes(question, member):
    first = post_answer(question, member, "Un enduit à la chaux.")
    second = post_answer(question, member, "Un enduit terre.")
    set_reference_answer(question, first)
    set_reference_answer(question, second)

    chosen = visible_entries(member).filter(kind=ActivityKind.REFERENCE_ANSWER)

    assert list(chosen.values_list("answer_id", flat=True)) == [second.pk]
