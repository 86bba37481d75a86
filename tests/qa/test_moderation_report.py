"""Members report an answer to the facilitators, once each, from the site."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils.translation import gettext

from qa.models import AnswerReport, ReportReason, ReportStatus
from qa.threads import hide_answer, post_answer, remove_answer

from .conftest import member_of

pytestmark = pytest.mark.django_db


def report_url(answer):
    return reverse("qa:report", args=[answer.pk])


@pytest.fixture
def answer(question, expert):
    return post_answer(
        question, expert, "Un avis de taxe foncière suffit, voir https://example.org"
    )


def message_texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_member_sees_report_form(client, member, answer):
    client.force_login(member)

    response = client.get(report_url(answer))

    assert response.status_code == 200
    content = response.content.decode()
    assert 'name="reason"' in content
    assert 'type="radio"' in content
    assert 'name="explanation"' in content
    assert "Un avis de taxe foncière suffit" in content


def test_member_reports_answer(client, member, answer, question):
    client.force_login(member)

    response = client.post(
        report_url(answer), {"reason": ReportReason.WRONG, "explanation": "Le texte a changé."}
    )

    assert response.status_code == 302
    assert response["Location"].endswith(f"{question.url}#reponse-{answer.pk}")
    report = AnswerReport.objects.get()
    assert report.answer_id == answer.pk
    assert report.reporter == member
    assert report.reason == ReportReason.WRONG
    assert report.explanation == "Le texte a changé."
    assert report.status == ReportStatus.OPEN
    expected = gettext("Thank you. The facilitators of the community will review this answer.")
    assert message_texts(response) == [expected]


def test_second_report_by_same_member_is_refused(client, member, answer):
    client.force_login(member)
    client.post(report_url(answer), {"reason": ReportReason.SPAM})

    response = client.post(report_url(answer), {"reason": ReportReason.ABUSE})

    assert response.status_code == 302
    assert AnswerReport.objects.count() == 1
    assert AnswerReport.objects.get().reason == ReportReason.SPAM
    expected = gettext(
        "You have already reported this answer. The facilitators of the community will review it."
    )
    assert message_texts(response)[-1] == expected


def test_second_report_form_is_not_shown(client, member, answer):
    AnswerReport.objects.create(answer=answer, reporter=member, reason=ReportReason.SPAM)
    client.force_login(member)

    response = client.get(report_url(answer))

    assert response.status_code == 302


def test_other_members_report_same_answer(client, member, asker, answer):
    for reporter in (member, asker):
        client.force_login(reporter)
        client.post(report_url(answer), {"reason": ReportReason.OFF_TOPIC})

    assert AnswerReport.objects.filter(answer=answer).count() == 2


def test_missing_reason_keeps_explanation(client, member, answer):
    client.force_login(member)

    response = client.post(report_url(answer), {"explanation": "Propos déplacés envers un agent."})

    assert response.status_code == 400
    assert "Propos déplacés envers un agent." in response.content.decode()
    assert response.context["form"].errors["reason"]
    assert not AnswerReport.objects.exists()


def test_unknown_reason_is_invalid(client, member, answer):
    client.force_login(member)

    response = client.post(report_url(answer), {"reason": "<script>"})

    assert response.status_code == 400
    assert "<script>" not in response.content.decode()
    assert not AnswerReport.objects.exists()


def test_too_long_explanation_is_invalid(client, member, answer):
    client.force_login(member)

    response = client.post(report_url(answer), {"reason": "other", "explanation": "x" * 1001})

    assert response.status_code == 400
    assert response.context["form"].errors["explanation"]
    assert not AnswerReport.objects.exists()


def test_author_cannot_report_own_answer(client, expert, answer):
    client.force_login(expert)

    assert client.get(report_url(answer)).status_code == 403
    assert client.post(report_url(answer), {"reason": "spam"}).status_code == 403
    assert not AnswerReport.objects.exists()


@pytest.mark.parametrize("person", ["pending_member", "outsider"])
def test_non_member_cannot_report(client, request, person, answer):
    client.force_login(request.getfixturevalue(person))

    response = client.post(report_url(answer), {"reason": "spam"})

    assert response.status_code == 403
    assert not AnswerReport.objects.exists()


def test_visitor_is_sent_to_login(client, answer):
    response = client.post(report_url(answer), {"reason": "spam"})

    assert response.status_code == 302
    assert reverse("account:login") in response["Location"]
    assert not AnswerReport.objects.exists()


def test_reserved_answer_is_not_found_for_other_member(client, member, reserved_question):
    answer = post_answer(reserved_question, reserved_question.asker, "Autre réponse Castelbrune")
    client.force_login(member)

    response = client.get(report_url(answer))

    assert response.status_code == 404
    assert "Castelbrune" not in response.content.decode()


def test_reserved_member_reports_reserved_answer(client, reserved_community, reserved_question):
    answer = post_answer(reserved_question, reserved_question.asker, "Réponse à signaler")
    colleague = member_of(reserved_community)
    client.force_login(colleague)

    response = client.post(report_url(answer), {"reason": "wrong"})

    assert response.status_code == 302
    assert AnswerReport.objects.filter(answer=answer, reporter=colleague).exists()


def test_hidden_answer_cannot_be_reported(client, member, answer, question):
    hide_answer(answer, question)
    client.force_login(member)

    assert client.post(report_url(answer), {"reason": "spam"}).status_code == 404
    assert not AnswerReport.objects.exists()


def test_removed_answer_cannot_be_reported(client, member, answer, question):
    remove_answer(answer, question)
    client.force_login(member)

    assert client.post(report_url(answer), {"reason": "spam"}).status_code == 404


def test_unknown_answer_is_not_found(client, member):
    client.force_login(member)

    assert client.get(reverse("qa:report", args=[999999])).status_code == 404


def test_answer_on_unpublished_page_is_not_found(client, member, answer, question):
    question.unpublish()
    client.force_login(member)

    assert client.get(report_url(answer)).status_code == 404


def test_comment_on_instruction_can_be_reported(client, member, expert, instruction):
    comment = post_answer(instruction, expert, "Le seuil a changé en 2025.")
    client.force_login(member)

    response = client.post(report_url(comment), {"reason": "wrong"})

    assert response.status_code == 302
    assert response["Location"].endswith(f"#reponse-{comment.pk}")
    assert AnswerReport.objects.filter(answer=comment).exists()
