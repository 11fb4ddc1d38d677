"""The booth schedule as A4 portrait PDF pages: title, a table whose header repeats on every page,
totals at the end, "page n of m". The bundled font is embedded; invariant mode makes the same
input give the same bytes, so two revisions can be compared."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from boothplanner.exhibitors.schedule import (
    BOOTH_TYPE_LABELS, STATUS_LABELS, Schedule, format_number,
)
from boothplanner.export.fonts import register_fonts

MARGIN = 15 * mm
COLUMN_WIDTHS = (50, 236, 58, 46, 58, 62)  # points; 510 = A4 width less the margins
HEADER = ("Booth", "Exhibitor", "Size", "Area m²", "Status", "Booth type")
RULE = colors.HexColor("#9aa3ad")
HEADER_FILL = colors.HexColor("#dfe5eb")
STRIPE = colors.HexColor("#f4f6f8")
MUTED = colors.HexColor("#5b6570")


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    base = ParagraphStyle("cell", fontName=regular, fontSize=8.5, leading=10.5)
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", fontName=regular, fontSize=9.5, leading=13, textColor=MUTED),
        "heading": ParagraphStyle("heading", fontName=bold, fontSize=11, leading=14, spaceBefore=10, spaceAfter=4),
        "cell": base,
        # Korean names have few spaces, so they may break between any two syllables.
        "korean": ParagraphStyle("korean", parent=base, wordWrap="CJK"),
        "english": ParagraphStyle("english", parent=base, fontSize=7.5, leading=9.5, textColor=MUTED),
        "number": ParagraphStyle("number", parent=base, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=base, fontName=bold),
        "head_number": ParagraphStyle("head_number", parent=base, fontName=bold, alignment=TA_RIGHT),
    }


def _numbered_canvas(footer_left: str):
    """A canvas class that holds its pages until the end so each can say "page n of m"."""
    regular, _ = register_fonts()

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFont(regular, 8)
                self.setFillColor(MUTED)
                self.drawString(MARGIN, MARGIN / 2, footer_left)
                self.drawRightString(A4[0] - MARGIN, MARGIN / 2, f"Page {number} of {len(self._pages)}")
                super().showPage()
            super().save()

    return NumberedCanvas


def _exhibitor_cell(row, styles) -> list:
    cell = []
    if row.exhibitor_ko:
        cell.append(Paragraph(escape(row.exhibitor_ko), styles["korean"]))
    if row.exhibitor_en:
        style = styles["english"] if row.exhibitor_ko else styles["cell"]
        cell.append(Paragraph(escape(row.exhibitor_en), style))
    return cell or [Paragraph("", styles["cell"])]


def _booth_table(schedule: Schedule, styles) -> Table:
    head = [Paragraph(h, styles["head_number"] if h == "Area m²" else styles["head"]) for h in HEADER]
    data = [head]
    for row in schedule.rows:
        data.append([
            Paragraph(escape(row.number), styles["cell"]),
            _exhibitor_cell(row, styles),
            # Short cells as plain strings: a Paragraph per cell makes 5,000 booths take seconds longer.
            row.size_text,
            format_number(row.area),
            STATUS_LABELS.get(row.status, row.status),
            BOOTH_TYPE_LABELS.get(row.booth_type, row.booth_type),
        ])
    table = Table(data, colWidths=COLUMN_WIDTHS, repeatRows=1)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), styles["cell"].fontName),  # or cells name Helvetica, never embedded
        ("FONTSIZE", (0, 0), (-1, -1), styles["cell"].fontSize),
        ("LEADING", (0, 0), (-1, -1), styles["cell"].leading),
        ("ALIGN", (3, 0), (3, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("BACKGROUND", (0, i), (-1, i), STRIPE) for i in range(2, len(data), 2)]
    table.setStyle(TableStyle(commands))
    return table


def _totals_table(schedule: Schedule, styles) -> Table:
    totals = schedule.totals
    whole = totals.area or 1.0
    data = [[Paragraph("Status", styles["head"]), Paragraph("Booths", styles["head_number"]),
             Paragraph("Area m²", styles["head_number"]), Paragraph("Share of area", styles["head_number"])]]
    rows = [(STATUS_LABELS.get(s, s), n, totals.area_by_status[s]) for s, n in totals.booths_by_status.items()]
    rows.append(("All booths", totals.booths, totals.area))
    for label, count, area in rows:
        data.append([Paragraph(label, styles["cell"]), Paragraph(str(count), styles["number"]),
                     Paragraph(format_number(area), styles["number"]),
                     Paragraph(f"{format_number(100 * area / whole, 1)} %", styles["number"])])
    table = Table(data, colWidths=(110, 60, 70, 80), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), styles["cell"].fontName),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _title(schedule: Schedule) -> str:
    return f"{schedule.event_name} — booth schedule" if schedule.event_name else "Booth schedule"


def schedule_pdf_bytes(schedule: Schedule) -> bytes:
    styles = _styles()
    regular, _ = register_fonts()
    out = io.BytesIO()
    # initialFontName: otherwise every page names Helvetica, a font the PDF would not embed.
    doc = SimpleDocTemplate(
        out, pagesize=A4, initialFontName=regular, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm,
        title=_title(schedule), subject="Booth schedule", creator="Boothplanner", author="", invariant=1,
    )
    facts = [schedule.event_date, schedule.venue_name]
    story = [Paragraph(escape(_title(schedule)), styles["title"])]
    if any(facts):
        story.append(Paragraph(escape(" · ".join(f for f in facts if f)), styles["subtitle"]))
    story.append(Spacer(0, 6 * mm))
    story.append(_booth_table(schedule, styles))
    sold = schedule.totals.area_sold
    summary = (f"{schedule.totals.booths} booths, {format_number(schedule.totals.area)} m²; "
               f"sold {format_number(sold)} m²")
    story.append(KeepTogether([
        Paragraph("Totals", styles["heading"]),
        _totals_table(schedule, styles),
        Spacer(0, 3 * mm),
        Paragraph(escape(summary), styles["cell"]),
    ]))
    doc.build(story, canvasmaker=_numbered_canvas(_title(schedule)))
    return out.getvalue()
