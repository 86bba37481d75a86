"""The page editor form of questions: the page a question is about stays in its community."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page

from community.converters import parse_id
from community.models import CommunityPage
from community.privacy import visible_pages

from .threads import reference_models


class QuestionPageForm(WagtailAdminPageForm):
    """Limit "about the page" to the reference pages of the question's community.

    A submitted page outside that set is dropped before the form renders again, because the
    page chooser would otherwise print its title.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.refused_related_page = False
        field = self.fields.get("related_page")
        if field is None:
            return
        field.queryset = self.allowed_related_pages()
        key = self.add_prefix("related_page")
        if self.is_bound and self.data.get(key):
            page_id = parse_id(str(self.data.get(key)))
            if page_id is None or not field.queryset.filter(pk=page_id).exists():
                self.data = self.data.copy()
                self.data[key] = ""
                self.refused_related_page = True

    def allowed_related_pages(self):
        anchor = self.instance if self.instance.pk else self.parent_page
        community = CommunityPage.objects.ancestor_of(anchor, inclusive=True).first()
        if community is None or self.for_user is None:
            return Page.objects.none()
        pages = Page.objects.descendant_of(community).type(*reference_models())
        return visible_pages(self.for_user, pages)

    def clean(self):
        cleaned_data = super().clean()
        if self.refused_related_page:
            self.add_error(
                "related_page",
                _("Choose an instruction, reporting or article page of the same community."),
            )
        return cleaned_data
