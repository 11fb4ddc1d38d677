"""Tiled printing: the whole sheet, at its true scale, split over A4 or A3 pages with overlaps,
crop marks and grid coordinates, after an assembly index page. The sheet is drawn once as a
form XObject; each tile places it shifted and clipped."""

from __future__ import annotations

from boothplanner.export import style
from boothplanner.export.fonts import BOLD, REGULAR
from boothplanner.export.page import MM, paper_size
from boothplanner.export.pdfdoc import Progress, new_canvas, render, write_output
from boothplanner.export.plan import draw_plan_form
from boothplanner.export.sheet import ExportResult, after_pages, draw_sheet, scale_text, sheet_style
from boothplanner.export.tiling import OVERLAP, PRINTER_MARGIN, Tile, TileGrid, tile_grid

MARK = 5 * MM


def export_tiled(layout, out, options, sheet, result, progress):
    grid = tile_grid(sheet.page_size, options.tile)
    plan_style = sheet_style(layout, options)
    text = scale_text(sheet)
    summary = {}

    def draw(buffer):
        c = new_canvas(buffer, grid.page_size, f"{layout.event.name} - venue plan, tiled", "Venue plan, tiled",
                       options.prepared_by)
        form = draw_plan_form(c, "plan", layout, result, sheet.scale.points_per_metre, plan_style)
        after = after_pages(layout, result, sheet, form, grid.page_size)
        pages = 1 + grid.count + len(after)
        steps = Progress(progress, pages + 1)
        steps.start()
        c.beginForm("sheet", 0, 0, *sheet.page_size)
        draw_sheet(c, layout, result, options, sheet, form, plan_style, text,
                   f"Printed on {grid.count} {grid.paper} pages ({_grid_name(grid)})",
                   more=after.sessions_from(2 + grid.count))
        c.endForm()
        steps.step()
        _index_page(c, layout, grid, sheet, text, pages)
        c.showPage()
        steps.step()
        for number, tile in enumerate(grid.tiles, start=2):
            c.setPageSize(grid.page_size)
            _tile_page(c, layout, grid, tile, text, number, pages)
            c.showPage()
            steps.step()
        for number, page in enumerate(after, start=2 + grid.count):
            c.setPageSize(grid.page_size)
            page(c, number, pages)
            c.showPage()
            steps.step()
        c.save()
        summary.update(pages=pages, listed=len(form.listed))

    data = render(draw)
    write_output(data, out)
    return ExportResult(summary["pages"], sheet.paper, sheet.orientation, sheet.scale.label, summary["listed"],
                        tiles=grid.count)


def _grid_name(grid: TileGrid) -> str:
    return f"{grid.tiles[0].label} to {grid.tiles[-1].label}"


def _index_page(c, layout, grid: TileGrid, sheet, text: str, pages: int) -> None:
    """The whole sheet small, with the tile grid over it, and how to put the pages together."""
    sw, sh = sheet.page_size
    page = paper_size(grid.paper, "landscape" if sw >= sh else "portrait")
    c.setPageSize(page)
    m = 12 * MM
    c.setFillColor(style.INK)
    c.setFont(BOLD, 13)
    c.drawString(m, page[1] - m - 10, f"Assembly index: {layout.event.name}".strip())
    c.setFont(REGULAR, 7.5)
    lines = [
        f"The sheet ({text}) is printed on {grid.count} {grid.paper} pages, {grid.rows} row(s) by {grid.columns} "
        f"column(s), {_grid_name(grid)}; letters are rows from the top, numbers columns from the left.",
        "Print at 100 % (actual size), never 'fit to page', or the plan is no longer to scale: check the scale bar.",
        f"Neighbouring pages overlap by {OVERLAP / MM:.0f} mm. Trim each page along its crop marks on the right and "
        "bottom edges, lay it over its neighbours so the marks meet, and tape.",
        f"Page 1 of {pages}",
    ]
    y = page[1] - m - 24
    for line in lines:
        c.drawString(m, y, line)
        y -= 10
    box_w, box_h = page[0] - 2 * m, y - m - 4
    k = min(box_w / sw, box_h / sh)
    ox, oy = m + (box_w - sw * k) / 2, m + (box_h - sh * k) / 2
    c.saveState()
    c.translate(ox, oy)
    c.scale(k, k)
    c.doForm("sheet")
    c.restoreState()
    c.setStrokeColor(style.ROUTE)
    c.setLineWidth(0.8)
    size = max(6.0, min(18.0, grid.printable[0] * k * 0.25))
    for tile in grid.tiles:
        # The outer tiles overhang the sheet; their cells are drawn only over the sheet.
        x, y0, w, h = tile.cell
        x1, y1 = min(x + w, sw), min(y0 + h, sh)
        x, y0 = max(x, 0.0), max(y0, 0.0)
        w, h = x1 - x, y1 - y0
        c.rect(ox + x * k, oy + y0 * k, w * k, h * k, stroke=1, fill=0)
        c.setFillColor(style.ROUTE)
        c.setFont(BOLD, size)
        c.drawCentredString(ox + (x + w / 2) * k, oy + (y0 + h / 2) * k - size / 3, tile.label)


