"""The question editor only links a question to a reference page of its own community."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from community.models import Role, Visibility
from qa.models import QuestionPage
from tests.factories import (
    CommunityPageFactory,
    InstructionPageFactory,
    reference_index,
)

from .conftest import member_of

pytestmark = pytest.mark.django_db

SECRET = "Castelbrune"


@pytest.fixture
def editor(client, community):
    client.force_login(member_of(community, Role.FACILITATOR))
    return client


def edit(editor, question, related_page_id):
    url = reverse("wagtailadmin_pages:edit", args=[question.pk])
    data = querydict_from_html(editor.get(url).content.decode(), form_id="page-edit-form")
    data["related_page"] = str(related_page_id)
    data["action-publish"] = "action-publish"
    return editor.post(url, data)


def test_page_of_same_community_is_linked(editor, question, instruction):
    response = edit(editor, question, instruction.pk)

    assert response.status_code == 302
    assert QuestionPage.objects.get(pk=question.pk).related_page_id == instruction.pk


@pytest.mark.parametrize("target", ["reserved", "other community", "index", "missing"])
def test_other_page_is_refused_without_its_title(editor, question, target):
    reserved = CommunityPageFactory(title="Réseau", visibility=Visibility.RESERVED)
    other = CommunityPageFactory(title="Habitat ancien")
    pages = {
        "reserved": InstructionPageFactory(
            parent=reference_index(reserved), title=f"Consigne {SECRET}"
        ).pk,
        "other community": InstructionPageFactory(
            parent=reference_index(other), title=f"Fiche {SECRET}"
        ).pk,
        "index": reference_index(other).pk,
        "missing": 99999999,
    }

    response = edit(editor, question, pages[target])

    assert response.status_code == 200
    assert SECRET not in response.content.decode()
    assert QuestionPage.objects.get(pk=question.pk).related_page_id is None
