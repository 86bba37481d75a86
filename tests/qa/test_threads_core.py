"""The thread services keep a question's status, count, activity and search entry in step."""

import datetime

import pytest
from django.utils import timezone
from django_comments_xtd.models import XtdComment

from qa.models import QuestionPage, QuestionStatus
from qa.threads import (
    ThreadTooDeep,
    hide_answer,
    post_answer,
    remove_answer,
    restore_answer,
    set_reference_answer,
    visible_answers,
)

pytestmark = pytest.mark.django_db


def reload(question):
    return QuestionPage.objects.get(pk=question.pk)


def test_new_question_is_unanswered(question):
    assert question.status == QuestionStatus.UNANSWERED
    assert question.answer_count == 0


def test_answer_makes_question_answered(question, member):
    post_answer(question, member, "Un avis d'imposition suffit.")

    question = reload(question)
    assert question.status == QuestionStatus.ANSWERED
    assert question.answer_count == 1


def test_reply_nests_under_its_parent(question, member, expert):
    answer = post_answer(question, member, "Un avis d'imposition suffit.")
    reply = post_answer(question, expert, "Et la taxe sur les logements vacants ?", parent=answer)

    assert (reply.thread_id, reply.parent_id, reply.level) == (answer.pk, answer.pk, 1)
    assert reload(question).answer_count == 2


def test_too_deep_reply_saves_nothing(question, member):
    parent = None
    for _depth in range(3):
        parent = post_answer(question, member, "Niveau suivant.", parent=parent)
    count = XtdComment.objects.count()

    with pytest.raises(ThreadTooDeep):
        post_answer(question, member, "Trop profond.", parent=parent)

    assert XtdComment.objects.count() == count


def test_removed_answer_keeps_its_replies(question, member, expert):
    answer = post_answer(question, member, "Première réponse.")
    reply = post_answer(question, expert, "Précision.", parent=answer)

    remove_answer(answer, question)

    assert list(visible_answers(question)) == [reply]
    assert reload(question).answer_count == 1


def test_hidden_answer_uncounted_until_restored(question, member):
    answer = post_answer(question, member, "Réponse discutable.")

    hide_answer(answer, question)
    assert reload(question).status == QuestionStatus.UNANSWERED

    restore_answer(answer, question)
    assert reload(question).answer_count == 1


def test_reference_answer_resolves_question(question, member):
    answer = post_answer(question, member, "La réponse.")

    set_reference_answer(question, answer)

    question = reload(question)
    assert question.status == QuestionStatus.RESOLVED
    assert question.reference_answer_id == answer.pk


def test_withdrawn_reference_leaves_answered(question, member):
    answer = post_answer(question, member, "La réponse.")
    set_reference_answer(question, answer)

    set_reference_answer(question, None)

    assert reload(question).status == QuestionStatus.ANSWERED


def test_removed_reference_is_cleared(question, member):
    answer = post_answer(question, member, "La réponse.")
    set_reference_answer(question, answer)

    remove_answer(answer, question)

    question = reload(question)
    assert question.reference_answer_id is None
    assert question.status == QuestionStatus.UNANSWERED


def test_restored_reference_answer_returns(question, member):
    answer = post_answer(question, member, "La réponse.")
    set_reference_answer(question, answer)

    hide_answer(answer, question)
    hidden_status = reload(question).status
    restore_answer(answer, question)

    assert hidden_status == QuestionStatus.UNANSWERED
    question = reload(question)
    assert question.status == QuestionStatus.RESOLVED
    assert question.reference_answer_id == answer.pk


def test_last_activity_follows_latest_answer(question, member):
    answer = post_answer(question, member, "Réponse.")
    later = timezone.now() + datetime.timedelta(hours=2)
    XtdComment.objects.filter(pk=answer.pk).update(submit_date=later)

    post_answer(question, member, "Autre réponse.")

    assert reload(question).last_activity_at >= later


def test_search_text_puts_reference_answer_first(question, member, expert):
    post_answer(question, member, "Réponse ordinaire.")
    reference = post_answer(question, expert, "Réponse de l'experte.")
    set_reference_answer(question, reference)

    assert reload(question).answers_text().startswith("Réponse de l'experte.")


def test_search_finds_answer_words(question, member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post_answer(question, member, "Demandez la attestation cadastrale trentenaire.")

    results = QuestionPage.objects.live().search("trentenaire")

    assert [page.pk for page in results] == [question.pk]


def test_page_deletion_deletes_answers(question, instruction, member):
    post_answer(question, member, "Réponse.")
    kept = post_answer(instruction, member, "Commentaire.")

    question.delete()

    assert list(XtdComment.objects.all()) == [kept]


def test_old_revision_keeps_thread_state(question, member):
    revision = question.save_revision()
    answer = post_answer(question, member, "La réponse.")
    set_reference_answer(question, answer)

    revision.publish()

    question = reload(question)
    assert question.status == QuestionStatus.RESOLVED
    assert question.answer_count == 1
    assert question.reference_answer_id == answer.pk


def test_copied_question_starts_unanswered(question, member):
    answer = post_answer(question, member, "La réponse.")
    set_reference_answer(question, answer)

    copy = reload(question).copy(update_attrs={"title": "Copie", "slug": "copie"})

    assert copy.status == QuestionStatus.UNANSWERED
    assert copy.answer_count == 0
    assert copy.reference_answer_id is None
