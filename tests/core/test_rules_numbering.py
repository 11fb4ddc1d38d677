"""DUPLICATE_BOOTH_NUMBER."""

from __future__ import annotations

from boothplanner.rules import Checker

from layouts import booth, codes, make_layout


def dupes(*booths):
    return codes(Checker().check(make_layout(booths)), "DUPLICATE_BOOTH_NUMBER")


def test_unique_numbers_pass():
    assert dupes(booth("a", (10, 10), number="A1"), booth("b", (20, 10), number="A2")) == []


def test_two_booths_share_a_number():
    (f,) = dupes(booth("z", (10, 10), number="A1"), booth("b", (20, 10), number="A1"), booth("c", (30, 10), number="A2"))
    assert f.severity == "error" and f.ids == ("b", "z")
    assert "A1" in f.message and "2 booths" in f.message


def test_three_booths_one_finding():
    (f,) = dupes(*(booth(i, (10 + 5 * k, 10), number="7") for k, i in enumerate("cab")))
    assert f.ids == ("a", "b", "c") and f.measured == 3


def test_same_number_ignoring_case_and_spaces_blank_never_compared():
    found = dupes(booth("a", (10, 10), number="a1 "), booth("b", (20, 10), number=" A1"),
                  booth("c", (30, 10), number=""), booth("d", (40, 10), number="  "))
    assert [f.ids for f in found] == [("a", "b")]


def test_two_groups_two_findings():
    found = dupes(booth("a", (10, 10), number="1"), booth("b", (20, 10), number="1"),
                  booth("c", (30, 10), number="2"), booth("d", (40, 10), number="2"))
    assert sorted(f.ids for f in found) == [("a", "b"), ("c", "d")]
