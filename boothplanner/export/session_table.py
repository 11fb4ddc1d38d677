"""The sessions table of the plan sheet: each session in start order with its time, name (and
Korean name), seats, expected audience, how many stand, and whether the free floor holds them.

The sheet shows at most SHEET_SESSIONS of them, fewer when more would make the plan smaller:
with more sessions than that, those where people stand are kept first, a last line says how many
more there are, and every session is listed on session-list pages at the end of the PDF (as
they are when the paper has no room for the box at all). Points, PDF y up.
"""

from __future__ import annotations

from dataclasses import dataclass

from boothplanner.export import style
from boothplanner.export.fonts import BOLD, REGULAR, text_width
from boothplanner.export.page import MM
from boothplanner.export.textfit import ASCENT, LEADING, elide, wrap

SHEET_SESSIONS = 10       # at most this many on the sheet
MIN_SHEET_SESSIONS = 3    # a box with fewer is not worth its room: the sessions go on pages only
SIZE = 6.3          # the English name and the numbers
SUB = 5.4           # the Korean name, column captions, the date and "+N more" lines
COL_GAP = 4.0
ROW_PAD = 1.6       # above and below each session, around the hairline between sessions
NAME_MIN = 40.0     # the name column never narrower than this (the numbers are squeezed first)
HEADERS = ("TIME", "SESSION", "SEATS", "EXPECTED", "STANDING", "FLOOR")
HOLDS, NOT_HOLDS, NOBODY = "yes", "NO", "–"
MARK_W = 5.5        # the tick or cross before "yes" / "NO"


@dataclass(frozen=True)
class SessionLine:
    """One session as the sheet prints it."""
    session_id: str
    date: str               # YYYY-MM-DD of its start
    when: str               # "10:00–10:30" ("+1d" when it ends the next day or later)
    name: str
    name_ko: str            # "" when none, or when it is the only name (then in `name`)
    seats: int
    expected: int | None
    standing: int
    holds: bool | None      # the free floor holds those standing; None when nobody stands

    @property
    def short(self) -> bool:
        return self.standing > 0


def session_lines(layout, result) -> list[SessionLine]:
    """Every session of the layout in start order (then end, then file order)."""
    numbers = getattr(result, "sessions", None)
    if numbers is None:
        from boothplanner.rules.sessions import session_capacity
        numbers = session_capacity(layout, result)
    order = sorted(range(len(numbers)), key=lambda i: (numbers[i].start, numbers[i].end, i))
    out = []
    for i in order:
        n = numbers[i]
        session = layout.sessions.get(n.session_id)
        name_ko = getattr(session, "name_ko", "") or ""
        name = n.name or name_ko or n.session_id
        if name == name_ko:
            name_ko = ""
        out.append(SessionLine(n.session_id, n.start[:10], _when(n.start, n.end), name, name_ko, n.seats, n.expected,
                               n.standing, n.floor_holds if n.standing > 0 else None))
    return out


def _when(start: str, end: str) -> str:
    text = f"{start[11:16]}–{end[11:16]}"
    return text + " +1d" if end[:10] > start[:10] else text


def sheet_selection(lines: list[SessionLine], limit: int = SHEET_SESSIONS) -> tuple[list[SessionLine], int, int]:
    """(the sessions shown, in start order; how many are left off; how many of those have people
    standing). Beyond `limit`, sessions where people stand are kept first: where the floor does
    not hold them, then the rest, each in start order."""
    if len(lines) <= limit:
        return list(lines), 0, 0
    rank = sorted(range(len(lines)), key=lambda i: (0 if lines[i].holds is False else 1 if lines[i].short else 2, i))
    kept = set(rank[:limit])
    shown = [line for i, line in enumerate(lines) if i in kept]
    left = [line for i, line in enumerate(lines) if i not in kept]
    return shown, len(left), sum(1 for line in left if line.short)


def _number(value: int | None) -> str:
    return "–" if value is None else f"{value:,}"


