"""StreamField blocks of the knowledge pages, each with a French label, an icon and a template."""

from .content import (
    AccessibleImageBlock,
    AccessibleTableBlock,
    CalloutBlock,
    ContentStreamBlock,
    DocumentLinkBlock,
    HeadingBlock,
    KeyFigureBlock,
    LegalQuoteBlock,
    LegalReferenceBlock,
    ParagraphBlock,
)
from .field_reports import FieldReportStreamBlock

__all__ = [
    "AccessibleImageBlock",
    "AccessibleTableBlock",
    "CalloutBlock",
    "ContentStreamBlock",
    "DocumentLinkBlock",
    "FieldReportStreamBlock",
    "HeadingBlock",
    "KeyFigureBlock",
    "LegalQuoteBlock",
    "LegalReferenceBlock",
    "ParagraphBlock",
]
