"""The page editor form of events: dates in order, and a link for an online event to publish."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from knowledge.admin_forms import LocatedPageForm

# The event formats that need an online meeting link; models.py imports this module.
FORMATS_WITH_LINK = ("online", "hybrid")


SCHEDULE_HELP = _(
    "Paris time (Europe/Paris). A scheduled event appears nowhere before its go-live date."
)


class EventPageForm(LocatedPageForm):
    """Check that an event ends after it starts and that an online event has its link.

    The go-live and expiry dates of Wagtail's schedule dialog say which time zone they are in.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("go_live_at", "expire_at"):
            if name in self.fields:
                self.fields[name].help_text = SCHEDULE_HELP

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("all_day"):
            self.check_days(cleaned_data)
        else:
            self.check_times(cleaned_data)
        self.check_online_link(cleaned_data)
        return cleaned_data

    def check_days(self, data):
        first, last = data.get("start_date"), data.get("end_date")
        if first is None:
            if not self.has_error("start_date"):
                self.add_error(
                    "start_date",
                    ValidationError(
                        _("Enter the first day of the all-day event."), code="required"
                    ),
                )
            return
        if last is not None and last < first:
            self.add_error(
                "end_date",
                ValidationError(
                    _(
                        "The last day is before the first day: enter a later date or leave "
                        "it empty."
                    ),
                    code="end_before_start",
                ),
            )

    def check_times(self, data):
        start, end = data.get("start"), data.get("end")
        for field, value, message in (
            ("start", start, _("Enter the date and time when the event starts.")),
            ("end", end, _("Enter the date and time when the event ends.")),
        ):
            if value is None and not self.has_error(field):
                self.add_error(field, ValidationError(message, code="required"))
        if start is not None and end is not None and end <= start:
            self.add_error(
                "end",
                ValidationError(
                    _("The event ends before it starts: enter an end after the start."),
                    code="end_before_start",
                ),
            )

    def check_online_link(self, data):
        needs_link = data.get("format") in FORMATS_WITH_LINK
        if needs_link and self.is_publishing and not data.get("online_url"):
            if self.has_error("online_url"):
                return
            self.add_error(
                "online_url",
                ValidationError(
                    _(
                        "An online or hybrid event needs its meeting link to be published or "
                        "submitted for moderation. A draft can be saved without it."
                    ),
                    code="required_to_publish",
                ),
            )
