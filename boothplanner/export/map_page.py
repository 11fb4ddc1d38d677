"""One exhibitor's booth map page: header, the shared muted plan, their booths in a strong
colour with the walk to the nearest entrance, and the callout. Points, PDF y up."""

from __future__ import annotations

from boothplanner.export import style
from boothplanner.export.booth_labels import draw_booth_shape, names_of
from boothplanner.export.fonts import BOLD, REGULAR, text_width
from boothplanner.export.page import MM, Transform, nice_bar_length
from boothplanner.export.symbols import north_arrow, scale_bar
from boothplanner.export.textfit import fit, fit_line, wrap

LOCATOR_BELOW = 14.0     # points: booths drawn smaller than this get a ring around them
MARGIN = 10 * MM
HEADER = 20 * MM
CALLOUT = 36 * MM


def draw_map_background(c, name: str, layout, setup, form) -> None:
    """Everything every map page shares (header, muted plan, callout frame, scale, venue note),
    as one form XObject, so a page only adds what is its own."""
    pw, ph = setup.page_size
    c.beginForm(name, 0, 0, pw, ph)
    _header(c, layout, pw, ph, MARGIN, HEADER)
    c.saveState()
    c.translate(*setup.form_origin(form.size))
    c.doForm(form.name)
    c.restoreState()
    _callout_frame(c, layout, setup, MARGIN, CALLOUT, pw)
    c.endForm()


def draw_map_page(c, layout, setup, form, background: str, exhibitor, booths, entrance, page: int,
                  pages: int) -> None:
    pw, ph = setup.page_size
    ox, oy = setup.form_origin(form.size)
    t = form.transform
    t = Transform(t.k, t.origin_m, t.left_pt + ox, t.top_pt + oy)
    c.doForm(background)
    if entrance is not None:
        _route(c, t, entrance)
    for booth in booths:
        _highlight(c, booth, t)
    _callout(c, exhibitor, booths, entrance, MARGIN, CALLOUT, pw)
    c.setFillColor(style.GREY_INK)
    c.setFont(REGULAR, 6.5)
    c.drawRightString(pw - MARGIN, MARGIN - 12, f"Page {page} of {pages}")


def _header(c, layout, pw, ph, margin, height) -> None:
    event = layout.event
    top = ph - margin
    c.setFillColor(style.INK)
    name = event.name or "Booth map"
    line = fit_line(name, pw - 2 * margin - 90, 18, 18, 8, bold=True)
    c.setFont(BOLD, line.size if line else 8)
    c.drawString(margin, top - 16, name)
    c.setFont(REGULAR, 8.5)
    details = "  ·  ".join(x for x in (event.date, layout.venue.name) if x)
    c.drawString(margin, top - 30, details if text_width(details, 8.5) < pw - 2 * margin else event.date)
    c.setFont(BOLD, 10)
    c.setFillColor(style.HIGHLIGHT)
    c.drawRightString(pw - margin, top - 16, "Your booth / 부스 위치")
    c.setStrokeColor(style.INK)
    c.setLineWidth(0.6)
    c.line(margin, top - height + 8, pw - margin, top - height + 8)


def _highlight(c, booth, t: Transform) -> None:
    c.saveState()
    c.setFillColor(style.HIGHLIGHT)
    c.setStrokeColor(style.INK)
    c.setLineWidth(1.2)
    draw_booth_shape(c, booth, t)
    x, y = t.point(*booth.center)
    size = min(booth.width, booth.depth) * t.k
    line = fit_line(booth.number, size * 0.9, size * 0.6, 14, 2, bold=True)
    if line is not None:
        c.setFillColor(style.WHITE)
        c.setFont(BOLD, line.size)
        c.drawCentredString(x, y - 0.35 * line.size, booth.number)
    if size < LOCATOR_BELOW:
        # Too small to spot on the page: ring it.
        c.setStrokeColor(style.HIGHLIGHT)
        c.setLineWidth(2)
        c.circle(x, y, max(10.0, size), stroke=1, fill=0)
    c.restoreState()


