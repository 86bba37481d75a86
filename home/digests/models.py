"""A member's choice of how to hear about one community, and how far the e-mails have gone."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Frequency(models.TextChoices):
    EACH = "each", _("Each new item")
    DAILY = "daily", _("Daily digest")
    WEEKLY = "weekly", _("Weekly digest")
    NONE = "none", _("Nothing")


class Subscription(models.Model):
    """The choice of how often `user` hears about `community`.

    `last_entry_id` is the highest activity entry already considered for this member and
    community: sending moves it forward only once the e-mail has left, so a failing mail
    server costs a retry, never a repeated item (`sending.release` names the rare loss).
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="subscriptions",
        verbose_name=_("user"),
    )
    community = models.ForeignKey(
        "community.CommunityPage",
        on_delete=models.CASCADE,
        related_name="subscriptions",
        verbose_name=_("community"),
    )
    frequency = models.CharField(
        _("frequency"), max_length=8, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    last_entry_id = models.PositiveBigIntegerField(_("last entry considered"), default=0)
    last_sent_at = models.DateTimeField(_("last sent at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.UniqueConstraint(fields=["user", "community"], name="unique_subscription"),
        ]

    def __str__(self):
        return f"{self.user} – {self.community_id} ({self.frequency})"
