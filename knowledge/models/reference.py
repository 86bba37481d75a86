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

from community.guidance import GuidancePanel
from community.models import CommunityPage, VisiblePageManager
from community.privacy import visible_pages

from ..blocks import ContentStreamBlock, KeyFigureBlock, LegalReferenceBlock

PAGE_SIZE = 12
# Communities are children of the home page, which is a child of the tree root.
COMMUNITY_DEPTH = 3
LATEST_PAGES_COUNT = 6


class ReferenceIndexPage(Page):
    """ "Informations de référence": the reference content of one community."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_(
            "One or two sentences above the list of pages, e.g. what the community keeps up to "
            "date here."
        ),
    )

    content_panels = [
        GuidancePanel(
            _(
                "This page lists the instructions, reporting and articles of the community "
                "automatically, latest first. Add each of them as a sub-page of this page."
            )
        ),
        *Page.content_panels,
        FieldPanel("intro"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    objects = VisiblePageManager()

    parent_page_types = ["community.CommunityPage"]
    subpage_types = [
        "knowledge.InstructionPage",
        "knowledge.ReportingPage",
        "knowledge.ArticlePage",
    ]
    max_count_per_parent = 1
    page_description = _(
        "The reference information of a community. It is created with the community: add "
        "instructions, reporting and articles under it."
    )

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
    body = StreamField(
        ContentStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_(
            "The content, block by block: headings, paragraphs, key points, documents, images, "
            "tables, quotations of legal texts and key figures."
        ),
    )

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
        help_text=_(
            "Choose Repealed when the instruction no longer applies: it stays readable, marked "
            "as repealed."
        ),
    )
    legal_references = StreamField(
        [("reference", LegalReferenceBlock())],
        verbose_name=_("legal references"),
        blank=True,
        help_text=_(
            "The texts the instruction rests on, one block per text, e.g. Code de la "
            "construction et de l'habitation, article L. 126-17."
        ),
    )

    content_panels = [
        GuidancePanel(
            _("An instruction sets the community's answer on one procedure."),
            [
                _(
                    "A title that names the procedure, e.g. Instruire une demande de permis "
                    "de louer."
                ),
                _("A summary that says who it is for and what it settles."),
                _("Steps in order, each under a heading, with the documents to ask for."),
                _("The legal texts it rests on, with a link to Légifrance."),
                _(
                    "Each time you check it, even without changes, update the “up to date on” "
                    "date and publish."
                ),
            ],
        ),
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

    page_description = _(
        "A reference instruction on one procedure, kept current by its “up to date on” date."
    )

    class Meta:
        verbose_name = _("instruction")
        verbose_name_plural = _("instructions")

    @property
    def is_repealed(self):
        return self.status == InstructionStatus.REPEALED


class ReportingPage(ReferencePage):
    """Periodic reporting: key figures of a period, tables and documents."""

    period_start = models.DateField(
        _("start of the period"),
        help_text=_("First day covered by the figures, e.g. 1 January 2025."),
    )
    period_end = models.DateField(
        _("end of the period"),
        help_text=_("Last day covered by the figures, e.g. 31 December 2025."),
    )
    key_figures = StreamField(
        [("key_figure", KeyFigureBlock())],
        verbose_name=_("key figures"),
        blank=True,
        help_text=_(
            "The three to six figures that matter most, shown as large numbers at the top of "
            "the page."
        ),
    )

    content_panels = [
        GuidancePanel(
            _("A reporting page gives the results of the community over one period."),
            [
                _("A title with the period, e.g. Bilan 2025 des opérations de revitalisation."),
                _("The exact first and last days covered by the figures."),
                _("A few key figures, each with its unit and its source period."),
                _(
                    "Tables of the detailed figures, each with a title, and the full report as "
                    "a document."
                ),
            ],
        ),
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

    page_description = _("Periodic reporting: key figures, tables and documents of one period.")

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
    date = models.DateField(
        _("date"),
        default=timezone.localdate,
        help_text=_("The date the article was written or the document was issued."),
    )

    content_panels = [
        GuidancePanel(
            _("An article shares an experience, an analysis or a document with the community."),
            [
                _("A title that says what the reader learns."),
                _("The author's name and service, so that readers can contact them."),
                _("Short paragraphs under headings, and the documents to download."),
            ],
        ),
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

    page_description = _("An article or a document shared with the community by a member.")

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
