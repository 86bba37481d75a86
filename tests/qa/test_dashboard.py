"""Empty states of the mutual help panel of the admin dashboard."""

import pytest
from django.urls import reverse
from django.utils import translation

from qa.models import AnswerReport, ReportReason
from qa.threads import post_answer
from tests.factories import QuestionPageFactory, question_index

pytestmark = pytest.mark.django_db

HOME_URL = reverse("wagtailadmin_home")
NO_QUESTION = "No question is waiting for an answer."
NO_REPORT = "No answer has been reported."


def french(message):
    with translation.override("fr"):
        return translation.gettext(message)


def dashboard(client, user):
    client.force_login(user)
    response = client.get(HOME_URL)
    assert response.status_code == 200
    return response.content.decode()


def test_empty_queue_says_so(client, community_facilitator):
    content = dashboard(client, community_facilitator)

    assert french(NO_QUESTION) in content
    assert french(NO_REPORT) in content


def test_waiting_items_replace_empty_state(
    client, community, community_facilitator, question, member, expert
):
    answer = post_answer(question, expert, "Réponse douteuse sur la vacance.")
    AnswerReport.objects.create(answer=answer, reporter=member, reason=ReportReason.WRONG)
    QuestionPageFactory(parent=question_index(community), title="Quel délai pour la taxe ?")

    content = dashboard(client, community_facilitator)

    assert french(NO_QUESTION) not in content
    assert "Quel délai pour la taxe ?" in content
    assert french(NO_REPORT) not in content
    assert "Réponse douteuse sur la vacance." in content
