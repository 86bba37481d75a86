"""The shared map of every field report the reader may see."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from community.models import VisiblePageManager


class MapPage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    objects = VisiblePageManager()

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("shared map")

    def get_context(self, request, *args, **kwargs):
        # map_data imports the models of this package, so import it when the page is served.
        from ..map_data import map_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(map_page_context(request))
        return context
