from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from .activity import signals
        from .digests import signals as digest_signals

        signals.connect()
        digest_signals.connect()
