"""French text analysis shared by the SQLite index, the query parser and the excerpts.

A word is a run of letters and digits, and every other character, apostrophes (' and ’) and
hyphens included, separates words. Each word is folded (lowercased, accents removed, ligatures
spelled out) and then reduced to its stem by the French Snowball stemmer. PostgreSQL does the
same with the `french_unaccent` text search configuration that `home` creates: its parser splits
the words, `unaccent` folds them and a Snowball dictionary stems them, so both databases store
and look up the same stems.
"""

import functools
import re
import threading
import unicodedata

from snowballstemmer.french_stemmer import FrenchStemmer

WORD_PATTERN = re.compile(r"[^\W_]+")

# Letters that Unicode does not decompose but PostgreSQL's unaccent rules (version 15) spell
# with plain letters, after lowercasing. NOTE: only Latin-1 and Latin Extended-A are covered, so
# rarer letters may fold differently on the two databases.
LETTER_SPELLINGS = str.maketrans(
    {
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "ẞ": "ss",
        "ø": "o",
        "ð": "d",
        "đ": "d",
        "þ": "th",
        "ħ": "h",
        "ı": "i",
        "ĸ": "q",
        "ŀ": "l",
        "ł": "l",
        "ŋ": "n",
        "ŧ": "t",
    }
)

# Words left out of queries: articles, pronouns, prepositions, conjunctions, forms of the
# auxiliaries "être" and "avoir", the words that ask a question, and the elided forms (l', d',
# qu'…). They are written folded, as `fold` returns them.
_STOP_WORDS_TEXT = """
    a au aux avec ce ceci cela ces cet cette chez comme d dans de des du elle elles en entre
    et eux il ils j je l la le les leur leurs lui m ma mais me mes moi mon n ne ni nos notre
    nous on ou par pas pour qu que qui quoi s sa sans se ses si son sous sur t ta te tes toi
    ton tu un une vers vos votre vous y c ca dont
    ai as avons avez ont avait avaient aura auront aurait
    es est sont suis etes etait etaient sera seront serait etre avoir
    comment combien pourquoi quand quel quelle quels quelles lequel laquelle lesquels
    jusqu lorsqu puisqu quoiqu
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())

STEM_CACHE_SIZE = 65536
FOLDED_CHARACTERS_CACHE_SIZE = 10_000

_local = threading.local()


class FoldedCharacters(dict):
    """The folded form of each character, by code point, computed when first looked up.

    Folding is done character by character, so `str.translate` with this mapping folds a
    whole text several times faster than Unicode normalisation of the text would.
    """

    def __missing__(self, code_point):
        folded = fold_character(chr(code_point))
        # Unusual characters of hostile input are folded without being kept.
        if len(self) < FOLDED_CHARACTERS_CACHE_SIZE:
            self[code_point] = folded
        return folded


def fold_character(char):
    spelled = char.lower().translate(LETTER_SPELLINGS)
    decomposed = unicodedata.normalize("NFKD", spelled)
    return "".join(part for part in decomposed if not unicodedata.combining(part))


_folded_characters = FoldedCharacters()


def fold(text):
    """Lowercase `text`, remove its accents and spell out ligatures such as œ and æ."""
    return text.translate(_folded_characters)


def words(text):
    """Return the folded words of `text`, in order."""
    return WORD_PATTERN.findall(fold(text))


@functools.lru_cache(maxsize=STEM_CACHE_SIZE)
def stem(word):
    """Return the stem of a folded word.

    A word that contains a digit is kept whole, as PostgreSQL keeps numbers and words such as
    "co2" with its `simple` dictionary.
    """
    if any(char.isdigit() for char in word):
        return word
    # A Snowball stemmer keeps its state on the instance, so each thread has its own.
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = FrenchStemmer()
    return stemmer.stemWord(word)


def stems(text):
    """Return the stems of every word of `text`, stop words included, in order."""
    return [stem(word) for word in words(text)]


def analysed_text(text):
    """Return `text` as the space-separated stems that the SQLite index stores."""
    return " ".join(stems(text or ""))


def is_stop_word(word):
    return word in STOP_WORDS
