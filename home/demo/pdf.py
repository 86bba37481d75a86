"""Write short text documents as A4 PDF files, for the minutes and agendas of demo events.

The files use Helvetica, one of the 14 standard fonts that PDF readers provide, so no font is
embedded. Its WinAnsiEncoding (Windows-1252) covers French text.
"""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4, in points
MARGIN = 56
# Characters per line that fit between the margins, estimated from Helvetica's average
# glyph width in each style.
STYLES = {
    "title": {"font": "F2", "size": 15, "leading": 22, "width": 62},
    "heading": {"font": "F2", "size": 12, "leading": 20, "width": 72},
    "text": {"font": "F1", "size": 11, "leading": 15, "width": 90},
    "note": {"font": "F1", "size": 9, "leading": 13, "width": 110},
}
# Characters missing from Windows-1252, replaced by their nearest equivalent.
REPLACEMENTS = str.maketrans({"\u202f": " ", "\u2009": " ", "\u2011": "-"})


def text_pdf(title, sections, note=""):
    """Return the bytes of a PDF with `title`, then each (heading, paragraphs) of `sections`.

    A line break inside a paragraph starts a new line without a blank line. `note` is printed
    in small type at the end, e.g. to say that the document is fictitious.
    """
    lines = layout_lines(title, sections, note)
    pages = [page_stream(page_lines) for page_lines in paginate(lines)]
    return assemble(pages, title)


def layout_lines(title, sections, note):
    """Return the (style, text) lines of the document, a None text for a blank line."""
    lines = [("title", line) for line in textwrap.wrap(title, STYLES["title"]["width"])]
    for heading, paragraphs in sections:
        add_blank_line(lines)
        lines += [("heading", line) for line in textwrap.wrap(heading, STYLES["heading"]["width"])]
        for paragraph in paragraphs:
            for text in paragraph.split("\n"):
                lines += [("text", line) for line in textwrap.wrap(text, STYLES["text"]["width"])]
            lines.append(("text", None))
    if note:
        add_blank_line(lines)
        lines += [("note", line) for line in textwrap.wrap(note, STYLES["note"]["width"])]
    return lines


def add_blank_line(lines):
    if lines[-1][1] is not None:
        lines.append(("text", None))


def paginate(lines):
    """Split the lines into pages and give each line its baseline height on its page."""
    pages, page, y = [], [], PAGE_HEIGHT - MARGIN
    for style, text in lines:
        leading = STYLES[style]["leading"]
        if y - leading < MARGIN:
            pages.append(page)
            page, y = [], PAGE_HEIGHT - MARGIN
            if text is None:
                continue
        y -= leading
        if text is not None:
            page.append((style, text, y))
    pages.append(page)
    return pages


def page_stream(page_lines):
    commands = []
    for style, text, y in page_lines:
        font, size = STYLES[style]["font"], STYLES[style]["size"]
        commands.append(
            f"BT /{font} {size} Tf 1 0 0 1 {MARGIN} {y} Tm ".encode() + pdf_string(text) + b" Tj ET"
        )
    return b"\n".join(commands)


def pdf_string(text):
    """Encode `text` as a PDF literal string in Windows-1252, "?" replacing what it lacks."""
    raw = text.translate(REPLACEMENTS).encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def assemble(page_streams, title):
    """Number the objects, then write them with their cross-reference table and trailer."""
    font_dictionary = b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
    # Objects 1 to 5: catalogue, page tree, both fonts and document information. Then each
    # page is followed by its content stream.
    first_page = 6
    page_ids = [first_page + 2 * index for index in range(len(page_streams))]
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % page_id for page_id in page_ids), len(page_ids)),
        font_dictionary % b"Helvetica",
        font_dictionary % b"Helvetica-Bold",
        # The title as a UTF-16BE text string with a byte order mark, one of the two text
        # string encodings of PDF, which covers every character.
        b"<< /Title <%s> >>" % ("\ufeff" + title).encode("utf-16-be").hex().upper().encode(),
    ]
    for page_id, stream in zip(page_ids, page_streams, strict=True):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
            % (PAGE_WIDTH, PAGE_HEIGHT, page_id + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))

    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref_offset = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref_offset,
    )
    return bytes(output)