@dataclass(frozen=True)
class SessionTable:
    """The table as a flow row of a Panel: height(width) measures, draw(c, left, top, width) draws."""
    lines: tuple[SessionLine, ...]
    dated: bool = False         # a line with the date before each day's sessions
    hidden: int = 0
    hidden_short: int = 0
    more: str = ""              # after "+N more sessions...", where they are all listed

    def _number_widths(self) -> list[float]:
        """Widths of the time column and the four columns right of the name."""
        values = [
            [line.when for line in self.lines],
            [_number(line.seats) for line in self.lines],
            [_number(line.expected) for line in self.lines],
            [_number(line.standing) if line.standing else "0" for line in self.lines],
        ]
        widths = []
        for header, texts in zip(HEADERS[:1] + HEADERS[2:5], values):
            bold = header == "STANDING"
            widths.append(max([text_width(header, SUB)] + [text_width(t, SIZE, bold) for t in texts]))
        marked = MARK_W + max(text_width(HOLDS, SIZE), text_width(NOT_HOLDS, SIZE, True))
        floor = max(text_width(HEADERS[5], SUB), marked)
        return widths + [floor]

    def _columns(self, width: float) -> tuple[list[float], float]:
        """x offsets (left edge of the time and name columns, right edges of the numbers, left
        edge of the floor column) and the name column's width."""
        time_w, seats_w, expected_w, standing_w, floor_w = self._number_widths()
        name_w = width - time_w - seats_w - expected_w - standing_w - floor_w - 5 * COL_GAP
        squeeze = 0.0
        if name_w < NAME_MIN:
            # A narrow box: the gaps give way before the name does.
            squeeze = min(COL_GAP - 1.0, (NAME_MIN - name_w) / 5)
            name_w += 5 * squeeze
        gap = COL_GAP - squeeze
        x_name = time_w + gap
        right_seats = x_name + max(name_w, 0.0) + gap + seats_w
        right_expected = right_seats + gap + expected_w
        right_standing = right_expected + gap + standing_w
        x_floor = right_standing + gap
        return [0.0, x_name, right_seats, right_expected, right_standing, x_floor], max(name_w, 0.0)

    def _line_height(self, line: SessionLine) -> float:
        return SIZE * LEADING + (SUB * LEADING if line.name_ko else 0.0) + 2 * ROW_PAD

    def height(self, width: float) -> float:
        h = SUB * LEADING + 1.0
        last_date = None
        for line in self.lines:
            if self.dated and line.date != last_date:
                h += SUB * LEADING + ROW_PAD
                last_date = line.date
            h += self._line_height(line)
        if self.hidden:
            h += SUB * LEADING + ROW_PAD
        return h

    def draw(self, c, left: float, top: float, width: float) -> None:
        xs, name_w = self._columns(width)
        x_time, x_name, r_seats, r_expected, r_standing, x_floor = (left + x for x in xs)
        y = top
        c.setFillColor(style.GREY_INK)
        c.setFont(REGULAR, SUB)
        base = y - ASCENT * SUB
        c.drawString(x_time, base, HEADERS[0])
        c.drawString(x_name, base, HEADERS[1])
        for right, header in ((r_seats, HEADERS[2]), (r_expected, HEADERS[3]), (r_standing, HEADERS[4])):
            c.drawRightString(right, base, header)
        c.drawString(x_floor, base, HEADERS[5])
        y -= SUB * LEADING + 1.0
        c.setStrokeColor(style.INK)
        c.setLineWidth(0.4)
        c.line(left, y + 0.5, left + width, y + 0.5)
        last_date = None
        for index, line in enumerate(self.lines):
            if self.dated and line.date != last_date:
                c.setFillColor(style.INK)
                c.setFont(BOLD, SUB)
                c.drawString(x_time, y - ROW_PAD - ASCENT * SUB, line.date)
                y -= SUB * LEADING + ROW_PAD
                last_date = line.date
            elif index:
                c.setStrokeColor(style.SEAT_LINE)
                c.setLineWidth(0.2)
                c.line(left, y, left + width, y)
            self._draw_line(c, line, y - ROW_PAD, x_time, x_name, name_w, r_seats, r_expected, r_standing, x_floor)
            y -= self._line_height(line)
        if self.hidden:
            c.setFillColor(style.GREY_INK)
            c.setFont(REGULAR, SUB)
            text = f"+{self.hidden} more session{'s' if self.hidden != 1 else ''}"
            if self.hidden_short:
                text += f", {self.hidden_short} of them with people standing"
            else:
                text += ", everyone seated"
            if self.more:
                text += f": {self.more}"
            c.drawString(x_time, y - ROW_PAD - ASCENT * SUB, elide(text, SUB, width))

    @staticmethod
    def _draw_line(c, line: SessionLine, top, x_time, x_name, name_w, r_seats, r_expected, r_standing, x_floor) -> None:
        base = top - ASCENT * SIZE
        c.setFillColor(style.INK)
        c.setFont(REGULAR, SIZE)
        c.drawString(x_time, base, line.when)
        c.drawString(x_name, base, elide(line.name, SIZE, name_w))
        c.drawRightString(r_seats, base, _number(line.seats))
        c.drawRightString(r_expected, base, _number(line.expected))
        if line.standing:
            c.setFillColor(style.WARN)
            c.setFont(BOLD, SIZE)
            c.drawRightString(r_standing, base, _number(line.standing))
        else:
            c.setFillColor(style.GREY_INK)
            c.drawRightString(r_standing, base, "0")
        mid = base + SIZE * 0.33
        if line.holds is None:
            c.setFillColor(style.GREY_INK)
            c.setFont(REGULAR, SIZE)
            c.drawString(x_floor + MARK_W, base, NOBODY)
        elif line.holds:
            _tick(c, x_floor, mid, style.PASS)
            c.setFillColor(style.PASS)
            c.setFont(REGULAR, SIZE)
            c.drawString(x_floor + MARK_W, base, HOLDS)
        else:
            _cross(c, x_floor, mid, style.FAIL)
            c.setFillColor(style.FAIL)
            c.setFont(BOLD, SIZE)
            c.drawString(x_floor + MARK_W, base, NOT_HOLDS)
        if line.name_ko:
            c.setFillColor(style.GREY_INK)
            c.setFont(REGULAR, SUB)
            c.drawString(x_name, top - SIZE * LEADING - ASCENT * SUB, elide(line.name_ko, SUB, name_w))


