"""The home page and the standard pages (legal notice, accessibility statement, help)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from community.events.listing import next_events
from community.guidance import GuidancePanel
from community.models import CommunityPage, VisiblePageManager
from knowledge.blocks import ContentStreamBlock
from knowledge.models import latest_reference_pages

from .activity.listing import latest_items


class HomePage(Page):
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_(
            "Two or three sentences under the title of the home page: who the portal is for "
            "and what it offers."
        ),
    )

    content_panels = [
        GuidancePanel(
            _(
                "The home page lists the communities, the latest reference pages, the next "
                "events and the latest activity automatically: only its title and introduction "
                "are typed here."
            )
        ),
        *Page.content_panels,
        FieldPanel("intro"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    objects = VisiblePageManager()

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "community.CommunityPage",
        "knowledge.MapPage",
        "community.AgendaPage",
        "home.StandardPage",
    ]
    max_count = 1
    page_description = _("The portal's home page. There is only one.")

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        user = request.user
        context["communities"] = (
            CommunityPage.objects.child_of(self)
            .visible_to(user)
            .select_related("illustration")
            .prefetch_related("illustration__renditions")
        )
        context["latest_pages"] = latest_reference_pages(user, self)
        context["next_events"] = next_events(user, self, with_community=True)
        context["latest_activity"] = latest_items(user, request)
        return context


class StandardPage(Page):
    body = StreamField(
        ContentStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_(
            "The text of the page, block by block. Split a long page with headings, e.g. "
            "Publisher, Hosting, Personal data for the legal notice."
        ),
    )

    content_panels = [
        GuidancePanel(
            _(
                "A standard page holds site-wide information: the legal notice, the "
                "accessibility statement, help pages."
            ),
            [
                _("A title that says what the page is about, e.g. Mentions légales."),
                _("Short sections, each under a heading."),
                _("A date or a contact when the information may change."),
            ],
        ),
        *Page.content_panels,
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    objects = VisiblePageManager()

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    page_description = _(
        "Site-wide information outside the communities: legal notice, accessibility "
        "statement, help."
    )

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


# The activity log lives in its own module.
from .activity.models import ActivityEntry, ActivityKind  # noqa: E402, F401
from .digests.models import Frequency, Subscription  # noqa: E402, F401