def _route(c, t: Transform, entrance) -> None:
    c.saveState()
    c.setStrokeColor(style.ROUTE)
    c.setLineWidth(1.6)
    c.setLineCap(1)
    c.setLineJoin(1)
    if entrance.walking and len(entrance.route) >= 2:
        pts = t.points(entrance.route)
        c.setDash(4, 3)
        path = c.beginPath()
        path.moveTo(*pts[0])
        for p in pts[1:]:
            path.lineTo(*p)
        c.drawPath(path, stroke=1, fill=0)
        c.setDash()
    mx, my = t.point(*entrance.exit.midpoint)
    c.setStrokeColor(style.EXIT)
    c.setLineWidth(2)
    c.circle(mx, my, max(6.0, entrance.exit.width * t.k * 0.7), stroke=1, fill=0)
    c.restoreState()


def _callout_frame(c, layout, setup, margin, height, pw) -> None:
    top = margin + height
    width = pw - 2 * margin
    c.setFillColor(style.WHITE)
    c.setStrokeColor(style.HIGHLIGHT)
    c.setLineWidth(1.5)
    c.rect(margin, margin, width, height, stroke=1, fill=1)
    # Scale bar and north arrow in the right-hand corner.
    k = setup.scale.points_per_metre
    north_arrow(c, pw - margin - 12, top - 30, 16, north=layout.venue.north)
    bar_m = nice_bar_length(k, 60)
    scale_bar(c, pw - margin - 80, margin + 8, k, bar_m, size=5.5)
    c.setFillColor(style.GREY_INK)
    c.setFont(REGULAR, 5.5)
    c.drawString(pw - margin - 80, margin + 22, f"Scale {setup.scale.label} (A4)")
    note = layout.event.venue_note
    if note:
        c.setFont(REGULAR, 5)
        lines = wrap(note, 5, width - 100, False) or []
        for i, line in enumerate(lines[:3]):
            c.drawString(margin + 8, margin + 4 + (min(len(lines), 3) - 1 - i) * 6, line)


def _callout(c, exhibitor, booths, entrance, margin, height, pw) -> None:
    top = margin + height
    width = pw - 2 * margin
    x = margin + 8
    numbers = ", ".join(b.number for b in booths)
    number_line = fit_line(numbers, width * 0.28, 26, 26, 8, bold=True) or fit_line(numbers, 1e6, 8, 8, 1, bold=True)
    c.setFillColor(style.HIGHLIGHT)
    c.setFont(BOLD, number_line.size)
    c.drawString(x, top - 8 - number_line.size * 0.8, numbers)
    c.setFillColor(style.GREY_INK)
    c.setFont(REGULAR, 6.5)
    c.drawString(x, top - 8 - number_line.size - 10, "Booth / 부스 번호")
    text_x = x + min(text_width(numbers, number_line.size, True), width * 0.28) + 14
    text_w = pw - margin - 90 - text_x
    names = names_of(exhibitor)
    parts = [(names[0], True, 1.0)] + [(n, False, 0.8) for n in names[1:]]
    block = fit(parts, text_w, 30, 14, 5, max_lines=2)
    y = top - 8
    if block is not None:
        for line, baseline in zip(block.lines, block.baselines(y - block.height / 2)):
            c.setFillColor(style.INK)
            c.setFont(BOLD if line.bold else REGULAR, line.size)
            c.drawString(text_x, baseline, line.text)
        y -= block.height + 6
    facts = [_size_text(booths)]
    if entrance is not None:
        how = f"about {entrance.distance:.0f} m walk" if entrance.walking else f"{entrance.distance:.0f} m in a straight line"
        facts.append(f"Nearest entrance / 가까운 출입구: {entrance.exit.name or entrance.exit.id} ({how})")
    c.setFillColor(style.INK)
    for fact in facts:
        for line in wrap(fact, 7.5, text_w, False) or []:
            if y < margin + 12:
                break
            c.setFont(REGULAR, 7.5)
            c.drawString(text_x, y - 7, line)
            y -= 9.5


def _size_text(booths) -> str:
    sizes = ", ".join(f"{b.number} {b.width:g} m × {b.depth:g} m" for b in booths)
    total = sum(b.area for b in booths)
    return f"Size / 크기: {sizes} ({total:g} m²)" if len(booths) > 1 else \
        f"Size / 크기: {booths[0].width:g} m × {booths[0].depth:g} m ({total:g} m²)"
