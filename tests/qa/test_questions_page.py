"""The question page: facts about the question, its topics, its reference page, its edit link."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from home.templatetags.french_dates import long_date
from qa.models import QuestionPage
from tests.factories import ArticlePageFactory, QuestionPageFactory, question_index, reference_index

from .conftest import member_of


def edit_url(question):
    return reverse("qa:edit-question", args=[question.pk])


@pytest.mark.django_db
def test_page_shows_question(client, question):
    question.tags.add("vacance", "Taxe")
    question.save()

    response = client.get(question.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Quel justificatif demander pour la vacance d&#x27;un logement ?" in html
    assert "Aline Demandeuse" in html
    assert long_date(timezone.localtime(question.first_published_at)) in html
    assert "<p>Le service hésite sur la pièce à demander.</p>" in html
    assert "fr-badge--new" in html


@pytest.mark.django_db
def test_topics_link_to_filtered_index(client, community, question):
    question.tags.add("vacance")
    question.save()

    html = client.get(question.url).content.decode()

    assert f'href="{question_index(community).url}?theme=vacance"' in html


@pytest.mark.django_db
def test_breadcrumb_names_index(client, community, question):
    html = client.get(question.url).content.decode()

    assert f'href="{question_index(community).url}"' in html
    assert f'href="{community.url}"' in html


@pytest.mark.django_db
def test_related_page_linked(client, question, instruction):
    QuestionPage.objects.filter(pk=question.pk).update(related_page=instruction)

    html = client.get(question.url).content.decode()

    assert f'href="{instruction.url}"' in html
    assert "Instruction OPAH-RU" in html


@pytest.mark.django_db
def test_hidden_related_page_not_named(client, question, reserved_community):
    secret = ArticlePageFactory(
        parent=reference_index(reserved_community), title="Note confidentielle Castelbrune"
    )
    QuestionPage.objects.filter(pk=question.pk).update(related_page=secret)

    for reader in (None, member_of(question.community)):
        if reader is not None:
            client.force_login(reader)
        html = client.get(question.url).content.decode()
        assert "Castelbrune" not in html
        assert secret.url not in html


@pytest.mark.django_db
def test_related_page_shown_to_its_readers(client, question, reserved_community):
    secret = ArticlePageFactory(
        parent=reference_index(reserved_community), title="Note confidentielle Castelbrune"
    )
    QuestionPage.objects.filter(pk=question.pk).update(related_page=secret)
    client.force_login(member_of(reserved_community))

    html = client.get(question.url).content.decode()

    assert "Note confidentielle Castelbrune" in html


@pytest.mark.django_db
def test_edit_link_for_asker(client, question, asker):
    client.force_login(asker)

    assert edit_url(question) in client.get(question.url).content.decode()


@pytest.mark.django_db
def test_no_edit_link_after_window(client, question, asker):
    QuestionPage.objects.filter(pk=question.pk).update(
        first_published_at=timezone.now() - datetime.timedelta(hours=25)
    )
    client.force_login(asker)

    assert edit_url(question) not in client.get(question.url).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["visitor", "member", "outsider"])
def test_no_edit_link_for_others(client, question, persona, request):
    if persona != "visitor":
        client.force_login(request.getfixturevalue(persona))

    assert edit_url(question) not in client.get(question.url).content.decode()


@pytest.mark.django_db
def test_edit_link_for_facilitator_after_window(client, question, community_facilitator):
    QuestionPage.objects.filter(pk=question.pk).update(
        first_published_at=timezone.now() - datetime.timedelta(days=30)
    )
    client.force_login(community_facilitator)

    assert edit_url(question) in client.get(question.url).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["visitor", "outsider"])
def test_reserved_question_hidden(client, reserved_question, persona, request):
    if persona != "visitor":
        client.force_login(request.getfixturevalue(persona))

    response = client.get(reserved_question.url)

    assert response.status_code != 200
    assert "Castelbrune" not in response.content.decode()


@pytest.mark.django_db
def test_question_without_asker(client, community):
    question = QuestionPageFactory(parent=question_index(community), title="Question orpheline ici")

    response = client.get(question.url)

    assert response.status_code == 200
