"""Helpers for user-written text: strip and detect invisible characters.

A character is invisible when it is whitespace, a control character (Unicode category Cc)
or a format character (category Cf). Format characters include the zero-width space U+200B,
the joiners U+200C and U+200D, the word joiner U+2060, the byte order mark U+FEFF and the
bidirectional controls. The letters and symbols that fonts draw blank, in BLANK_CHARACTERS,
are invisible too.
"""

import unicodedata

# Characters of other categories that are drawn as blank space: the Hangul fillers and the
# blank Braille pattern.
BLANK_CHARACTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf"})
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
