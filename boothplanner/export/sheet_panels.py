"""The boxes beside the plan: title block, legend, compliance box and, when the layout has
sessions, the sessions box, built from the layout, its check result and the export options."""

from __future__ import annotations

from collections import Counter

from boothplanner.export import style
from boothplanner.export.booth_labels import names_of
from boothplanner.export.panel import SMALL, Panel
from boothplanner.export.page import nice_bar_length
from boothplanner.export.session_table import (
    SHEET_SESSIONS, SessionTable, floor_note, session_lines, sheet_selection, spans_days,
)
from boothplanner.export.symbols import dimension, door, fire_symbol, hatch, north_arrow, partition, scale_bar
from boothplanner.rules import ERROR, WARNING

TITLE_WIDTH = 118 * 72 / 25.4
LEGEND_WIDTH = 62 * 72 / 25.4
COMPLIANCE_WIDTH = 86 * 72 / 25.4
SESSIONS_WIDTH = 80 * 72 / 25.4

# (finding code, what passing means); the capacity rows are written from the numbers.
CHECKS = (
    ("OUTSIDE_VENUE", "Everything inside the venue"),
    ("OVERLAP", "No overlapping booths, seating or areas"),
    ("ON_OBSTACLE", "Nothing on columns or obstacles"),
    ("NARROW_AISLE", "Aisles at least {aisle:.2f} m (seating {seating:.2f} m)"),
    ("EXIT_BLOCKED", "{exit:.1f} m kept clear in front of exits"),
    ("FIRE_EQUIPMENT_BLOCKED", "{fire:.1f} m kept clear around fire equipment"),
    ("DUPLICATE_BOOTH_NUMBER", "Booth numbers unique"),
)


def title_block(layout, options, scale_text: str, sheet_text: str, k: float | None = None) -> Panel:
    event, venue = layout.event, layout.venue
    panel = Panel("title")
    panel.heading(event.name or "Untitled event", size=11)
    panel.field("Venue", venue.name or "-")
    panel.field("Event date", event.date or "-")
    revision = options.revision or "-"
    if options.revision_date:
        revision += f"  ({options.revision_date})"
    panel.field("Revision (date)", revision)
    panel.field("Prepared by", options.prepared_by or "-")
    panel.field("Scale", scale_text, bold=True)
    panel.drawing(30.0, lambda c, x, top, width: _scale_and_north(c, x, top, width, k, layout.venue.north))
    panel.field("Sheet", sheet_text)
    if event.venue_note:
        panel.text(event.venue_note, size=SMALL, colour=style.FIRE)
    return panel


def _scale_and_north(c, x: float, top: float, width: float, k: float | None, north: float = 0.0) -> None:
    north_arrow(c, x + width - 8, top - 26, size=18, north=north)
    if k:
        bar_m = nice_bar_length(k, min(width - 40, 200))
        scale_bar(c, x, top - 20, k, bar_m)


def _swatch(fill, dashed: bool = False, hatch_colour=None, rows: bool = False):
    def icon(c, x, y, w, h):
        c.saveState()
        c.setFillColor(fill)
        c.setStrokeColor(style.BOOTH_OUTLINE)
        c.setLineWidth(0.4)
        if dashed:
            c.setDash(2, 1.5)
        c.rect(x, y - h / 2, w, h, stroke=1, fill=1)
        c.setDash()
        if hatch_colour is not None:
            hatch(c, [(x, y - h / 2), (x + w, y - h / 2), (x + w, y + h / 2), (x, y + h / 2)], 2.5, hatch_colour, 0.3)
        if rows:
            c.setStrokeColor(style.SEAT_LINE)
            for f in (0.25, 0.5, 0.75):
                c.line(x + 1, y - h / 2 + h * f, x + w - 1, y - h / 2 + h * f)
        c.restoreState()
    return icon


def _outline(colour, width):
    def icon(c, x, y, w, h):
        c.saveState()
        c.setStrokeColor(colour)
        c.setLineWidth(width)
        c.rect(x + 1, y - h / 2 + 1, w - 2, h - 2, stroke=1, fill=0)
        c.restoreState()
    return icon


