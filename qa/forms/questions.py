"""The forms to ask and edit a question, and the conversion of their plain text details.

Members type the details as plain text. The form turns them into the rich text stored on
QuestionPage: paragraphs, line breaks and clickable http(s) links, with everything else
escaped, so no markup typed by a member ever reaches a page.
"""

import re
from html.parser import HTMLParser

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from community.converters import parse_id

from ..text import has_visible_text, is_web_address, strip_invisible, text_to_rich_text

TITLE_MIN_LENGTH = 10
TITLE_MAX_LENGTH = 200
DETAILS_MAX_LENGTH = 10_000
MAX_TAGS = 5
TAG_MAX_LENGTH = 40
TAGS_INPUT_MAX_LENGTH = 300
# Positive integers that fit a signed 64-bit column, because SQLite raises OverflowError on
# larger ones.

WHITESPACE = re.compile(r"\s+")
LETTER_OR_DIGIT = re.compile(r"[^\W_]")


class _TextExtractor(HTMLParser):
    """Collect the text of rich text, with blank lines between blocks and line breaks for <br>."""

    BLOCKS = {"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.link_href = None
        self.link_text = []

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.parts.append("\n\n")
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag == "a":
            self.link_href = dict(attrs).get("href") or ""
            self.link_text = []

    def handle_endtag(self, tag):
        if tag == "a" and self.link_href is not None:
            text = "".join(self.link_text)
            href = self.link_href
            self.link_href = None
            # Only a web address comes back as text, so that saving again keeps the link.
            if href and href != text and is_web_address(href):
                self.parts.append(f"{text} ({href})")
            else:
                self.parts.append(text)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self.link_href is not None:
            self.link_text.append(data)
        else:
            self.parts.append(data)


def rich_text_to_text(html):
    """Return the plain text of stored rich text, in the form `text_to_rich_text` reads."""
    extractor = _TextExtractor()
    extractor.feed(html or "")
    extractor.close()
    text = "".join(extractor.parts)
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def parse_page_id(value):
    """Return `value` as a page id, or None when it is not a plausible one."""
    return parse_id(value.strip())


def parse_tags(value):
    """Split comma-separated topics, tidy their spacing and drop case-insensitive duplicates.

    Raise ValidationError when a topic is too long, has no letter or digit, or there are
    more than MAX_TAGS.
    """
    names = []
    seen = set()
    for raw_name in value.split(","):
        name = strip_invisible(WHITESPACE.sub(" ", raw_name)).lstrip("#")
        name = strip_invisible(name)
        if not name or name.casefold() in seen:
            continue
        if len(name) > TAG_MAX_LENGTH:
            raise ValidationError(
                _("The topic “%(name)s…” is too long: %(max)s characters at most."),
                code="tag_too_long",
                params={"name": name[:20], "max": TAG_MAX_LENGTH},
            )
        if not LETTER_OR_DIGIT.search(name):
            raise ValidationError(
                _("The topic “%(name)s” must contain at least one letter or digit."),
                code="tag_without_letter",
                params={"name": name},
            )
        seen.add(name.casefold())
        names.append(name)
    if len(names) > MAX_TAGS:
        raise ValidationError(
            _("Give %(max)s topics at most; you gave %(count)s."),
            code="too_many_tags",
            params={"max": MAX_TAGS, "count": len(names)},
        )
    return names


class VisibleTextField(forms.CharField):
    """A text field that strips invisible characters at both ends before validating.

    Text made only of invisible characters counts as empty, so a required field rejects it
    with its "required" message, and the length limits apply to what readers see.
    """

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return value
        value = strip_invisible(value)
        return value if has_visible_text(value) else self.empty_value


class TopicsField(forms.CharField):
    """Comma-separated topics, cleaned into a list of names by `parse_tags`."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Topics (optional)"))
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", TAGS_INPUT_MAX_LENGTH)
        kwargs.setdefault(
            "help_text",
            _("Up to 5 topics separated by commas, e.g. “vacance, taxe, OPAH-RU”."),
        )
        kwargs.setdefault(
            "error_messages",
            {"max_length": _("Shorten the topics to %(limit_value)d characters at most.")},
        )
        kwargs.setdefault("widget", forms.TextInput(attrs={"autocomplete": "off"}))
        super().__init__(**kwargs)

    def clean(self, value):
        return parse_tags(super().clean(value))


class QuestionForm(forms.Form):
    """The title, details and topics of a question, shared by the ask and edit forms."""

    title = VisibleTextField(
        label=_("Your question"),
        min_length=TITLE_MIN_LENGTH,
        max_length=TITLE_MAX_LENGTH,
        help_text=_(
            "One sentence that asks the question, between 10 and 200 characters, e.g. "
            "“Quel justificatif demander pour prouver la vacance d’un logement ?”"
        ),
        error_messages={
            "required": _("Write your question."),
            "min_length": _(
                "Write your question in at least %(limit_value)d characters "
                "(it has %(show_value)d)."
            ),
            "max_length": _(
                "Shorten your question to %(limit_value)d characters at most "
                "(it has %(show_value)d). Put the context in the details."
            ),
        },
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    details = VisibleTextField(
        label=_("Details (optional)"),
        required=False,
        max_length=DETAILS_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "The context: what you tried, what is unclear. Plain text: leave a blank line "
            "between paragraphs; web addresses become links."
        ),
        error_messages={
            "max_length": _(
                "Shorten the details to %(limit_value)d characters at most "
                "(they have %(show_value)d)."
            ),
        },
    )
    tags = TopicsField()

    def clean_title(self):
        return WHITESPACE.sub(" ", self.cleaned_data["title"]).strip()

    def details_rich_text(self):
        return text_to_rich_text(self.cleaned_data["details"])


class AskQuestionForm(QuestionForm):
    """A new question, with the reference page it is about and the confirmation step.

    `related_page` holds a page id that the view checks; `confirmed` is set once the member
    has seen the similar questions and still wants to publish.
    """

    related_page = forms.CharField(required=False, widget=forms.HiddenInput)
    confirmed = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def clean_related_page(self):
        return parse_page_id(self.cleaned_data["related_page"])


class EditQuestionForm(QuestionForm):
    """Changes to a published question, by its asker or a facilitator."""
