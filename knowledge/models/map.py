"""The shared map of every field report the reader may see."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from community.guidance import GuidancePanel
from community.models import VisiblePageManager


class MapPage(Page):
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("One or two sentences above the map of the field reports of every community."),
    )

    content_panels = [
        GuidancePanel(
            _(
                "The shared map shows the field reports of every community automatically. Field "
                "reports are added under the field reports page of their community, not here."
            )
        ),
        *Page.content_panels,
        FieldPanel("intro"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    objects = VisiblePageManager()

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    page_description = _(
        "The map of the field reports of every community, under the home page. There is only one."
    )

    class Meta:
        verbose_name = _("shared map")

    def get_context(self, request, *args, **kwargs):
        # map_data imports the models of this package, so import it when the page is served.
        from ..map_data import map_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(map_page_context(request))
        return context
