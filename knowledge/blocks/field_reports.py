"""Blocks of the field report body: description, gallery, figures, testimony, before/after."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from .content import (
    AccessibleImageBlock,
    DocumentLinkBlock,
    HeadingBlock,
    KeyFigureBlock,
    ParagraphBlock,
)


class CreditedImageBlock(AccessibleImageBlock):
    """A photo whose alternative text and credit are both required."""

    credit = blocks.CharBlock(
        label=_("Credit"),
        max_length=120,
        help_text=_("Required: who took the photo or owns it, e.g. © Mairie de Die."),
    )


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=120,
        help_text=_("Optional: e.g. Le chantier."),
    )
    photos = blocks.ListBlock(CreditedImageBlock(), label=_("Photos"), min_num=1, max_num=24)

    class Meta:
        label = _("Photo gallery")
        icon = "image"
        template = "knowledge/blocks/gallery.html"


class TestimonyBlock(blocks.StructBlock):
    quote = blocks.TextBlock(
        label=_("Testimony"),
        help_text=_("The words of the person, as they said them, without quotation marks."),
    )
    author = blocks.CharBlock(
        label=_("Author"),
        max_length=120,
        help_text=_("The name of the person, with their agreement, e.g. Claire Dupont."),
    )
    role = blocks.CharBlock(
        label=_("Role"),
        required=False,
        max_length=160,
        help_text=_("For example: mayor, project manager, craftsman."),
    )

    class Meta:
        label = _("Testimony")
        icon = "openquote"
        template = "knowledge/blocks/testimony.html"


class BeforeAfterBlock(blocks.StructBlock):
    before = ImageChooserBlock(
        label=_("Before"), help_text=_("A photo of the place before the works.")
    )
    before_alt = blocks.CharBlock(
        label=_("Alternative text of the photo before"),
        max_length=250,
        help_text=_("Describe what the photo shows, e.g. Grange en ruine, toiture effondrée."),
    )
    after = ImageChooserBlock(
        label=_("After"), help_text=_("A photo of the same place after the works, same angle.")
    )
    after_alt = blocks.CharBlock(
        label=_("Alternative text of the photo after"),
        max_length=250,
        help_text=_("Describe what the photo shows, e.g. Grange rénovée en bardage bois."),
    )
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        max_length=250,
        help_text=_("Optional: shown under the photos, e.g. Travaux de 2022 à 2024."),
    )
    credit = blocks.CharBlock(
        label=_("Credit"),
        max_length=120,
        help_text=_("Who took the photos or owns them, e.g. © CAUE du Cantal."),
    )

    class Meta:
        label = _("Before and after")
        icon = "image"
        template = "knowledge/blocks/before_after.html"


class FieldReportStreamBlock(blocks.StreamBlock):
    """The body of a field report."""

    heading = HeadingBlock()
    description = ParagraphBlock(label=_("Description"))
    gallery = GalleryBlock()
    key_figure = KeyFigureBlock()
    testimony = TestimonyBlock()
    document = DocumentLinkBlock()
    before_after = BeforeAfterBlock()

    class Meta:
        label = _("Content")
