"""The answer_text filter: plain text escaped, line breaks kept, web addresses linked."""

import pytest

from qa.templatetags.qa_threads import answer_text


def test_html_is_escaped():
    output = answer_text('<script>alert("x")</script> <b>gras</b>')
    assert "<script>" not in output
    assert "<b>" not in output
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in output
    assert "&lt;b&gt;gras&lt;/b&gt;" in output


def test_line_breaks_and_paragraphs_kept():
    output = answer_text("Ligne 1\nLigne 2\n\nParagraphe 2")
    assert output == "<p>Ligne 1<br>Ligne 2</p>\n\n<p>Paragraphe 2</p>"


def test_windows_line_breaks_kept():
    assert answer_text("a\r\nb") == "<p>a<br>b</p>"


def test_https_address_becomes_link():
    output = answer_text("Voir https://www.legifrance.gouv.fr/loda/id/JORFTEXT1 pour le texte.")
    assert (
        '<a href="https://www.legifrance.gouv.fr/loda/id/JORFTEXT1" rel="nofollow noopener">'
        "https://www.legifrance.gouv.fr/loda/id/JORFTEXT1</a> pour le texte." in output
    )


def test_http_address_becomes_link():
    assert '<a href="http://example.org/a?b=1&amp;c=2"' in answer_text(
        "http://example.org/a?b=1&c=2"
    )


@pytest.mark.parametrize(
    "text",
    [
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "www.example.org",
    ],
)
def test_other_schemes_stay_text(text):
    output = answer_text(text)
    assert "<a" not in output
    assert "href" not in output


def test_javascript_prefix_before_address_not_in_href():
    output = answer_text("javascript:alert(1)//https://example.org")
    assert 'href="https://example.org"' in output
    assert 'href="javascript' not in output


def test_quotes_cannot_leave_href():
    output = answer_text('https://example.org/"onmouseover="alert(1)')
    assert 'href="https://example.org/"' in output
    assert 'onmouseover="alert' not in output
    assert "onmouseover=&quot;alert(1)" in output


def test_markup_after_address_stays_text():
    output = answer_text("https://example.org/<img src=x onerror=alert(1)>")
    assert "<img" not in output
    assert 'href="https://example.org/"' in output


@pytest.mark.parametrize(
    ("text", "href", "after"),
    [
        ("Lire https://example.org/page.", "https://example.org/page", "."),
        ("(voir https://example.org/page)", "https://example.org/page", ")"),
        (
            "https://fr.wikipedia.org/wiki/Chanvre_(plante), ok",
            "https://fr.wikipedia.org/wiki/Chanvre_(plante)",
            ",",
        ),
        ("Est-ce https://example.org ?", "https://example.org", " ?"),
    ],
)
def test_trailing_punctuation_outside_link(text, href, after):
    output = answer_text(text)
    assert f'href="{href}"' in output
    assert f"{href}</a>{after}" in output


def test_empty_value():
    assert answer_text("") == ""
    assert answer_text(None) == ""
