"""The guidance panel at the top of the content tab of every page type."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.models import Page, get_page_models

from community.guidance import GuidancePanel
from knowledge.models import InstructionPage
from tests.factories import InstructionPageFactory, reference_index

PAGE_MODELS = [model for model in get_page_models() if model is not Page]


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_content_tab_starts_with_guidance(model):
    content_tab = model.get_edit_handler().children[0]

    assert isinstance(content_tab.children[0], GuidancePanel)


def test_guidance_follows_active_language():
    panel = InstructionPage.content_panels[0]

    with translation.override("en"):
        bound = panel.bind_to_model(InstructionPage).get_bound_panel(
            instance=InstructionPage(), request=None, form=None
        )

    assert bound.content.startswith("<p>An instruction sets")
    assert bound.content.count("<li>") == len(panel.points)


def test_guidance_escapes_text():
    panel = GuidancePanel("Intro <b>", ["Point & co"]).bind_to_model(InstructionPage)

    bound = panel.get_bound_panel(instance=InstructionPage(), request=None, form=None)

    assert bound.content == "<p>Intro &lt;b&gt;</p><ul><li>Point &amp; co</li></ul>"


@pytest.mark.django_db
def test_editor_shows_guidance(client, superuser, community):
    instruction = InstructionPageFactory(parent=reference_index(community))
    client.force_login(superuser)

    content = client.get(reverse("wagtailadmin_pages:edit", args=(instruction.pk,))).content
    with translation.override("fr"):
        intro = escape(str(InstructionPage.content_panels[0].intro))

    assert intro in content.decode()
