"""Event pages, the agenda of each community, the portal agenda and the reminders of members.

An event is either timed, with a start and an end in Europe/Paris, or all-day, with a first and
a last date. Both kinds store the UTC instants `starts_at` and `ends_at`, derived on save, so
that every listing sorts and splits events with one query whatever their kind.
"""

import datetime
import zoneinfo

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from knowledge.blocks import ContentStreamBlock
from knowledge.geo import location_columns
from knowledge.widgets import AddressGeocoderPanel, LocalLeafletPanel

from ..guidance import GuidancePanel
from ..models import CommunityPage
from ..privacy import VisiblePageQuerySet
from .admin_forms import FORMATS_WITH_LINK, EventPageForm

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
TIME_ZONE_HELP = _(
    "Times are Paris time (Europe/Paris), summer or winter time applied automatically."
)


class EventFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class EventQuerySet(VisiblePageQuerySet):
    def upcoming(self, now=None):
        """Events that have not ended yet, those in progress included, soonest first."""
        now = now or timezone.now()
        return self.filter(ends_at__gt=now).order_by("starts_at", "pk")

    def past(self, now=None):
        """Events that have ended, most recent first."""
        now = now or timezone.now()
        return self.filter(ends_at__lte=now).order_by("-starts_at", "-pk")

    def of_format(self, event_format):
        return self.filter(format=event_format)

    def overlapping_month(self, year, month):
        """Events that take place, even partly, during `month` of `year` in Paris time.

        An event without duration counts in the month of its start, midnight on the 1st included.
        """
        first = datetime.datetime(year, month, 1, tzinfo=PARIS)
        following = datetime.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=PARIS)
        reaches_month = models.Q(ends_at__gt=first) | models.Q(starts_at__gte=first)
        return self.filter(reaches_month, starts_at__lt=following)


EventManager = PageManager.from_queryset(EventQuerySet)


class AgendaRoutes(RoutablePageMixin):
    """The views of an agenda: upcoming events, the archive of past events and the calendar."""

    @path("")
    def upcoming_view(self, request):
        from .listing import agenda_context

        return self.render(request, context_overrides=agenda_context(self, request, past=False))

    @path("archives/")
    def archive_view(self, request):
        from .listing import agenda_context

        return self.render(
            request,
            context_overrides=agenda_context(self, request, past=True),
            template="community/events/event_archive_page.html",
        )

    @path("calendrier/")
    def calendar_view(self, request):
        from .calendar_views import agenda_calendar

        return agenda_calendar(self, request)


