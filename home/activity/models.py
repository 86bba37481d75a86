"""The activity log that the "Quoi de neuf" pages, the feeds and the digests read."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ActivityKind(models.TextChoices):
    REFERENCE_NEW = "reference_new", _("New reference page")
    REFERENCE_UPDATED = "reference_updated", _("Updated reference page")
    FIELD_REPORT_NEW = "field_report_new", _("New field report")
    QUESTION_NEW = "question_new", _("New question")
    ANSWER_NEW = "answer_new", _("New answer")
    REFERENCE_ANSWER = "reference_answer", _("Reference answer")
    EVENT_NEW = "event_new", _("New event")


class ActivityEntry(models.Model):
    """Something that happened on a page of a community, at a time.

    Entries are written when it happens and never hold a copy of the content: titles and texts
    are read from the page and the answer when shown, and whether a reader may see the entry is
    decided at that time too (`home.activity.queries.visible_entries`).
    """

    kind = models.CharField(_("kind"), max_length=20, choices=ActivityKind.choices)
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("page"),
    )
    community = models.ForeignKey(
        "community.CommunityPage",
        on_delete=models.CASCADE,
        related_name="activity_entries",
        verbose_name=_("community"),
    )
    answer = models.ForeignKey(
        "django_comments_xtd.XtdComment",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("answer"),
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("author"),
    )
    occurred_at = models.DateTimeField(_("date"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("activity entry")
        verbose_name_plural = _("activity entries")
        ordering = ["-occurred_at", "-pk"]
        indexes = [models.Index(fields=["community", "-occurred_at"], name="activity_community")]

    def __str__(self):
        return f"{self.get_kind_display()} – {self.page_id} ({self.occurred_at:%Y-%m-%d %H:%M})"
