"""Send the reminder e-mails of events that are due. Cron runs it every 15 minutes."""

from django.core.management.base import BaseCommand

from community.events.reminders import send_due_reminders


class Command(BaseCommand):
    help = (
        "Send the event reminder e-mails that are due, one e-mail per reminder. Meant to run "
        "every 15 minutes from cron. A reminder whose e-mail fails stays pending for the next "
        "run. Runs that overlap send each reminder once."
    )

    def handle(self, *args, **options):
        report = send_due_reminders()
        if report.failed:
            self.stderr.write(
                f"{report.failed} reminders failed to send and stay pending for the next run; "
                "see the log for the errors."
            )
        if options["verbosity"] >= 1:
            self.stdout.write(
                f"Event reminders: {report.sent} sent, {report.failed} failed, "
                f"{report.skipped} skipped."
            )
