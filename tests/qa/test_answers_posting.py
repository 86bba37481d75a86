"""Posting answers and replies: who may post, CSRF, depth limit, validation and rate limit."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.html import escape
from django_comments_xtd.models import XtdComment

from community.models import MembershipStatus, Role
from qa.forms.answers import MAX_ANSWER_LENGTH, PARENT_MISSING_MESSAGE
from qa.models import Follow, QuestionPage, QuestionStatus
from qa.threads import post_answer
from qa.views.answers import MAX_ANSWERS_PER_PERIOD

from .conftest import member_of

pytestmark = pytest.mark.django_db

TEXT = "Une attestation de la taxe sur les logements vacants suffit."


def post_url(page):
    return reverse("qa:post-answer", kwargs={"page_id": page.pk})


def answers_on(page):
    return XtdComment.objects.filter(object_pk=str(page.pk))


def send(client, page, text=TEXT, **data):
    return client.post(post_url(page), {"text": text, **data})


# Who may post


@pytest.mark.parametrize("person", ["member", "expert", "community_facilitator", "asker"])
def test_active_members_post(client, question, person, request):
    user = request.getfixturevalue(person)
    client.force_login(user)

    response = send(client, question)

    answer = answers_on(question).get()
    assert response.status_code == 302
    assert response["Location"] == f"{question.url}#reponse-{answer.pk}"
    assert answer.user == user
    assert answer.comment == TEXT
    assert answer.is_public


def test_post_updates_question(client, question, member):
    client.force_login(member)
    send(client, question)

    question.refresh_from_db()
    assert question.answer_count == 1
    assert question.status == QuestionStatus.ANSWERED


def test_post_follows_page(client, question, member):
    client.force_login(member)
    send(client, question)
    send(client, question, text="Et une seconde précision.")

    assert Follow.objects.filter(user=member, page_id=question.pk).count() == 1


def test_post_calls_notification(client, question, member, monkeypatch):
    calls = []
    monkeypatch.setattr("qa.notifications.notify_new_answer", lambda *args: calls.append(args))
    client.force_login(member)

    send(client, question)

    answer = answers_on(question).get()
    assert len(calls) == 1
    assert calls[0][0] == answer
    assert calls[0][1].pk == question.pk


def test_post_shows_success_message(client, question, member):
    client.force_login(member)
    response = send(client, question)
    response = client.get(response["Location"])
    messages = [str(message) for message in response.context["messages"]]
    assert len(messages) == 1


def test_visitor_sent_to_login(client, question):
    response = send(client, question)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account:login"))
    assert "repondre" not in response["Location"]
    assert not answers_on(question).exists()


def test_outsider_refused(client, question, outsider):
    client.force_login(outsider)
    response = send(client, question)

    assert response.status_code == 403
    assert not answers_on(question).exists()


def test_pending_member_refused(client, question, pending_member):
    client.force_login(pending_member)
    response = send(client, question)

    assert response.status_code == 403
    assert not answers_on(question).exists()


def test_member_of_other_community_refused(client, question, reserved_community):
    other = member_of(reserved_community)
    client.force_login(other)

    response = send(client, question)

    assert response.status_code == 403
    assert not answers_on(question).exists()


def test_former_member_refused(client, question, member):
    member.memberships.update(status=MembershipStatus.PENDING)
    client.force_login(member)

    response = send(client, question)

    assert response.status_code == 403


@pytest.mark.parametrize("person", ["anonymous", "outsider", "member"])
def test_reserved_question_hidden_from_non_members(client, reserved_question, person, request):
    if person != "anonymous":
        client.force_login(request.getfixturevalue(person))
    before = answers_on(reserved_question).count()

    response = send(client, reserved_question)

    assert response.status_code == 404
    assert "Castelbrune" not in response.content.decode()
    assert answers_on(reserved_question).count() == before


def test_reserved_question_member_posts(client, reserved_question, reserved_community):
    client.force_login(member_of(reserved_community, Role.EXPERT))
    response = send(client, reserved_question)
    assert response.status_code == 302
    assert answers_on(reserved_question).count() == 2


def test_missing_page_not_found(client, member):
    client.force_login(member)
    assert send(client, QuestionPage(pk=987654)).status_code == 404


def test_non_commentable_page_not_found(client, community, member):
    client.force_login(member)
    assert send(client, community).status_code == 404


def test_draft_page_not_found(client, question, member):
    question.unpublish()
    client.force_login(member)
    assert send(client, question).status_code == 404


def test_get_not_allowed(client, question, member):
    client.force_login(member)
    assert client.get(post_url(question)).status_code == 405


def test_missing_csrf_token_refused(question, member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)

    response = send(client, question)

    assert response.status_code == 403
    assert not answers_on(question).exists()


def test_csrf_token_from_thread_accepted(question, member):
    """The token in the form that the thread renders lets the member post."""
    from .test_thread_display import render_thread

    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    client.get("/")  # Sets the CSRF cookie.
    token = client.cookies["csrftoken"].value

    response = client.post(post_url(question), {"text": TEXT, "csrfmiddlewaretoken": token})

    assert response.status_code == 302
    assert 'name="csrfmiddlewaretoken"' in render_thread(question, member)


# Replies and depth


def test_reply_nested_under_parent(client, question, asker, member):
    first = post_answer(question, asker, "Première réponse")
    client.force_login(member)

    send(client, question, parent=first.pk)

    reply = answers_on(question).exclude(pk=first.pk).get()
    assert reply.parent_id == first.pk
    assert reply.level == 1


def test_reply_at_max_depth_refused(client, question, asker, member):
    level0 = post_answer(question, asker, "Niveau 0")
    level1 = post_answer(question, member, "Niveau 1", parent=level0)
    level2 = post_answer(question, asker, "Niveau 2", parent=level1)
    assert level2.level == 2
    client.force_login(member)

    response = send(client, question, text="Texte gardé malgré le refus", parent=level2.pk)

    assert response.status_code == 400
    assert answers_on(question).count() == 3
    assert "Texte gardé malgré le refus" in response.content.decode()
    assert response.context["general_errors"]


def test_reply_to_answer_of_other_page_refused(client, question, instruction, asker, member):
    elsewhere = post_answer(instruction, asker, "Sur l'instruction")
    client.force_login(member)

    response = send(client, question, text="Texte gardé", parent=elsewhere.pk)

    assert response.status_code == 400
    assert "Texte gardé" in response.content.decode()
    assert not answers_on(question).exists()


@pytest.mark.parametrize("state", [{"is_removed": True}, {"is_public": False}])
def test_reply_to_removed_or_hidden_refused(client, question, asker, member, state):
    parent = post_answer(question, asker, "Réponse")
    XtdComment.objects.filter(pk=parent.pk).update(**state)
    client.force_login(member)

    response = send(client, question, parent=parent.pk)

    assert response.status_code == 400
    assert answers_on(question).count() == 1


@pytest.mark.parametrize("parent", ["abc", "-3", "999999"])
def test_reply_to_bogus_parent_refused(client, question, member, parent):
    client.force_login(member)
    response = send(client, question, parent=parent)
    assert response.status_code == 400
    assert not answers_on(question).exists()


# Text validation


def test_empty_text_refused(client, question, member):
    client.force_login(member)
    response = send(client, question, text="   \n  ")

    assert response.status_code == 200
    assert not answers_on(question).exists()
    assert response.context["text_errors"]
    assert "fr-error-text" in response.content.decode()


INVISIBLE_TEXTS = ["\u200b\u200b", "\u200b \u2060\n\ufeff", "\u00a0\u200d"]


@pytest.mark.parametrize("text", INVISIBLE_TEXTS)
def test_invisible_text_refused_and_kept(client, question, member, text):
    client.force_login(member)

    response = send(client, question, text=text)

    assert response.status_code == 200
    assert not answers_on(question).exists()
    assert response.context["text_errors"] == ["Rédigez votre réponse avant de l'envoyer."]
    assert response.context["text"] == text


def test_invisible_edges_stripped(client, question, member):
    client.force_login(member)

    send(client, question, text="\u200b\ufeffBonjour\u200b tout le monde\u2060 ")

    assert answers_on(question).get().comment == "Bonjour\u200b tout le monde"


# PostgreSQL rejects NUL in text columns, so the form must refuse it before any query.
NUL_MESSAGE = "Le caractère nul n’est pas autorisé."


def test_nul_in_text_refused_and_kept(client, question, member):
    client.force_login(member)

    response = send(client, question, text="Bon\x00jour")

    assert response.status_code == 200
    assert not answers_on(question).exists()
    assert response.context["text_errors"] == [NUL_MESSAGE]
    assert response.context["text"] == "Bon\x00jour"


@pytest.mark.parametrize("parent", ["\x00", "1\x00", "\x001"])
def test_nul_in_parent_refused(client, question, member, parent):
    client.force_login(member)

    response = send(client, question, text="Texte gardé", parent=parent)

    assert response.status_code == 400
    assert not answers_on(question).exists()
    assert response.context["general_errors"]
    assert "Texte gardé" in response.content.decode()


def test_too_long_text_refused_and_kept(client, question, member):
    text = "x" * (MAX_ANSWER_LENGTH + 1)
    client.force_login(member)

    response = send(client, question, text=text)

    assert response.status_code == 200
    assert not answers_on(question).exists()
    assert text in response.content.decode()
    assert response.context["text_errors"]


def test_longest_text_accepted(client, question, member):
    client.force_login(member)
    response = send(client, question, text="é" * MAX_ANSWER_LENGTH)
    assert response.status_code == 302


def test_refused_page_names_page(client, question, member):
    client.force_login(member)
    response = send(client, question, text="")
    assert escape(question.title) in response.content.decode()


# Rate limit


def test_rate_limit(client, question, member):
    for number in range(MAX_ANSWERS_PER_PERIOD):
        post_answer(question, member, f"Réponse {number}")
    client.force_login(member)

    response = send(client, question, text="La réponse de trop")

    assert response.status_code == 429
    assert answers_on(question).count() == MAX_ANSWERS_PER_PERIOD
    assert "La réponse de trop" in response.content.decode()


def test_rate_limit_is_per_user(client, question, member, expert):
    for number in range(MAX_ANSWERS_PER_PERIOD):
        post_answer(question, member, f"Réponse {number}")
    client.force_login(expert)

    assert send(client, question).status_code == 302


def test_rate_limit_ends_after_period(client, question, member):
    import datetime

    from django.utils import timezone

    for number in range(MAX_ANSWERS_PER_PERIOD):
        post_answer(question, member, f"Réponse {number}")
    answers_on(question).update(submit_date=timezone.now() - datetime.timedelta(minutes=11))
    client.force_login(member)

    assert send(client, question).status_code == 302


# Reference pages take the same answers


def test_instruction_member_posts(client, instruction, member):
    client.force_login(member)

    response = send(client, instruction, text="Cette instruction s'applique-t-elle aux OPAH ?")

    answer = answers_on(instruction).get()
    assert response["Location"] == f"{instruction.url}#reponse-{answer.pk}"
    assert Follow.objects.filter(user=member, page_id=instruction.pk).exists()


@pytest.mark.parametrize("person", ["outsider", "pending_member"])
def test_instruction_non_member_refused(client, instruction, person, request):
    client.force_login(request.getfixturevalue(person))
    assert send(client, instruction).status_code == 403
    assert not answers_on(instruction).exists()


def test_instruction_depth_limit(client, instruction, member, expert):
    level0 = post_answer(instruction, member, "Question")
    level1 = post_answer(instruction, expert, "Réponse", parent=level0)
    level2 = post_answer(instruction, member, "Merci", parent=level1)
    client.force_login(expert)

    response = send(client, instruction, parent=level2.pk)

    assert response.status_code == 400
    assert answers_on(instruction).count() == 3


def test_bogus_parent_message_explains(client, question, member):
    client.force_login(member)
    response = send(client, question, text="Texte gardé", parent="abc")
    assert response.context["general_errors"] == [str(PARENT_MISSING_MESSAGE)]
    assert "Texte gardé" in response.content.decode()


@pytest.mark.parametrize("parent", ["99999999999999999999", str(2**63)])
def test_reply_to_out_of_range_parent_refused(client, question, member, parent):
    client.force_login(member)

    response = send(client, question, text="Texte gardé", parent=parent)

    assert response.status_code == 400
    assert not answers_on(question).exists()
    assert response.context["general_errors"] == [str(PARENT_MISSING_MESSAGE)]
    assert "Texte gardé" in response.content.decode()


def test_reply_parent_in_non_ascii_digits_refused(client, question, asker, member):
    first = post_answer(question, asker, "Réponse")
    arabic_indic_digits = str(first.pk).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    client.force_login(member)

    response = send(client, question, text="Texte gardé", parent=arabic_indic_digits)

    assert response.status_code == 400
    assert answers_on(question).count() == 1