class EventIndexPage(AgendaRoutes, Page):
    """ "Agenda": the upcoming events of one community, its archive and its calendar."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_(
            "One or two sentences above the events, e.g. the kinds of meetings of the community "
            "and how often they take place."
        ),
    )

    content_panels = [
        GuidancePanel(
            _(
                "The agenda lists the events of the community automatically, upcoming first, with "
                "an archive and a calendar file. Add each event as a sub-page of this page."
            )
        ),
        *Page.content_panels,
        FieldPanel("intro"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    objects = EventManager()

    parent_page_types = ["community.CommunityPage"]
    subpage_types = ["community.EventPage"]
    max_count_per_parent = 1
    template = "community/events/event_index_page.html"
    page_description = _(
        "The agenda of a community. It is created with the community: add events under it."
    )

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agendas")

    @cached_property
    def community(self):
        return CommunityPage.objects.ancestor_of(self).first()

    def events(self):
        """Return every event of this agenda, live or not: listings filter them per reader."""
        return EventPage.objects.child_of(self)


class AgendaPage(AgendaRoutes, Page):
    """The portal agenda at /agenda/: the events of every community the reader may see."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("One or two sentences above the events of every community."),
    )

    content_panels = [
        GuidancePanel(
            _(
                "The portal agenda gathers the events of every community automatically. Events "
                "are added in the agenda of their community, not here."
            )
        ),
        *Page.content_panels,
        FieldPanel("intro"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    objects = PageManager.from_queryset(VisiblePageQuerySet)()

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    template = "community/events/agenda_page.html"
    page_description = _("The agenda of every community, under the home page. There is only one.")

    class Meta:
        verbose_name = _("portal agenda")

    # The portal agenda belongs to no community; templates test `page.community`.
    community = None

    def events(self):
        """Return every event of the portal, live or not: listings filter them per reader."""
        return EventPage.objects.all()


class EventPage(RoutablePageMixin, Page):
    """A meeting, webinar, site visit or working group of a community."""

    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("Two or three sentences shown in agendas, calendars and reminders."),
    )
    all_day = models.BooleanField(
        _("all-day event"),
        default=False,
        help_text=_("Tick for an event without times, such as a forum over one or more days."),
    )
    start = models.DateTimeField(_("start"), null=True, blank=True, help_text=TIME_ZONE_HELP)
    end = models.DateTimeField(_("end"), null=True, blank=True, help_text=TIME_ZONE_HELP)
    start_date = models.DateField(
        _("first day"), null=True, blank=True, help_text=_("For an all-day event.")
    )
    end_date = models.DateField(
        _("last day"),
        null=True,
        blank=True,
        help_text=_("For an all-day event over several days; leave empty for a single day."),
    )
    # UTC instants derived on save from the fields above: all-day events run from midnight of
    # their first day to midnight after their last day, Paris time.
    starts_at = models.DateTimeField(_("starts at"), null=True, editable=False, db_index=True)
    ends_at = models.DateTimeField(_("ends at"), null=True, editable=False, db_index=True)

    format = models.CharField(
        _("format"),
        max_length=10,
        choices=EventFormat.choices,
        default=EventFormat.IN_PERSON,
        help_text=_("In person: give the venue. Online: give the meeting link. Hybrid: give both."),
    )
    cancelled = models.BooleanField(
        _("cancelled"),
        default=False,
        help_text=_(
            "Tick to announce that the event will not take place. It stays in the agenda, "
            "marked as cancelled, and no reminder is sent."
        ),
    )
    venue_name = models.CharField(
        _("venue"),
        max_length=200,
        blank=True,
        help_text=_("Name of the building or room, e.g. Préfecture du Rhône, salle Vaubecour."),
    )
    venue_address = models.CharField(
        _("address"),
        max_length=250,
        blank=True,
        help_text=_("Type an address to place the marker, then adjust it on the map."),
    )
    location = models.CharField(
        _("location"),
        max_length=100,
        blank=True,
        help_text=_("Optional: the point of the venue on the map."),
    )
    latitude = models.FloatField(_("latitude"), null=True, blank=True, editable=False)
    longitude = models.FloatField(_("longitude"), null=True, blank=True, editable=False)
    online_url = models.URLField(
        _("online meeting link"),
        max_length=500,
        blank=True,
        help_text=_(
            "Required to publish an online or hybrid event. Shown only to the members of the "
            "community."
        ),
    )
    registration_url = models.URLField(
        _("registration link"),
        max_length=500,
        blank=True,
        help_text=_(
            "Optional: the address of the registration form, starting with https://. Leave "
            "empty when no registration is needed."
        ),
    )
    registration_note = models.CharField(
        _("registration note"),
        max_length=250,
        blank=True,
        help_text=_("E.g. Registration before 5 March, limited to 40 people."),
    )
    organiser = models.CharField(
        _("organiser"),
        max_length=200,
        blank=True,
        help_text=_("A service or a role, e.g. DDT du Rhône, service habitat."),
    )
    body = StreamField(
        ContentStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_(
            "The programme and the practical details: speakers, order of the day, access, "
            "what to bring."
        ),
    )

    content_panels = [
        GuidancePanel(
            _("An event page announces a meeting, a webinar, a site visit or a working group."),
            [
                _("A title that says what and where, e.g. Webinaire : le permis de louer."),
                _("The date and times, the format and the venue or the online link."),
                _("Who organises it and how to register."),
                _(
                    "To announce it on a later day, click Set schedule in the Status side "
                    "panel, choose the go-live date, then publish: the page goes live on that "
                    "date."
                ),
                _("After the event, attach the minutes or the slides under Documents."),
            ],
        ),
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                HelpPanel(content=TIME_ZONE_HELP),
                FieldPanel("all_day"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("cancelled"),
            ],
            heading=_("Date"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("format"),
                FieldPanel("venue_name"),
                AddressGeocoderPanel("venue_address"),
                LocalLeafletPanel("location", address_field="venue_address"),
                FieldPanel("online_url"),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldPanel("registration_url"),
                FieldPanel("registration_note"),
            ],
            heading=_("Organisation"),
        ),
        FieldPanel("body"),
        InlinePanel("documents", heading=_("Documents"), label=_("document")),
    ]
    base_form_class = EventPageForm
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.SearchField("organiser"),
        index.FilterField("format"),
        index.FilterField("starts_at"),
    ]

    objects = EventManager()

    parent_page_types = ["community.EventIndexPage"]
    subpage_types = []
    template = "community/events/event_page.html"
    page_description = _(
        "A meeting, webinar, site visit or working group, with its dates, place and documents."
    )

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    @cached_property
    def community(self):
        return CommunityPage.objects.ancestor_of(self).first()

    @property
    def is_online(self):
        return self.format in FORMATS_WITH_LINK

    @property
    def local_start(self):
        return timezone.localtime(self.starts_at, PARIS)

    @property
    def local_end(self):
        return timezone.localtime(self.ends_at, PARIS)

    @property
    def local_last_day(self):
        """The last day of the event in Paris: all-day ends are exclusive midnights."""
        if self.all_day:
            return self.end_date or self.start_date
        return self.local_end.date()

    def clean(self):
        super().clean()
        self.derive_columns()

    def save(self, *args, **kwargs):
        self.derive_columns()
        super().save(*args, **kwargs)

    def derive_columns(self):
        self.derive_instants()
        self.latitude, self.longitude = location_columns(self.location)

    def derive_instants(self):
        """Fill `starts_at` and `ends_at` from the dates or times the editor entered."""
        if self.all_day:
            self.start = self.end = None
            if self.start_date is None:
                self.starts_at = self.ends_at = None
                return
            if self.end_date is None or self.end_date < self.start_date:
                self.end_date = self.start_date
            self.starts_at = midnight_in_paris(self.start_date)
            self.ends_at = midnight_in_paris(self.end_date + datetime.timedelta(days=1))
        else:
            self.start_date = self.end_date = None
            self.starts_at = self.start
            self.ends_at = self.end or self.start

    def has_started(self, now=None):
        return self.starts_at <= (now or timezone.now())

    def has_ended(self, now=None):
        return self.ends_at <= (now or timezone.now())

    def get_context(self, request, *args, **kwargs):
        from .event_view import event_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_page_context(self, request))
        return context

    @path("calendrier/")
    def calendar_view(self, request):
        from .calendar_views import event_calendar

        return event_calendar(self, request)


