"""The form that sets how often a member hears about a community."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Frequency

INVALID_FREQUENCY = _(
    "Choose how to hear about this community: each new item, a daily digest, a weekly digest "
    "or nothing."
)


class FrequencyForm(forms.Form):
    frequency = forms.ChoiceField(
        choices=Frequency.choices,
        error_messages={"required": INVALID_FREQUENCY, "invalid_choice": INVALID_FREQUENCY},
    )