def _door(c, x, y, w, h):
    c.saveState()
    c.setStrokeColor(style.WALL)
    c.setLineWidth(style.WALL_WIDTH)
    c.line(x, y - h / 2, x + w, y - h / 2)
    door(c, (x + 2, y - h / 2), (x + w - 2, y - h / 2), (0, 1), 100)
    c.restoreState()


def _fire(kind):
    return lambda c, x, y, w, h: fire_symbol(c, kind, x + w / 2, y, min(style.SYMBOL_SIZE, h + 1))


def _dim(colour):
    return lambda c, x, y, w, h: dimension(c, (x + 1, y - 2), (x + w - 1, y - 2), "", colour)


def _partition_icon(open_: bool):
    return lambda c, x, y, w, h: partition(c, (x + 1, y), (x + w - 1, y), open_)


def legend(layout, plan_style: style.PlanStyle, listed: int, inline: list = ()) -> Panel:
    """The legend; `inline` booths (few) are named in it, more go to booth-list pages. Its
    symbols go in as many columns as fit, each as wide as the longest entry needs."""
    panel = Panel("legend", columns_from=LEGEND_WIDTH - 12)
    panel.heading("Legend")
    if plan_style.colour_by == "category":
        counts = Counter(layout.exhibitors[b.exhibitor].category if b.exhibitor in layout.exhibitors else ""
                         for b in layout.booths.values())
        for category in plan_style.categories:
            panel.item(_swatch(style.category_colour(category, plan_style.categories)),
                       f"Booth: {category} ({counts.get(category, 0)})")
        if counts.get(""):
            panel.item(_swatch(style.NO_CATEGORY), f"Booth: no category ({counts['']})")
    else:
        counts = Counter(b.status for b in layout.booths.values())
        for status, fill in style.STATUS_FILL.items():
            panel.item(_swatch(fill), f"Booth {style.STATUS_NAMES[status].lower()} ({counts.get(status, 0)})")
    panel.item(_swatch(style.SEAT_FILL, rows=True), "Seating block, rows and seat count")
    kinds = list(dict.fromkeys(a.kind for a in layout.areas.values()))
    for kind in kinds:
        panel.item(_swatch(style.AREA_FILL[kind], dashed=kind in ("standing", "no_build"),
                           hatch_colour=style.FIRE if kind == "no_build" else None), style.AREA_NAMES[kind])
    panel.item(_swatch(style.OBSTACLE_FILL, hatch_colour=style.OBSTACLE_HATCH), "Column / obstacle")
    panel.item(_door, "Exit door, clear width")
    states = {p.open for p in layout.venue.partitions}
    if False in states:
        panel.item(_partition_icon(False), "Movable wall (closed)")
    if True in states:
        panel.item(_partition_icon(True), "Movable wall (open)")
    rules = layout.rules
    panel.item(_swatch(style.EXIT_ZONE), f"Keep clear: {rules.exit_clearance:g} m at exits")
    for kind in style.FIRE_NAMES:
        panel.item(_fire(kind), style.FIRE_NAMES[kind])
    panel.item(_swatch(style.FIRE_ZONE), f"Keep clear: {rules.fire_equipment_clearance:g} m at fire equipment")
    panel.item(_dim(style.DIMENSION), "Narrowest aisles, metres")
    panel.item(_dim(style.ERROR), "Aisle below the minimum")
    panel.item(_outline(style.ERROR, style.ERROR_WIDTH), "Fails a check")
    panel.columns_from = min(LEGEND_WIDTH - 12, panel.widest_item() + 1.0)
    if inline:
        panel.heading("Booths too small to name on the plan", size=7.0)
        for booth, exhibitor in inline:
            panel.text(f"{booth.number}: {' / '.join(names_of(exhibitor))}", size=SMALL)
    elif listed:
        panel.text(f"{listed} booth{'s are' if listed != 1 else ' is'} too small for the exhibitor's name: "
                   "see the booth list after this page.", size=SMALL)
    return panel


