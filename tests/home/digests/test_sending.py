"""What `send_digests` sends: grouped items, once each, and what a failing mail server does."""

import io
import smtplib

import pytest
from django.core.mail.backends import locmem
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils.translation import ngettext

from home.activity.models import ActivityEntry, ActivityKind
from home.digests import content, sending
from home.digests.models import Frequency
from home.digests.sending import send_digests

from .conftest import (
    answer,
    ask,
    choose,
    member_of,
    publish_instruction,
    schedule_event,
    send,
    subscription_of,
)

pytestmark = pytest.mark.django_db

REJECTED_ADDRESS = "boite-pleine@example.gouv.fr"


class RejectingBackend(locmem.EmailBackend):
    """The test outbox, except that the server refuses the recipient REJECTED_ADDRESS."""

    def send_messages(self, messages):
        for message in messages:
            if REJECTED_ADDRESS in message.to:
                raise smtplib.SMTPRecipientsRefused({REJECTED_ADDRESS: (552, b"Mailbox full")})
        return super().send_messages(messages)


def html_part(message):
    return message.alternatives[0][0]


def positions(text, *needles):
    return [text.index(needle) for needle in needles]


@pytest.fixture
def busy_community(community, other_community, member, author, later):
    """Items in two communities of `member`, each one five minutes after the one before."""
    member_of(other_community, user=member)
    choose(author, community, Frequency.NONE)
    later()
    publish_instruction(community, "Instruction sur le chanvre")
    later()
    question = ask(community, "Quel enduit pour un mur en pisé ?", author)
    later()
    answer(question, author, "Un enduit chaux-chanvre respirant.")
    later()
    publish_instruction(community, "Instruction sur la paille")
    later()
    schedule_event(other_community, "Atelier logements vacants")
    return question


# Grouping and content


def test_one_email_per_member(busy_community, member, mailoutbox):
    report = send()

    assert report.sent == 1
    assert [message.to for message in mailoutbox] == [[member.email]]


def test_sections_follow_community_titles(busy_community, mailoutbox):
    send()

    body = mailoutbox[0].body
    first, second = positions(body, "Filières vertes", "Mobilisation des logements vacants")
    assert first < second
    assert body.index("Atelier logements vacants") > second
    assert body.index("Instruction sur le chanvre") < second


def test_groups_by_kind_newest_first(busy_community, mailoutbox):
    send()

    body = mailoutbox[0].body
    order = positions(
        body,
        "Instruction sur la paille",
        "Instruction sur le chanvre",
        "Quel enduit pour un mur en pisé ?",
        "Un enduit chaux-chanvre respirant.",
    )
    assert order == sorted(order)
    shown = [ActivityKind.REFERENCE_NEW, ActivityKind.QUESTION_NEW, ActivityKind.ANSWER_NEW]
    headings = positions(body, *[str(content.GROUP_LABELS[kind]) for kind in shown])
    assert headings == sorted(headings)
    assert str(content.GROUP_LABELS[ActivityKind.EVENT_NEW]) in body
    assert str(content.GROUP_LABELS[ActivityKind.REFERENCE_UPDATED]) not in body


def test_html_part_has_same_items(busy_community, mailoutbox):
    send()

    html = html_part(mailoutbox[0])
    for title in ["Instruction sur la paille", "Atelier logements vacants"]:
        assert title in html
    assert 'href="http://localhost/filieres-vertes/' in html


def test_email_is_in_french(busy_community, mailoutbox):
    send()

    message = mailoutbox[0]
    for part in (message.body, html_part(message)):
        assert "Bonjour," in part
        assert "10 mars 2026" in part
    assert "L'équipe Rencontre des Territoires" in message.body


def test_items_link_to_their_pages(busy_community, mailoutbox):
    send()

    body = mailoutbox[0].body
    answer_entry = ActivityEntry.objects.get(kind="answer_new")
    assert f"{busy_community.full_url}#reponse-{answer_entry.answer_id}" in body


def test_weekly_subject_counts_items(busy_community, mailoutbox):
    send()

    expected = ngettext(
        "Your weekly digest: %(count)d new item in your communities",
        "Your weekly digest: %(count)d new items in your communities",
        5,
    ) % {"count": 5}
    assert mailoutbox[0].subject == expected


def test_own_items_are_left_out(busy_community, author, community, mailoutbox):
    choose(author, community, Frequency.WEEKLY)

    send()

    body = next(message.body for message in mailoutbox if message.to == [author.email])
    assert "Instruction sur la paille" in body
    assert "Quel enduit pour un mur en pisé ?" not in body
    assert "Un enduit chaux-chanvre respirant." not in body


def test_each_item_subject_names_it(community, member, later, mailoutbox):
    choose(member, community, Frequency.EACH)
    later()
    publish_instruction(community, "Instruction sur la laine de mouton")

    send(Frequency.EACH)

    assert "Instruction sur la laine de mouton" in mailoutbox[0].subject
    assert "Filières vertes" in mailoutbox[0].subject


def test_only_chosen_frequency_is_sent(busy_community, member, community, mailoutbox):
    choose(member, community, Frequency.DAILY)

    send(Frequency.DAILY)

    assert len(mailoutbox) == 1
    assert "Instruction sur la paille" in mailoutbox[0].body
    assert "Atelier logements vacants" not in mailoutbox[0].body


def test_nothing_sent_for_frequency_none(busy_community, member, community, other_community):
    choose(member, community, Frequency.NONE)
    choose(member, other_community, Frequency.NONE)

    for frequency in [Frequency.EACH, Frequency.DAILY, Frequency.WEEKLY]:
        assert send(frequency).sent == 0


