"""The venue plan sheet: the plan at a true stated scale with its title block, legend,
compliance box, scale bar and north arrow; then the booth list when some booths were too small
to name. `export_plan` is what the command line and the window call."""

from __future__ import annotations

from dataclasses import dataclass

from boothplanner.export import style
from boothplanner.export.booth_labels import listed_booths
from boothplanner.export.booth_list import booth_list_pages, draw_booth_list_page
from boothplanner.export.options import PlanOptions
from boothplanner.export.page import MM, OptionError
from boothplanner.export.pdfdoc import Output, Progress, ProgressCallback, new_canvas, render, write_output
from boothplanner.export.plan import SYMBOL_MARGIN, draw_plan_form, plan_extent
from boothplanner.export.sheet_layout import PanelSpec, SheetLayout, custom_sheet, layout_sheet
from boothplanner.export.sheet_panels import (
    COMPLIANCE_WIDTH, LEGEND_WIDTH, TITLE_WIDTH, compliance, legend, title_block,
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
    widths = {"legend": LEGEND_WIDTH, "compliance": COMPLIANCE_WIDTH, "title": TITLE_WIDTH}
    return [PanelSpec(key, widths[key], panels[key].height_for, grows=key == "legend")
            for key in ("legend", "compliance", "title")]


def _panels(layout, result, options, plan_style, listed: list, scale_text="1:1000 on A0 landscape",
            sheet_text="Page 99 of 99", k=None):
    # Before the scale is known the boxes are measured with the longest texts they may hold.
    inline = listed if len(listed) <= INLINE_LIST else []
    return {
        "legend": legend(layout, plan_style, len(listed), inline),
        "compliance": compliance(layout, result),
        "title": title_block(layout, options, scale_text, sheet_text, k),
    }


def plan_sheet_setup(layout, options: PlanOptions, result=None) -> SheetLayout:
    """Paper, orientation, scale and arrangement the sheet will have; raises OptionError when
    the options cannot be honoured. Cheap enough for a dialog to call on every change."""
    options = options.validated()
    result = result or check_layout(layout)
    plan_style = sheet_style(layout, options)
    extent = plan_extent(layout)
    # The legend names the few booths too small for their names, which depends on the scale,
    # which depends on the legend's size: settle it in a few rounds.
    listed: list = []
    for _ in range(3):
        specs = _specs(_panels(layout, result, options, plan_style, listed))
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
        list_pages = booth_list_pages(form.listed, sheet.page_size) if len(form.listed) > INLINE_LIST else []
        pages = 1 + len(list_pages)
        steps = Progress(progress, pages + 1)
        steps.start()
        steps.step()
        draw_sheet(c, layout, result, options, sheet, form, plan_style, text, f"Page 1 of {pages}")
        c.showPage()
        steps.step()
        for number, rows in enumerate(list_pages, start=2):
            draw_booth_list_page(c, layout, rows, sheet.page_size, number, pages)
            c.showPage()
            steps.step()
        c.save()
        summary.update(pages=pages, listed=len(form.listed))

    data = render(draw)
    return data, ExportResult(summary["pages"], sheet.paper, sheet.orientation, sheet.scale.label, summary["listed"])


def _title(layout) -> str:
    return f"{layout.event.name or 'Venue plan'} - venue plan"


def draw_sheet(c, layout, result, options, sheet: SheetLayout, form, plan_style, text: str, sheet_text: str) -> None:
    """Frame, plan and panels of the sheet at the canvas origin (one page, or one tiled poster)."""
    frame = sheet.frame
    c.setStrokeColor(style.INK)
    c.setLineWidth(1.0)
    c.rect(frame.x, frame.y, frame.w, frame.h, stroke=1, fill=0)
    c.saveState()
    c.translate(*plan_origin(sheet, form))
    c.doForm(form.name)
    c.restoreState()
    panels = _panels(layout, result, options, plan_style, form.listed, text, sheet_text, sheet.scale.points_per_metre)
    for key, box in sheet.panels.items():
        panels[key].draw(c, box)


def plan_origin(sheet: SheetLayout, form) -> tuple[float, float]:
    """Where the form's origin lands on the sheet (so callers can find a plan point on the page)."""
    area = sheet.plan_area
    return area.x + (area.w - form.size[0]) / 2, area.y + (area.h - form.size[1]) / 2
