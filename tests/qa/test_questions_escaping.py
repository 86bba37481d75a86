"""Markup, scripts and javascript: links typed in a question never reach a page unescaped."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from qa.forms.questions import rich_text_to_text, text_to_rich_text
from qa.models import QuestionPage
from tests.factories import question_index

HOSTILE_TITLE = '<script>alert("titre")</script> Comment traiter <b>ce</b> dossier ?'
HOSTILE_DETAILS = (
    "<script>alert('details')</script>\n"
    '<a href="javascript:alert(1)">clic</a> <img src=x onerror=alert(2)>\n\n'
    "javascript:alert(3) et [lien](javascript:alert(4)) et "
    'https://example.org/page?a=1&b=2"onmouseover="alert(5)'
)
HOSTILE_TAG = "<img src=y onerror=alert(6)>"


class _MarkupAudit(HTMLParser):
    """Collect the elements and attributes of a page that could run a script."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}>")
            if name in ("href", "src", "action", "formaction"):
                scheme = (value or "").strip().lower()
                if scheme.startswith(("javascript:", "data:", "vbscript:")):
                    self.problems.append(f"<{tag} {name}={value}>")
        if tag == "img":
            self.problems.append("<img>")

    def handle_endtag(self, tag):
        if self.tags and self.tags[-1] == tag:
            self.tags.pop()

    def handle_data(self, data):
        if self.tags and self.tags[-1] == "script" and "alert(" in data:
            self.problems.append("<script>alert")
        if self.tags and self.tags[-1] == "b" and data == "ce":
            self.problems.append("<b>ce</b>")


def dangerous_fragments(html):
    """Return the elements and attributes of `html` that would run a script or were injected."""
    audit = _MarkupAudit()
    audit.feed(html)
    audit.close()
    return audit.problems


@pytest.fixture
def hostile_question(client, community, member, monkeypatch):
    monkeypatch.setattr("qa.asking.notify_new_question", lambda question: None)
    client.force_login(member)
    response = client.post(
        reverse("qa:ask", args=[community.pk]),
        {
            "title": HOSTILE_TITLE,
            "details": HOSTILE_DETAILS,
            "tags": f"{HOSTILE_TAG}, chanvre",
            "confirmed": "1",
        },
    )
    assert response.status_code == 302
    return QuestionPage.objects.get()


@pytest.mark.django_db
def test_stored_details_escaped(hostile_question):
    assert dangerous_fragments(hostile_question.details) == []
    assert "&lt;script&gt;" in hostile_question.details


@pytest.mark.django_db
def test_question_page_escapes_everything(client, hostile_question):
    html = client.get(hostile_question.url).content.decode()

    assert dangerous_fragments(html) == []
    assert "&lt;script&gt;alert(&quot;titre&quot;)&lt;/script&gt;" in html
    assert "&lt;img src=y onerror=alert(6)&gt;" in html


@pytest.mark.django_db
def test_web_link_kept_clickable(client, hostile_question):
    html = client.get(hostile_question.url).content.decode()

    assert '<a href="https://example.org/page?a=1&amp;b=2">' in html


@pytest.mark.django_db
def test_index_escapes_everything(client, community, hostile_question):
    html = client.get(question_index(community).url).content.decode()

    assert HOSTILE_TITLE not in html
    assert dangerous_fragments(html) == []


@pytest.mark.django_db
def test_suggestions_escape_titles(client, community, hostile_question):
    response = client.get(
        reverse("qa:suggestions", args=[community.pk]), {"titre": "traiter dossier"}
    )

    html = response.content.decode()
    assert response.context["suggestions"]
    assert dangerous_fragments(html) == []


@pytest.mark.django_db
def test_edit_form_escapes_everything(client, hostile_question):
    html = client.get(reverse("qa:edit-question", args=[hostile_question.pk])).content.decode()

    assert dangerous_fragments(html) == []


@pytest.mark.django_db
def test_confirmation_step_escapes_typed_text(client, community, hostile_question):
    response = client.post(
        reverse("qa:ask", args=[community.pk]),
        {"title": HOSTILE_TITLE, "details": HOSTILE_DETAILS, "tags": HOSTILE_TAG},
    )

    assert response.context["ask_confirmation"]
    assert dangerous_fragments(response.content.decode()) == []


# Conversion of plain text


def test_paragraphs_and_line_breaks():
    text = "Ligne un\r\nligne deux\n\n\nParagraphe deux"

    assert text_to_rich_text(text) == "<p>Ligne un<br/>ligne deux</p><p>Paragraphe deux</p>"


def test_blank_text_gives_empty():
    assert text_to_rich_text("  \n\n ") == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Voir https://www.legifrance.gouv.fr/loda/id/JORFTEXT000.",
            'Voir <a href="https://www.legifrance.gouv.fr/loda/id/JORFTEXT000">'
            "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000</a>.",
        ),
        (
            "(http://example.org/a)",
            '(<a href="http://example.org/a">http://example.org/a</a>)',
        ),
        ("HTTPS://EXAMPLE.ORG", '<a href="HTTPS://EXAMPLE.ORG">HTTPS://EXAMPLE.ORG</a>'),
    ],
)
def test_web_addresses_linked(text, expected):
    assert text_to_rich_text(text) == f"<p>{expected}</p>"


@pytest.mark.parametrize(
    "text",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "http://",
        "https://[::1",
        "ftp://example.org/fichier",
        "www.example.org",
        "agent@example.gouv.fr",
    ],
)
def test_other_schemes_not_linked(text):
    assert "<a " not in text_to_rich_text(text)


def test_quote_ends_address():
    html = text_to_rich_text("https://example.org/x\"onclick='alert(1)'")

    assert html == (
        '<p><a href="https://example.org/x">https://example.org/x</a>'
        "&quot;onclick=&#x27;alert(1)&#x27;</p>"
    )


def test_rich_text_back_to_text():
    html = (
        "<p>Premier <b>paragraphe</b><br/>suite</p>"
        '<ul><li>un</li><li>deux</li></ul><p>Voir <a href="https://example.org">le site</a></p>'
    )

    assert rich_text_to_text(html) == (
        "Premier paragraphe\nsuite\n\n- un\n- deux\n\nVoir le site (https://example.org)"
    )


def test_text_round_trip():
    text = "Ligne un\nligne deux & <trois>\n\nVoir https://example.org/a?b=1&c=2"

    assert rich_text_to_text(text_to_rich_text(text)) == text
