"""Helpers for user-written text: invisible characters, and plain text made safe rich text.

A character is invisible when it is whitespace, a control character (Unicode category Cc)
or a format character (category Cf). Format characters include the zero-width space U+200B,
the joiners U+200C and U+200D, the word joiner U+2060, the byte order mark U+FEFF and the
bidirectional controls. The letters and symbols that fonts draw blank, in BLANK_CHARACTERS,
are invisible too.
"""

import re
import unicodedata
from urllib.parse import urlsplit

from django.utils.html import escape

# Characters of other categories that are drawn as blank space: the Hangul fillers and the
# blank Braille pattern.
BLANK_CHARACTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf"})
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# An http(s) address runs until a space, a quote or an angle bracket.
URL_PATTERN = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
# Punctuation that ends a sentence rather than the address before it.
URL_TRAILING_PUNCTUATION = ".,;:!?)]}»"
# Accents and other marks combine with the character before them and show nothing alone.
MARK_CATEGORIES = frozenset({"Mn", "Mc", "Me"})


def is_invisible_char(char: str) -> bool:
    """Return True when `char` is whitespace, a control or format character, or drawn blank."""
    return (
        char.isspace()
        or char in BLANK_CHARACTERS
        or unicodedata.category(char) in INVISIBLE_CATEGORIES
    )


def strip_invisible(text: str) -> str:
    """Remove the invisible characters at the start and at the end of `text`.

    A text left with nothing but invisible characters and combining marks becomes empty.

    Invisible characters inside the text are kept, because a joiner inside a word or an
    emoji sequence changes how it is drawn.
    """
    start = 0
    end = len(text)
    while start < end and is_invisible_char(text[start]):
        start += 1
    while end > start and is_invisible_char(text[end - 1]):
        end -= 1
    stripped = text[start:end]
    if all(is_invisible_char(char) or is_mark(char) for char in stripped):
        return ""
    return stripped


def is_mark(char: str) -> bool:
    """Return True when `char` is a combining mark, such as an accent typed on its own."""
    return unicodedata.category(char) in MARK_CATEGORIES


def has_visible_text(text: str) -> bool:
    """Return True when `text` contains at least one visible character."""
    return not all(is_invisible_char(char) for char in text)


def contains_nul(text: str) -> bool:
    """Return True when `text` contains a NUL character, which PostgreSQL rejects in text."""
    return "\x00" in text


def text_to_rich_text(text):
    """Convert plain text into safe rich text: paragraphs, line breaks and http(s) links.

    Every character is escaped, then a blank line starts a new paragraph, a single line break
    becomes `<br>`, and each http(s) address becomes a link to itself. Return "" for blank text.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return ""
    paragraphs = []
    for paragraph in PARAGRAPH_BREAK.split(text):
        lines = [linkify(line.strip()) for line in paragraph.strip().split("\n")]
        paragraphs.append("<p>" + "<br/>".join(lines) + "</p>")
    return "".join(paragraphs)


def linkify(line):
    """Escape `line` and turn each http(s) address in it into a link."""
    parts = []
    position = 0
    for match in URL_PATTERN.finditer(line):
        url = match.group().rstrip(URL_TRAILING_PUNCTUATION)
        end = match.start() + len(url)
        parts.append(escape(line[position : match.start()]))
        if is_web_address(url):
            parts.append(f'<a href="{escape(url)}">{escape(url)}</a>')
        else:
            parts.append(escape(url))
        position = end
    parts.append(escape(line[position:]))
    return "".join(parts)


def is_web_address(url):
    """Return True when `url` is an http(s) address with a host name."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
