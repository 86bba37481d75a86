"""Field reports ("remontées terrain"): located, structured pages and their categories."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from community.guidance import GuidancePanel
from community.models import CommunityPage, VisiblePageManager

from ..admin_forms import FieldReportAdminForm
from ..blocks import FieldReportStreamBlock
from ..geo import location_columns
from ..widgets import AddressGeocoderPanel, LocalLeafletPanel
from .territories import Commune, Department

HEX_COLOUR = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Enter a colour as #RRGGBB, e.g. #18753C."))


class FieldReportCategory(index.Indexed, models.Model):
    """A category of field reports, belonging to one community or shared by all."""

    label = models.CharField(
        _("label"),
        max_length=80,
        help_text=_("A short name readers filter the map with, e.g. Chanvre or Ossature bois."),
    )
    colour = models.CharField(
        _("colour"),
        max_length=7,
        default="#000091",
        validators=[HEX_COLOUR],
        help_text=_("The colour of the dot beside the label, as #RRGGBB, e.g. #18753C."),
    )
    description = models.CharField(
        _("description"),
        max_length=250,
        blank=True,
        help_text=_("Optional: one sentence on which field reports belong to this category."),
    )
    community = models.ForeignKey(
        CommunityPage,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="field_report_categories",
        verbose_name=_("community"),
        help_text=_("Leave empty for a category shared by every community."),
    )

    panels = [
        FieldPanel("label"),
        FieldPanel("colour"),
        FieldPanel("description"),
        FieldPanel("community"),
    ]
    search_fields = [
        index.SearchField("label"),
        index.SearchField("description"),
        # The facilitators' category listing filters its search results by community.
        index.FilterField("community"),
    ]

    class Meta:
        verbose_name = _("field report category")
        verbose_name_plural = _("field report categories")
        ordering = ["label"]
        constraints = [
            models.UniqueConstraint(fields=["community", "label"], name="unique_category_label"),
        ]

    def __str__(self):
        return self.label


class FieldReportStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    UNDER_CONSTRUCTION = "under_construction", _("Under construction")
    DELIVERED = "delivered", _("Delivered")
    IN_OPERATION = "in_operation", _("In operation")


class FieldReportIndexPage(Page):
    """ "Remontées terrain": the field reports of one community, on a map and in a list."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_(
            "One or two sentences above the map, e.g. which projects the community reports "
            "and how members can propose one."
        ),
    )

    content_panels = [
        GuidancePanel(
            _(
                "This page shows the field reports of the community on a map and in a list, "
                "automatically. Add each field report as a sub-page of this page; members' proposals "
                "arrive here as drafts to review."
            )
        ),
        *Page.content_panels,
        FieldPanel("intro"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    objects = VisiblePageManager()

    parent_page_types = ["community.CommunityPage"]
    subpage_types = ["knowledge.FieldReportPage"]
    max_count_per_parent = 1
    page_description = _(
        "The field reports of a community, on a map and in a list. It is created with the "
        "community: add field reports under it."
    )

    class Meta:
        verbose_name = _("field report index")

    def get_context(self, request, *args, **kwargs):
        # map_data imports the models of this package, so import it when the page is served.
        from ..map_data import map_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(map_page_context(request, page=self))
        context["community"] = community = CommunityPage.objects.parent_of(self).first()
        context["can_propose"] = (
            request.user.is_authenticated
            and community is not None
            and community.memberships.active().filter(user=request.user).exists()
        )
        return context


class FieldReportPage(Page):
    """A field report: a located project with its facts and a structured body."""

    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("Two or three sentences shown in lists, popups and search results."),
    )
    address = models.CharField(
        _("address"),
        max_length=250,
        blank=True,
        help_text=_("Type an address to place the marker, then adjust it on the map."),
    )
    location = models.CharField(
        _("location"),
        max_length=100,
        blank=True,
        help_text=_("Required to publish: the point of the project on the map."),
    )
    latitude = models.FloatField(_("latitude"), null=True, blank=True, editable=False)
    longitude = models.FloatField(_("longitude"), null=True, blank=True, editable=False)
    commune = models.ForeignKey(
        Commune,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("commune"),
        help_text=_("Choose the commune of the project; search it by name or INSEE code."),
    )
    department = models.ForeignKey(
        Department,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("département"),
        help_text=_("Filled from the commune when it is known."),
    )
    categories = ParentalManyToManyField(
        FieldReportCategory,
        blank=True,
        related_name="field_reports",
        verbose_name=_("categories"),
        help_text=_(
            "Tick one or more: readers filter the map with them. Facilitators add categories "
            "under Field report categories."
        ),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=FieldReportStatus.choices,
        default=FieldReportStatus.DELIVERED,
        help_text=_("Where the project stands today."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1800), MaxValueValidator(2100)],
        help_text=_("Year of delivery, or of the planned delivery."),
    )
    project_owner = models.CharField(
        _("project owner"),
        max_length=200,
        blank=True,
        help_text=_("Who commissioned the project, e.g. Commune de Saint-Flour."),
    )
    designer = models.CharField(
        _("designer"),
        max_length=200,
        blank=True,
        help_text=_("The architect or design office, e.g. Atelier Nord-Sud architectes."),
    )
    floor_area = models.PositiveIntegerField(
        _("floor area (m²)"),
        null=True,
        blank=True,
        help_text=_("In square metres, digits only, e.g. 450."),
    )
    cost = models.PositiveBigIntegerField(
        _("cost (€)"),
        null=True,
        blank=True,
        help_text=_("Total cost in euros excluding tax, digits only, e.g. 1250000."),
    )
    contact = models.CharField(
        _("contact"),
        max_length=250,
        blank=True,
        help_text=_("A service or a role to contact; no personal phone number."),
    )
    body = StreamField(
        FieldReportStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_(
            "The story of the project, block by block: description, photos, key figures, "
            "testimonies, documents, before and after."
        ),
    )

    content_panels = [
        GuidancePanel(
            _(
                "A field report tells how a project was carried out, so that others can do "
                "the same."
            ),
            [
                _("A title that names the project and the place, e.g. École en paille à Die."),
                _("A summary of two or three sentences: what, where, what was learnt."),
                _(
                    "The location: type the address, check the marker on the map, choose the "
                    "commune."
                ),
                _("The categories, the status and the facts of the project."),
                _("Photos with their alternative text and credit, and a contact service."),
            ],
        ),
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                AddressGeocoderPanel("address"),
                LocalLeafletPanel("location", address_field="address"),
                FieldRowPanel([FieldPanel("commune"), FieldPanel("department")]),
            ],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("status"), FieldPanel("year")]),
                FieldRowPanel([FieldPanel("project_owner"), FieldPanel("designer")]),
                FieldRowPanel([FieldPanel("floor_area"), FieldPanel("cost")]),
                FieldPanel("contact"),
            ],
            heading=_("Project"),
        ),
        FieldPanel("body"),
    ]
    base_form_class = FieldReportAdminForm
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("project_owner"),
        index.SearchField("designer"),
        index.FilterField("status"),
        index.FilterField("department"),
    ]

    objects = VisiblePageManager()

    parent_page_types = ["knowledge.FieldReportIndexPage"]
    subpage_types = []
    page_description = _("A field project, located on the map, with its facts and photos.")

    class Meta:
        verbose_name = _("field report")
        verbose_name_plural = _("field reports")

    @cached_property
    def community(self):
        return CommunityPage.objects.ancestor_of(self).first()

    def clean(self):
        super().clean()
        self.derive_location_columns()
        if self.live and self.latitude is None:
            raise ValidationError(
                {"location": _("A field report cannot be published without a location.")}
            )

    def save(self, *args, **kwargs):
        self.derive_location_columns()
        if self.commune_id and not self.department_id:
            self.department_id = self.commune.department_id
        super().save(*args, **kwargs)

    def derive_location_columns(self):
        """Fill latitude and longitude from the widget string, or raise a French error."""
        self.latitude, self.longitude = location_columns(self.location)
