"""Feed documents: well-formed RSS 2.0 and Atom 1.0 with every field of an item."""

import datetime
import html
import re

import pytest
from django.utils import translation

from community.models import PersonalToken
from home.activity.models import ActivityEntry, ActivityKind
from qa.threads import post_answer
from tests.factories import QuestionPageFactory, UserFactory, question_index

from .conftest import client_of, community_url, feed_tree, parse, personal_url, portal_url

ATOM = "{http://www.w3.org/2005/Atom}"
FORMATS = ["rss", "atom"]
RSS_DATE = re.compile(
    r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} "
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}"
)
RFC_3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")
# A Tuesday of February: the French names ("mar.", "févr.") differ from the English ones.
TUESDAY = datetime.datetime(2025, 2, 4, 9, 30, 15, tzinfo=datetime.UTC)


def feed_urls(community, token):
    return {
        "portal": [portal_url(format) for format in FORMATS],
        "community": [community_url(community, format) for format in FORMATS],
        "personal": [personal_url(token, format) for format in FORMATS],
        "personal community": [personal_url(token, format, community) for format in FORMATS],
    }


def date_texts(response, format):
    root = feed_tree(response)
    if format == "rss":
        return [element.text for element in root.iter("pubDate")]
    return [element.text for element in root.iter(f"{ATOM}published")] + [
        element.text for element in root.iter(f"{ATOM}updated")
    ]


@pytest.fixture
def author_token(author):
    return PersonalToken.for_user(author)


# --- Validity ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["portal", "community", "personal", "personal community"])
def test_every_feed_parses_without_error(name, public_news, community, author_token):
    urls = feed_urls(community, author_token)[name]
    for url, version in zip(urls, ["rss20", "atom10"], strict=True):
        parsed = parse(client_of().get(url))

        assert parsed.version == version, url
        assert len(parsed.entries) == 6, url


@pytest.mark.parametrize(
    ("format", "content_type"),
    [
        ("rss", "application/rss+xml; charset=utf-8"),
        ("atom", "application/atom+xml; charset=utf-8"),
    ],
)
def test_feed_content_type(format, content_type, public_news, community):
    assert client_of().get(portal_url(format))["Content-Type"] == content_type
    assert client_of().get(community_url(community, format))["Content-Type"] == content_type


@pytest.mark.parametrize("format", FORMATS)
def test_empty_feed_is_valid(format, community):
    parsed = parse(client_of().get(community_url(community, format)))

    assert parsed.entries == []


# --- Feed and item fields ------------------------------------------------------------------


@pytest.mark.parametrize("format", FORMATS)
def test_community_feed_title_and_link(format, public_news, community):
    parsed = parse(client_of().get(community_url(community, format)))

    assert "Filières vertes" in parsed.feed.title
    assert parsed.feed.link == community.full_url + "quoi-de-neuf/"
    assert parsed.feed.language == "fr"


@pytest.mark.parametrize("format", FORMATS)
def test_portal_feed_links_to_portal_activity(format, public_news):
    parsed = parse(client_of().get(portal_url(format)))

    assert parsed.feed.link == "http://testserver/quoi-de-neuf/"
    assert parsed.feed.title


@pytest.mark.parametrize("format", FORMATS)
def test_answer_item_fields(format, public_news, community):
    parsed = parse(client_of().get(community_url(community, format)))
    question, answer = public_news["question"], public_news["answer"]

    entry = next(e for e in parsed.entries if e.id.endswith(f"answer_new/answer-{answer.pk}"))
    assert question.title in entry.title
    assert entry.link == f"{question.full_url}#reponse-{answer.pk}"
    assert html.unescape(entry.summary) == "Réponse publique : l'avis de taxe foncière."
    assert entry.author == "Aline Autrice"
    assert [tag.term for tag in entry.tags] == [str(ActivityKind.ANSWER_NEW.label), community.title]


