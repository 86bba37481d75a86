"""Changing a thread: editing and deleting one's answer, reference answer, votes, following."""

import re

import pytest
from django.urls import reverse
from django_comments.models import CommentFlag
from django_comments_xtd.models import LIKEDIT_FLAG, XtdComment

from community.models import Role
from qa.models import AnswerEdit, Follow, QuestionStatus
from qa.threads import hide_answer, post_answer, remove_answer, set_reference_answer

from .conftest import member_of
from .test_thread_display import answer_ids, heading_of, placeholder_ids, render_thread

pytestmark = pytest.mark.django_db


def answer_url(name, answer):
    return reverse(f"qa:{name}", kwargs={"answer_id": answer.pk})


def reload(answer):
    return XtdComment.objects.get(pk=answer.pk)


@pytest.fixture
def answer(question, member):
    return post_answer(question, member, "Texte d'origine")


# Editing


def test_author_sees_edit_form(client, answer, member):
    client.force_login(member)
    response = client.get(answer_url("edit-answer", answer))
    assert response.status_code == 200
    assert "Texte d&#x27;origine" in response.content.decode()


def test_author_edits(client, question, answer, member):
    client.force_login(member)

    response = client.post(answer_url("edit-answer", answer), {"text": "Texte corrigé"})

    assert response.status_code == 302
    assert response["Location"] == f"{question.url}#reponse-{answer.pk}"
    assert reload(answer).comment == "Texte corrigé"
    assert AnswerEdit.objects.filter(answer=answer).exists()


def test_edit_with_empty_text_refused(client, answer, member):
    client.force_login(member)
    response = client.post(answer_url("edit-answer", answer), {"text": " "})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert reload(answer).comment == "Texte d'origine"


@pytest.mark.parametrize("text", ["\u200b\u200b", "\u200b \u2060\n\ufeff"])
def test_edit_with_invisible_text_refused(client, answer, member, text):
    client.force_login(member)

    response = client.post(answer_url("edit-answer", answer), {"text": text})

    assert response.status_code == 200
    assert response.context["form"].errors["text"] == ["Rédigez votre réponse avant de l'envoyer."]
    assert response.context["form"]["text"].value() == text
    assert reload(answer).comment == "Texte d'origine"


def test_edit_with_nul_refused(client, answer, member):
    client.force_login(member)

    response = client.post(answer_url("edit-answer", answer), {"text": "Texte\x00corrigé"})

    assert response.status_code == 200
    assert response.context["form"].errors["text"] == ["Le caractère nul n’est pas autorisé."]
    assert reload(answer).comment == "Texte d'origine"


def test_unfollow_with_nul_in_next_address(client, question, member):
    Follow.objects.create(user=member, page_id=question.pk)
    client.force_login(member)

    response = client.post(follow_url(question), {"next": "/\x00"})

    assert response.status_code == 302
    assert "\x00" not in response["Location"]
    assert not Follow.objects.filter(user=member, page_id=question.pk).exists()


@pytest.mark.parametrize("person", ["expert", "community_facilitator", "outsider", "asker"])
def test_others_cannot_edit(client, answer, person, request):
    client.force_login(request.getfixturevalue(person))

    get = client.get(answer_url("edit-answer", answer))
    post = client.post(answer_url("edit-answer", answer), {"text": "Piraté"})

    assert get.status_code == 403
    assert post.status_code == 403
    assert reload(answer).comment == "Texte d'origine"


def test_visitor_edit_sent_to_login(client, answer):
    response = client.get(answer_url("edit-answer", answer))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account:login"))


def test_former_member_cannot_edit(client, answer, member):
    member.memberships.update(status="pending")
    client.force_login(member)
    assert client.get(answer_url("edit-answer", answer)).status_code == 403


def test_removed_answer_not_found(client, question, answer, member):
    remove_answer(answer, question)
    client.force_login(member)
    assert client.get(answer_url("edit-answer", answer)).status_code == 404
    assert client.get(answer_url("delete-answer", answer)).status_code == 404


def test_missing_answer_not_found(client, member):
    client.force_login(member)
    missing = XtdComment(pk=987654)
    for name in ("edit-answer", "delete-answer"):
        assert client.get(answer_url(name, missing)).status_code == 404
    for name in ("vote", "mark-reference"):
        assert client.post(answer_url(name, missing)).status_code == 404


def test_reserved_answer_not_found_for_outsider(client, reserved_question, outsider):
    answer = XtdComment.objects.get(object_pk=str(reserved_question.pk))
    client.force_login(outsider)
    for name in ("edit-answer", "delete-answer"):
        response = client.get(answer_url(name, answer))
        assert response.status_code == 404
        assert "Castelbrune" not in response.content.decode()
    for name in ("vote", "mark-reference"):
        assert client.post(answer_url(name, answer)).status_code == 404


# Deleting


def test_delete_confirmation_page(client, answer, member):
    client.force_login(member)
    response = client.get(answer_url("delete-answer", answer))
    assert response.status_code == 200
    assert reload(answer).is_removed is False


