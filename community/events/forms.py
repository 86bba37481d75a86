"""The form of an event page that requests or changes a reminder e-mail."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ReminderDelay

INVALID_DELAY = _(
    "Choose when to receive the reminder: the day before, one hour before or one week before "
    "the event."
)


class ReminderForm(forms.Form):
    delay = forms.ChoiceField(
        choices=ReminderDelay.choices,
        error_messages={"required": INVALID_DELAY, "invalid_choice": INVALID_DELAY},
    )
