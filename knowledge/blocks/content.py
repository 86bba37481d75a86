"""Blocks of the reference pages: text, callouts, documents, images, tables, quotations, figures."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

# Rich text stays sober: no raw HTML, no embeds, no headings above h3 inside a paragraph.
PARAGRAPH_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        label = _("Heading")
        icon = "title"
        template = "knowledge/blocks/heading.html"
        max_length = 120


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=PARAGRAPH_FEATURES, **kwargs)

    class Meta:
        label = _("Paragraph")
        icon = "pilcrow"
        template = "knowledge/blocks/paragraph.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), default=_("Key point"), max_length=80)
    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        label = _("Key point callout")
        icon = "info-circle"
        template = "knowledge/blocks/callout.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        help_text=_("Leave empty to use the document title."),
    )

    class Meta:
        label = _("Document link")
        icon = "doc-full"
        template = "knowledge/blocks/document_link.html"


class AccessibleImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=120)

    class Meta:
        label = _("Image")
        icon = "image"
        template = "knowledge/blocks/image.html"


class AccessibleTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("Table title"),
        max_length=200,
        help_text=_("Screen readers announce this title before the table."),
    )
    table = TableBlock(
        label=_("Table"),
        table_options={
            "contextMenu": [
                "row_above",
                "row_below",
                "col_left",
                "col_right",
                "remove_row",
                "remove_col",
                "undo",
                "redo",
            ]
        },
    )

    class Meta:
        label = _("Table")
        icon = "table"
        template = "knowledge/blocks/table.html"


class LegalQuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quoted text"), help_text=_("The exact wording of the text."))
    reference = blocks.CharBlock(
        label=_("Reference"),
        max_length=250,
        help_text=_("For example: Code général des impôts, article 232."),
    )
    url = blocks.URLBlock(label=_("Link to the official text"), required=False)

    class Meta:
        label = _("Legal text quotation")
        icon = "openquote"
        template = "knowledge/blocks/legal_quote.html"


class KeyFigureBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=120)
    value = blocks.CharBlock(label=_("Value"), max_length=30)
    unit = blocks.CharBlock(label=_("Unit"), max_length=40, required=False)
    period = blocks.CharBlock(label=_("Period"), max_length=60, required=False)

    class Meta:
        label = _("Key figure")
        icon = "order"
        template = "knowledge/blocks/key_figure.html"


class LegalReferenceBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Reference"), max_length=250)
    url = blocks.URLBlock(label=_("Link"), required=False)

    class Meta:
        label = _("Legal reference")
        icon = "link"
        template = "knowledge/blocks/legal_reference.html"


class ContentStreamBlock(blocks.StreamBlock):
    """The body of every reference page."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    document = DocumentLinkBlock()
    image = AccessibleImageBlock()
    table = AccessibleTableBlock()
    legal_quote = LegalQuoteBlock()
    key_figure = KeyFigureBlock()

    class Meta:
        label = _("Content")
