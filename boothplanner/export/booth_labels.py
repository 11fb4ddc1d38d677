"""Booths on the plan: filled by status or category, numbered, and named inside when the name
fits (shrunk and wrapped); otherwise the number alone, and the sheet's booth list names them."""

from __future__ import annotations

from boothplanner.export import style
from boothplanner.export.fonts import BOLD, REGULAR
from boothplanner.export.symbols import polygon
from boothplanner.export.textfit import Line, fit, fit_line

NUMBER_REL = 1.3          # the number is set larger than the names
MAX_NAME_SIZE = 7.5
COMFORTABLE = 4.0         # points: names smaller than this are still legible on paper, but barely


def label_frame(booth, k: float) -> tuple[float, float, float]:
    """(width, height, angle) of the box text is set in: along the booth's own axes, turned by
    a quarter when that keeps the text within 45 degrees of level (clockwise degrees)."""
    w, h = booth.width * k, booth.depth * k
    angle = booth.rotation % 180
    if angle > 90:
        angle -= 180
    if angle > 45:
        angle, w, h = angle - 90, h, w
    elif angle <= -45:
        angle, w, h = angle + 90, h, w
    return w, h, angle


def names_of(exhibitor) -> list[str]:
    if exhibitor is None:
        return []
    names = [n.strip() for n in (exhibitor.name_ko, exhibitor.name) if n and n.strip()]
    return names[:1] if len(names) == 2 and names[0] == names[1] else names


_fitted: dict = {}


def fit_booth_label(booth, exhibitor, k: float):
    """(lines, all_names_shown) for a booth at k pt/m; lines is a textfit.Block or a single Line.

    Remembered by value: the sheet asks once to size its legend and again to draw."""
    key = (booth.number, booth.id if not booth.number.strip() else "", booth.size, booth.rotation % 180,
           tuple(names_of(exhibitor)), k)
    found = _fitted.get(key)
    if found is None:
        if len(_fitted) > 50_000:
            _fitted.clear()
        found = _fitted[key] = _fit_booth_label(booth, exhibitor, k)
    return found


def _fit_booth_label(booth, exhibitor, k: float):
    w, h, _ = label_frame(booth, k)
    pad = max(0.6, 0.07 * min(w, h))
    w, h = w - 2 * pad, h - 2 * pad
    number = booth.number.strip() or booth.id
    names = names_of(exhibitor)
    if names:
        # Both names when they can be read comfortably, else the first (Korean) name larger,
        # and only then both names small.
        for shown, smallest in ((names, COMFORTABLE), (names[:1], COMFORTABLE), (names, style.MIN_TEXT),
                                (names[:1], style.MIN_TEXT)):
            block = fit([(number, True, NUMBER_REL)] + [(n, False, 1.0) for n in shown],
                        w, h, MAX_NAME_SIZE, smallest, max_lines=4)
            if block is not None:
                return block, len(shown) == len(names)
    line = fit_line(number, w, h / 1.2, MAX_NAME_SIZE * NUMBER_REL, style.MIN_NUMBER, bold=True)
    if line is None:
        # Too small to read even zoomed in: still print it (tiny) so the PDF text can be searched.
        line = Line(number, style.MIN_NUMBER, True)
    return line, not names


def listed_booths(layout, k: float) -> list:
    """[(booth, exhibitor)] whose names will not all fit inside at k pt/m (what the drawing lists)."""
    out = []
    for booth in layout.booths.values():
        exhibitor = layout.exhibitors.get(booth.exhibitor)
        if exhibitor is not None and not fit_booth_label(booth, exhibitor, k)[1]:
            out.append((booth, exhibitor))
    return out


def draw_booth_labels(c, layout, t, plan_style: style.PlanStyle) -> list:
    """Draw every booth; returns [(booth, exhibitor)] for booths whose names are not all inside."""
    listed = []
    exhibitors = layout.exhibitors
    current = None
    c.setStrokeColor(plan_style.outline)
    c.setLineWidth(style.OUTLINE_WIDTH)
    for booth in layout.booths.values():
        fill = plan_style.booth_fill(booth, exhibitors.get(booth.exhibitor))
        if fill is not current:
            c.setFillColor(fill)
            current = fill
        draw_booth_shape(c, booth, t)
    c.setFillColor(plan_style.text)
    for booth in layout.booths.values():
        exhibitor = exhibitors.get(booth.exhibitor)
        label, complete = fit_booth_label(booth, exhibitor, t.k)
        if not complete:
            listed.append((booth, exhibitor))
        draw_label(c, booth, t, label)
    return listed


def draw_booth_shape(c, booth, t) -> None:
    if booth.rotation % 90 == 0:
        w, h = (booth.width, booth.depth) if booth.rotation % 180 == 0 else (booth.depth, booth.width)
        x, y = t.point(booth.center[0] - w / 2, booth.center[1] + h / 2)
        c.rect(x, y, w * t.k, h * t.k, stroke=1, fill=1)
    else:
        polygon(c, t.points(booth.corners()))


def draw_label(c, booth, t, label) -> None:
    x, y = t.point(*booth.center)
    _, _, angle = label_frame(booth, t.k)
    if isinstance(label, Line):
        lines, baselines = [label], [y - 0.35 * label.size]
    else:
        lines, baselines = label.lines, label.baselines(y)
    if angle:
        c.saveState()
        c.translate(x, y)
        c.rotate(-angle)
        baselines = [b - y for b in baselines]
        x = 0.0
    for line, baseline in zip(lines, baselines):
        c.setFont(BOLD if line.bold else REGULAR, line.size)
        c.drawCentredString(x, baseline, line.text)
    if angle:
        c.restoreState()
