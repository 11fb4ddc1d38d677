"""How fast the generators fill a hall with 5,000 booths and 20,000 seats.

Run:  .venv/bin/python benchmarks/generators_scale.py   (from the repository root; half a minute or so)

Builds a 400 x 330 m hall with doors every 16 m along the walls (enough egress width for the
whole load), hose cabinets between them and a 36 m grid of columns over the exhibition floor,
then:

* fills the exhibition zone (400 x 200 m) with 5,000 booths of 3 x 3 m, 3 m aisles, runs of 10;
* previews and fills the seating zone (120 x 95 m, stage up) with theater seating;

and prints each time next to the baseline measured in the same run: one full
Checker().check() of the finished layout (the cost of any edit's check at this size).
Each generator ends with such a check of its own, which is part of its time.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from boothplanner.generators import BoothNumbering, plan_booths, plan_seating, preview_fill_seating  # noqa: E402
from boothplanner.generators.booth_rows import plan_cells  # noqa: E402
from boothplanner.generators.frames import Frame  # noqa: E402
from boothplanner.generators.keepouts import Clearances, surroundings  # noqa: E402
from boothplanner.model import Area, Event, Exit, FireEquipment, Layout, Obstacle, Rules, Venue  # noqa: E402
from boothplanner.rules import Checker  # noqa: E402

W, H = 400.0, 330.0
BOOTH_ZONE = [(0.0, 0.0), (W, 0.0), (W, 200.0), (0.0, 200.0)]
SEAT_ZONE = [(140.0, 225.0), (260.0, 225.0), (260.0, 320.0), (140.0, 320.0)]
DOOR, DOOR_EVERY = 2.4, 16.0


def hall() -> Layout:
    exits, fire = [], []
    k = 0
    for along, length, make in (
        ("x", W, lambda t: ((t, 0.0), (t + DOOR, 0.0))), ("x", W, lambda t: ((t, H), (t + DOOR, H))),
        ("y", H, lambda t: ((0.0, t), (0.0, t + DOOR))), ("y", H, lambda t: ((W, t), (W, t + DOOR)))):
        t = 8.0
        while t + DOOR < length - 8.0:
            start, end = make(t)
            exits.append(Exit(f"X{k}", start, end))
            mid = t + DOOR + DOOR_EVERY / 2 - DOOR / 2
            at = (mid, start[1]) if along == "x" else (start[0], mid)
            if mid < length - 2:
                fire.append(FireEquipment(f"F{k}", "hose_cabinet", at))
            k += 1
            t += DOOR_EVERY
    columns = [Obstacle(f"C{i}-{j}", "column", ((x - 0.4, y - 0.4), (x + 0.4, y - 0.4), (x + 0.4, y + 0.4), (x - 0.4, y + 0.4)))
               for i, x in enumerate(range(36, int(W), 36)) for j, y in enumerate(range(36, 200, 36))]
    venue = Venue("Benchmark hall", ((0.0, 0.0), (W, 0.0), (W, H), (0.0, H)), tuple(columns), tuple(exits), tuple(fire))
    layout = Layout(venue=venue, event=Event(name="Generators benchmark"), rules=Rules())
    layout.areas["STAGE"] = Area("STAGE", "stage", ((170.0, 206.0), (230.0, 206.0), (230.0, 218.0), (170.0, 218.0)))
    return layout


def timed(fn, repeat: int = 1):
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return result, statistics.median(times)


def main() -> None:
    layout = hall()
    rules = layout.rules
    clear = Clearances(booth=3.0, seating=3.0, solid_area=3.0, open_area=0.0, obstacle=3.0, wall=3.0,
                       exit=rules.exit_clearance, fire=rules.fire_equipment_clearance, walls_touchable=True)
    cells, t_cells = timed(lambda: plan_cells(surroundings(layout, BOOTH_ZONE, Frame.turned(0), clear), 3, 3, 3, 10))
    fill, t_booths = timed(lambda: plan_booths(layout, BOOTH_ZONE, 5000, 3, 3, BoothNumbering(prefix="H-", padding=4)))
    assert fill.placed == 5000 and fill.dropped == 0, (fill.placed, fill.room_for, fill.dropped)
    with_booths = layout.copy()
    with_booths.booths.update({b.id: b for b in fill.booths})

    preview, t_preview = timed(lambda: preview_fill_seating(with_booths, SEAT_ZONE, "up"), repeat=3)
    seats, t_seats = timed(lambda: plan_seating(with_booths, SEAT_ZONE, "up"))
    assert seats.seats >= 20000 and seats.dropped == 0, (seats.seats, seats.dropped)
    final = with_booths.copy()
    final.seating.update({b.id: b for b in seats.blocks})

    result, t_check = timed(lambda: Checker().check(final), repeat=3)
    errors = [f for f in result.findings if f.severity == "error"]

    print(f"hall {W:.0f} x {H:.0f} m, {len(layout.venue.exits)} doors, {len(layout.venue.obstacles)} columns")
    print(f"baseline: full check of the finished layout ({fill.placed} booths, {seats.seats} seats): "
          f"{t_check * 1000:7.1f} ms")
    rows = [
        (f"booth cells planned ({len(cells)} fit)", t_cells),
        (f"plan_booths: {fill.placed} booths incl. its final check", t_booths),
        (f"preview_fill_seating: {preview} seats", t_preview),
        (f"plan_seating: {seats.seats} seats in {len(seats.blocks)} blocks incl. its final check", t_seats),
    ]
    for label, t in rows:
        print(f"{label:<68} {t * 1000:8.1f} ms  {t / t_check:5.1f} x check")
    print(f"errors in the finished layout: {len(errors)}"
          + (f" ({', '.join(sorted({f.code for f in errors}))})" if errors else ""))


if __name__ == "__main__":
    main()