def _tile_page(c, layout, grid: TileGrid, tile: Tile, text: str, number: int, pages: int) -> None:
    pw, ph = grid.page_size
    m = PRINTER_MARGIN
    rx, ry, rw, rh = tile.region
    c.saveState()
    path = c.beginPath()
    path.rect(m, m, rw, rh)
    c.clipPath(path, stroke=0, fill=0)
    c.translate(m - rx, m - ry)
    c.doForm("sheet")
    c.restoreState()
    _crop_marks(c, grid, tile)
    c.setFillColor(style.INK)
    c.setFont(BOLD, 9)
    c.drawString(m, ph - m + 3, tile.label)
    c.setFont(REGULAR, 6)
    c.drawString(m + 16, ph - m + 3.5, f"{layout.event.name}  ·  {text}  ·  print at 100 %  ·  page {number} of {pages}")
    # Which page joins on each side: above and below at the right, left and right mid-height.
    for d_row, d_col, x, y, arrow in ((-1, 0, pw - m, ph - m + 3, "↑"), (1, 0, pw - m, m - 9, "↓"),
                                       (0, -1, m - 6, ph / 2, "←"), (0, 1, pw - m + 4, ph / 2, "→")):
        other = grid.neighbour(tile, d_row, d_col)
        if other is None:
            continue
        c.setFont(BOLD, 7)
        if d_col:
            c.saveState()
            c.translate(x + 2.5, y)
            c.rotate(90)
            c.drawCentredString(0, 0, f"{arrow} {other.label}")
            c.restoreState()
        else:
            c.drawRightString(x, y, f"{arrow} {other.label}")


def _crop_marks(c, grid: TileGrid, tile: Tile) -> None:
    """Marks in the margins where the tile's own cell ends, plus a faint cutting line in the
    overlap on the sides that are trimmed (right and bottom)."""
    m = PRINTER_MARGIN
    rx, ry, _, _ = tile.region
    x0, y0, w, h = tile.cell
    left, right = m + x0 - rx, m + x0 - rx + w
    bottom, top = m + y0 - ry, m + y0 - ry + h
    pw, ph = grid.page_size
    c.saveState()
    c.setStrokeColor(style.INK)
    c.setLineWidth(0.3)
    # In the outer half of each margin: the inner half carries the page's labels.
    for x in (left, right):
        c.line(x, 0.5 * MM, x, m / 2 - 1)
        c.line(x, ph - m / 2 + 1, x, ph - 0.5 * MM)
    for y in (bottom, top):
        c.line(0.5 * MM, y, m / 2 - 1, y)
        c.line(pw - m / 2 + 1, y, pw - 0.5 * MM, y)
    c.setDash(2, 2)
    c.setStrokeColor(style.GREY_INK)
    if grid.neighbour(tile, 0, 1) is not None:
        c.line(right, m, right, ph - m)
    if grid.neighbour(tile, 1, 0) is not None:
        c.line(m, bottom, pw - m, bottom)
    c.restoreState()