@pytest.mark.parametrize("format", FORMATS)
def test_every_item_has_all_fields(format, public_news, community):
    parsed = parse(client_of().get(community_url(community, format)))

    for entry in parsed.entries:
        assert entry.title, entry
        assert entry.link.startswith("http"), entry
        assert entry.summary, entry
        assert entry.author, entry
        assert entry.id.startswith("tag:"), entry
        assert entry.tags, entry


@pytest.mark.parametrize("format", FORMATS)
def test_items_newest_first(format, public_news, community):
    parsed = parse(client_of().get(community_url(community, format)))

    published = [entry.published_parsed for entry in parsed.entries]
    assert published == sorted(published, reverse=True)
    assert public_news["report"].title in parsed.entries[0].title


@pytest.mark.parametrize("format", FORMATS)
def test_hostile_text_stays_text(format, community, author):
    title = 'Dossier "R&D" <script>alert(1)</script>'
    text = "<b>gras</b> & co <img src=x onerror=alert(2)>"
    question = QuestionPageFactory(parent=question_index(community), title=title, asker=author)
    post_answer(question, author, text)

    response = client_of().get(community_url(community, format))
    parsed = parse(response)

    assert b"<script>" not in response.content
    assert b"<img" not in response.content
    entry = next(e for e in parsed.entries if "answer_new" in e.id)
    assert title in entry.title
    assert entry.title_detail.type == "text/plain"
    assert html.unescape(entry.summary) == text


@pytest.mark.parametrize("format", FORMATS)
def test_author_never_an_email_address(format, community, public_news):
    user = UserFactory(username="camille.agent@example.gouv.fr", first_name="", last_name="")
    post_answer(public_news["question"], user, "Réponse signée d'un identifiant.")

    response = client_of().get(community_url(community, format))
    parsed = parse(response)

    assert b"camille.agent" not in response.content
    assert parsed.entries[0].author == community.title


@pytest.mark.parametrize("format", FORMATS)
def test_feed_limited_to_fifty_latest(format, community, author, public_news):
    for number in range(55):
        post_answer(public_news["question"], author, f"Réponse numéro {number}.")

    parsed = parse(client_of().get(community_url(community, format)))

    assert len(parsed.entries) == 50
    assert html.unescape(parsed.entries[0].summary) == "Réponse numéro 54."


# --- Dates ---------------------------------------------------------------------------------


@pytest.fixture
def dated_news(public_news):
    """Date the entries on a Tuesday of February, a minute apart in the order they were written."""
    entries = ActivityEntry.objects.order_by("pk")
    expected = {}
    for minutes, entry in enumerate(entries):
        entry.occurred_at = TUESDAY + datetime.timedelta(minutes=minutes)
        entry.save(update_fields=["occurred_at"])
        expected[entry.pk] = entry.occurred_at
    return expected


@pytest.mark.parametrize("format", FORMATS)
def test_dates_equal_entry_times(format, dated_news, community):
    with translation.override("fr"):
        parsed = parse(client_of().get(community_url(community, format)))

    parsed_dates = sorted(entry.published_parsed[:6] for entry in parsed.entries)
    expected = sorted(date.timetuple()[:6] for date in dated_news.values())
    assert parsed_dates == expected


def test_rss_dates_in_english_under_french(dated_news, community):
    with translation.override("fr"):
        response = client_of().get(community_url(community, "rss"), HTTP_ACCEPT_LANGUAGE="fr")

    assert response["Content-Language"] == "fr"
    dates = date_texts(response, "rss")
    assert len(dates) == 6
    for text in dates:
        assert RSS_DATE.fullmatch(text), text
    assert dates[-1] == "Tue, 04 Feb 2025 09:30:15 +0000"


def test_atom_dates_in_rfc_3339_under_french(dated_news, community):
    with translation.override("fr"):
        response = client_of().get(community_url(community, "atom"), HTTP_ACCEPT_LANGUAGE="fr")
    parsed = parse(response)

    dates = date_texts(response, "atom")
    assert len(dates) == 1 + 2 * 6  # The feed's "updated", then each entry's two dates.
    for text in dates:
        assert RFC_3339.fullmatch(text), text
    entry = parsed.entries[-1]
    assert entry.updated_parsed[:6] == TUESDAY.timetuple()[:6]
