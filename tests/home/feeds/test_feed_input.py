"""Hostile addresses and query strings: a 404 or a 200, never a server error."""

import pytest

from community.models import PersonalToken

from .conftest import client_of, community_url, parse, personal_url, portal_url

BASE = "/quoi-de-neuf/personnel/"
JUNK_KEYS = [
    "inconnue",
    "a" * 64,
    "a" * 65,
    "x" * 5000,
    "%00",
    "cl%C3%A9",
    "%F0%9F%98%80",
    "..%2F..%2Fetc",
    "' OR 1=1 --",
    "%27%22%3Cscript%3E",
    "%E2%80%AE",
]
COMMUNITY_IDS = ["0", "99999999", "9" * 19, "-1", "1e3", "%00", "abc"]
QUERY_STRINGS = ["?page=2", "?format=json", "?q=%00", "?key=%27", "?" + "a=b&" * 500]


@pytest.mark.parametrize("key", JUNK_KEYS)
@pytest.mark.parametrize("format", ["rss", "atom"])
def test_junk_key_gets_404(key, format, db):
    response = client_of().get(f"{BASE}{key}/{format}/")

    assert response.status_code == 404


@pytest.mark.parametrize("community_id", COMMUNITY_IDS)
def test_junk_community_id_gets_404(community_id, public_news, author):
    token = PersonalToken.for_user(author)

    response = client_of().get(f"{BASE}{token.key}/{community_id}/rss/")

    assert response.status_code == 404


def test_nul_byte_in_key_gets_404(public_news, author):
    token = PersonalToken.for_user(author)

    response = client_of().get(f"{BASE}{token.key}%00/rss/")

    assert response.status_code == 404


@pytest.mark.parametrize("query", QUERY_STRINGS)
def test_query_string_ignored(query, public_news, community, author):
    token = PersonalToken.for_user(author)
    urls = [
        portal_url("rss"),
        community_url(community, "atom"),
        personal_url(token, "rss"),
        personal_url(token, "atom", community),
    ]
    for url in urls:
        parsed = parse(client_of().get(url + query))

        assert len(parsed.entries) == 6, url


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_unsafe_methods_not_allowed(method, public_news, community, author):
    token = PersonalToken.for_user(author)
    client = client_of()
    urls = [portal_url("rss"), community_url(community, "rss"), personal_url(token, "atom")]
    for url in urls:
        response = getattr(client, method)(url)

        assert response.status_code == 405, url


def test_head_request_answers(public_news, community):
    response = client_of().head(community_url(community, "rss"))

    assert response.status_code == 200