def test_author_deletes_answer_with_replies(client, question, answer, member, expert):
    reply = post_answer(question, expert, "Réponse qui reste", parent=answer)
    client.force_login(member)

    response = client.post(answer_url("delete-answer", answer))

    assert response.status_code == 302
    assert reload(answer).is_removed
    assert not reload(reply).is_removed
    assert reload(reply).is_public
    html = render_thread(question, member)
    assert placeholder_ids(html) == [answer.pk]
    assert answer_ids(html) == [reply.pk]
    assert heading_of(html).startswith("1 ")
    question.refresh_from_db()
    assert question.answer_count == 1


def test_author_deletes_answer_without_replies(client, question, answer, member):
    client.force_login(member)

    client.post(answer_url("delete-answer", answer))

    html = render_thread(question, member)
    assert placeholder_ids(html) == []
    assert heading_of(html).startswith("0 ")
    question.refresh_from_db()
    assert question.status == QuestionStatus.UNANSWERED


@pytest.mark.parametrize("person", ["expert", "community_facilitator", "asker"])
def test_others_cannot_delete(client, answer, person, request):
    client.force_login(request.getfixturevalue(person))
    assert client.post(answer_url("delete-answer", answer)).status_code == 403
    assert not reload(answer).is_removed


def test_deleting_reference_answer_clears_it(client, question, answer, member):
    set_reference_answer(question, answer)
    client.force_login(member)

    client.post(answer_url("delete-answer", answer))

    question.refresh_from_db()
    assert question.reference_answer_id is None
    assert question.status == QuestionStatus.UNANSWERED


# Reference answer


@pytest.mark.parametrize("person", ["asker", "community_facilitator"])
def test_asker_or_facilitator_marks(client, question, answer, person, request):
    client.force_login(request.getfixturevalue(person))

    response = client.post(answer_url("mark-reference", answer))

    assert response.status_code == 302
    assert response["Location"] == f"{question.url}#reponse-{answer.pk}"
    question.refresh_from_db()
    assert question.reference_answer_id == answer.pk
    assert question.status == QuestionStatus.RESOLVED


@pytest.mark.parametrize("person", ["member", "expert", "outsider", "pending_member"])
def test_others_cannot_mark(client, question, answer, person, request):
    client.force_login(request.getfixturevalue(person))

    response = client.post(answer_url("mark-reference", answer))

    assert response.status_code == 403
    question.refresh_from_db()
    assert question.reference_answer_id is None


def test_facilitator_of_other_community_cannot_mark(client, question, answer, facilitator):
    client.force_login(facilitator)
    assert client.post(answer_url("mark-reference", answer)).status_code == 403


def test_former_asker_cannot_mark(client, question, answer, asker):
    asker.memberships.update(status="pending")
    client.force_login(asker)
    assert client.post(answer_url("mark-reference", answer)).status_code == 403


def test_visitor_mark_sent_to_login(client, question, answer):
    response = client.post(answer_url("mark-reference", answer))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account:login"))


def test_mark_get_not_allowed(client, answer, asker):
    client.force_login(asker)
    assert client.get(answer_url("mark-reference", answer)).status_code == 405


def test_reference_changes(client, question, answer, asker, expert):
    better = post_answer(question, expert, "Meilleure réponse")
    client.force_login(asker)
    client.post(answer_url("mark-reference", answer))

    client.post(answer_url("mark-reference", better))

    question.refresh_from_db()
    assert question.reference_answer_id == better.pk
    html = render_thread(question, asker)
    assert html.count("rdt-answer--reference") == 1
    assert f'<article id="reponse-{better.pk}" class="rdt-answer rdt-answer--reference">' in html


def test_reference_withdrawn(client, question, answer, asker):
    set_reference_answer(question, answer)
    client.force_login(asker)

    response = client.post(reverse("qa:withdraw-reference", kwargs={"page_id": question.pk}))

    assert response.status_code == 302
    question.refresh_from_db()
    assert question.reference_answer_id is None
    assert question.status == QuestionStatus.ANSWERED
    assert "rdt-reference" not in render_thread(question, asker)


@pytest.mark.parametrize("person", ["member", "expert", "outsider"])
def test_others_cannot_withdraw(client, question, answer, person, request):
    set_reference_answer(question, answer)
    client.force_login(request.getfixturevalue(person))

    response = client.post(reverse("qa:withdraw-reference", kwargs={"page_id": question.pk}))

    assert response.status_code == 403
    question.refresh_from_db()
    assert question.reference_answer_id == answer.pk


def test_withdraw_on_instruction_not_found(client, instruction, community_facilitator):
    client.force_login(community_facilitator)
    response = client.post(reverse("qa:withdraw-reference", kwargs={"page_id": instruction.pk}))
    assert response.status_code == 404


@pytest.mark.parametrize("state", ["removed", "hidden"])
def test_invisible_answer_cannot_be_marked(client, question, answer, asker, expert, state):
    post_answer(question, expert, "Réponse", parent=answer)
    (remove_answer if state == "removed" else hide_answer)(answer, question)
    client.force_login(asker)

    response = client.post(answer_url("mark-reference", answer))

    assert response.status_code == 404
    question.refresh_from_db()
    assert question.reference_answer_id is None


