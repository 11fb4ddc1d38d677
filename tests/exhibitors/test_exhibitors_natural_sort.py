"""Booth numbers sort as people read them."""

from boothplanner.exhibitors.natural_sort import natural_key


def test_numbers_inside_booth_numbers_compare_as_numbers():
    numbers = ["A-10", "A-2", "B-1", "A-1", "가-10", "가-9", "A-02", "a-3", "10", "9", "A"]
    assert sorted(numbers, key=natural_key) == ["9", "10", "A", "A-1", "A-02", "A-2", "a-3", "A-10", "B-1",
                                                "가-9", "가-10"]


def test_mixed_digits_and_letters_never_compare_number_with_text():
    assert sorted(["1A", "A1", "1", "A"], key=natural_key) == ["1", "1A", "A", "A1"]
