"""NUL characters in the report and conversion forms: a form error, never a database error.

PostgreSQL rejects NUL in text columns, so these tests matter most with DATABASE_URL set to a
PostgreSQL database. On SQLite they check the same form errors.
"""

import pytest
from django.urls import reverse
from django_comments_xtd.models import XtdComment

from qa.models import AnswerReport, QuestionPage, ReportReason
from qa.threads import post_answer

pytestmark = pytest.mark.django_db

NUL_MESSAGE = "Le caractère nul n’est pas autorisé."


@pytest.fixture
def answer(question, expert):
    return post_answer(question, expert, "Un avis de taxe foncière suffit.")


@pytest.fixture
def comment(instruction, asker):
    return post_answer(instruction, asker, "Faut-il deux ans de vacance ? Merci.")


def test_report_explanation_with_nul_refused(client, member, answer):
    client.force_login(member)

    response = client.post(
        reverse("qa:report", args=[answer.pk]),
        {"reason": ReportReason.WRONG, "explanation": "Texte\x00faux"},
    )

    assert response.status_code == 400
    assert response.context["form"].errors["explanation"] == [NUL_MESSAGE]
    assert not AnswerReport.objects.exists()


@pytest.mark.parametrize("reason", ["\x00", ReportReason.WRONG + "\x00"])
def test_report_reason_with_nul_refused(client, member, answer, reason):
    client.force_login(member)

    response = client.post(reverse("qa:report", args=[answer.pk]), {"reason": reason})

    assert response.status_code == 400
    assert response.context["form"].errors["reason"]
    assert not AnswerReport.objects.exists()


@pytest.mark.parametrize(
    "field, data",
    [
        ("title", {"title": "Quel\x00justificatif ?", "tags": ""}),
        ("title", {"title": "\x00", "tags": ""}),
        ("tags", {"title": "Quel justificatif ?", "tags": "vacance\x00, taxe"}),
    ],
)
def test_conversion_with_nul_refused(client, community_facilitator, comment, field, data):
    client.force_login(community_facilitator)

    response = client.post(reverse("qa:convert-thread", args=[comment.pk]), data)

    assert response.status_code == 400
    assert response.context["form"].errors[field]
    assert not QuestionPage.objects.filter(title__contains="justificatif").exists()
    assert XtdComment.objects.filter(pk=comment.pk).exists()
