"""The French administrative division: régions, départements and communes (INSEE codes)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.Model):
    code = models.CharField(
        _("INSEE code"),
        max_length=3,
        unique=True,
        help_text=_("The two-digit code of the région in the official geographic code, e.g. 84."),
    )
    name = models.CharField(
        _("name"), max_length=100, help_text=_("The official name, e.g. Auvergne-Rhône-Alpes.")
    )

    class Meta:
        verbose_name = _("région")
        verbose_name_plural = _("régions")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Department(models.Model):
    code = models.CharField(
        _("INSEE code"),
        max_length=3,
        unique=True,
        help_text=_("The code of the département, e.g. 15, 2A or 974."),
    )
    name = models.CharField(
        _("name"), max_length=100, help_text=_("The official name, e.g. Cantal.")
    )
    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        related_name="departments",
        verbose_name=_("région"),
        help_text=_("The région the département belongs to."),
    )

    class Meta:
        verbose_name = _("département")
        verbose_name_plural = _("départements")
        ordering = ["code"]

    def __str__(self):
        return f"{self.name} ({self.code})"


class Commune(models.Model):
    code = models.CharField(
        _("INSEE code"),
        max_length=5,
        unique=True,
        help_text=_("The five-character INSEE code, not the postcode, e.g. 15187 for Saint-Flour."),
    )
    name = models.CharField(
        _("name"), max_length=150, help_text=_("The official name, e.g. Saint-Flour.")
    )
    department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        related_name="communes",
        verbose_name=_("département"),
        help_text=_("The département the commune belongs to."),
    )
    population = models.PositiveIntegerField(
        _("population"),
        null=True,
        blank=True,
        help_text=_("Optional: the latest legal population, digits only."),
    )

    class Meta:
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        ordering = ["name", "code"]
        indexes = [models.Index(fields=["name"])]

    def __str__(self):
        return f"{self.name} ({self.code})"
