"""The venue plan sheet: the plan at a true stated scale with its title block, legend,
compliance box, sessions box (when there are sessions), scale bar and north arrow; then the
booth list when some booths were too small to name, and the session list when the sheet could
not show every session. `export_plan` is what the command line and the window call."""

from __future__ import annotations

from dataclasses import dataclass, replace

from boothplanner.export import style
from boothplanner.export.booth_labels import listed_booths
from boothplanner.export.booth_list import booth_list_pages, draw_booth_list_page
from boothplanner.export.options import PlanOptions
from boothplanner.export.page import MM, OptionError
from boothplanner.export.pdfdoc import Output, Progress, ProgressCallback, new_canvas, render, write_output
from boothplanner.export.plan import SYMBOL_MARGIN, draw_plan_form, plan_extent
from boothplanner.export.session_table import (
    MIN_SHEET_SESSIONS, SHEET_SESSIONS, draw_session_list_page, floor_note, session_lines, session_list_pages,
    spans_days,
)
from boothplanner.export.sheet_layout import PanelSpec, SheetLayout, custom_sheet, layout_sheet
from boothplanner.export.panel import PAD
from boothplanner.export.sheet_panels import (
    COMPLIANCE_WIDTH, LEGEND_WIDTH, SESSIONS_WIDTH, TITLE_WIDTH, compliance, legend, sessions_box, title_block,
)
from boothplanner.rules import check_layout

INLINE_LIST = 8      # booths named in the legend; more get booth-list pages


@dataclass(frozen=True)
class ExportResult:
    pages: int
    paper: str
    orientation: str
    scale: str              # as printed, e.g. "1:200"
    listed: int             # booths named in the booth list instead of inside
    tiles: int = 0


def _specs(panels: dict) -> list[PanelSpec]:
    """Legend, sessions (when there are sessions), compliance and title block, left to right in
    the strip. With a sessions box the legend asks only for two columns of its symbols, and the
    two share what is left of the row."""
    widths = {"legend": LEGEND_WIDTH, "sessions": SESSIONS_WIDTH, "compliance": COMPLIANCE_WIDTH, "title": TITLE_WIDTH}
    if "sessions" in panels:
        widths["legend"] = max(LEGEND_WIDTH, 2 * panels["legend"].columns_from + 3 * PAD)
    grower = "sessions" if "sessions" in panels else "legend"
    return [PanelSpec(key, widths[key], panel.height_for, grows=key == grower) for key, panel in panels.items()]


def _panels(layout, result, options, plan_style, listed: list, scale_text="1:1000 on A0 landscape",
            sheet_text="Page 99 of 99", k=None, sessions: int = 0, more: str = "all on page 99"):
    """The boxes; `sessions` is how many sessions the sessions box may list (0: no box)."""
    # Before the scale is known the boxes are measured with the longest texts they may hold.
    inline = listed if len(listed) <= INLINE_LIST else []
    panels = {"legend": legend(layout, plan_style, len(listed), inline)}
    box = sessions_box(layout, result, more, sessions) if sessions else None
    if box is not None:
        panels["sessions"] = box
    panels["compliance"] = compliance(layout, result)
    panels["title"] = title_block(layout, options, scale_text, sheet_text, k)
    return panels


def plan_sheet_setup(layout, options: PlanOptions, result=None) -> SheetLayout:
    """Paper, orientation, scale and arrangement the sheet will have; raises OptionError when
    the options cannot be honoured. Cheap enough for a dialog to call on every change.

    A layout with sessions gets a sessions box listing as many of them (up to SHEET_SESSIONS,
    at least MIN_SHEET_SESSIONS) as it can without making the plan smaller; the sessions left
    off, or all of them when no box fits, are listed on pages after the sheet."""
    options = options.validated()
    result = result or check_layout(layout)
    plan_style = sheet_style(layout, options)
    extent = plan_extent(layout)
    without = _settle(layout, result, options, plan_style, extent, 0)
    count = len(layout.sessions)
    for limit in () if not count else range(min(SHEET_SESSIONS, count), min(MIN_SHEET_SESSIONS, count) - 1, -1):
        try:
            sheet = _settle(layout, result, options, plan_style, extent, limit)
        except OptionError:
            continue
        if sheet.scale.denominator <= without.scale.denominator:
            return replace(sheet, sessions_shown=limit)
    return without


def _settle(layout, result, options, plan_style, extent, sessions: int) -> SheetLayout:
    # The legend names the few booths too small for their names, which depends on the scale,
    # which depends on the legend's size: settle it in a few rounds.
    listed: list = []
    for _ in range(3):
        specs = _specs(_panels(layout, result, options, plan_style, listed, sessions=sessions))
        try:
            sheet = layout_sheet(options.paper, options.orientation, extent, SYMBOL_MARGIN, options.scale, specs)
        except OptionError:
            if not (options.tile and isinstance(options.scale, int)):
                raise
            # Tiled at a chosen scale: the sheet grows to whatever the plan needs at that scale.
            sheet = custom_sheet(extent, SYMBOL_MARGIN, options.scale, specs)
        now = listed_booths(layout, sheet.scale.points_per_metre)
        now = now if len(now) <= INLINE_LIST else [("many", None)] * (INLINE_LIST + 1)
        if [b for b, _ in now] == [b for b, _ in listed]:
            break
        listed = now
    return sheet