def test_busy_community_links_to_the_rest(busy_community, monkeypatch, mailoutbox):
    monkeypatch.setattr(content, "MAX_ITEMS_PER_COMMUNITY", 2)

    send()

    body = mailoutbox[0].body
    assert "Instruction sur la paille" in body
    assert "Instruction sur le chanvre" not in body
    assert "http://localhost/filieres-vertes/quoi-de-neuf/" in body


def test_items_before_joining_are_left_out(community, later, mailoutbox):
    later()
    publish_instruction(community, "Instruction publiée avant l'adhésion")
    later()
    newcomer = member_of(community)
    later()
    publish_instruction(community, "Instruction publiée après l'adhésion")

    send()

    bodies = {message.to[0]: message.body for message in mailoutbox}
    assert "Instruction publiée après l'adhésion" in bodies[newcomer.email]
    assert "Instruction publiée avant l'adhésion" not in bodies[newcomer.email]


# Once only


def test_nothing_sent_when_nothing_new(community, member, mailoutbox):
    report = send()

    assert report.sent == 0
    assert report.empty == 1
    assert mailoutbox == []


def test_second_run_sends_nothing(busy_community, mailoutbox):
    send()
    second = send()

    assert second.sent == 0
    assert len(mailoutbox) == 1


def test_next_email_has_only_new_items(busy_community, community, later, mailoutbox):
    send()
    later()
    publish_instruction(community, "Instruction sur la terre crue")

    send()

    assert len(mailoutbox) == 2
    body = mailoutbox[1].body
    assert "Instruction sur la terre crue" in body
    assert "Instruction sur la paille" not in body
    assert "Atelier logements vacants" not in body


def test_cursor_moves_after_sending(busy_community, member, community):
    send()

    subscription = subscription_of(member, community)
    assert subscription.last_entry_id == ActivityEntry.objects.latest("pk").pk
    assert subscription.last_sent_at is not None


def test_overlapping_runs_send_once(busy_community, member, monkeypatch, mailoutbox):
    build = sending.build_digest_message
    overlapping = []

    def build_during_another_run(*args):
        # The first run has claimed the subscriptions; a second run reads and tries them now.
        overlapping.append(send_digests(Frequency.WEEKLY))
        return build(*args)

    monkeypatch.setattr(sending, "build_digest_message", build_during_another_run)
    first = send()

    assert first.sent == 1
    assert overlapping[0].sent == 0
    assert len(mailoutbox) == 1


def test_lost_claim_gives_back_the_others(busy_community, member, community, other_community):
    first, second = sorted(
        [subscription_of(member, community), subscription_of(member, other_community)],
        key=lambda subscription: subscription.pk,
    )
    # Another run has moved the second cursor since this run read it.
    type(second).objects.filter(pk=second.pk).update(last_entry_id=1)

    claimed = sending.claim([first, second], 99, first.created_at)

    first.refresh_from_db()
    assert claimed is False
    assert first.last_entry_id == 0
    assert first.last_sent_at is None


# A failing mail server


@override_settings(EMAIL_BACKEND="tests.home.digests.conftest.UnreachableBackend")
def test_unreachable_server_keeps_cursor(busy_community, member, community, mailoutbox):
    report = send()

    assert report.failed == 1
    assert subscription_of(member, community).last_entry_id == 0
    assert subscription_of(member, community).last_sent_at is None


def test_resumes_after_server_failure(busy_community, settings, mailoutbox):
    settings.EMAIL_BACKEND = "tests.home.digests.conftest.UnreachableBackend"
    send()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    report = send()

    assert report.sent == 1
    assert len(mailoutbox) == 1
    assert "Instruction sur le chanvre" in mailoutbox[0].body
    assert "Atelier logements vacants" in mailoutbox[0].body


def test_refused_recipient_does_not_stop_others(
    busy_community, community, member, settings, mailoutbox
):
    refused = member_of(community, user__email=REJECTED_ADDRESS)
    # The refused member joined after the items above: this one is new to both members.
    settings.EMAIL_BACKEND = "tests.home.digests.test_sending.RejectingBackend"
    publish_instruction(community, "Instruction pour tous")

    report = send()

    assert report.sent == 1
    assert report.failed == 1
    assert [message.to[0] for message in mailoutbox] == [member.email]
    assert subscription_of(refused, community).last_entry_id < ActivityEntry.objects.latest("pk").pk

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    retry = send()

    assert retry.sent == 1
    assert mailoutbox[-1].to == [REJECTED_ADDRESS]
    assert "Instruction pour tous" in mailoutbox[-1].body


# The command


def test_command_sends_given_frequency(busy_community, member, community, mailoutbox):
    choose(member, community, Frequency.EACH)
    stdout = io.StringIO()

    call_command("send_digests", "each", stdout=stdout)

    assert len(mailoutbox) == 1
    assert "1 sent" in stdout.getvalue()


def test_command_reports_failures(busy_community, settings):
    settings.EMAIL_BACKEND = "tests.home.digests.conftest.UnreachableBackend"
    stderr = io.StringIO()

    call_command("send_digests", "weekly", stdout=io.StringIO(), stderr=stderr)

    assert "1 digests failed" in stderr.getvalue()


@pytest.mark.parametrize("argument", ["monthly", "none", "", "WEEKLY"])
def test_command_rejects_unknown_frequency(argument):
    with pytest.raises(CommandError):
        call_command("send_digests", argument)


def test_command_requires_frequency():
    with pytest.raises(CommandError):
        call_command("send_digests")
