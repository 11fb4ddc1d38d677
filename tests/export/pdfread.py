"""Reading generated PDFs back: text, text positions, fonts and pixels (pypdfium2)."""

from __future__ import annotations

import re

import pypdfium2 as pdfium


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(data)


def page_text(page) -> str:
    return page.get_textpage().get_text_range()


def squeeze(text: str) -> str:
    """Text without whitespace, so a name wrapped over lines still matches."""
    return re.sub(r"\s+", "", text)


def text_centre(page, text: str) -> tuple[float, float]:
    """Centre (PDF points, y up) of the first occurrence of `text` on the page."""
    tp = page.get_textpage()
    found = tp.search(text, match_case=True).get_next()
    assert found is not None, f"{text!r} not on the page"
    start, count = found
    # Loose boxes span each glyph's advance, so a centred string's centre is where it was centred.
    boxes = [tp.get_charbox(i, loose=True) for i in range(start, start + count)]
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    return (x0 + x1) / 2, (y0 + y1) / 2


def pixel(page, x_pt: float, y_pt: float, scale: float = 2.0, image=None) -> tuple[int, int, int]:
    """Colour of the rendered page at a point given in PDF points (y up)."""
    image = image or page.render(scale=scale).to_pil().convert("RGB")
    height_pt = page.get_size()[1]
    return image.getpixel((int(x_pt * scale), int((height_pt - y_pt) * scale)))


def font_report(data: bytes) -> tuple[int, list[str]]:
    """(number of embedded TrueType font files, base fonts of fonts without an embedded file).

    Scans the uncompressed object dictionaries; reportlab writes font dictionaries unpacked."""
    embedded = data.count(b"/FontFile2")
    fonts = re.findall(rb"/BaseFont\s*/([^\s/>]+)", data)
    descriptors = data.count(b"/Type /FontDescriptor")
    missing = []
    if descriptors < len([f for f in fonts if b"+" in f]):
        missing.append("descriptor")
    missing += [f.decode() for f in fonts if b"+" not in f]
    return embedded, missing
