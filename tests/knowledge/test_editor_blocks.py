"""Limits of the StreamField blocks that the page editor enforces."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamBlockValidationError

from knowledge.blocks import ContentStreamBlock, FieldReportStreamBlock, HeadingBlock

HEADING_MAX_LENGTH = 120


def test_heading_rejects_long_text():
    with pytest.raises(ValidationError) as error:
        HeadingBlock().clean("x" * (HEADING_MAX_LENGTH + 1))

    assert "120" in str(error.value)


def test_heading_accepts_maximum_length():
    text = "x" * HEADING_MAX_LENGTH

    assert HeadingBlock().clean(text) == text


@pytest.mark.parametrize("stream_class", [ContentStreamBlock, FieldReportStreamBlock])
def test_stream_rejects_long_heading(stream_class):
    stream = stream_class()
    value = stream.to_python([{"type": "heading", "value": "x" * (HEADING_MAX_LENGTH + 1)}])

    with pytest.raises(StreamBlockValidationError):
        stream.clean(value)