def compliance(layout, result) -> Panel:
    rules = layout.rules
    counts = Counter(f.code for f in result.findings)
    panel = Panel("compliance")
    panel.heading("Compliance")
    values = {"aisle": rules.aisle_min, "seating": rules.seating_aisle_min,
              "exit": rules.exit_clearance, "fire": rules.fire_equipment_clearance}
    for code, text in CHECKS:
        _check_row(panel, text.format(**values), counts.get(code, 0), ERROR)
    cap = result.capacity
    _check_row(panel, f"Exits: {cap.exits} provided, {cap.exits_required} required", counts.get("TOO_FEW_EXITS", 0), ERROR)
    _check_row(panel, f"Egress width: {cap.egress_width:.2f} m provided, {cap.egress_width_required:.2f} m required",
               counts.get("EGRESS_WIDTH", 0), ERROR)
    if cap.expected_attendance is not None:
        _check_row(panel, f"Seats for the {cap.expected_attendance:,} expected: {cap.seats:,}",
                   counts.get("SEATS_SHORT", 0), WARNING)
    known = {code for code, _ in CHECKS} | {"TOO_FEW_EXITS", "EGRESS_WIDTH", "SEATS_SHORT"}
    if layout.sessions:
        # The sessions box beside this one has the numbers.
        short, total = counts.get("SESSION_SEATS_SHORT", 0), len(layout.sessions)
        text = (f"Seats for each session: {short} of {total} short (see Sessions)" if short
                else f"Seats for each of the {total} session{'s' if total != 1 else ''}")
        _check_row(panel, text, short, WARNING)
        known.add("SESSION_SEATS_SHORT")
    # Checks this box does not know by name (rules added later) still show, by their first message.
    for finding in result.findings:
        if finding.code not in known:
            known.add(finding.code)
            _check_row(panel, finding.message, counts[finding.code], finding.severity)
    panel.heading("Capacity", size=7.5)
    panel.field("Seats / occupant load", f"{cap.seats:,} seats; occupant load {cap.occupant_load:,} (IBC 1004)")
    if cap.expected_attendance is not None:
        panel.field("Expected attendance",
                    f"{cap.expected_attendance:,}; {cap.standing:,} standing, free floor "
                    f"{cap.free_floor_m2:,.0f} m² holds {cap.standing_room:,}")
    panel.field("Booths", booth_summary(layout))
    return panel


def sessions_box(layout, result, more: str = "", limit: int = SHEET_SESSIONS) -> Panel | None:
    """Each session's seats, expected audience, standing overflow and whether the free floor
    holds it, in start order (at most `limit`; `more` says where the rest are listed); None
    when the layout has no sessions."""
    lines = session_lines(layout, result)
    if not lines:
        return None
    shown, hidden, hidden_short = sheet_selection(lines, limit)
    panel = Panel("sessions")
    panel.heading("Sessions")
    table = SessionTable(tuple(shown), spans_days(lines), hidden, hidden_short, more)
    panel.flow(table.height, table.draw)
    panel.text(floor_note(layout, result), size=SMALL, colour=style.GREY_INK)
    return panel


def booth_summary(layout) -> str:
    booths = list(layout.booths.values())
    if not booths:
        return "none"
    statuses = Counter(b.status for b in booths)
    sizes = Counter((min(b.size), max(b.size)) for b in booths)
    area = sum(b.area for b in booths)
    by_status = ", ".join(f"{statuses[s]} {s}" for s in style.STATUS_FILL if statuses.get(s))
    by_size = ", ".join(f"{n} × {a:g}×{b:g} m" for (a, b), n in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0])))
    return f"{len(booths)} booths, {area:,.0f} m² ({by_status}); {by_size}"


def _check_row(panel: Panel, text: str, failures: int, severity: str) -> None:
    if not failures:
        colour, note = style.PASS, "pass"
    elif severity == WARNING:
        colour, note = style.WARN, "warning"
    else:
        colour, note = style.FAIL, f"FAIL ×{failures}"

    def icon(c, x, y, w, h, colour=colour):
        c.saveState()
        c.setFillColor(colour)
        c.circle(x + w / 2, y, min(h, w) * 0.32, stroke=0, fill=1)
        c.restoreState()
    panel.item(icon, text, note, colour=style.INK if not failures else colour)
