"""Canvas at scale: open, whole-hall repaint and drag step at 25, 1,000 and 5,000 booths.

Run from the repository root:

    QT_QPA_PLATFORM=offscreen python benchmarks/canvas_scale.py [--sizes 25,1000,5000] [--keep DIR]

(QT_QPA_PLATFORM is set to "offscreen" here if it is unset.) Takes about a
minute on a 2-core machine. A script, not a test: it prints numbers, and
asserts nothing.

Each layout is back-to-back rows of 3 x 3 m booths with 3 m aisles (blocks of
2 x 10 booths), ~85 % of booths let to exhibitors with Korean names, and theatre
seating blocks beside the booths, 4 seats per booth (20,000 seats at 5,000
booths), in a hall with enough exits that the capacity rules stay quiet.
Per size it measures:

1. open: io.load of the saved .boothplan + Document(...) (the full check) +
   PlanView(document, CanvasState()) resized to 1920x1080, shown and fitted;
   target < 1 s at 5,000 booths + 20,000 seats.
2. repaint: view.viewport().grab() with the whole venue fitted in 1920x1080,
   median of 15; target 16.7 ms (60 fps).
3. drag step: document.begin_gesture([id]) once, then per step
   document.update_gesture({id: moved booth}) (incremental check) and one
   viewport repaint; median of 30 steps; target 16.7 ms.
4. baseline, same run, same view size: a stock QGraphicsScene with one
   QGraphicsRectItem + one QGraphicsSimpleTextItem (number + exhibitor) per
   booth; build time (scene + items + shown, fitted view) and whole-scene
   repaint; ratios ours / stock (build compares the PlanView build only,
   without loading and checking; since our floor item defers its work to the
   first paint, build + first paint is compared too).

Also per size: a zoom step (smooth zoom out by 1/8 of a wheel notch about the
centre, whole hall in view, each step a new zoom level, + repaint; median of
15; target 16.7 ms), and for information a repaint
and a pan step (scroll 40 px + repaint) zoomed to 6 px/m (the zoom at which
booth labels first appear, so the most labels on screen at once) and to
30 px/m where the booths meet the seating (full labels, every seat drawn).
"""

from __future__ import annotations

import argparse
import gc
import math
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication, QFrame, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView,
)

from boothplanner import io  # noqa: E402
from boothplanner.document import Document  # noqa: E402
from boothplanner.model import (  # noqa: E402
    Booth, Event, Exhibitor, Exit, FireEquipment, Layout, Rules, SeatingBlock, Venue,
)
from boothplanner.rules.capacity import EGRESS_M_PER_PERSON, EXHIBIT_M2  # noqa: E402
from boothplanner.ui.canvas import style  # noqa: E402
from boothplanner.ui.canvas.state import CanvasState  # noqa: E402
from boothplanner.ui.canvas.view import ZOOM_STEP, PlanView  # noqa: E402
from boothplanner.ui.fonts import FAMILY, load_bundled_fonts  # noqa: E402

FRAME_MS = 1000 / 60
VIEW_W, VIEW_H = 1920, 1080
REPAINTS = 15
DRAG_STEPS = 30

BOOTH = 3.0            # booth side, m
AISLE = 3.0            # aisle width, m
PER_ROW = 10           # booths along one side of a block
SEATS_PER_BOOTH = 4    # 5,000 booths -> 20,000 seats
WALL_MARGIN = 8.0      # free floor between the walls and anything placed
DOOR = 4.0             # exit width, m

# Korean / English name parts: prefix, core, (suffix, category).
PREFIXES = [("", ""), ("(주)", " Co., Ltd."), ("주식회사 ", " Inc."), ("", " Korea")]
CORES = [("한빛", "Hanbit"), ("새롬", "Saerom"), ("미래", "Mirae"), ("대한", "Daehan"), ("가온", "Gaon"),
         ("누리", "Nuri"), ("다온", "Daon"), ("해오름", "Haeoreum"), ("푸른", "Pureun"), ("한결", "Hangyeol"),
         ("청솔", "Cheongsol"), ("아름", "Areum"), ("세종", "Sejong"), ("동방", "Dongbang"), ("우리", "Uri"),
         ("태양", "Taeyang"), ("별빛", "Byeolbit"), ("금강", "Geumgang"), ("백두", "Baekdu"), ("온누리", "Onnuri")]
