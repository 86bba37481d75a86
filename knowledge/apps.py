from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = _("Reference information")

    def ready(self):
        from . import moderation, signals  # noqa: F401
