"""Occupant load, TOO_FEW_EXITS, EGRESS_WIDTH and SEATS_SHORT, computed by hand."""

from __future__ import annotations

import pytest

from boothplanner.rules import Checker

from layouts import area, booth, codes, exit_, make_layout, obstacle, rect, seating


def doors(n: int, width: float = 10.0, room: float = 200.0):
    """n exits along the top wall, `width` wide each."""
    return tuple(exit_(f"x{k}", (5.0 + k * (width + 5.0), 0.0), (5.0 + k * (width + 5.0) + width, 0.0)) for k in range(n))


def capacity_layout():
    # 40 x 30 room. Loads by hand:
    #   seats: 3 rows x 5                                   = 15
    #   booths: 3x3 + 3x3 + 2x3 = 24 m² / 2.8 = 8.57       ->  9
    #   standing: 4 x 2.5 = 10 m² / 0.46 = 21.7              -> 22
    #   stage 5x4 + lounge 3x2 + catering 2x2 = 30 m² / 1.4 = 21.4 -> 22 (one term for the three)
    #   registration: 2 x 3.25 = 6.5 m² / 0.65 = 10          -> 10
    #   storage and no-build floor carry no load
    #   total                                                  78
    elements = [
        booth("b1", (10, 10)), booth("b2", (14, 10)), booth("b3", (18, 10), size=(2, 3)),
        seating("s", (10, 20), rows=3, seats_per_row=5),
        area("st", "standing", rect(20, 20, 24, 22.5)),
        area("stage", "stage", rect(30, 2, 35, 6)),
        area("lo", "lounge", rect(30, 10, 33, 12)),
        area("ca", "catering", rect(30, 14, 32, 16)),
        area("reg", "registration", rect(2, 25, 4, 28.25)),
        area("sto", "storage", rect(36, 20, 38, 22)),
        area("nb", "no_build", rect(36, 24, 38, 26)),
    ]
    return make_layout(elements, size=(40, 30), exits=doors(2, 1.0))


def test_occupant_load_by_hand():
    cap = Checker().check(capacity_layout()).capacity
    assert cap.seats == 15
    assert cap.occupant_load == 15 + 9 + 22 + 22 + 10
    assert cap.exits == 2 and cap.exits_required == 2
    assert cap.egress_width == pytest.approx(2.0)
    assert cap.egress_width_required == pytest.approx(78 * 0.00508)


def test_stage_lounge_catering_share_one_rounding():
    # 0.7 m² each of stage, lounge and catering: 2.1 m² / 1.4 = 1.5 -> 2 people, not 3.
    elements = [area("stage", "stage", rect(10, 10, 11, 10.7)), area("lo", "lounge", rect(20, 10, 21, 10.7)),
                area("ca", "catering", rect(30, 10, 31, 10.7))]
    assert Checker().check(make_layout(elements)).capacity.occupant_load == 2


def test_whole_numbers_of_people_are_not_rounded_up():
    # 14 m² of lounge / 1.4 = 10; 6.5 m² of registration / 0.65 = 10; 28 m² of booths / 2.8 = 10;
    # 4.6 m² of standing / 0.46 = 10. Float division lands a hair above 10 for some of these.
    elements = [area("lo", "lounge", rect(10, 10, 14, 13.5)), area("reg", "registration", rect(20, 10, 22, 13.25)),
                booth("b1", (40, 40), size=(4, 3.5)), booth("b2", (50, 40), size=(4, 3.5)),
                area("st", "standing", rect(60, 10, 62, 12.3))]
    assert Checker().check(make_layout(elements)).capacity.occupant_load == 40


def seats_only(load: int, n_exits: int, width: float = 10.0):
    rows = next(r for r in range(20, 0, -1) if load % r == 0)
    s = seating("s", (100, 100), rows=rows, seats_per_row=load // rows, seat_width=0.1, row_pitch=0.5)
    return Checker().check(make_layout([s], size=(200, 200), exits=doors(n_exits, width)))


@pytest.mark.parametrize("load,required", [(1, 1), (49, 1), (50, 2), (500, 2), (501, 3), (1000, 3), (1001, 4)])
def test_exits_required_at_the_boundaries(load, required):
    result = seats_only(load, required)
    assert result.capacity.occupant_load == load
    assert result.capacity.exits_required == required
    assert codes(result, "TOO_FEW_EXITS") == []
    if required > 1:
        (f,) = codes(seats_only(load, required - 1), "TOO_FEW_EXITS")
        assert f.severity == "error" and f.ids == ()
        assert f.measured == required - 1 and f.required == required
        assert str(load) in f.message and f"{required} required" in f.message


def test_no_exits_at_all():
    (f,) = codes(seats_only(10, 0), "TOO_FEW_EXITS")
    assert f.measured == 0 and f.required == 1


@pytest.mark.parametrize("load", [500, 197, 1001])
def test_egress_width_at_the_boundary(load):
    need = load * 0.00508
    n = 2 if load <= 500 else 4
    # Exactly enough width (split over the exits) passes.
    result = seats_only(load, n, need / n)
    assert result.capacity.egress_width == pytest.approx(need)
    assert codes(result, "EGRESS_WIDTH") == []
    # A millimetre less fails.
    (f,) = codes(seats_only(load, n, (need - 0.001) / n), "EGRESS_WIDTH")
    assert f.severity == "error"
    assert f.measured == pytest.approx(need - 0.001) and f.required == pytest.approx(need)
    assert f"{need:.2f} m" in f.message and str(load) in f.message


def short_layout(expected):
    # 10 x 10 room, 1 m² column, 40 seats on 5 x 3.6 = 18 m², one 3 x 3 booth.
    # Free floor = 100 - 1 - 18 - 9 = 72 m², room for floor(72 / 0.46) = 156 standing.
    elements = [seating("s", (5, 7), rows=4, seats_per_row=10), booth("b", (2, 2))]
    return Checker().check(make_layout(elements, size=(10, 10), obstacles=[obstacle("col", rect(8, 1, 9, 2))],
                                       expected_attendance=expected))


def test_seats_short_floor_holds_them():
    result = short_layout(196)
    (f,) = codes(result, "SEATS_SHORT")
    assert f.severity == "warning" and f.ids == ()
    assert f.measured == 40 and f.required == 196
    assert result.capacity.free_floor_m2 == pytest.approx(72.0)
    assert result.capacity.standing == 156 and result.capacity.standing_room == 156
    assert "196 expected" in f.message and "40 seats" in f.message and "156 will stand" in f.message
    assert "72 m²" in f.message and "room for 156" in f.message and "0.46 m²" in f.message
    assert "holds them" in f.message and "does not" not in f.message


def test_seats_short_floor_does_not_hold_them():
    (f,) = codes(short_layout(197), "SEATS_SHORT")
    assert "157 will stand" in f.message and "does not hold them" in f.message


@pytest.mark.parametrize("expected", [None, 0, 39, 40])
def test_no_seats_short_when_everyone_sits(expected):
    assert codes(short_layout(expected), "SEATS_SHORT") == []


def test_capacity_findings_in_the_full_result():
    result = Checker().check(capacity_layout())
    assert codes(result, "TOO_FEW_EXITS") == [] and codes(result, "EGRESS_WIDTH") == []
