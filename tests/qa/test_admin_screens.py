"""The admin screens of mutual help: each facilitator sees and acts on their communities only."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone
from django_comments_xtd.models import XtdComment

from qa.models import AnswerReport, QuestionPage, ReportReason, ReportStatus
from qa.threads import hide_answer, post_answer, remove_answer
from tests.factories import QuestionPageFactory, UserFactory, question_index

from .conftest import member_of

pytestmark = pytest.mark.django_db

UNANSWERED_URL = reverse("qa_unanswered_questions")
REPORTED_URL = reverse("qa_reported_answers")


def reload(model_instance):
    return type(model_instance).objects.get(pk=model_instance.pk)


def set_published(question, days_ago):
    moment = timezone.now() - datetime.timedelta(days=days_ago)
    QuestionPage.objects.filter(pk=question.pk).update(first_published_at=moment)


def message_texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def staff_without_role(db):
    """A user who may open the admin but facilitates no community."""
    user = UserFactory()
    group = Group.objects.create(name="Admin readers")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    user.groups.add(group)
    return user


@pytest.fixture
def reserved_unanswered(reserved_community):
    question = QuestionPageFactory(
        parent=question_index(reserved_community),
        title="Castelbrune : qui signe la convention ?",
    )
    set_published(question, 10)
    return question


@pytest.fixture
def public_answer(question, expert):
    return post_answer(question, expert, "Le dernier avis de taxe d'habitation suffit.")


@pytest.fixture
def public_report(public_answer, member):
    return AnswerReport.objects.create(
        answer=public_answer,
        reporter=member,
        reason=ReportReason.WRONG,
        explanation="Ce n'est plus vrai depuis 2023.",
    )


@pytest.fixture
def reserved_report(reserved_community, reserved_question):
    answer = XtdComment.objects.get(comment="Réponse confidentielle Castelbrune")
    return AnswerReport.objects.create(
        answer=answer, reporter=member_of(reserved_community), reason=ReportReason.ABUSE
    )


# Unanswered questions


def test_unanswered_lists_own_questions_with_age(
    client, community_facilitator, question, reserved_unanswered
):
    set_published(question, 3)
    client.force_login(community_facilitator)

    response = client.get(UNANSWERED_URL)

    content = response.content.decode()
    assert response.status_code == 200
    assert question.title.replace("'", "&#x27;") in content
    assert "3\xa0jours" in content
    assert question.url in content
    assert reverse("wagtailadmin_pages:edit", args=[question.pk]) in content
    assert "Castelbrune" not in content


def test_unanswered_lists_oldest_first(client, community, community_facilitator, question):
    newer = QuestionPageFactory(parent=question_index(community), title="Question récente ?")
    set_published(question, 20)
    set_published(newer, 1)
    client.force_login(community_facilitator)

    questions = list(client.get(UNANSWERED_URL).context["questions"])

    assert [item.pk for item in questions] == [question.pk, newer.pk]


def test_unanswered_skips_answered_and_drafts(client, community, community_facilitator, question):
    post_answer(question, community_facilitator, "Voici la réponse.")
    QuestionPageFactory(parent=question_index(community), title="Brouillon ?", publish=False)
    client.force_login(community_facilitator)

    questions = list(client.get(UNANSWERED_URL).context["questions"])

    assert questions == []


def test_reserved_facilitator_sees_only_reserved(
    client, facilitator, question, reserved_unanswered
):
    client.force_login(facilitator)

    response = client.get(UNANSWERED_URL)

    assert [item.pk for item in response.context["questions"]] == [reserved_unanswered.pk]
    assert question.title.replace("'", "&#x27;") not in response.content.decode()


def test_superuser_sees_every_community(client, superuser, question, reserved_unanswered):
    client.force_login(superuser)

    response = client.get(UNANSWERED_URL)

    pks = {item.pk for item in response.context["questions"]}
    assert pks == {question.pk, reserved_unanswered.pk}
    assert "Filières vertes" in response.content.decode()


@pytest.mark.parametrize("url", [UNANSWERED_URL, REPORTED_URL])
def test_staff_without_role_is_forbidden(client, staff_without_role, url):
    client.force_login(staff_without_role)

    assert client.get(url).status_code == 403
    assert client.post(url, {"answer": "1", "decision": "hide"}).status_code == 403


@pytest.mark.parametrize("person", ["member", "expert", "asker"])
def test_member_is_kept_out_of_admin(client, request, person):
    client.force_login(request.getfixturevalue(person))

    response = client.get(UNANSWERED_URL)

    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


def test_menu_shown_to_facilitator(client, community_facilitator):
    client.force_login(community_facilitator)

    content = client.get(reverse("wagtailadmin_home")).content.decode()

    assert UNANSWERED_URL in content
    assert REPORTED_URL in content


def test_menu_hidden_from_staff_without_role(client, staff_without_role):
    client.force_login(staff_without_role)

    content = client.get(reverse("wagtailadmin_home")).content.decode()

    assert UNANSWERED_URL not in content
    assert REPORTED_URL not in content


# Reported answers


def test_reported_lists_own_reports(client, community_facilitator, public_report, reserved_report):
    client.force_login(community_facilitator)

    response = client.get(REPORTED_URL)

    content = response.content.decode()
    assert response.status_code == 200
    entries = response.context["reported_answers"]
    assert [entry.answer.pk for entry in entries] == [public_report.answer_id]
    assert entries[0].report_count == 1
    assert "Le dernier avis de taxe" in content
    assert str(ReportReason.WRONG.label) in content
    assert "Ce n&#x27;est plus vrai depuis 2023." in content
    assert "Castelbrune" not in content


def test_reports_grouped_per_answer(client, community_facilitator, public_report, asker):
    AnswerReport.objects.create(
        answer=public_report.answer, reporter=asker, reason=ReportReason.WRONG
    )
    client.force_login(community_facilitator)

    entries = client.get(REPORTED_URL).context["reported_answers"]

    assert len(entries) == 1
    assert entries[0].report_count == 2
    assert entries[0].reasons == [(ReportReason.WRONG.label, 2)]


def test_reviewed_reports_leave_the_list(client, community_facilitator, public_report):
    AnswerReport.objects.filter(pk=public_report.pk).update(status=ReportStatus.KEPT)
    client.force_login(community_facilitator)

    assert client.get(REPORTED_URL).context["reported_answers"] == []


def test_reserved_facilitator_sees_reserved_reports(
    client, facilitator, public_report, reserved_report
):
    client.force_login(facilitator)

    response = client.get(REPORTED_URL)

    entries = response.context["reported_answers"]
    assert [entry.answer.pk for entry in entries] == [reserved_report.answer_id]
    assert "Le dernier avis de taxe" not in response.content.decode()


def test_hide_decision(client, community_facilitator, public_report, question):
    client.force_login(community_facilitator)

    response = client.post(REPORTED_URL, {"answer": public_report.answer_id, "decision": "hide"})

    assert response.status_code == 302
    answer = reload(public_report.answer)
    assert not answer.is_public
    assert not answer.is_removed
    report = reload(public_report)
    assert report.status == ReportStatus.HIDDEN
    assert report.reviewed_by == community_facilitator
    assert report.reviewed_at is not None
    assert reload(question).answer_count == 0
    assert len(message_texts(response)) == 1


def test_restore_decision(client, community_facilitator, public_report, question):
    client.force_login(community_facilitator)
    client.post(REPORTED_URL, {"answer": public_report.answer_id, "decision": "hide"})

    response = client.post(REPORTED_URL, {"answer": public_report.answer_id, "decision": "restore"})

    assert response.status_code == 302
    assert reload(public_report.answer).is_public
    assert reload(question).answer_count == 1
    report = reload(public_report)
    assert report.status == ReportStatus.KEPT
    assert report.reviewed_by == community_facilitator


def test_keep_decision(client, community_facilitator, public_report, question):
    client.force_login(community_facilitator)

    client.post(REPORTED_URL, {"answer": public_report.answer_id, "decision": "keep"})

    answer = reload(public_report.answer)
    assert answer.is_public
    assert not answer.is_removed
    report = reload(public_report)
    assert report.status == ReportStatus.KEPT
    assert report.reviewed_by == community_facilitator
    assert report.reviewed_at is not None
    assert reload(question).answer_count == 1


def test_remove_decision_keeps_replies(client, community_facilitator, public_report, question):
    reply = post_answer(
        question, community_facilitator, "Je confirme.", parent=public_report.answer
    )
    client.force_login(community_facilitator)

    client.post(REPORTED_URL, {"answer": public_report.answer_id, "decision": "remove"})

    assert reload(public_report.answer).is_removed
    assert reload(public_report).status == ReportStatus.REMOVED
    assert reload(reply).is_public
    assert reload(question).answer_count == 1


def test_keep_refused_on_hidden_answer(client, community_facilitator, public_report, question):
    hide_answer(public_report.answer, question)
    client.force_login(community_facilitator)

    response = client.post(REPORTED_URL, {"answer": public_report.answer_id, "decision": "keep"})

    assert response.status_code == 302
    assert reload(public_report).status == ReportStatus.OPEN
    assert not reload(public_report.answer).is_public


def test_restore_refused_on_removed_answer(client, community_facilitator, public_report, question):
    remove_answer(public_report.answer, question)
    client.force_login(community_facilitator)

    client.post(REPORTED_URL, {"answer": public_report.answer_id, "decision": "restore"})

    answer = reload(public_report.answer)
    assert answer.is_removed
    assert reload(public_report).status == ReportStatus.OPEN


def test_unknown_decision_changes_nothing(client, community_facilitator, public_report):
    client.force_login(community_facilitator)

    response = client.post(REPORTED_URL, {"answer": public_report.answer_id, "decision": "drop"})

    assert response.status_code == 302
    assert reload(public_report).status == ReportStatus.OPEN
    assert reload(public_report.answer).is_public


@pytest.mark.parametrize("decision", ["hide", "restore", "keep", "remove"])
def test_other_community_answer_is_not_found(
    client, community_facilitator, reserved_report, decision
):
    client.force_login(community_facilitator)

    response = client.post(
        REPORTED_URL, {"answer": reserved_report.answer_id, "decision": decision}
    )

    assert response.status_code == 404
    assert "Castelbrune" not in response.content.decode()
    answer = reload(reserved_report.answer)
    assert answer.is_public
    assert not answer.is_removed
    assert reload(reserved_report).status == ReportStatus.OPEN


@pytest.mark.parametrize(
    "answer_id", ["", "abc", "999999", "1" * 30, "²", "1²", "-1", " 1", "1\x00", "9" * 19]
)
def test_invalid_answer_id_is_not_found(client, community_facilitator, answer_id):
    client.force_login(community_facilitator)

    response = client.post(REPORTED_URL, {"answer": answer_id, "decision": "hide"})

    assert response.status_code == 404


def test_answer_id_in_non_ascii_digits_is_not_found(client, community_facilitator, public_report):
    arabic_indic_id = str(public_report.answer_id).translate(
        str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    )
    client.force_login(community_facilitator)

    response = client.post(REPORTED_URL, {"answer": arabic_indic_id, "decision": "hide"})

    assert response.status_code == 404
    assert reload(public_report.answer).is_public
    assert reload(public_report).status == ReportStatus.OPEN


@pytest.mark.parametrize("page_number", ["²", "abc", "9" * 30, "-1", "0", "\x00"])
def test_unanswered_bogus_page_number_shows_a_page(client, community_facilitator, page_number):
    client.force_login(community_facilitator)

    response = client.get(UNANSWERED_URL, {"p": page_number})

    assert response.status_code == 200


def test_decision_needs_csrf_token(community_facilitator, public_report):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(community_facilitator)

    response = client.post(REPORTED_URL, {"answer": public_report.answer_id, "decision": "hide"})

    assert response.status_code == 403
    assert reload(public_report.answer).is_public


def test_hidden_answers_listed_for_restore(client, community_facilitator, question, member):
    answer = post_answer(question, member, "Réponse masquée sans signalement.")
    hide_answer(answer, question)
    client.force_login(community_facilitator)

    response = client.get(REPORTED_URL)

    assert [hidden.pk for hidden in response.context["hidden_answers"]] == [answer.pk]
    assert "Réponse masquée sans signalement." in response.content.decode()

    client.post(REPORTED_URL, {"answer": answer.pk, "decision": "restore"})

    assert reload(answer).is_public
    assert reload(question).answer_count == 1


def test_hidden_answers_of_other_community_not_listed(
    client, community_facilitator, reserved_question
):
    answer = XtdComment.objects.get(comment="Réponse confidentielle Castelbrune")
    hide_answer(answer, reserved_question)
    client.force_login(community_facilitator)

    response = client.get(REPORTED_URL)

    assert response.context["hidden_answers"] == []
    assert "Castelbrune" not in response.content.decode()


def test_superuser_acts_on_any_community(client, superuser, reserved_report, reserved_question):
    client.force_login(superuser)

    client.post(REPORTED_URL, {"answer": reserved_report.answer_id, "decision": "hide"})

    assert not reload(reserved_report.answer).is_public
    assert reload(reserved_report).reviewed_by == superuser
    assert reload(reserved_question).answer_count == 0
