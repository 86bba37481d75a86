from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QaConfig(AppConfig):
    name = "qa"
    verbose_name = _("Mutual help")

    def ready(self):
        from . import signals

        signals.connect()
