"""Widgets of the field report editor that a facilitator uses without training."""

from django import forms

from knowledge.models import FieldReportPage


def test_categories_are_checkboxes():
    form_class = FieldReportPage.get_edit_handler().get_form_class()

    assert isinstance(form_class.base_fields["categories"].widget, forms.CheckboxSelectMultiple)