def midnight_in_paris(day):
    return datetime.datetime.combine(day, datetime.time(0), tzinfo=PARIS)


class DocumentKind(models.TextChoices):
    AGENDA = "agenda", _("Agenda (before the event)")
    PREPARATION = "preparation", _("Preparatory document (before the event)")
    MINUTES = "minutes", _("Minutes (after the event)")
    SLIDES = "slides", _("Presentation slides (after the event)")


BEFORE_KINDS = (DocumentKind.AGENDA, DocumentKind.PREPARATION)


class EventDocument(Orderable):
    """A document attached to an event: its agenda before, its minutes or slides after."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(
        _("kind"),
        max_length=12,
        choices=DocumentKind.choices,
        default=DocumentKind.AGENDA,
        help_text=_(
            "The agenda and preparatory documents are shown before the event, the minutes "
            "and slides after it."
        ),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
        help_text=_("Choose a document already uploaded, or upload a new one, e.g. a PDF."),
    )
    label = models.CharField(
        _("label"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty to show the title of the document."),
    )

    panels = [FieldPanel("kind"), FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("event document")
        verbose_name_plural = _("event documents")

    @property
    def title(self):
        return self.label or self.document.title


class ReminderDelay(models.TextChoices):
    DAY_BEFORE = "day", _("The day before")
    HOUR_BEFORE = "hour", _("One hour before")
    WEEK_BEFORE = "week", _("One week before")


REMINDER_DELAYS = {
    ReminderDelay.DAY_BEFORE: datetime.timedelta(days=1),
    ReminderDelay.HOUR_BEFORE: datetime.timedelta(hours=1),
    ReminderDelay.WEEK_BEFORE: datetime.timedelta(days=7),
}


class EventReminder(models.Model):
    """A member's request for an e-mail before an event; `sent_at` is set once it is sent."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="event_reminders",
        verbose_name=_("user"),
    )
    event = models.ForeignKey(
        EventPage, on_delete=models.CASCADE, related_name="reminders", verbose_name=_("event")
    )
    delay = models.CharField(
        _("when"), max_length=5, choices=ReminderDelay.choices, default=ReminderDelay.DAY_BEFORE
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("event reminder")
        verbose_name_plural = _("event reminders")
        constraints = [
            models.UniqueConstraint(fields=["user", "event"], name="unique_event_reminder"),
        ]

    def __str__(self):
        return f"{self.user} – {self.event_id} ({self.get_delay_display()})"

    def due_at(self):
        """Return the instant at which the reminder should be sent.

        "The day before" and "one week before" keep the Paris clock time across a change of
        summer time: the reminder of an event on Sunday at 10:00 is due on Saturday at 10:00.
        """
        delay = REMINDER_DELAYS[self.delay]
        if delay < datetime.timedelta(days=1):
            return self.event.starts_at - delay
        # Subtracting from an aware datetime moves its wall-clock time; the UTC offset is then
        # that of the earlier date.
        earlier = timezone.localtime(self.event.starts_at, PARIS) - delay
        return earlier.astimezone(datetime.UTC)
