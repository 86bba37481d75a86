"""Turn what a reader types into the words to search.

The raw query never reaches the database. Only words made of letters and digits do, folded and
without stop words, so no quote, operator, backslash or punctuation can change the meaning of
an FTS5 MATCH or a PostgreSQL to_tsquery expression. Both databases get the same words.
"""

import unicodedata
from dataclasses import dataclass

from .analysis import WORD_PATTERN, is_stop_word, stem, words

# Only the start of a longer query is read, so any input costs about the same.
MAX_QUERY_LENGTH = 200
MAX_WORDS = 10
# Characters of the raw input looked at, before invisible characters are removed.
MAX_INPUT_LENGTH = 4 * MAX_QUERY_LENGTH


@dataclass(frozen=True)
class SearchQuery:
    """The words of one query: `words` are searched, `stems` are highlighted.

    `text` is the query as the search field shows it again, and `typed_words` are the searched
    words as typed, before folding. `ignored` lists the stop words left out, and `truncated`
    tells whether the query was cut to MAX_QUERY_LENGTH characters or MAX_WORDS words.
    """

    text: str = ""
    words: tuple[str, ...] = ()
    typed_words: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()
    truncated: bool = False

    @property
    def is_empty(self):
        return not self.words

    @property
    def search_string(self):
        """The words, space-separated, as Wagtail's `search()` expects them."""
        return " ".join(self.words)

    @property
    def stems(self):
        return frozenset(stem(word) for word in self.words)


def parse_query(raw):
    """Return the SearchQuery of the raw query string `raw` (None when absent)."""
    raw = raw or ""
    text = printable(raw[:MAX_INPUT_LENGTH]).strip()
    truncated = len(raw) > MAX_INPUT_LENGTH or len(text) > MAX_QUERY_LENGTH
    if len(text) > MAX_QUERY_LENGTH:
        text = cut_at_word(text, MAX_QUERY_LENGTH)

    kept, typed, ignored, seen_stems = [], [], [], set()
    for typed_word, word in typed_and_folded_words(text):
        if is_stop_word(word):
            if typed_word not in ignored:
                ignored.append(typed_word)
            continue
        word_stem = stem(word)
        if word_stem in seen_stems:
            continue
        if len(kept) == MAX_WORDS:
            truncated = True
            break
        seen_stems.add(word_stem)
        kept.append(word)
        typed.append(typed_word)

    return SearchQuery(
        text=text,
        words=tuple(kept),
        typed_words=tuple(typed),
        ignored=tuple(ignored),
        truncated=truncated,
    )


def typed_and_folded_words(text):
    """Yield (word as typed, folded word) for each word of `text`.

    Folding seldom splits a typed word; when it does, each part comes with the whole typed word.
    """
    for typed_word in WORD_PATTERN.findall(text):
        for word in words(typed_word):
            yield typed_word, word


def printable(text):
    """Compose accents typed as separate marks, and replace control characters (NUL
    included) and other invisible ones by spaces."""
    text = unicodedata.normalize("NFC", text)
    return "".join(" " if unicodedata.category(char)[0] == "C" else char for char in text)


def cut_at_word(text, length):
    """Cut `text` to at most `length` characters, at a space when there is one."""
    cut = text[:length]
    if text[length].isspace() or " " not in cut:
        return cut.strip()
    return cut.rsplit(" ", 1)[0].strip()
