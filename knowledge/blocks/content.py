"""Blocks of the reference pages: text, callouts, documents, images, tables, quotations, figures."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

# Rich text stays sober: no raw HTML, no embeds, no headings above h3 inside a paragraph.
PARAGRAPH_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link", "document-link"]


HEADING_MAX_LENGTH = 120


class HeadingBlock(blocks.CharBlock):
    # CharBlock reads max_length and help_text from its arguments only, not from Meta.
    def __init__(self, max_length=HEADING_MAX_LENGTH, help_text=None, **kwargs):
        if help_text is None:
            help_text = _(
                "A short section title, e.g. Pièces à demander. Readers and screen readers "
                "use headings to move through the page."
            )
        super().__init__(max_length=max_length, help_text=help_text, **kwargs)

    class Meta:
        label = _("Heading")
        icon = "title"
        template = "knowledge/blocks/heading.html"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, help_text=None, **kwargs):
        if help_text is None:
            help_text = _(
                "Text with bold, italics, lists and links. Keep paragraphs short; a link "
                "says where it leads, e.g. the title of the page, not “click here”."
            )
        super().__init__(features=PARAGRAPH_FEATURES, help_text=help_text, **kwargs)

    class Meta:
        label = _("Paragraph")
        icon = "pilcrow"
        template = "knowledge/blocks/paragraph.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"),
        default=_("Key point"),
        max_length=80,
        help_text=_("A few words, e.g. Key point, Deadline or Warning."),
    )
    text = blocks.TextBlock(
        label=_("Text"),
        help_text=_("One or two sentences readers must not miss, e.g. a deadline."),
    )

    class Meta:
        label = _("Key point callout")
        icon = "info-circle"
        template = "knowledge/blocks/callout.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(
        label=_("Document"),
        help_text=_("Choose a document already uploaded, or upload a new one, e.g. a PDF."),
    )
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
    image = ImageChooserBlock(
        label=_("Image"),
        help_text=_("Choose an image already uploaded, or upload a new one, e.g. a photo."),
    )
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        max_length=250,
        help_text=_("Optional: shown under the image, e.g. Maison de bourg rénovée, 2024."),
    )
    credit = blocks.CharBlock(
        label=_("Credit"),
        required=False,
        max_length=120,
        help_text=_("Who took the photo or owns it, e.g. © DDT du Cantal."),
    )

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
        help_text=_(
            "Type in the cells; right-click to add or remove rows and columns. Choose the "
            "header cells under Table headers so that screen readers announce them."
        ),
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
    url = blocks.URLBlock(
        label=_("Link to the official text"),
        required=False,
        help_text=_("Optional: the address on Légifrance, starting with https://."),
    )

    class Meta:
        label = _("Legal text quotation")
        icon = "openquote"
        template = "knowledge/blocks/legal_quote.html"


class KeyFigureBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label=_("Label"),
        max_length=120,
        help_text=_("What is counted, e.g. Communes accompagnées."),
    )
    value = blocks.CharBlock(
        label=_("Value"),
        max_length=30,
        help_text=_("The number as readers should see it, e.g. 245 or 12,5."),
    )
    unit = blocks.CharBlock(
        label=_("Unit"),
        max_length=40,
        required=False,
        help_text=_("Optional: e.g. communes, logements, %, €."),
    )
    period = blocks.CharBlock(
        label=_("Period"),
        max_length=60,
        required=False,
        help_text=_("Optional: when the figure was measured, e.g. 2024 or au 31 mars 2025."),
    )

    class Meta:
        label = _("Key figure")
        icon = "order"
        template = "knowledge/blocks/key_figure.html"


class LegalReferenceBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label=_("Reference"),
        max_length=250,
        help_text=_(
            "The exact name of the text, e.g. Loi n° 2014-366 du 24 mars 2014, article 92."
        ),
    )
    url = blocks.URLBlock(
        label=_("Link"),
        required=False,
        help_text=_("Optional: the address of the text on Légifrance, starting with https://."),
    )

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
