"""French analysis and query parsing, and their agreement with PostgreSQL's configuration."""

import pytest
from django.db import connection

from home.search.analysis import analysed_text, fold, stem, words
from home.search.query import MAX_QUERY_LENGTH, MAX_WORDS, parse_query

# Words whose stems PostgreSQL must give too: plurals, verbs and nouns, accents, ligatures,
# elisions, hyphens, numbers and words with digits.
FRENCH_WORDS = [
    "logement",
    "logements",
    "rénover",
    "rénovation",
    "rénovations",
    "réhabilitation",
    "énergétique",
    "Énergétiques",
    "façades",
    "cœur",
    "ŒUVRE",
    "sœurs",
    "naïf",
    "Noël",
    "île",
    "aujourd",
    "élève",
    "élevés",
    "propriétaires",
    "vacance",
    "vacants",
    "intercommunalité",
    "biosourcés",
    "chanvre",
    "paille",
    "été",
    "être",
    "3ème",
    "1er",
    "co2",
    "2024",
    "a4",
    "straße",
    "łódź",
    "ærø",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L’ÉTÉ", "l’ete"),
        ("Cœur d'Æsope", "coeur d'aesope"),
        ("naïveté", "naivete"),
        ("Straße", "strasse"),
        ("re\u0301nove\u0301", "renove"),
    ],
)
def test_fold_removes_accents_and_case(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l’immeuble", ["l", "immeuble"]),
        ("l'immeuble", ["l", "immeuble"]),
        ("Saint-Étienne", ["saint", "etienne"]),
        ("prix: 12,5 €", ["prix", "12", "5"]),
        ("snake_case", ["snake", "case"]),
        ("😀 émoji", ["emoji"]),
    ],
)
def test_words_split_at_apostrophes_hyphens_and_punctuation(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("logement", "logements"),
        ("rénover", "rénovation"),
        ("RÉNOVATIONS", "renovation"),
        ("énergétique", "energetiques"),
        ("propriétaire", "proprietaires"),
    ],
)
def test_word_forms_share_a_stem(first, second):
    assert stem(fold(first)) == stem(fold(second))


def test_words_with_digits_are_kept_whole():
    assert stem("co2") == "co2"
    assert stem("3eme") == "3eme"


def test_analysed_text_keeps_every_word_as_a_stem():
    assert analysed_text("Les logements rénovés") == "le log renov"


def test_query_keeps_significant_words():
    query = parse_query("Comment rénover les logements vacants ?")

    assert query.words == ("renover", "logements", "vacants")
    assert query.typed_words == ("rénover", "logements", "vacants")
    assert query.ignored == ("Comment", "les")


def test_query_drops_words_of_the_same_stem():
    assert parse_query("rénovation rénover RÉNOVATIONS").words == ("renovation",)


def test_query_removes_control_characters():
    query = parse_query("loge\x00ment\u200b vacant")

    assert query.words == ("loge", "ment", "vacant")
    assert "\x00" not in query.text


def test_query_is_cut_to_its_maximum_length_at_a_space():
    query = parse_query("logement " * 100)

    assert query.truncated
    assert len(query.text) <= MAX_QUERY_LENGTH
    assert query.text.endswith("logement")


def test_query_keeps_at_most_the_maximum_number_of_words():
    query = parse_query(" ".join(f"mot{number}" for number in range(MAX_WORDS + 5)))

    assert len(query.words) == MAX_WORDS
    assert query.truncated


@pytest.mark.parametrize("raw", [None, "", "   ", "?!", "le la les", "l' d' qu'"])
def test_query_without_significant_words_is_empty(raw):
    assert parse_query(raw).is_empty


postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="compares with PostgreSQL's text search"
)


@postgresql_only
@pytest.mark.django_db
@pytest.mark.parametrize("word", FRENCH_WORDS)
def test_query_stem_matches_postgresql(word):
    """PostgreSQL parses and stems each query word to the stem that SQLite stores."""
    with connection.cursor() as cursor:
        for folded in words(word):
            cursor.execute("SELECT to_tsquery('french_unaccent', %s)::text", [f"'{folded}'"])
            assert cursor.fetchone()[0] == f"'{stem(folded)}'"


@postgresql_only
@pytest.mark.django_db
def test_document_stems_match_postgresql():
    """Every stem of a text is a lexeme of PostgreSQL's vector of the same text.

    PostgreSQL adds a lexeme for each hyphenated compound as a whole, which no query word is.
    """
    text = " ".join(FRENCH_WORDS) + " l’immeuble d'Étienne, Saint-Étienne qu’il aujourd’hui"
    with connection.cursor() as cursor:
        cursor.execute("SELECT tsvector_to_array(to_tsvector('french_unaccent', %s))", [text])
        lexemes = set(cursor.fetchone()[0])

    assert set(analysed_text(text).split()) <= lexemes
    assert {lexeme for lexeme in lexemes if "-" not in lexeme} == set(analysed_text(text).split())
