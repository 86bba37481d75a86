"""Editing a question: the asker within the edit window, facilitators always, nobody else."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from community.models import Membership
from qa.asking import EDIT_WINDOW
from qa.models import QuestionPage, QuestionStatus
from qa.threads import post_answer

LOGIN_PATH = "/comptes/connexion/"
NEW_TITLE = "Quel justificatif fournir pour la vacance d'un logement en 2025 ?"


def edit_url(question):
    return reverse("qa:edit-question", args=[question.pk])


def edit_data(**overrides):
    data = {"title": NEW_TITLE, "details": "Nouveau contexte.", "tags": "vacance, taxe"}
    data.update(overrides)
    return data


def age_question(question, age):
    QuestionPage.objects.filter(pk=question.pk).update(first_published_at=timezone.now() - age)


@pytest.mark.django_db
def test_asker_sees_filled_form(client, question, asker):
    question.tags.add("vacance")
    question.save()
    client.force_login(asker)

    response = client.get(edit_url(question))

    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Quel justificatif demander pour la vacance d&#x27;un logement ?"' in html
    assert "Le service hésite sur la pièce à demander." in html
    assert 'value="vacance"' in html


@pytest.mark.django_db
def test_asker_edit_published(client, question, asker):
    client.force_login(asker)

    response = client.post(edit_url(question), edit_data())

    question.refresh_from_db()
    assert response.status_code == 302
    assert question.title == NEW_TITLE
    assert question.details == "<p>Nouveau contexte.</p>"
    assert sorted(tag.name for tag in question.tags.all()) == ["taxe", "vacance"]
    assert not question.has_unpublished_changes
    assert question.live_revision.user == asker


@pytest.mark.django_db
def test_unchanged_details_keep_formatting(client, question, asker):
    QuestionPage.objects.filter(pk=question.pk).update(details="<p>Un <b>point</b> clé.</p>")
    client.force_login(asker)

    client.post(edit_url(question), edit_data(details="Un point clé."))

    question.refresh_from_db()
    assert question.details == "<p>Un <b>point</b> clé.</p>"


@pytest.mark.django_db
def test_edit_keeps_answers_and_status(client, question, asker, member):
    post_answer(question, member, "Un avis d'imposition suffit.")
    client.force_login(asker)

    client.post(edit_url(question), edit_data())

    question.refresh_from_db()
    assert question.answer_count == 1
    assert question.status == QuestionStatus.ANSWERED


@pytest.mark.django_db
def test_invalid_edit_keeps_typed_text(client, question, asker):
    client.force_login(asker)

    response = client.post(edit_url(question), edit_data(title="Court", details="Texte gardé"))

    question.refresh_from_db()
    assert response.status_code == 200
    assert response.context["form"].errors["title"]
    assert "Texte gardé" in response.content.decode()
    assert question.title != "Court"


@pytest.mark.django_db
def test_asker_refused_after_window(client, question, asker):
    age_question(question, EDIT_WINDOW + datetime.timedelta(minutes=1))
    client.force_login(asker)

    get_response = client.get(edit_url(question))
    post_response = client.post(edit_url(question), edit_data())

    question.refresh_from_db()
    assert get_response.status_code == 403
    assert get_response.context["window_closed"]
    assert "form" not in get_response.context
    assert post_response.status_code == 403
    assert question.title != NEW_TITLE


@pytest.mark.django_db
def test_asker_allowed_just_before_deadline(client, question, asker):
    age_question(question, EDIT_WINDOW - datetime.timedelta(minutes=1))
    client.force_login(asker)

    assert client.get(edit_url(question)).status_code == 200


@pytest.mark.django_db
def test_facilitator_edits_after_window(client, question, community_facilitator):
    age_question(question, datetime.timedelta(days=60))
    client.force_login(community_facilitator)

    response = client.post(edit_url(question), edit_data())

    question.refresh_from_db()
    assert response.status_code == 302
    assert question.title == NEW_TITLE
    assert question.live_revision.user == community_facilitator
    assert question.asker.first_name == "Aline"


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["member", "expert", "outsider", "pending_member"])
def test_others_get_403(client, question, persona, request):
    client.force_login(request.getfixturevalue(persona))

    get_response = client.get(edit_url(question))
    post_response = client.post(edit_url(question), edit_data())

    question.refresh_from_db()
    assert get_response.status_code == 403
    assert post_response.status_code == 403
    assert question.title != NEW_TITLE


@pytest.mark.django_db
def test_visitor_redirected_to_login(client, question):
    response = client.get(edit_url(question))

    assert response.status_code == 302
    assert response.url.startswith(LOGIN_PATH)


@pytest.mark.django_db
def test_former_member_refused(client, question, asker):
    Membership.objects.filter(user=asker).delete()
    client.force_login(asker)

    assert client.get(edit_url(question)).status_code == 403


@pytest.mark.django_db
def test_reserved_question_refused_to_outsider(client, reserved_question, outsider):
    client.force_login(outsider)

    response = client.get(edit_url(reserved_question))

    assert response.status_code == 403
    assert "Castelbrune" not in response.content.decode()


@pytest.mark.django_db
def test_unknown_question_404(client, asker):
    client.force_login(asker)

    assert client.get(reverse("qa:edit-question", args=[999999])).status_code == 404
