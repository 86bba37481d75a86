"""Reference pages of a community: instructions, reporting and articles, under one index."""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from community.models import CommunityPage, VisiblePageManager
from community.privacy import visible_pages

from ..blocks import ContentStreamBlock, KeyFigureBlock, LegalReferenceBlock

PAGE_SIZE = 12
# Communities are children of the home page, which is a child of the tree root.
COMMUNITY_DEPTH = 3
LATEST_PAGES_COUNT = 6


class ReferenceIndexPage(Page):
    """ "Informations de référence": the reference content of one community."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    objects = VisiblePageManager()

    parent_page_types = ["community.CommunityPage"]
    subpage_types = [
        "knowledge.InstructionPage",
        "knowledge.ReportingPage",
        "knowledge.ArticlePage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("reference information index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = visible_pages(request.user, Page.objects.child_of(self))
        children = children.order_by("-last_published_at").specific()
        paginator = Paginator(children, PAGE_SIZE)
        context["children"] = paginator.get_page(request.GET.get("page"))
        return context


class ReferencePage(Page):
    """Fields and behaviour shared by the pages under a reference index."""

    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("Two or three sentences shown in lists and search results."),
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    objects = VisiblePageManager()

    parent_page_types = ["knowledge.ReferenceIndexPage"]
    subpage_types = []

    class Meta:
        abstract = True

    @cached_property
    def community(self):
        return CommunityPage.objects.ancestor_of(self).first()


class InstructionStatus(models.TextChoices):
    IN_FORCE = "in_force", _("In force")
    REPEALED = "repealed", _("Repealed")


class InstructionPage(ReferencePage):
    """A reference instruction, kept current by its "up to date on" date."""

    up_to_date = models.DateField(
        _("up to date on"),
        default=timezone.localdate,
        help_text=_("The date on which a facilitator last checked this content."),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=InstructionStatus.choices,
        default=InstructionStatus.IN_FORCE,
    )
    legal_references = StreamField(
        [("reference", LegalReferenceBlock())],
        verbose_name=_("legal references"),
        blank=True,
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("up_to_date"), FieldPanel("status")]),
        FieldPanel("body"),
        FieldPanel("legal_references"),
    ]
    search_fields = [
        *ReferencePage.search_fields,
        index.SearchField("legal_references"),
        index.FilterField("status"),
        index.FilterField("up_to_date"),
    ]

    class Meta:
        verbose_name = _("instruction")
        verbose_name_plural = _("instructions")

    @property
    def is_repealed(self):
        return self.status == InstructionStatus.REPEALED


class ReportingPage(ReferencePage):
    """Periodic reporting: key figures of a period, tables and documents."""

    period_start = models.DateField(_("start of the period"))
    period_end = models.DateField(_("end of the period"))
    key_figures = StreamField(
        [("key_figure", KeyFigureBlock())], verbose_name=_("key figures"), blank=True
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")])],
            heading=_("Period"),
        ),
        FieldPanel("key_figures"),
        FieldPanel("body"),
    ]
    search_fields = [
        *ReferencePage.search_fields,
        index.SearchField("key_figures"),
        index.FilterField("period_end"),
    ]

    class Meta:
        verbose_name = _("reporting")
        verbose_name_plural = _("reportings")

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError(
                {"period_end": _("The end of the period must not be before its start.")}
            )


class ArticlePage(ReferencePage):
    """An article or document shared by a member."""

    author_name = models.CharField(
        _("author"),
        max_length=200,
        blank=True,
        help_text=_("Name and service of the author, as readers should see them."),
    )
    date = models.DateField(_("date"), default=timezone.localdate)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("author_name"), FieldPanel("date")]),
        FieldPanel("body"),
    ]
    search_fields = [
        *ReferencePage.search_fields,
        index.SearchField("author_name"),
        index.FilterField("date"),
    ]

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")


def latest_reference_pages(user, ancestor, count=LATEST_PAGES_COUNT):
    """Return the `count` reference pages under `ancestor` last published that `user` may see."""
    pages = Page.objects.descendant_of(ancestor).type(InstructionPage, ReportingPage, ArticlePage)
    pages = visible_pages(user, pages).order_by("-last_published_at")
    pages = list(pages.specific()[:count])
    attach_communities(pages)
    return pages


def attach_communities(pages):
    """Fill the `community` of each page with one query for all of them."""
    community_paths = {page.path[: CommunityPage.steplen * COMMUNITY_DEPTH] for page in pages}
    communities = CommunityPage.objects.filter(path__in=community_paths)
    by_path = {community.path: community for community in communities}
    for page in pages:
        page.community = by_path.get(page.path[: CommunityPage.steplen * COMMUNITY_DEPTH])
