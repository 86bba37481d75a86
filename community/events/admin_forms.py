"""The page editor form of events: dates in order, and a link for an online event to publish."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

from knowledge.admin_forms import LocatedPageForm

# The event formats that need an online meeting link; models.py imports this module.
FORMATS_WITH_LINK = ("online", "hybrid")
# Dates outside these years are typing mistakes, and the extremes of Python's calendar cannot be
# converted between Paris time and UTC.
FIRST_YEAR, LAST_YEAR = 1900, 2100
DATE_FIELDS = ("start", "end", "start_date", "end_date")


SCHEDULE_HELP = {
    "go_live_at": _(
        "Paris time (Europe/Paris). A scheduled event appears nowhere before its go-live date."
    ),
    "expire_at": _("Paris time (Europe/Paris). The event disappears everywhere at this date."),
}


class EventPageForm(LocatedPageForm):
    """Check that an event ends after it starts and that an online event has its link.

    The go-live and expiry inputs of Wagtail's schedule dialog state their time zone.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, help_text in SCHEDULE_HELP.items():
            if name in self.fields:
                self.fields[name].help_text = help_text
        self.limit_documents()

    def limit_documents(self):
        """Offer and accept only the documents the editor may choose, and those already attached.

        Without this, an id typed in a crafted request would attach a document of a reserved
        collection, whose title the editor would then read in the page editor.
        """
        formset = self.formsets.get("documents")
        if formset is None or getattr(self, "for_user", None) is None:
            return
        allowed = allowed_documents(self.for_user, self.instance)
        for form in [*formset.forms, formset.empty_form]:
            form.fields["document"].queryset = allowed
        # The chooser of a rejected row would show the title of the document it names.
        for form in formset.forms:
            if form.is_bound and form.has_error("document"):
                form.data = form.data.copy()
                form.data[form.add_prefix("document")] = ""

    def clean(self):
        cleaned_data = super().clean()
        self.check_years(cleaned_data)
        if cleaned_data.get("all_day"):
            self.check_days(cleaned_data)
        else:
            self.check_times(cleaned_data)
        self.check_online_link(cleaned_data)
        return cleaned_data

    def check_years(self, data):
        """Refuse, and drop, a date outside FIRST_YEAR–LAST_YEAR."""
        for field in DATE_FIELDS:
            value = data.get(field)
            if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
                del data[field]
                self.add_error(
                    field,
                    ValidationError(
                        _("Enter a date between the years %(first)s and %(last)s."),
                        code="out_of_range",
                        params={"first": FIRST_YEAR, "last": LAST_YEAR},
                    ),
                )

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


def allowed_documents(user, page):
    """Return the documents `user` may choose in the chooser, and those `page` already has."""
    document_model = get_document_model()
    policy = policy_registry.get_by_type(document_model)
    choosable = policy.instances_user_has_any_permission_for(user, ["choose"])
    attached = page.documents.values("document_id") if page.pk else []
    return document_model.objects.filter(pk__in=choosable.values("pk")) | (
        document_model.objects.filter(pk__in=attached)
    )
