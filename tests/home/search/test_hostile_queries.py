"""Any query string answers 200: operators, quotes, punctuation, control characters, long input.

None of them may reach FTS5 MATCH or to_tsquery as syntax, and none may be echoed unescaped.
"""

import pytest

from .conftest import SEARCH_URL, get_search

HOSTILE_QUERIES = [
    '"',
    "'",
    '""',
    '"logement',
    "logement'",
    "l''immeuble",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "logement AND vacant",
    "logement OR",
    "NOT logement",
    "-logement",
    "+logement",
    "logement*",
    "*",
    "NEAR(logement vacant, 2)",
    "(",
    ")",
    "((logement)",
    "\\",
    "\\\\",
    "logement\\",
    '\\"logement\\"',
    "\x00",
    "log\x00ement",
    "\x00" * 50,
    "x" * 5000,
    "logement " * 1000,
    "😀",
    "🏠 logement 🏡",
    "👩‍👩‍👧‍👦",
    "le la les de",
    "l' d' qu'",
    "!!!",
    "?",
    "%",
    "_",
    "%_%",
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert('x')</script>",
    "{title body} : logement",
    "title:logement",
    "^logement",
    "logement:*",
    "!logement",
    "logement & vacant",
    "logement | vacant",
    "logement <-> vacant",
    "'logement':* & !vacant",
    "\u202e\u200b\ufeff",
    "\u0301",
    "re\u0301novation",
    "ǅ ﬁ ß Œ",
    "住房 السكن жильё",
    "１２３ ²",
    "0" * 300,
    "\t\n\r\x0b\x0c",
]


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["visitor", "reserved member"])
@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_query_answers_200(client, site, persona, query):
    response = get_search(client, site, persona, q=query)

    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query_string",
    [
        "",
        "q=",
        "q",
        "q=logement&q=vacant",
        "q=%FF%FE",
        "q=%00",
        "q=%",
        "q=logement&page=-1",
        "q=logement&page=abc",
        "q=logement&page=" + "9" * 5000,
        "q=logement&page=1e9",
        "q=logement&page=999999",
        "q=logement&type=%3Cscript%3E",
        "q=logement&type=document&type=question",
        "q=logement&periode=%00",
        "q=logement&periode=" + "mois" * 1000,
        "q=logement&communaute=" + "x" * 5000,
        "q=logement&communaute=reseau-reserve",
        "q=logement&communaute[]=logements-vacants",
        "communaute=logements-vacants&type=fiche&periode=mois",
    ],
)
def test_hostile_query_string_answers_200(client, site, query_string):
    response = client.get(f"{SEARCH_URL}?{query_string}")

    assert response.status_code == 200


@pytest.mark.django_db
def test_query_is_escaped_where_it_is_shown(client, site):
    response = get_search(client, site, q="<b>logement</b>")
    content = response.content.decode()

    assert "<b>" not in content
    assert "&lt;b&gt;logement&lt;/b&gt;" in content


@pytest.mark.django_db
def test_post_is_not_allowed(client, site):
    assert client.post(SEARCH_URL, {"q": "logement"}).status_code == 405
