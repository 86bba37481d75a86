"""A digest holds only what its member may see when it is sent, not when the item happened."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from community.models import Membership, MembershipStatus
from home.digests.models import Frequency, Subscription
from qa.threads import hide_answer, remove_answer

from .conftest import answer, ask, publish_instruction, send

pytestmark = pytest.mark.django_db

RESERVED_TITLE = "Note confidentielle Castelbrune"


def bodies_of(user, mailoutbox):
    """Return the text and HTML of every e-mail sent to `user`, joined."""
    parts = []
    for message in mailoutbox:
        if message.to == [user.email]:
            parts.append(message.body)
            parts.extend(content for content, _type in message.alternatives)
    return "\n".join(parts)


@pytest.fixture
def reserved_item(reserved_community, reserved_member, later):
    later()
    return publish_instruction(reserved_community, RESERVED_TITLE)


def test_reserved_item_reaches_its_members(reserved_item, reserved_member, mailoutbox):
    send()

    assert RESERVED_TITLE in bodies_of(reserved_member, mailoutbox)


def test_reserved_item_stays_from_other_members(
    reserved_item, community, member, reserved_community, mailoutbox
):
    # A subscription row without a membership, as an admin or an old bug might leave it.
    Subscription.objects.create(user=member, community=reserved_community)
    publish_instruction(community, "Instruction publique")

    send()

    body = bodies_of(member, mailoutbox)
    assert "Instruction publique" in body
    assert RESERVED_TITLE not in body
    assert "Castelbrune" not in "".join(message.subject for message in mailoutbox)


def test_pending_member_gets_nothing(reserved_item, reserved_member, mailoutbox):
    Membership.objects.filter(user=reserved_member).update(status=MembershipStatus.PENDING)

    report = send()

    assert report.sent == 0
    assert mailoutbox == []


def test_left_community_gets_nothing(client, community, member, later, mailoutbox):
    later()
    publish_instruction(community, "Instruction avant le départ")
    client.force_login(member)
    client.post(reverse("membership:leave", args=[community.pk]))

    report = send()

    assert report.sent == 0
    assert mailoutbox == []


def test_leftover_subscription_of_former_member(community, member, later, mailoutbox):
    later()
    publish_instruction(community, "Instruction avant le départ")
    Membership.objects.filter(user=member).delete()
    # A row that outlived the membership, as a raw SQL deletion would leave it.
    Subscription.objects.create(user=member, community=community)

    report = send()

    assert report.sent == 0
    assert mailoutbox == []


def test_hidden_answer_is_left_out(community, member, author, later, mailoutbox):
    later()
    question = ask(community, "Quel isolant pour une toiture ?", author)
    later()
    hidden = answer(question, author, "Réponse masquée par l'animateur.")
    later()
    answer(question, author, "La laine de bois convient.")
    hide_answer(hidden, question)

    send()

    body = bodies_of(member, mailoutbox)
    assert "Quel isolant pour une toiture ?" in body
    assert "La laine de bois convient." in body
    assert "Réponse masquée" not in body


def test_removed_answer_is_left_out(community, member, author, later, mailoutbox):
    later()
    question = ask(community, "Quel isolant pour un plancher ?", author)
    later()
    removed = answer(question, author, "Réponse supprimée par son auteur.")
    remove_answer(removed, question)

    send()

    body = bodies_of(member, mailoutbox)
    assert "Quel isolant pour un plancher ?" in body
    assert "Réponse supprimée" not in body


def test_unpublished_page_is_left_out(community, member, later, mailoutbox):
    later()
    withdrawn = publish_instruction(community, "Instruction retirée")
    later()
    publish_instruction(community, "Instruction en vigueur")
    withdrawn.unpublish()

    send()

    body = bodies_of(member, mailoutbox)
    assert "Instruction en vigueur" in body
    assert "Instruction retirée" not in body


def test_unpublished_community_sends_nothing(community, member, later, mailoutbox):
    later()
    publish_instruction(community, "Instruction d'une communauté fermée")
    community.unpublish()

    report = send()

    assert report.sent == 0
    assert mailoutbox == []


def test_unpublished_item_is_never_sent_later(community, member, later, mailoutbox):
    later()
    page = publish_instruction(community, "Instruction retirée puis republiée")
    page.unpublish()
    send()
    page.save_revision().publish()

    send()

    assert "Instruction retirée puis republiée" not in bodies_of(member, mailoutbox)


@pytest.mark.parametrize(
    "change",
    [{"is_active": False}, {"email": ""}],
    ids=["inactive account", "no e-mail address"],
)
def test_account_without_e_mail_gets_nothing(community, member, later, mailoutbox, change):
    later()
    publish_instruction(community, "Instruction du jour")
    get_user_model().objects.filter(pk=member.pk).update(**change)

    report = send()

    assert report.sent == 0
    assert mailoutbox == []


def test_frequency_none_gets_nothing(community, member, later, mailoutbox):
    Subscription.objects.filter(user=member).update(frequency=Frequency.NONE)
    later()
    publish_instruction(community, "Instruction du jour")

    for frequency in [Frequency.EACH, Frequency.DAILY, Frequency.WEEKLY]:
        send(frequency)

    assert mailoutbox == []
