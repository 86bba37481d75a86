"""Excerpts of search results, with the words that match the query in <mark>.

An excerpt is cut from the page's own text: its searchable fields other than the title, in the
order of `search_fields`, and for a question the answers every reader is shown. StreamField
bodies are read from their stored JSON, which costs no query for the images and documents that
their blocks choose.
"""

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from .analysis import WORD_PATTERN, fold, stem

EXCERPT_LENGTH = 240
CONTEXT_BEFORE_MATCH = 60
# Characters read to find the first match in the text of one page. Past that, the excerpt is the
# start of the text.
MAX_SCANNED_LENGTH = 10_000
ELLIPSIS = "…"


class StemMatcher:
    """Tell whether a word of a text has one of the stems of a query."""

    def __init__(self, stems):
        self.stems = frozenset(stems)
        # The French stemmer keeps the first two letters of a word of three letters or more,
        # and the first letter of shorter ones, so most words are ruled out without stemming.
        self.prefixes = frozenset(item[:2] for item in self.stems)

    def matches(self, word):
        return self.matches_folded(fold(word))

    def matches_folded(self, word):
        if word[:2] not in self.prefixes and word[:1] not in self.prefixes:
            return False
        return stem(word) in self.stems


def highlight(text, matcher):
    """Escape `text` and wrap each word that `matcher` matches in <mark>."""
    parts = []
    position = 0
    for match in WORD_PATTERN.finditer(text):
        if matcher.matches(match.group()):
            parts.append(escape(text[position : match.start()]))
            parts.append(f"<mark>{escape(match.group())}</mark>")
            position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text is escaped above


def build_excerpt(segments, matcher):
    """Return the highlighted excerpt of the texts `segments` around the first matching word.

    Without a match in the first MAX_SCANNED_LENGTH characters, return the start of the first
    text that is not blank.
    """
    remaining = MAX_SCANNED_LENGTH
    first_text = ""
    for segment in segments:
        if remaining <= 0:
            break
        text = " ".join(segment[:remaining].split())
        remaining -= len(text)
        first_text = first_text or text
        position = first_match(text, matcher)
        if position is not None:
            return highlight(window(text, position), matcher)
    return highlight(window(first_text, 0), matcher)


def first_match(text, matcher):
    """Return about where the first matching word of `text` starts, or None.

    The text is folded once, and folding spells a few characters with two (œ, ß), so the
    position may be a few characters off. Only the window around it depends on it.
    """
    for match in WORD_PATTERN.finditer(fold(text)):
        if matcher.matches_folded(match.group()):
            return min(match.start(), len(text))
    return None


def window(text, position):
    """Cut about EXCERPT_LENGTH characters of `text` around `position`, at spaces."""
    start = max(0, position - CONTEXT_BEFORE_MATCH)
    if start > 0:
        space = text.find(" ", start, position)
        start = space + 1 if space != -1 else position
    end = start + EXCERPT_LENGTH
    if end < len(text):
        space = text.rfind(" ", position, end)
        end = space if space != -1 else end
    excerpt = text[start:end].strip()
    if start > 0:
        excerpt = ELLIPSIS + " " + excerpt
    if end < len(text):
        excerpt += " " + ELLIPSIS
    return excerpt


def page_segments(page, answers=()):
    """Return the texts of `page` that an excerpt may show, `answers` (strings) last.

    The fields are the searchable ones of the page model except the title and methods such as
    `answers_text`, which the caller replaces by `answers`.
    """
    segments = []
    for search_field in page.get_search_fields():
        if not isinstance(search_field, index.SearchField) or search_field.field_name == "title":
            continue
        try:
            model_field = page._meta.get_field(search_field.field_name)
        except FieldDoesNotExist:
            # A method, such as QuestionPage.answers_text.
            continue
        segments.extend(field_texts(model_field, getattr(page, model_field.attname)))
    segments.extend(answers)
    return segments


def field_texts(model_field, value):
    if value is None:
        return []
    if isinstance(model_field, StreamField):
        return list(raw_block_texts(value.raw_data))
    if isinstance(model_field, RichTextField):
        return [get_text_for_indexing(str(value))]
    if isinstance(value, str):
        return [value]
    return []


def raw_block_texts(data):
    """Yield the strings of StreamField JSON: block values, struct members and list items.

    Rich text blocks are stored as HTML, so every string loses its tags. Ids and block types
    are skipped, and numbers, such as the ids of chosen images, are not strings.
    """
    if isinstance(data, str):
        text = get_text_for_indexing(data) if "<" in data else data
        if text:
            yield text
    elif isinstance(data, dict):
        if "type" in data and "value" in data:
            yield from raw_block_texts(data["value"])
        else:
            for value in data.values():
                yield from raw_block_texts(value)
    else:
        try:
            items = list(data)
        except TypeError:
            return
        for item in items:
            yield from raw_block_texts(item)
