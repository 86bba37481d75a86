"""Site forms of moderation: reporting an answer, turning a comment thread into a question."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..models import AnswerReport, ReportReason
from .questions import TopicsField, VisibleTextField

MAX_EXPLANATION_LENGTH = 1000
# The title column of a Wagtail page is 255 characters long.
MAX_TITLE_LENGTH = 255


class ReportAnswerForm(forms.ModelForm):
    reason = forms.ChoiceField(
        label=_("Why do you report this answer?"),
        choices=ReportReason.choices,
        widget=forms.RadioSelect,
    )
    explanation = forms.CharField(
        label=_("Explanation (optional)"),
        max_length=MAX_EXPLANATION_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    class Meta:
        model = AnswerReport
        fields = ["reason", "explanation"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["explanation"].help_text = gettext(
            "What should the facilitators know? At most %(count)s characters."
        ) % {"count": MAX_EXPLANATION_LENGTH}


class ConvertThreadForm(forms.Form):
    title = VisibleTextField(
        label=_("Question"),
        help_text=_("The title of the new question, phrased as a question."),
        max_length=MAX_TITLE_LENGTH,
        error_messages={"required": _("Type the question.")},
    )
    # The same topics, with the same limits and messages, as in the form to ask a question.
    tags = TopicsField()

    def clean_title(self):
        return " ".join(self.cleaned_data["title"].split())
