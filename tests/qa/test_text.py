"""What counts as visible text in titles, topics and answers."""

import pytest

from qa.text import strip_invisible


@pytest.mark.parametrize("text", ["\u0301\u0301", " \u200b\u0301 ", "\u20dd"])
def test_marks_alone_are_no_text(text):
    assert strip_invisible(text) == ""


@pytest.mark.parametrize("text", ["e\u0301té", "café", "👍🏽"])
def test_marked_letters_are_kept(text):
    assert strip_invisible(text) == text
