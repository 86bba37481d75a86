"""The mutual help panel of the admin dashboard: each facilitator's queue, and nobody else's."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_comments_xtd.models import XtdComment

from qa.admin_views import ModerationScope
from qa.models import AnswerReport, QuestionPage, ReportReason
from qa.threads import post_answer
from qa.wagtail_hooks import MutualHelpPanel
from tests.factories import QuestionPageFactory, UserFactory, question_index

from .conftest import member_of

pytestmark = pytest.mark.django_db

HOME_URL = reverse("wagtailadmin_home")
PANEL_ID = 'id="qa-mutual-help-section"'


def set_published(question, days_ago):
    moment = timezone.now() - datetime.timedelta(days=days_ago)
    QuestionPage.objects.filter(pk=question.pk).update(first_published_at=moment)


def add_questions(community, count, prefix="Question"):
    questions = []
    for number in range(count):
        question = QuestionPageFactory(
            parent=question_index(community), title=f"{prefix} {number} ?"
        )
        set_published(question, 30 - number)
        questions.append(question)
    return questions


def add_reported_answers(page, count):
    community = page.get_parent().get_parent().specific
    author = member_of(community)
    reporter = member_of(community)
    for number in range(count):
        answer = post_answer(page, author, f"Réponse signalée numéro {number}.")
        AnswerReport.objects.create(answer=answer, reporter=reporter, reason=ReportReason.SPAM)


@pytest.fixture
def reserved_unanswered(reserved_community):
    return QuestionPageFactory(
        parent=question_index(reserved_community), title="Castelbrune : délai de la convention ?"
    )


@pytest.fixture
def reserved_report(reserved_community, reserved_question):
    answer = XtdComment.objects.get(comment="Réponse confidentielle Castelbrune")
    return AnswerReport.objects.create(
        answer=answer, reporter=member_of(reserved_community), reason=ReportReason.ABUSE
    )


def dashboard(client, user):
    client.force_login(user)
    response = client.get(HOME_URL)
    assert response.status_code == 200
    return response.content.decode()


def test_panel_shows_unanswered_questions(client, community, community_facilitator, question):
    set_published(question, 4)
    add_questions(community, 2)

    content = dashboard(client, community_facilitator)

    assert PANEL_ID in content
    assert "3 unanswered questions" in content or "3 questions sans réponse" in content
    assert "4\xa0jours" in content
    assert reverse("qa_unanswered_questions") in content
    assert question.url in content


def test_panel_shows_reported_answers(client, community_facilitator, question, member, expert):
    answer = post_answer(question, expert, "Réponse douteuse sur la vacance.")
    AnswerReport.objects.create(answer=answer, reporter=member, reason=ReportReason.WRONG)

    content = dashboard(client, community_facilitator)

    assert "1 reported answer" in content or "1 réponse signalée" in content
    assert "Réponse douteuse sur la vacance." in content
    assert f"{reverse('qa_reported_answers')}#answer-{answer.pk}" in content


def test_panel_lists_oldest_five_questions(client, community, community_facilitator):
    questions = add_questions(community, 7)
    client.force_login(community_facilitator)

    content = client.get(HOME_URL).content.decode()

    shown = [question for question in questions if f"{question.title}<" in content]
    assert shown == questions[:5]


def test_panel_hides_other_community(
    client, community_facilitator, question, reserved_unanswered, reserved_report
):
    content = dashboard(client, community_facilitator)

    assert PANEL_ID in content
    assert "Castelbrune" not in content


def test_reserved_facilitator_panel(client, facilitator, reserved_unanswered, reserved_report):
    content = dashboard(client, facilitator)

    assert "Castelbrune : délai de la convention ?" in content
    assert "Réponse confidentielle Castelbrune" in content


def test_no_panel_without_facilitated_community(client, question, reserved_unanswered):
    staff = UserFactory()
    group = Group.objects.create(name="Admin readers")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    staff.groups.add(group)

    content = dashboard(client, staff)

    assert PANEL_ID not in content
    assert "Castelbrune" not in content


def test_no_panel_for_demoted_facilitator(client, community, question):
    former = member_of(community)
    group = Group.objects.create(name="Admin readers")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    former.groups.add(group)

    assert PANEL_ID not in dashboard(client, former)


def test_superuser_panel_covers_every_community(client, superuser, question, reserved_unanswered):
    content = dashboard(client, superuser)

    assert PANEL_ID in content
    assert "Castelbrune : délai de la convention ?" in content


def render_panel(user):
    request = RequestFactory().get(HOME_URL)
    request.user = user
    with CaptureQueriesContext(connection) as queries:
        html = MutualHelpPanel(ModerationScope(user)).render_html({"request": request})
    return html, len(queries)


def test_panel_queries_do_not_grow(community, community_facilitator, question, member):
    add_questions(community, 1)
    add_reported_answers(question, 1)
    # The first rendering fills the content type and site caches.
    render_panel(community_facilitator)
    _html, few = render_panel(community_facilitator)

    add_questions(community, 6, prefix="Autre question")
    add_reported_answers(question, 6)
    html, many = render_panel(community_facilitator)

    assert "Autre question 0 ?" in html
    assert many == few
