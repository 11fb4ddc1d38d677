"""A boxed panel of text rows beside the plan (title block, legend, compliance box).

One routine lays the rows out, and either only measures (for the sheet's arrangement) or also
draws, so what is measured is exactly what is drawn. Points, PDF y up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from boothplanner.export import style
from boothplanner.export.fonts import BOLD, REGULAR, text_width
from boothplanner.export.textfit import ASCENT, LEADING, wrap

PAD = 5.0
HEADING = 8.5
BODY = 7.0
SMALL = 5.8
ICON = 14.0        # width kept for a legend symbol


@dataclass
class Row:
    kind: str                   # heading, field, text, item
    text: str = ""
    label: str = ""             # field: the small caption; item: the right-hand note
    size: float = BODY
    bold: bool = False
    colour: object = None
    icon: Callable | None = None   # item: icon(c, left, middle_y, width, height) draws its symbol
    measure: Callable | None = None  # flow: measure(width) is its height in points


@dataclass
class Panel:
    key: str
    rows: list[Row] = field(default_factory=list)
    columns_from: float = 0.0    # lay `item` rows out in columns at least this wide (0: one column)
    frame: bool = True

    def heading(self, text: str, size: float = HEADING) -> "Panel":
        self.rows.append(Row("heading", text, size=size, bold=True))
        return self

    def field(self, label: str, value: str, size: float = BODY, bold: bool = False) -> "Panel":
        self.rows.append(Row("field", value, label=label, size=size, bold=bold))
        return self

    def text(self, text: str, size: float = BODY, bold: bool = False, colour=None) -> "Panel":
        self.rows.append(Row("text", text, size=size, bold=bold, colour=colour))
        return self

    def item(self, icon: Callable, text: str, note: str = "", size: float = BODY, colour=None) -> "Panel":
        self.rows.append(Row("item", text, label=note, size=size, icon=icon, colour=colour))
        return self

    def drawing(self, height: float, draw: Callable) -> "Panel":
        """A row drawn by draw(c, left, top, width), `height` points tall."""
        self.rows.append(Row("drawing", size=height, icon=draw))
        return self

    def flow(self, measure: Callable, draw: Callable) -> "Panel":
        """A row drawn by draw(c, left, top, width), measure(width) points tall (a table, say)."""
        self.rows.append(Row("flow", icon=draw, measure=measure))
        return self

    def widest_item(self) -> float:
        """Width an `item` row needs to stay on one line (icon, text and note); 0 without items."""
        widths = [ICON + 3 + text_width(row.text, row.size) + (text_width(row.label, SMALL) + 3 if row.label else 0.0)
                  for row in self.rows if row.kind == "item"]
        return max(widths, default=0.0)

    def height_for(self, width: float) -> float:
        return self.layout(width)

    def draw(self, c, box) -> None:
        if self.frame:
            c.setStrokeColor(style.INK)
            c.setLineWidth(0.6)
            c.setFillColor(style.WHITE)
            c.rect(box.x, box.y, box.w, box.h, stroke=1, fill=1)
        self.layout(box.w, c, box.x, box.top)

    def layout(self, width: float, c=None, left: float = 0.0, top: float = 0.0) -> float:
        """Height of the rows at `width`; draws them from (left, top) down when c is given."""
        inner = width - 2 * PAD
        y = top - PAD
        items: list[Row] = []
        for row in self.rows + [Row("end")]:
            if row.kind == "item":
                items.append(row)
                continue
            if items:
                y = self._items(items, inner, c, left + PAD, y)
                items = []
            if row.kind == "end":
                break
            y = self._row(row, inner, c, left + PAD, y)
        return top - y + PAD - (LEADING - 1) * BODY

    def _row(self, row: Row, inner: float, c, x: float, y: float) -> float:
        if row.kind == "drawing":
            if c is not None:
                row.icon(c, x, y, inner)
            return y - row.size
        if row.kind == "flow":
            if c is not None:
                row.icon(c, x, y, inner)
            return y - row.measure(inner)
        font = BOLD if row.bold else REGULAR
        if row.kind == "field":
            caption = row.label.upper()
            if c is not None:
                c.setFillColor(style.GREY_INK)
                c.setFont(REGULAR, SMALL)
                c.drawString(x, y - ASCENT * SMALL, caption)
            y -= SMALL * LEADING
        lines = wrap(row.text, row.size, inner, row.bold) or [""]
        for line in lines:
            if c is not None:
                c.setFillColor(row.colour or style.INK)
                c.setFont(font, row.size)
                c.drawString(x, y - ASCENT * row.size, line)
            y -= row.size * LEADING
        if row.kind == "heading":
            if c is not None:
                c.setStrokeColor(style.INK)
                c.setLineWidth(0.4)
                c.line(x, y - 0.5, x + inner, y - 0.5)
            y -= 3.0
        elif row.kind == "field":
            y -= 1.5
        return y

    def _items(self, items: list[Row], inner: float, c, x: float, y: float) -> float:
        columns = max(1, int((inner + PAD) // (self.columns_from + PAD))) if self.columns_from else 1
        columns = min(columns, len(items))
        col_w = (inner - PAD * (columns - 1)) / columns
        per_column = -(-len(items) // columns)
        lowest = y
        for col in range(columns):
            cy = y
            cx = x + col * (col_w + PAD)
            for row in items[col * per_column:(col + 1) * per_column]:
                text_w = col_w - ICON - 3
                note_w = text_width(row.label, SMALL) + 3 if row.label else 0.0
                lines = wrap(row.text, row.size, text_w - note_w, False) or [""]
                h = max(row.size * LEADING * len(lines), row.size * 1.5)
                if c is not None:
                    row.icon(c, cx, cy - h / 2, ICON, row.size * 1.2)
                    c.setFillColor(row.colour or style.INK)
                    c.setFont(REGULAR, row.size)
                    ly = cy - ASCENT * row.size - (h - row.size * LEADING * len(lines)) / 2
                    for line in lines:
                        c.drawString(cx + ICON + 3, ly, line)
                        ly -= row.size * LEADING
                    if row.label:
                        c.setFillColor(style.GREY_INK)
                        c.setFont(REGULAR, SMALL)
                        c.drawRightString(cx + col_w, cy - ASCENT * row.size - (h - row.size * LEADING * len(lines)) / 2,
                                          row.label)
                cy -= h + 1.0
            lowest = min(lowest, cy)
        return lowest
