from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from home.activity.rebuild import rebuild_activity


class Command(BaseCommand):
    help = "Rebuild the activity log (Quoi de neuf, feeds, digests) from pages and answers."

    def handle(self, *args, **options):
        count = rebuild_activity()
        self.stdout.write(_("%(count)d activity entries written.") % {"count": count})