def _tick(c, x: float, y: float, colour) -> None:
    c.saveState()
    c.setStrokeColor(colour)
    c.setLineWidth(0.9)
    c.setLineCap(1)
    c.setLineJoin(1)
    path = c.beginPath()
    path.moveTo(x + 0.4, y)
    path.lineTo(x + 1.6, y - 1.4)
    path.lineTo(x + 4.0, y + 1.8)
    c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def _cross(c, x: float, y: float, colour) -> None:
    c.saveState()
    c.setStrokeColor(colour)
    c.setLineWidth(0.9)
    c.setLineCap(1)
    c.line(x + 0.5, y - 1.6, x + 3.7, y + 1.6)
    c.line(x + 0.5, y + 1.6, x + 3.7, y - 1.6)
    c.restoreState()


def spans_days(lines: list[SessionLine]) -> bool:
    return len({line.date for line in lines}) > 1


def floor_note(layout, result) -> str:
    """The footnote under a sessions table: what Standing and Floor mean, with the free floor's
    numbers when every session stands on the same floor."""
    numbers = {(n.free_floor_m2, n.standing_room, n.rooms) for n in getattr(result, "sessions", ())}
    if len(numbers) == 1:
        free, room, rooms = numbers.pop()
        if rooms:
            from boothplanner.rules.rooms import rooms_of
            names = {r.id: r.name for r in rooms_of(layout, getattr(result, "index", None))}
            where = " of " + ", ".join(names.get(r, r) for r in rooms)
        else:
            where = ""
        floor = f"the free floor{where} ({free:,.0f} m²) holds {room:,} standing"
    else:
        floor = "whether the free floor of the session's room holds those standing"
    return f"Standing: expected beyond the seats. Floor: {floor} at 0.46 m² a person."


# Session-list pages, laid out like the booth list, the table drawn larger than on the sheet.
PAGE_MARGIN = 12 * MM
PAGE_HEADER = 30.0
PAGE_ZOOM = 1.2             # the sheet's 6.3 pt names print at about the booth list's 7.5 pt
PAGE_TABLE_MAX = 640.0      # points on the page: wider only spreads the numbers away from the names
NOTE_SIZE = 7.0


def _page_table_width(page_size) -> float:
    """The table's width in its own (unzoomed) units."""
    return min(page_size[0] - 2 * PAGE_MARGIN, PAGE_TABLE_MAX) / PAGE_ZOOM


def _note_lines(note: str, page_size) -> list[str]:
    return wrap(note, NOTE_SIZE, min(page_size[0] - 2 * PAGE_MARGIN, PAGE_TABLE_MAX)) or []


def session_list_pages(lines: list[SessionLine], page_size, note: str = "") -> list[list[SessionLine]]:
    """Every session, in start order, split into pages."""
    if not lines:
        return []
    dated = spans_days(lines)
    width = _page_table_width(page_size)
    note_h = len(_note_lines(note, page_size)) * NOTE_SIZE * LEADING + 6.0
    usable = (page_size[1] - 2 * PAGE_MARGIN - PAGE_HEADER - note_h) / PAGE_ZOOM
    pages, current = [], []
    for line in lines:
        if current and SessionTable(tuple(current + [line]), dated).height(width) > usable:
            pages.append(current)
            current = []
        current.append(line)
    pages.append(current)
    return pages


def draw_session_list_page(c, layout, lines: list[SessionLine], dated: bool, note: str, page_size,
                           page: int, pages: int) -> None:
    top = page_size[1] - PAGE_MARGIN
    c.setFillColor(style.INK)
    c.setFont(BOLD, 12)
    c.drawString(PAGE_MARGIN, top - 12, f"Sessions: {layout.event.name}".strip())
    c.setFont(REGULAR, 7)
    c.drawRightString(page_size[0] - PAGE_MARGIN, top - 12, f"Page {page} of {pages}")
    c.drawString(PAGE_MARGIN, top - 22,
                 "Each session's seats, expected audience and standing overflow, in start order.")
    width = _page_table_width(page_size)
    table = SessionTable(tuple(lines), dated)
    c.saveState()
    c.translate(PAGE_MARGIN, top - PAGE_HEADER)
    c.scale(PAGE_ZOOM, PAGE_ZOOM)
    table.draw(c, 0.0, 0.0, width)
    c.restoreState()
    y = top - PAGE_HEADER - table.height(width) * PAGE_ZOOM - 6.0
    c.setFillColor(style.GREY_INK)
    c.setFont(REGULAR, NOTE_SIZE)
    for text in _note_lines(note, page_size):
        c.drawString(PAGE_MARGIN, y - ASCENT * NOTE_SIZE, text)
        y -= NOTE_SIZE * LEADING
