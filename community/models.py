"""Communities, their membership and the groups and collection that carry access rights."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Collection, Page, PageManager
from wagtail.search import index

from .guidance import GuidancePanel
from .privacy import VisiblePageQuerySet, visible_pages

DESCRIPTION_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link"]

VisiblePageManager = PageManager.from_queryset(VisiblePageQuerySet)


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    RESERVED = "reserved", _("Reserved to members")


class CommunityRoutes(RoutablePageMixin):
    """The community's "Quoi de neuf" page and feeds, served below its address.

    Wagtail checks the community's view restriction before any route, so a reserved
    community's activity and feeds stay with its members.
    """

    @path("quoi-de-neuf/", name="activity")
    def activity(self, request):
        from home.activity.views import community_activity

        return community_activity(request, self)

    @path("quoi-de-neuf/rss/", name="activity_rss")
    def activity_rss(self, request):
        from home.feeds.views import community_feed

        return community_feed(request, self, "rss")

    @path("quoi-de-neuf/atom/", name="activity_atom")
    def activity_atom(self, request):
        from home.feeds.views import community_feed

        return community_feed(request, self, "atom")


class CommunityPage(CommunityRoutes, Page):
    summary = models.CharField(
        _("summary"),
        max_length=250,
        help_text=_("One or two sentences shown in lists of communities."),
    )
    description = RichTextField(
        _("description"),
        features=DESCRIPTION_FEATURES,
        help_text=_("Who the community gathers, what it works on and how to take part."),
    )
    illustration = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("illustration"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional: a landscape photo shown on the community's card and at the top of its "
            "page, at least 800 pixels wide."
        ),
    )
    illustration_alt = models.CharField(
        _("alternative text of the illustration"),
        max_length=250,
        blank=True,
        help_text=_("Required with an illustration: describe what it shows."),
    )
    visibility = models.CharField(
        _("visibility"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.PUBLIC,
        help_text=_(
            "A reserved community, its pages and its documents are shown to its members only."
        ),
    )

    content_panels = [
        GuidancePanel(
            _(
                "A community page welcomes agents who discover the community. Its reference "
                "information, field reports, mutual help and agenda pages are created with it."
            ),
            [
                _("A summary that says in one sentence who the community gathers."),
                _("A description: its subjects, its facilitators' services, how to join."),
                _("A reserved community only when its exchanges must stay among members."),
            ],
        ),
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("illustration"),
        FieldPanel("illustration_alt"),
        FieldPanel("visibility"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("visibility"),
    ]

    objects = VisiblePageManager()

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "knowledge.ReferenceIndexPage",
        "knowledge.FieldReportIndexPage",
        "qa.QuestionIndexPage",
        "community.EventIndexPage",
    ]
    page_description = _(
        "A community of practice. Its four section pages are created with it; members and "
        "facilitators are managed under Memberships."
    )

    class Meta:
        verbose_name = _("community")
        verbose_name_plural = _("communities")

    def clean(self):
        super().clean()
        if self.illustration_id and not self.illustration_alt.strip():
            raise ValidationError(
                {"illustration_alt": _("Describe the illustration for people who cannot see it.")}
            )

    @property
    def is_reserved(self):
        return self.visibility == Visibility.RESERVED

    def get_context(self, request, *args, **kwargs):
        # knowledge.models imports this module, so import it when the page is served.
        from knowledge.models import latest_reference_pages

        from .events.listing import next_events

        context = super().get_context(request, *args, **kwargs)
        user = request.user
        context["membership"] = (
            self.memberships.filter(user=user).first() if user.is_authenticated else None
        )
        sections = visible_pages(user, Page.objects.child_of(self)).specific()
        context["sections"] = sections
        context["latest_pages"] = latest_reference_pages(user, self)
        # The sections are read here once and the template reuses them.
        context["agenda_page"] = next(
            (section for section in sections if isinstance(section, EventIndexPage)), None
        )
        context["next_events"] = next_events(user, self)
        return context


class CommunityAccess(models.Model):
    """The Wagtail groups and the collection that carry the access rights of one community."""

    community = models.OneToOneField(
        CommunityPage, on_delete=models.CASCADE, related_name="access", verbose_name=_("community")
    )
    members_group = models.OneToOneField(
        "auth.Group", on_delete=models.PROTECT, related_name="+", verbose_name=_("members group")
    )
    facilitators_group = models.OneToOneField(
        "auth.Group",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("facilitators group"),
    )
    collection = models.OneToOneField(
        Collection, on_delete=models.PROTECT, related_name="+", verbose_name=_("collection")
    )

    class Meta:
        verbose_name = _("community access")
        verbose_name_plural = _("community accesses")

    def __str__(self):
        return str(self.community)


class Role(models.TextChoices):
    MEMBER = "member", _("Member")
    EXPERT = "expert", _("Expert")
    FACILITATOR = "facilitator", _("Facilitator")


class MembershipStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    ACTIVE = "active", _("Active")


class MembershipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=MembershipStatus.ACTIVE)

    def pending(self):
        return self.filter(status=MembershipStatus.PENDING)

    def facilitated_by(self, user):
        """Memberships of the communities where `user` is an active facilitator."""
        if user.is_superuser:
            return self
        facilitated = Membership.objects.active().filter(user=user, role=Role.FACILITATOR)
        return self.filter(community__in=facilitated.values("community"))


class Membership(models.Model):
    """The source of truth of who belongs to a community and with which role."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("user"),
    )
    community = models.ForeignKey(
        CommunityPage,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("community"),
    )
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.MEMBER)
    status = models.CharField(
        _("status"),
        max_length=8,
        choices=MembershipStatus.choices,
        default=MembershipStatus.PENDING,
    )
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["community__title", "user__last_name", "user__username"]
        constraints = [
            models.UniqueConstraint(fields=["user", "community"], name="unique_membership"),
        ]

    def __str__(self):
        return f"{self.user} – {self.community} ({self.get_role_display()})"

    def save(self, *args, **kwargs):
        if self.status == MembershipStatus.ACTIVE and self.approved_at is None:
            self.approved_at = timezone.now()
        super().save(*args, **kwargs)

    @property
    def is_active(self):
        return self.status == MembershipStatus.ACTIVE

    def activate(self):
        self.status = MembershipStatus.ACTIVE
        self.save()


class PersonalToken(models.Model):
    """The secret key of a member's personal calendar (and feed) URLs.

    Anyone with the key reads what its owner may see, without logging in, which is how a
    calendar application subscribes. The owner revokes it from their account page, which
    deletes it; a new key is made on demand.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="personal_token",
        verbose_name=_("user"),
    )
    key = models.CharField(_("key"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("personal token")
        verbose_name_plural = _("personal tokens")

    def __str__(self):
        return f"{self.user} ({self.created_at:%Y-%m-%d})"

    @classmethod
    def for_user(cls, user):
        """Return the token of `user`, creating one if they have none."""
        token, _created = cls.objects.get_or_create(
            user=user, defaults={"key": secrets.token_urlsafe(32)}
        )
        return token

    @classmethod
    def renew(cls, user):
        """Replace the token of `user` by a new one; the old URLs stop working at once."""
        cls.objects.filter(user=user).delete()
        return cls.for_user(user)


# The event models live in their own module and import this one.
from .events.models import (  # noqa: E402, F401
    AgendaPage,
    EventDocument,
    EventIndexPage,
    EventPage,
    EventReminder,
)