def test_instruction_comment_cannot_be_marked(client, instruction, member, community_facilitator):
    comment = post_answer(instruction, member, "Commentaire")
    client.force_login(community_facilitator)
    assert client.post(answer_url("mark-reference", comment)).status_code == 404


def test_marking_emails_the_answerer_not_the_asker(
    client, question, answer, asker, member, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(asker)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(answer_url("mark-reference", answer))
        client.post(answer_url("mark-reference", answer))

    assert [message.to for message in mailoutbox] == [[member.email]]


# Useful votes


def votes_on(answer):
    return CommentFlag.objects.filter(comment_id=answer.pk, flag=LIKEDIT_FLAG)


@pytest.mark.parametrize("person", ["asker", "expert", "community_facilitator"])
def test_member_votes(client, answer, person, request):
    client.force_login(request.getfixturevalue(person))

    response = client.post(answer_url("vote", answer))

    assert response.status_code == 302
    assert votes_on(answer).count() == 1


def test_vote_toggles(client, answer, asker):
    client.force_login(asker)

    client.post(answer_url("vote", answer))
    client.post(answer_url("vote", answer))

    assert votes_on(answer).count() == 0


def test_one_vote_per_member(client, question, answer, asker, expert):
    for voter in (asker, expert):
        client.force_login(voter)
        client.post(answer_url("vote", answer))

    assert votes_on(answer).count() == 2
    assert votes_on(answer).filter(user=asker).count() == 1
    assert re.search(r'rdt-answer__votes">\s*2 ', render_thread(question, asker))


def test_own_answer_vote_refused(client, answer, member):
    client.force_login(member)
    assert client.post(answer_url("vote", answer)).status_code == 403
    assert votes_on(answer).count() == 0


@pytest.mark.parametrize("person", ["outsider", "pending_member"])
def test_non_member_vote_refused(client, answer, person, request):
    client.force_login(request.getfixturevalue(person))
    assert client.post(answer_url("vote", answer)).status_code == 403
    assert votes_on(answer).count() == 0


def test_visitor_vote_sent_to_login(client, answer):
    response = client.post(answer_url("vote", answer))
    assert response.status_code == 302
    assert votes_on(answer).count() == 0


def test_vote_get_not_allowed(client, answer, asker):
    client.force_login(asker)
    assert client.get(answer_url("vote", answer)).status_code == 405


def test_vote_on_instruction_comment(client, instruction, member, expert):
    comment = post_answer(instruction, member, "Commentaire")
    client.force_login(expert)
    client.post(answer_url("vote", comment))
    assert votes_on(comment).count() == 1


# Following


def follow_url(page):
    return reverse("qa:follow", kwargs={"page_id": page.pk})


def test_member_follows_and_unfollows(client, question, member):
    client.force_login(member)

    client.post(follow_url(question))
    following = Follow.objects.filter(user=member, page_id=question.pk).exists()
    client.post(follow_url(question))

    assert following
    assert not Follow.objects.filter(user=member, page_id=question.pk).exists()


def test_follow_button_reflects_state(client, question, member):
    client.force_login(member)
    before = render_thread(question, member)
    client.post(follow_url(question))
    after = render_thread(question, member)
    assert "notification-3-line" in before
    assert "notification-3-fill" in after


@pytest.mark.parametrize("person", ["outsider", "pending_member"])
def test_non_member_cannot_follow(client, question, person, request):
    client.force_login(request.getfixturevalue(person))
    assert client.post(follow_url(question)).status_code == 403
    assert not Follow.objects.exists()


def test_reserved_follow_not_found(client, reserved_question, outsider):
    client.force_login(outsider)
    assert client.post(follow_url(reserved_question)).status_code == 404


def test_follow_get_not_allowed(client, question, member):
    client.force_login(member)
    assert client.get(follow_url(question)).status_code == 405


def test_expert_of_reserved_community_follows(client, reserved_question, reserved_community):
    expert = member_of(reserved_community, Role.EXPERT)
    client.force_login(expert)
    assert client.post(follow_url(reserved_question)).status_code == 302
    assert Follow.objects.filter(user=expert).exists()


def test_former_member_can_still_unfollow(client, question, member):
    Follow.objects.create(user=member, page_id=question.pk)
    member.memberships.all().delete()
    client.force_login(member)

    response = client.post(follow_url(question))

    assert response.status_code == 302
    assert not Follow.objects.filter(user=member).exists()


def test_unfollow_returns_to_a_safe_next_address(client, question, member):
    Follow.objects.create(user=member, page_id=question.pk)
    client.force_login(member)

    response = client.post(follow_url(question), {"next": "/comptes/mon-compte/"})

    assert response.url == "/comptes/mon-compte/"


def test_unfollow_ignores_a_next_address_on_another_host(client, question, member):
    Follow.objects.create(user=member, page_id=question.pk)
    client.force_login(member)

    response = client.post(follow_url(question), {"next": "https://example.com/"})

    assert response.url.startswith(question.url)
