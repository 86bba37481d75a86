"""Forms of the thread: posting an answer or a reply, and editing one's own answer."""

from django import forms
from django.utils.translation import gettext_lazy as _

from community.converters import parse_id

from ..text import strip_invisible
from ..threads import MAX_DEPTH, comments_of

MAX_ANSWER_LENGTH = 5000
PARENT_MISSING_MESSAGE = _("The answer you replied to no longer exists or is not shown any more.")


class AnswerTextField(forms.CharField):
    """The plain text of an answer: links are made clickable on display, HTML is shown as typed."""

    widget = forms.Textarea(attrs={"rows": 5})

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Your answer"))
        kwargs.setdefault(
            "help_text",
            _(
                "Plain text. Web addresses starting with http:// or https:// become links. "
                "At most %(max)s characters."
            )
            % {"max": MAX_ANSWER_LENGTH},
        )
        kwargs.setdefault(
            "error_messages",
            {
                "required": _("Write your answer before sending it."),
                "max_length": _(
                    "The answer has %(show_value)d characters, more than the maximum of "
                    "%(limit_value)d. Shorten it, or split it into several answers."
                ),
            },
        )
        super().__init__(max_length=MAX_ANSWER_LENGTH, strip=True, **kwargs)

    def to_python(self, value):
        # Invisible characters around the text, such as zero-width spaces, are dropped too, so
        # a text with no visible character is empty and gets the "required" message.
        return strip_invisible(super().to_python(value))


class AnswerForm(forms.Form):
    """An answer on `page`, or a reply to the answer whose id is in `parent`.

    The parent must be a visible comment of the same page above the deepest level. A refused
    parent is a form error, so the page shows it with the text the author typed.
    """

    text = AnswerTextField()
    # A CharField, because clean_parent parses the id with the same bounds as the URLs.
    parent = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, page, *args, **kwargs):
        self.page = page
        super().__init__(*args, **kwargs)

    def clean_parent(self):
        value = self.cleaned_data.get("parent")
        if not value:
            return None
        parent_id = parse_id(value)
        if parent_id is None:
            raise forms.ValidationError(PARENT_MISSING_MESSAGE, code="invalid")
        parent = comments_of(self.page).filter(pk=parent_id).first()
        if parent is None or parent.is_removed or not parent.is_public:
            raise forms.ValidationError(PARENT_MISSING_MESSAGE, code="invalid_parent")
        if parent.level >= MAX_DEPTH:
            raise forms.ValidationError(
                _(
                    "Replies cannot go deeper at this point of the thread: reply to the answer "
                    "above instead."
                ),
                code="too_deep",
            )
        return parent

    @property
    def parent_refused(self):
        """Tell whether the reply was refused because of its parent answer."""
        return "parent" in self.errors


class EditAnswerForm(forms.Form):
    text = AnswerTextField(label=_("Text of the answer"))
