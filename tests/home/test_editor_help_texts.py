"""Every field that an editor fills in, on every page type and snippet, has a help text."""

import pytest
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.blocks import BlockField, FieldBlock, ListBlock, StreamBlock, StructBlock
from wagtail.models import Page, get_page_models
from wagtail.snippets.models import get_snippet_models

# Fields of Wagtail's Page that Wagtail explains itself, so they are skipped:
# - title, slug, seo_title, search_description and show_in_menus carry Wagtail's help text;
# - go_live_at and expire_at are filled in Wagtail's "publishing schedule" dialog, which
#   explains them;
# - comment_notifications is the switch of Wagtail's comments side panel.
WAGTAIL_PAGE_FIELDS = {
    "title",
    "slug",
    "seo_title",
    "search_description",
    "show_in_menus",
    "go_live_at",
    "expire_at",
    "comment_notifications",
}

PAGE_MODELS = [model for model in get_page_models() if model is not Page]
SNIPPET_MODELS = list(get_snippet_models())


def field_panels(panel, form_fields):
    """Yield (FieldPanel, form field) for every field panel under `panel`, inline ones too."""
    if isinstance(panel, FieldPanel):
        yield panel, form_fields.get(panel.field_name)
    if isinstance(panel, InlinePanel):
        child_form_class = panel.child_edit_handler.get_form_class()
        yield from field_panels(panel.child_edit_handler, child_form_class.base_fields)
    for child in getattr(panel, "children", []):
        yield from field_panels(child, form_fields)


def fields_without_help(edit_handler):
    form_class = edit_handler.get_form_class()
    missing = []
    for panel, form_field in field_panels(edit_handler, form_class.base_fields):
        if panel.field_name in WAGTAIL_PAGE_FIELDS:
            continue
        help_text = panel.help_text or (form_field.help_text if form_field else "")
        if not str(help_text).strip():
            missing.append(f"{panel.model.__name__}.{panel.field_name}")
    return missing


def blocks_without_help(edit_handler):
    """Return the leaf blocks of every StreamField of the form that have no help text."""
    form_class = edit_handler.get_form_class()
    missing = []
    for name, form_field in form_class.base_fields.items():
        if isinstance(form_field, BlockField):
            missing.extend(leaf_blocks_without_help(form_field.block, name))
    return missing


def leaf_blocks_without_help(block, path):
    if isinstance(block, StreamBlock | StructBlock):
        missing = []
        for name, child in block.child_blocks.items():
            missing.extend(leaf_blocks_without_help(child, f"{path}.{name}"))
        return missing
    if isinstance(block, ListBlock):
        return leaf_blocks_without_help(block.child_block, f"{path}.item")
    assert isinstance(block, FieldBlock), f"{path}: unexpected block {type(block).__name__}"
    return [] if str(block.field.help_text or "").strip() else [path]


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_page_fields_have_help(model):
    assert fields_without_help(model.get_edit_handler()) == []


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_page_blocks_have_help(model):
    assert blocks_without_help(model.get_edit_handler()) == []


@pytest.mark.parametrize("model", SNIPPET_MODELS, ids=lambda model: model.__name__)
def test_snippet_fields_have_help(model):
    assert fields_without_help(model.snippet_viewset.get_edit_handler()) == []


def test_every_page_model_is_walked():
    names = {model.__name__ for model in PAGE_MODELS}

    assert names >= {
        "HomePage",
        "StandardPage",
        "CommunityPage",
        "ReferenceIndexPage",
        "InstructionPage",
        "ReportingPage",
        "ArticlePage",
        "FieldReportIndexPage",
        "FieldReportPage",
        "MapPage",
        "AgendaPage",
        "EventIndexPage",
        "EventPage",
        "QuestionIndexPage",
        "QuestionPage",
    }


def test_every_snippet_model_is_walked():
    names = {model.__name__ for model in SNIPPET_MODELS}

    assert names >= {"FieldReportCategory", "Region", "Department", "Commune"}


def test_walk_finds_inline_fields():
    from community.models import EventPage

    form_class = EventPage.get_edit_handler().get_form_class()
    names = {
        f"{panel.model.__name__}.{panel.field_name}"
        for panel, _field in field_panels(EventPage.get_edit_handler(), form_class.base_fields)
    }

    assert {"EventDocument.kind", "EventDocument.document", "EventDocument.label"} <= names


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_page_type_has_description(model):
    assert str(model.get_page_description()).strip()
