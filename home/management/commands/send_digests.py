"""Send the digest e-mails of one frequency; `each` runs every minute, the others by day or week."""

from django.core.management.base import BaseCommand

from home.digests.models import Frequency
from home.digests.sending import send_digests

FREQUENCIES = [Frequency.EACH, Frequency.DAILY, Frequency.WEEKLY]


class Command(BaseCommand):
    help = (
        "Send the digest e-mails of one frequency: one e-mail per member with the new items of "
        "the communities they follow at that frequency. A digest whose e-mail fails stays "
        "pending for the next run. Runs that overlap send each item once."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "frequency",
            choices=[frequency.value for frequency in FREQUENCIES],
            help="Which subscriptions to send: each (every new item), daily or weekly.",
        )

    def handle(self, *args, frequency, **options):
        report = send_digests(Frequency(frequency))
        if report.failed:
            self.stderr.write(
                f"{report.failed} digests failed to send and stay pending for the next run; "
                "see the log for the errors."
            )
        if options["verbosity"] >= 1:
            self.stdout.write(
                f"Digests ({frequency}): {report.sent} sent, {report.failed} failed, "
                f"{report.skipped} skipped, {report.empty} members with nothing new."
            )