def sheet_style(layout, options) -> style.PlanStyle:
    return style.PlanStyle(colour_by=options.colour_by, categories=style.categories_of(layout))


def scale_text(sheet: SheetLayout) -> str:
    if sheet.paper == "custom":
        w, h = (round(v / MM) for v in sheet.page_size)
        text = f"{sheet.scale.label} on a {w} x {h} mm sheet"
    else:
        text = f"{sheet.scale.label} on {sheet.paper} {sheet.orientation}"
    return text + " (fitted to the paper)" if sheet.scale.fitted else text


def export_plan(layout, out: Output, options: PlanOptions = PlanOptions(), progress: ProgressCallback | None = None,
                result=None) -> ExportResult:
    """Write the plan sheet PDF (tiled when options.tile) to a path or binary file.
    Raises OptionError for options that cannot be honoured, Cancelled when progress says so."""
    options = options.validated()
    result = result or check_layout(layout)
    sheet = plan_sheet_setup(layout, options, result)
    if options.tile:
        from boothplanner.export.tiles import export_tiled
        return export_tiled(layout, out, options, sheet, result, progress)
    data, summary = render_sheet_pdf(layout, options, sheet, result, progress)
    write_output(data, out)
    return summary


def render_sheet_pdf(layout, options, sheet, result, progress):
    plan_style = sheet_style(layout, options)
    k = sheet.scale.points_per_metre
    text = scale_text(sheet)
    summary = {}

    def draw(buffer):
        c = new_canvas(buffer, sheet.page_size, _title(layout), "Venue plan", options.prepared_by)
        form = draw_plan_form(c, "plan", layout, result, k, plan_style)
        after = after_pages(layout, result, sheet, form, sheet.page_size)
        pages = 1 + len(after)
        steps = Progress(progress, pages + 1)
        steps.start()
        steps.step()
        draw_sheet(c, layout, result, options, sheet, form, plan_style, text, f"Page 1 of {pages}",
                   more=after.sessions_from(2))
        c.showPage()
        steps.step()
        for number, page in enumerate(after, start=2):
            page(c, number, pages)
            c.showPage()
            steps.step()
        c.save()
        summary.update(pages=pages, listed=len(form.listed))

    data = render(draw)
    return data, ExportResult(summary["pages"], sheet.paper, sheet.orientation, sheet.scale.label, summary["listed"])


def _title(layout) -> str:
    return f"{layout.event.name or 'Venue plan'} - venue plan"


class AfterPages(list):
    """The pages after the sheet, each a callable page(c, number, pages): the booth list, then
    the session list. `sessions_at` is the session list's index among them (None: none)."""
    sessions_at: int | None = None

    def sessions_from(self, first: int) -> str:
        """Where the sheet's sessions box sends its reader, the first of these pages numbered `first`."""
        return "" if self.sessions_at is None else f"all on page {first + self.sessions_at}"


def after_pages(layout, result, sheet: SheetLayout, form, page_size) -> AfterPages:
    out = AfterPages()
    list_pages = booth_list_pages(form.listed, page_size) if len(form.listed) > INLINE_LIST else []
    for rows in list_pages:
        out.append(lambda c, number, pages, rows=rows: draw_booth_list_page(c, layout, rows, page_size, number, pages))
    lines = session_lines(layout, result)
    if len(lines) > sheet.sessions_shown:
        note = floor_note(layout, result)
        dated = spans_days(lines)
        out.sessions_at = len(out)
        for chunk in session_list_pages(lines, page_size, note):
            out.append(lambda c, number, pages, chunk=chunk: draw_session_list_page(
                c, layout, chunk, dated, note, page_size, number, pages))
    return out


def draw_sheet(c, layout, result, options, sheet: SheetLayout, form, plan_style, text: str, sheet_text: str,
               more: str = "") -> None:
    """Frame, plan and panels of the sheet at the canvas origin (one page, or one tiled poster);
    `more` is where the sessions the sheet leaves off are listed."""
    frame = sheet.frame
    c.setStrokeColor(style.INK)
    c.setLineWidth(1.0)
    c.rect(frame.x, frame.y, frame.w, frame.h, stroke=1, fill=0)
    c.saveState()
    c.translate(*plan_origin(sheet, form))
    c.doForm(form.name)
    c.restoreState()
    panels = _panels(layout, result, options, plan_style, form.listed, text, sheet_text, sheet.scale.points_per_metre,
                     sessions=sheet.sessions_shown, more=more)
    for key, box in sheet.panels.items():
        panels[key].draw(c, box)


def plan_origin(sheet: SheetLayout, form) -> tuple[float, float]:
    """Where the form's origin lands on the sheet (so callers can find a plan point on the page)."""
    area = sheet.plan_area
    return area.x + (area.w - form.size[0]) / 2, area.y + (area.h - form.size[1]) / 2
