"""E-mails of mutual help: recipients, content, sending after commit, and mail server failures."""

import re
import smtplib

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django_comments_xtd.models import XtdComment

import qa.notifications
from community.models import Membership, MembershipStatus, Role
from qa.models import EmailPreference, Follow, QuestionPage
from qa.notifications import notify_new_answer, notify_new_question, notify_reference_answer
from qa.threads import hide_answer, post_answer, set_reference_answer
from qa.unsubscribe import read_token

from ..factories import CommunityPageFactory, QuestionPageFactory, UserFactory, question_index
from .conftest import member_of

RESERVED_WORD = "Castelbrune"


class FailingBackend(BaseEmailBackend):
    """A mail backend whose server refuses every message."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPException("451 Service indisponible")


class UnreachableBackend(BaseEmailBackend):
    """A mail backend whose server cannot be reached at all."""

    def open(self):
        raise ConnectionRefusedError(111, "Connection refused")

    def send_messages(self, email_messages):
        raise AssertionError("send_messages must not run after open() failed")


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def html_part(message):
    (html, mimetype), *_rest = message.alternatives
    assert mimetype == "text/html"
    return html


def message_to(user):
    matching = [message for message in mail.outbox if message.to == [user.email]]
    assert len(matching) == 1, f"expected one e-mail to {user.email}, got {len(matching)}"
    return matching[0]


def unsubscribe_url(message):
    header = message.extra_headers["List-Unsubscribe"]
    assert header.startswith("<")
    assert header.endswith(">")
    return header[1:-1]


def token_of(message):
    return re.search(r"/entraide/desabonnement/([^/]+)/$", unsubscribe_url(message)).group(1)


def ask(community, asker, title="Comment traiter un logement vacant depuis dix ans ?"):
    return QuestionPageFactory(
        parent=question_index(community), title=title, asker=asker, owner=asker
    )


# New question


@pytest.mark.django_db
def test_new_question_recipients(
    django_capture_on_commit_callbacks,
    community,
    asker,
    member,
    expert,
    community_facilitator,
    pending_member,
    outsider,
):
    pending_expert = member_of(community, Role.EXPERT, status=MembershipStatus.PENDING)
    other_facilitator = member_of(CommunityPageFactory(), Role.FACILITATOR)
    quiet_expert = member_of(community, Role.EXPERT)
    EmailPreference.objects.create(user=quiet_expert, enabled=False)
    inactive_facilitator = member_of(community, Role.FACILITATOR, user__is_active=False)
    no_address_expert = member_of(community, Role.EXPERT, user__email="")
    question = ask(community, asker)

    with django_capture_on_commit_callbacks(execute=True):
        notify_new_question(question)

    assert recipients() == sorted([community_facilitator.email, expert.email])
    for absent in (
        asker,
        member,
        pending_member,
        outsider,
        pending_expert,
        other_facilitator,
        quiet_expert,
        inactive_facilitator,
    ):
        assert absent.email not in recipients()
    assert no_address_expert.email == ""
    assert "" not in recipients()


@pytest.mark.django_db
def test_new_question_skips_asking_expert(
    django_capture_on_commit_callbacks, community, expert, community_facilitator
):
    question = ask(community, expert)

    with django_capture_on_commit_callbacks(execute=True):
        notify_new_question(question)

    assert recipients() == [community_facilitator.email]


@pytest.mark.django_db
def test_new_question_content(
    django_capture_on_commit_callbacks, community, asker, community_facilitator
):
    question = ask(community, asker, title="Quelle aide pour l'isolation en chanvre ?")
    QuestionPage.objects.filter(pk=question.pk).update(
        details="<p>Le maire demande &amp; relance.</p>"
    )

    with django_capture_on_commit_callbacks(execute=True):
        notify_new_question(question)

    message = message_to(community_facilitator)
    page_url = question.get_full_url()
    assert page_url.startswith("http://")
    assert "Quelle aide pour l'isolation en chanvre ?" in message.subject
    assert "Filières vertes" in message.subject
    assert "\n" not in message.subject

    html = html_part(message)
    for part in (message.body, html):
        assert "Bonjour," in part
        assert page_url in part
        assert "vous animez la communauté" in part
        assert "Aline Demandeuse" in part
    assert "Le maire demande & relance." in message.body
    assert "Le maire demande &amp; relance." in html
    assert "<p>Le maire" not in message.body
    assert "Quelle aide pour l&#x27;isolation en chanvre ?" in html


@pytest.mark.django_db
def test_new_question_headers(django_capture_on_commit_callbacks, community, asker, expert):
    question = ask(community, asker)

    with django_capture_on_commit_callbacks(execute=True):
        notify_new_question(question)

    message = message_to(expert)
    url = unsubscribe_url(message)
    assert url.startswith("http://")
    assert url in message.body
    assert url in html_part(message)
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.from_email == "Rencontre des Territoires <ne-pas-repondre@example.org>"

    unsubscription = read_token(token_of(message))
    assert unsubscription.user == expert
    assert unsubscription.page is None


# Sending after the commit, and failures


@pytest.mark.django_db
def test_nothing_sent_before_commit(django_capture_on_commit_callbacks, community, asker, expert):
    question = ask(community, asker)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        notify_new_question(question)
        assert mail.outbox == []

    assert mail.outbox == []
    assert len(callbacks) == 1
    callbacks[0]()
    assert recipients() == [expert.email]


@pytest.mark.django_db
def test_rolled_back_question_sends_nothing(
    django_capture_on_commit_callbacks, community, asker, expert
):
    question = ask(community, asker)

    with django_capture_on_commit_callbacks(execute=True):
        notify_new_question(question)
        QuestionPage.objects.filter(pk=question.pk).delete()

    assert mail.outbox == []


@pytest.mark.django_db
@pytest.mark.parametrize("backend", ["FailingBackend", "UnreachableBackend"])
def test_failing_mail_server_loses_nothing(
    django_capture_on_commit_callbacks, backend, question, member, caplog
):
    Follow.objects.create(user=question.asker, page=question)

    with (
        override_settings(EMAIL_BACKEND=f"tests.qa.test_notifications.{backend}"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        answer = post_answer(question, member, "Demandez l'avis de taxe foncière.")
        notify_new_answer(answer, question)

    assert XtdComment.objects.filter(pk=answer.pk).exists()
    question.refresh_from_db()
    assert question.answer_count == 1
    assert mail.outbox == []
    errors = [record for record in caplog.records if record.name == "qa.notifications"]
    assert errors, "the failure must be logged"
    assert errors[-1].levelname == "ERROR"


@pytest.mark.django_db
def test_failing_server_still_tries_everyone(
    django_capture_on_commit_callbacks, monkeypatch, community, asker, expert, community_facilitator
):
    question = ask(community, asker)
    attempts = []

    class FirstRecipientRefusedBackend(BaseEmailBackend):
        def send_messages(self, email_messages):
            attempts.extend(message.to[0] for message in email_messages)
            if len(attempts) == 1:
                raise smtplib.SMTPRecipientsRefused({})
            return len(email_messages)

    monkeypatch.setattr(qa.notifications, "get_connection", FirstRecipientRefusedBackend)
    with django_capture_on_commit_callbacks(execute=True):
        notify_new_question(question)

    assert sorted(attempts) == sorted([expert.email, community_facilitator.email])


# New answer


@pytest.mark.django_db
def test_new_answer_recipients(
    django_capture_on_commit_callbacks, question, asker, member, expert, outsider, pending_member
):
    follower = member_of(question.community)
    quiet_follower = member_of(question.community)
    EmailPreference.objects.create(user=quiet_follower, enabled=False)
    for user in (follower, quiet_follower, member):
        Follow.objects.create(user=user, page=question)

    with django_capture_on_commit_callbacks(execute=True):
        answer = post_answer(question, member, "Un avis de taxe foncière suffit.")
        notify_new_answer(answer, question)

    assert recipients() == sorted([asker.email, follower.email])
    assert message_to(asker).subject != message_to(follower).subject
    for absent in (member, expert, outsider, pending_member, quiet_follower):
        assert absent.email not in recipients()


@pytest.mark.django_db
def test_new_answer_content_and_links(django_capture_on_commit_callbacks, question, asker, member):
    Follow.objects.create(user=member, page=question)
    follower = member_of(question.community)
    Follow.objects.create(user=follower, page=question)

    with django_capture_on_commit_callbacks(execute=True):
        answer = post_answer(question, member, "Voir l'article 1407 bis du CGI.")
        notify_new_answer(answer, question)

    answer_url = f"{question.get_full_url()}#reponse-{answer.pk}"
    assert answer_url.startswith("http://")
    for user in (asker, follower):
        message = message_to(user)
        assert question.title in message.subject
        for part in (message.body, html_part(message)):
            assert "Bonjour," in part
            assert answer_url in part
            assert "Bruno Répondant" in part
            assert unsubscribe_url(message) in part
    assert "Voir l'article 1407 bis du CGI." in message_to(asker).body
    assert "Voir l&#x27;article 1407 bis du CGI." in html_part(message_to(asker))

    # The asker's link turns every e-mail off; a follower's link unfollows this thread.
    assert read_token(token_of(message_to(asker))).page is None
    assert read_token(token_of(message_to(follower))).page.pk == question.pk


@pytest.mark.django_db
def test_answer_script_escaped_in_html(django_capture_on_commit_callbacks, question, asker, member):
    script = '<script>alert("x")</script><a href="javascript:alert(1)">clic</a>'

    with django_capture_on_commit_callbacks(execute=True):
        answer = post_answer(question, member, script)
        notify_new_answer(answer, question)

    message = message_to(asker)
    html = html_part(message)
    assert "<script>" not in html
    assert '<a href="javascript:' not in html
    assert "&lt;script&gt;" in html


@pytest.mark.django_db
def test_answer_on_reference_page_goes_to_followers(
    django_capture_on_commit_callbacks, instruction, member, expert, outsider
):
    Follow.objects.create(user=expert, page=instruction)
    Follow.objects.create(user=member, page=instruction)

    with django_capture_on_commit_callbacks(execute=True):
        answer = post_answer(instruction, member, "Quelle est la date d'entrée en vigueur ?")
        notify_new_answer(answer, instruction)

    assert recipients() == [expert.email]
    message = message_to(expert)
    assert instruction.title in message.subject
    assert f"{instruction.get_full_url()}#reponse-{answer.pk}" in message.body


@pytest.mark.django_db
def test_hidden_answer_sends_nothing(django_capture_on_commit_callbacks, question, member):
    with django_capture_on_commit_callbacks(execute=True):
        answer = post_answer(question, member, "Message publicitaire")
        notify_new_answer(answer, question)
        hide_answer(answer, question)

    assert mail.outbox == []


@pytest.mark.django_db
def test_new_answer_queries_do_not_grow(
    django_capture_on_commit_callbacks, community, question, member
):
    def count_queries(follower_count):
        for _number in range(follower_count):
            Follow.objects.create(user=member_of(community), page=question)
        answer = post_answer(question, member, "Réponse")
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            notify_new_answer(answer, question)
        with CaptureQueriesContext(connection) as queries:
            for callback in callbacks:
                callback()
        assert len(mail.outbox) == Follow.objects.filter(page=question).count() + 1

        return len(queries)

    count_queries(1)  # The first sending fills the cache of the site's root paths.
    assert count_queries(2) == count_queries(8)


# Reference answer


@pytest.fixture
def answered_question(question, member, expert):
    first = post_answer(question, member, "Un avis de taxe foncière.")
    second = post_answer(question, expert, "L'attestation de la DGFiP fait foi.")
    return question, first, second


@pytest.mark.django_db
def test_reference_marked_by_asker(
    django_capture_on_commit_callbacks, answered_question, asker, member, expert
):
    question, first, second = answered_question

    with django_capture_on_commit_callbacks(execute=True):
        set_reference_answer(question, second)
        notify_reference_answer(question, second, marked_by=asker)

    assert recipients() == sorted([member.email, expert.email])
    author_message = message_to(expert)
    answerer_message = message_to(member)
    assert author_message.subject != answerer_message.subject
    answer_url = f"{question.get_full_url()}#reponse-{second.pk}"
    for message in (author_message, answerer_message):
        assert question.title in message.subject
        assert answer_url in message.body
        assert answer_url in html_part(message)
        assert "Bonjour," in html_part(message)


@pytest.mark.django_db
def test_reference_marked_by_facilitator(
    django_capture_on_commit_callbacks, answered_question, asker, member, expert
):
    question, first, second = answered_question
    facilitator = member_of(question.community, Role.FACILITATOR)
    post_answer(question, facilitator, "Je confirme.")

    with django_capture_on_commit_callbacks(execute=True):
        set_reference_answer(question, first)
        notify_reference_answer(question, first, marked_by=facilitator)

    assert recipients() == sorted([asker.email, member.email, expert.email])
    assert facilitator.email not in recipients()
    assert "Bruno Répondant" in message_to(asker).body


@pytest.mark.django_db
def test_withdrawn_or_changed_reference_sends_nothing(
    django_capture_on_commit_callbacks, answered_question, asker
):
    question, first, second = answered_question

    with django_capture_on_commit_callbacks(execute=True):
        notify_reference_answer(question, None, marked_by=asker)
        set_reference_answer(question, first)
        notify_reference_answer(question, first, marked_by=asker)
        set_reference_answer(question, second)

    assert mail.outbox == []


# Privacy of reserved communities


@pytest.fixture
def reserved_people(reserved_community):
    return {
        "facilitator": member_of(reserved_community, Role.FACILITATOR),
        "expert": member_of(reserved_community, Role.EXPERT),
        "pending_expert": member_of(
            reserved_community, Role.EXPERT, status=MembershipStatus.PENDING
        ),
        "left": member_of(reserved_community),
    }


def assert_no_leak(allowed_users):
    allowed = {user.email for user in allowed_users}
    for message in mail.outbox:
        if message.to[0] in allowed:
            continue
        for part in (message.subject, message.body, html_part(message)):
            assert RESERVED_WORD not in part
            assert "Réseau des animateurs ORT" not in part


@pytest.mark.django_db
def test_reserved_question_to_members_only(
    django_capture_on_commit_callbacks, reserved_community, reserved_question, reserved_people
):
    public_facilitator = member_of(CommunityPageFactory(), Role.FACILITATOR)
    Membership.objects.filter(user=reserved_people["left"]).delete()

    with django_capture_on_commit_callbacks(execute=True):
        notify_new_question(reserved_question)

    expected = [reserved_people["facilitator"], reserved_people["expert"]]
    assert recipients() == sorted(user.email for user in expected)
    assert RESERVED_WORD in message_to(reserved_people["expert"]).subject
    assert public_facilitator.email not in recipients()
    assert_no_leak(expected)


@pytest.mark.django_db
def test_reserved_answer_skips_former_members(
    django_capture_on_commit_callbacks,
    reserved_community,
    reserved_question,
    reserved_people,
    outsider,
):
    left = reserved_people["left"]
    stayed = reserved_people["expert"]
    for user in (left, stayed, outsider):
        Follow.objects.create(user=user, page=reserved_question)
    # Leaving deletes the membership, and a signal takes the user out of the members group.
    Membership.objects.filter(user=left, community=reserved_community).delete()
    answerer = reserved_people["facilitator"]

    with django_capture_on_commit_callbacks(execute=True):
        answer = post_answer(reserved_question, answerer, f"Voir la note {RESERVED_WORD}.")
        notify_new_answer(answer, reserved_question)

    asker = reserved_question.asker
    assert recipients() == sorted([asker.email, stayed.email])
    assert left.email not in recipients()
    assert outsider.email not in recipients()
    assert_no_leak([asker, stayed])


@pytest.mark.django_db
def test_reserved_reference_skips_former_members(
    django_capture_on_commit_callbacks, reserved_community, reserved_question
):
    former = member_of(reserved_community)
    answer = post_answer(reserved_question, former, f"Réponse {RESERVED_WORD}")
    Membership.objects.filter(user=former, community=reserved_community).delete()
    asker = reserved_question.asker
    # update() skips the signal that syncs groups: the asker stays in the members group, so
    # only the check of an active membership keeps the e-mail from them.
    Membership.objects.filter(user=asker, community=reserved_community).update(
        status=MembershipStatus.PENDING
    )

    with django_capture_on_commit_callbacks(execute=True):
        set_reference_answer(reserved_question, answer)
        notify_reference_answer(reserved_question, answer)

    assert mail.outbox == []


@pytest.mark.django_db
def test_superuser_outside_reserved_gets_nothing(
    django_capture_on_commit_callbacks, reserved_question
):
    superuser = UserFactory(is_superuser=True, is_staff=True)
    Follow.objects.create(user=superuser, page=reserved_question)
    answerer = reserved_question.asker

    with django_capture_on_commit_callbacks(execute=True):
        answer = post_answer(reserved_question, answerer, "Complément")
        notify_new_answer(answer, reserved_question)

    assert mail.outbox == []


@pytest.mark.django_db
def test_unpublished_question_sends_nothing(
    django_capture_on_commit_callbacks, question, member, expert
):
    Follow.objects.create(user=expert, page=question)

    with django_capture_on_commit_callbacks(execute=True):
        answer = post_answer(question, member, "Réponse")
        notify_new_answer(answer, question)
        notify_new_question(question)
        question.unpublish()

    assert mail.outbox == []