SUFFIXES = [("테크", "Tech", "IT"), ("소프트", "Soft", "IT"), ("전자", "Electronics", "IT"),
            ("바이오", "Bio", "Bio & Health"), ("헬스케어", "Healthcare", "Bio & Health"),
            ("식품", "Foods", "Food"), ("푸드", "Food", "Food"), ("화장품", "Cosmetics", "Beauty"),
            ("뷰티", "Beauty", "Beauty"), ("모빌리티", "Mobility", "Mobility"), ("로보틱스", "Robotics", "IT"),
            ("에너지", "Energy", "Energy"), ("디자인", "Design", "Design"), ("산업", "Industries", "Industry"),
            ("정밀", "Precision", "Industry"), ("물산", "Trading", "Industry")]


# -- layouts ---------------------------------------------------------------------

def make_layout(n_booths: int, seed: int = 1) -> Layout:
    rng = random.Random(seed)
    # Booth blocks: 2 x PER_ROW booths back to back; a block cell includes the aisle to its right and below.
    per_block = 2 * PER_ROW
    n_blocks = math.ceil(n_booths / per_block)
    cell_w, cell_h = PER_ROW * BOOTH + AISLE, 2 * BOOTH + AISLE
    cols = max(1, round(math.sqrt(n_blocks * 16 / 9 * cell_h / cell_w)))
    rows = math.ceil(n_blocks / cols)
    booths_w, booths_h = cols * cell_w - AISLE, rows * cell_h - AISLE

    # Seating: blocks of 20 rows x 25 seats (500), or one small block.
    n_seats = SEATS_PER_BOOTH * n_booths
    if n_seats >= 500:
        shape, n_seat_blocks = (20, 25), round(n_seats / 500)
    else:
        shape, n_seat_blocks = (max(1, n_seats // 20), 20), 1
    s_rows, s_per_row = shape
    sb_w, sb_h = s_per_row * 0.5, s_rows * 0.9
    s_gap_x, s_gap_y = 1.5, 3.0
    per_col = max(1, int((booths_h + s_gap_y) // (sb_h + s_gap_y)))
    s_cols = math.ceil(n_seat_blocks / per_col)

    x0 = y0 = WALL_MARGIN
    seat_x0 = x0 + booths_w + 2 * AISLE
    hall_w = seat_x0 + s_cols * (sb_w + s_gap_x) - s_gap_x + WALL_MARGIN
    hall_h = y0 + max(booths_h, min(per_col, n_seat_blocks) * (sb_h + s_gap_y) - s_gap_y) + WALL_MARGIN

    # Exits: enough clear width for the occupant load, spread over the top and bottom walls.
    load = math.ceil(n_booths * BOOTH * BOOTH / EXHIBIT_M2) + n_seat_blocks * s_rows * s_per_row
    n_doors = max(4, math.ceil(load * EGRESS_M_PER_PERSON / DOOR * 1.1))
    exits, fire = [], []
    top = math.ceil(n_doors / 2)
    for k in range(n_doors):
        wall_y, slot, count = (0.0, k, top) if k < top else (hall_h, k - top, n_doors - top)
        cx = hall_w * (slot + 0.5) / count
        exits.append(Exit(f"x{k + 1}", (cx - DOOR / 2, wall_y), (cx + DOOR / 2, wall_y), name=f"Door {k + 1}"))
    for k in range(max(2, int(hall_h // 30))):
        y = hall_h * (k + 0.5) / max(2, int(hall_h // 30))
        fire.append(FireEquipment(f"f{2 * k + 1}", "hose_cabinet", (0.3, y)))
        fire.append(FireEquipment(f"f{2 * k + 2}", "extinguisher", (hall_w - 0.3, y)))
    venue = Venue(name=f"Hall ({n_booths} booths)",
                  outline=((0.0, 0.0), (hall_w, 0.0), (hall_w, hall_h), (0.0, hall_h)),
                  exits=tuple(exits), fire_equipment=tuple(fire))
    layout = Layout(venue=venue, event=Event(name="Boothplanner scale benchmark", date="2026-10-14"),
                    rules=Rules())

    # Booths, numbered by row and position; most let to exhibitors, some exhibitors on 2-4 booths.
    exhibitor, left = None, 0
    placed = 0
    for b in range(n_blocks):
        bc, br = b % cols, b // cols
        bx, by = x0 + bc * cell_w, y0 + br * cell_h
        for side in (0, 1):
            for i in range(PER_ROW):
                if placed == n_booths:
                    break
                placed += 1
                booth_id = f"b{placed:05d}"
                number = f"{chr(65 + br % 26)}{br // 26 or ''}{side + 1}-{bc * PER_ROW + i + 1:03d}"
                center = (bx + (i + 0.5) * BOOTH, by + (side + 0.5) * BOOTH)
                if left == 0:
                    exhibitor = None
                    if rng.random() < 0.85:
                        pre, core, suf = rng.choice(PREFIXES), rng.choice(CORES), rng.choice(SUFFIXES)
                        ex_id = f"e{len(layout.exhibitors) + 1:05d}"
                        exhibitor = Exhibitor(ex_id, f"{core[1]} {suf[1]}{pre[1]}", f"{pre[0]}{core[0]}{suf[0]}",
                                              suf[2])
                        layout.exhibitors[ex_id] = exhibitor
                        left = rng.choice((1, 1, 1, 1, 2, 2, 3, 4))
                    else:
                        left = 1
                left -= 1
                if exhibitor is not None:
                    status = rng.choice(("sold", "sold", "sold", "reserved"))
                else:
                    status = rng.choice(("available", "available", "available", "blocked"))
                layout.booths[booth_id] = Booth(booth_id, number, center, (BOOTH, BOOTH), 0.0, status,
                                                exhibitor.id if exhibitor else None)

    for k in range(n_seat_blocks):
        c, r = k // per_col, k % per_col
        center = (seat_x0 + c * (sb_w + s_gap_x) + sb_w / 2, y0 + r * (sb_h + s_gap_y) + sb_h / 2)
        layout.seating[f"s{k + 1:03d}"] = SeatingBlock(f"s{k + 1:03d}", center, s_rows, s_per_row)
    return layout


# -- timing helpers ---------------------------------------------------------------

def ms(seconds: float) -> float:
    return seconds * 1000.0


def timed(fn):
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


def median_time(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def repaint(view: QGraphicsView) -> None:
    view.viewport().grab()


_pan_moves = iter(range(10 ** 6))


def pan_step(view: QGraphicsView, px: int = 40) -> None:
    """Scroll `px` pixels (right, down, left, up in turn, as a middle-button drag does) and repaint."""
    dx, dy = ((px, 0), (0, px), (-px, 0), (0, -px))[next(_pan_moves) % 4]
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + dx)
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + dy)
    repaint(view)


# -- ours -------------------------------------------------------------------------

def open_plan(app: QApplication, path: Path):
    """load + Document + PlanView shown and fitted; returns (times, document, view)."""
    t0 = time.perf_counter()
    layout = io.load(path)
    t1 = time.perf_counter()
    document = Document(layout, path)
    t2 = time.perf_counter()
    view = PlanView(document, CanvasState())
    view.resize(VIEW_W, VIEW_H)
    view.show()
    view.fit_venue()
    t3 = time.perf_counter()
    return (t1 - t0, t2 - t1, t3 - t2, t3 - t0), document, view


def close_view(app: QApplication, view: QGraphicsView) -> None:
    view.close()
    view.deleteLater()
    app.processEvents()


def drag_steps(view: PlanView, document: Document, steps: int) -> tuple[float, float, float, int]:
    """Median (check, repaint, total) seconds of one drag step, and the findings while dragging."""
    ids = list(document.layout.booths)
    booth_id = ids[len(ids) // 2]
    start = document.layout.booths[booth_id]
    view.state.select([booth_id])

    def changed(_ids):   # what MainWindow._document_changed does for the canvas
        view.floor.refresh_bounds()
        view.floor.update()

    document.subscribe(changed)
    document.begin_gesture([booth_id])
    checks, paints, totals = [], [], []
    for k in range(steps):
        # Back and forth across the aisle in front of the booth, 0.1 m a step.
        dy = 0.1 * (k % 20 if (k // 20) % 2 == 0 else 20 - k % 20)
        moved = replace(start, center=(start.center[0] + 0.05 * k, start.center[1] + dy))
        t0 = time.perf_counter()
        document.update_gesture({booth_id: moved})
        t1 = time.perf_counter()
        repaint(view)
        t2 = time.perf_counter()
        checks.append(t1 - t0)
        paints.append(t2 - t1)
        totals.append(t2 - t0)
    findings = len(document.result.findings)
    document.cancel_gesture()
    document._listeners.remove(changed)
    view.state.clear()
    return statistics.median(checks), statistics.median(paints), statistics.median(totals), findings


# -- stock QGraphicsScene baseline ------------------------------------------------------

def stock_scene(app: QApplication, layout: Layout, keep: list) -> QGraphicsView:
    scene = QGraphicsScene()
    keep.append(scene)   # QGraphicsView(scene) does not keep the scene alive from Python
    pen = QPen(QColor("#44505c"), 1.0)
    pen.setCosmetic(True)
    font = QFont(FAMILY)
    font.setPixelSize(10)
    brushes = {k: QBrush(v) for k, v in style.STATUS_COLOURS.items()}
    for booth in layout.booths.values():
        (cx, cy), (w, d) = booth.center, booth.size
        rect = QGraphicsRectItem(cx - w / 2, cy - d / 2, w, d)
        rect.setPen(pen)
        rect.setBrush(brushes.get(booth.status, QBrush(Qt.GlobalColor.white)))
        scene.addItem(rect)
        exhibitor = layout.exhibitors.get(booth.exhibitor) if booth.exhibitor else None
        text = booth.number + ("\n" + (exhibitor.name_ko or exhibitor.name) if exhibitor else "")
        label = QGraphicsSimpleTextItem(text)
        label.setFont(font)
        label.setScale(0.05)          # 10 px font -> 0.5 m lines on the plan
        label.setPos(cx - w / 2 + 0.1, cy - d / 2 + 0.1)
        scene.addItem(label)
    xs = [p[0] for p in layout.venue.outline]
    ys = [p[1] for p in layout.venue.outline]
    venue = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
    scene.setSceneRect(venue.adjusted(-30, -30, 30, 30))
    view = QGraphicsView(scene)
    view.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    view.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.resize(VIEW_W, VIEW_H)
    view.show()
    view.fitInView(venue.adjusted(-2, -2, 2, 2), Qt.AspectRatioMode.KeepAspectRatio)
    return view


# -- one size ------------------------------------------------------------------------

def measure(app: QApplication, n: int, folder: Path) -> dict:
    layout = make_layout(n)
    path = folder / f"hall-{n}.boothplan"
    io.save(layout, path)
    r = {"booths": len(layout.booths), "exhibitors": len(layout.exhibitors), "seats": layout.seats,
         "hall": "%.0f x %.0f m" % (layout.venue.outline[2][0], layout.venue.outline[2][1]),
         "file_kb": path.stat().st_size / 1024}

    # 1. open (median of 3; the views of the first runs are thrown away)
    opens = []
    for _ in range(3):
        times, document, view = open_plan(app, path)
        opens.append(times)
        if len(opens) < 3:
            close_view(app, view)
            del document, view
            gc.collect()
    r["load"], r["check"], r["view"], r["open"] = (statistics.median(t[i] for t in opens) for i in range(4))
    r["findings"] = len(document.result.findings)
    r["scale"] = view.pixels_per_metre

    # 2. whole-hall repaint
    first, _ = timed(lambda: repaint(view))
    r["first_paint"] = first
    r["repaint"] = median_time(lambda: repaint(view), REPAINTS)

    # 3. drag step (same fitted view)
    r["drag_check"], r["drag_paint"], r["drag"], r["drag_findings"] = drag_steps(view, document, DRAG_STEPS)

    # zoom: smooth zoom out (an eighth of a wheel notch a step) about the centre, whole hall in
    # view; every step is a zoom level not seen before, so nothing sized in pixels is cached yet
    def zoom_step():
        view.zoom_by(ZOOM_STEP ** -0.125)
        repaint(view)

    r["zoom_step"] = median_time(zoom_step, REPAINTS)
    view.fit_venue()

    # extra: most labels on screen (labels appear at 6 px/m), and panning there
    centre = view.mapToScene(view.viewport().rect().center())
    view.scale(6.0 / view.pixels_per_metre, 6.0 / view.pixels_per_metre)
    view.centerOn(centre)
    repaint(view)
    r["label_repaint"] = median_time(lambda: repaint(view), max(5, REPAINTS // 3))
    r["label_pan"] = median_time(lambda: pan_step(view), REPAINTS)

    # extra: close up (30 px/m) where booths meet the seating: full labels and every seat drawn
    middle = (document.layout.venue.outline[0][1] + document.layout.venue.outline[2][1]) / 2
    block = min(document.layout.seating.values(), key=lambda b: (b.center[0], abs(b.center[1] - middle)))
    view.scale(30.0 / view.pixels_per_metre, 30.0 / view.pixels_per_metre)
    view.centerOn(block.center[0] - block.width / 2, block.center[1])
    repaint(view)
    r["close_repaint"] = median_time(lambda: repaint(view), max(5, REPAINTS // 3))
    r["close_pan"] = median_time(lambda: pan_step(view), REPAINTS)
    close_view(app, view)
    del view, document
    gc.collect()

    # 4. stock baseline (median of 3 builds, the last one kept for the repaints)
    keep: list = []
    builds = []
    for _ in range(3):
        t, stock = timed(lambda: stock_scene(app, layout, keep))
        builds.append(t)
        if len(builds) < 3:
            close_view(app, stock)
            keep.clear()
            gc.collect()
    r["stock_build"] = statistics.median(builds)
    first, _ = timed(lambda: repaint(stock))
    r["stock_first_paint"] = first
    r["stock_repaint"] = median_time(lambda: repaint(stock), REPAINTS)
    close_view(app, stock)
    keep.clear()
    gc.collect()
    return r


# -- report ----------------------------------------------------------------------------

def report(results: list[dict]) -> None:
    rows = [
        ("booths / exhibitors", lambda r: f"{r['booths']:,} / {r['exhibitors']:,}"),
        ("seats", lambda r: f"{r['seats']:,}"),
        ("hall", lambda r: r["hall"]),
        (".boothplan size", lambda r: f"{r['file_kb']:,.0f} KB"),
        ("findings (open / dragging)", lambda r: f"{r['findings']} / {r['drag_findings']}"),
        ("fitted scale", lambda r: f"{r['scale']:.2f} px/m"),
        None,
        ("open: io.load", lambda r: f"{ms(r['load']):.0f} ms"),
        ("open: Document (full check)", lambda r: f"{ms(r['check']):.0f} ms"),
        ("open: PlanView shown+fitted", lambda r: f"{ms(r['view']):.1f} ms"),
        ("1. OPEN total (< 1 s)", lambda r: f"{ms(r['open']):.0f} ms"),
        None,
        ("first paint", lambda r: f"{ms(r['first_paint']):.1f} ms"),
        ("2. REPAINT fitted (< 16.7 ms)", lambda r: f"{ms(r['repaint']):.1f} ms"),
        ("drag: update_gesture", lambda r: f"{ms(r['drag_check']):.1f} ms"),
        ("drag: repaint", lambda r: f"{ms(r['drag_paint']):.1f} ms"),
        ("3. DRAG STEP (< 16.7 ms)", lambda r: f"{ms(r['drag']):.1f} ms"),
        ("zoom step, whole hall (< 16.7 ms)", lambda r: f"{ms(r['zoom_step']):.1f} ms"),
        ("(info) repaint at 6 px/m, labels", lambda r: f"{ms(r['label_repaint']):.1f} ms"),
        ("(info) pan step at 6 px/m", lambda r: f"{ms(r['label_pan']):.1f} ms"),
        ("(info) repaint at 30 px/m, seats", lambda r: f"{ms(r['close_repaint']):.1f} ms"),
        ("(info) pan step at 30 px/m", lambda r: f"{ms(r['close_pan']):.1f} ms"),
        None,
        ("4. stock scene build", lambda r: f"{ms(r['stock_build']):.0f} ms"),
        ("   stock first paint", lambda r: f"{ms(r['stock_first_paint']):.1f} ms"),
        ("   stock repaint fitted", lambda r: f"{ms(r['stock_repaint']):.1f} ms"),
        ("   build ratio (PlanView/stock)", lambda r: f"{r['view'] / r['stock_build']:.3f}x"),
        ("   build+first paint ratio", lambda r: f"{(r['view'] + r['first_paint']) / (r['stock_build'] + r['stock_first_paint']):.2f}x"),
        ("   repaint ratio (ours/stock)", lambda r: f"{r['repaint'] / r['stock_repaint']:.2f}x"),
    ]
    label_w = max(len(row[0]) for row in rows if row)
    col_w = max(14, *(len(fn(r)) for row in rows if row for r in results for fn in [row[1]]))
    head = " " * label_w + "".join(f"  {r['booths']:>{col_w},}" for r in results)
    print()
    print(f"Canvas at scale, view {VIEW_W}x{VIEW_H}, {QApplication.platformName()}, "
          f"Python {sys.version.split()[0]}")
    print(head)
    print("-" * len(head))
    for row in rows:
        if row is None:
            print()
            continue
        name, fn = row
        print(f"{name:<{label_w}}" + "".join(f"  {fn(r):>{col_w}}" for r in results))
    print()
    big = max(results, key=lambda r: r["booths"])
    checks = [
        (f"open < 1 s ({ms(big['open']):.0f} ms)", big["open"] < 1.0),
        (f"repaint < {FRAME_MS:.1f} ms ({ms(big['repaint']):.1f} ms)", ms(big["repaint"]) < FRAME_MS),
        (f"drag step < {FRAME_MS:.1f} ms ({ms(big['drag']):.1f} ms)", ms(big["drag"]) < FRAME_MS),
        (f"zoom step < {FRAME_MS:.1f} ms ({ms(big['zoom_step']):.1f} ms)", ms(big["zoom_step"]) < FRAME_MS),
    ]
    met = [text for text, ok in checks if ok]
    missed = [text for text, ok in checks if not ok]
    print(f"Targets at {big['booths']:,} booths + {big['seats']:,} seats: "
          f"met: {', '.join(met) or 'none'}; missed: {', '.join(missed) or 'none'}")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="25,1000,5000", help="booth counts, comma-separated")
    parser.add_argument("--keep", metavar="DIR", help="write the generated .boothplan files here and keep them")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]

    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_bundled_fonts()
    started = time.perf_counter()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n in sizes:
            print(f"measuring {n:,} booths ...", flush=True)
            results.append(measure(app, n, folder))
    report(results)
    print(f"(total run time {time.perf_counter() - started:.0f} s)")
    del app


if __name__ == "__main__":
    main()
