"""The page editor form of field reports: location checks and the location required to publish."""

import re

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from community.models import CommunityPage

from .geo import format_location, parse_location, parse_typed_coordinates

# Buttons of Wagtail's page editor, in the create and edit views, that publish the page or send
# it to moderation. Any other submission saves a draft.
PUBLISHING_ACTIONS = ("action-publish", "action-submit")
WIDGET_STRING_START = re.compile(r"^\s*(?:SRID\s*=|POINT\b)", re.IGNORECASE)


class LocatedPageForm(WagtailAdminPageForm):
    """A page editor form with a `location` map field and a way to tell a publishing action.

    The location is stored as the widget string with six decimals, whether it arrives as that
    string or as coordinates typed latitude first.
    """

    def clean_location(self):
        text = (self.cleaned_data.get("location") or "").strip()
        if not text:
            return ""

        if WIDGET_STRING_START.match(text):
            point = parse_location(text)
        else:
            point = parse_typed_coordinates(text)
        return format_location(point)

    @property
    def is_publishing(self):
        return self.is_bound and any(self.data.get(action) for action in PUBLISHING_ACTIONS)


class FieldReportAdminForm(LocatedPageForm):
    """Check the location of a field report and require one to publish or submit the page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "categories" in self.fields:
            self.fields["categories"].queryset = categories_for(self.community())

    def community(self):
        """Return the community of the page, or of its parent while it is being created."""
        anchor = self.instance if self.instance.pk else self.parent_page
        if anchor is None:
            return None
        return CommunityPage.objects.ancestor_of(anchor, inclusive=True).first()

    def clean(self):
        cleaned_data = super().clean()
        location_missing = not cleaned_data.get("location") and not self.has_error("location")
        if self.is_publishing and location_missing:
            self.add_error(
                "location",
                ValidationError(
                    _(
                        "A field report needs a location to be published or submitted for "
                        "moderation: search its address, type its coordinates or move the "
                        "marker on the map. A draft can be saved without one."
                    ),
                    code="required_to_publish",
                ),
            )
        return cleaned_data

    def full_clean(self):
        # FieldReportPage.clean() requires a location when `live` is True. Wagtail 8's create
        # view validates a new page while `live` still has its default, True, even when the
        # editor saves a draft, so this form checks the action in clean() instead and hides
        # `live` from the model validation.
        live = self.instance.live
        self.instance.live = False
        try:
            super().full_clean()
        finally:
            self.instance.live = live


def categories_for(community):
    """Categories an editor may choose: the community's own and the shared ones.

    The choices never list another community's categories, whose labels may belong to a
    reserved community.
    """
    # The page model imports this module for its base_form_class, hence the lookup by name.
    category_model = apps.get_model("knowledge", "FieldReportCategory")
    return category_model.objects.filter(
        Q(community__isnull=True) | Q(community=community)
    ).order_by("label")
