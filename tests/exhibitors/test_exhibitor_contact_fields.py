"""Exhibitor contact fields in the .boothplan format: optional, written only when set, old files unchanged."""

from __future__ import annotations

import json

import pytest

from boothplanner import io
from boothplanner.model import Exhibitor

from exhibitor_fixtures import sales_layout

OLD_FILE = {
    "format": "boothplan", "version": 1,
    "venue": {"outline": [[0, 0], [10, 0], [10, 10], [0, 10]]},
    "exhibitors": [{"id": "ex-1", "name": "Samsung", "name_ko": "삼성"}],
}


def test_positional_construction_keeps_its_meaning():
    e = Exhibitor("ex-1", "Samsung", "삼성", "Chips", {"x-a": 1})
    assert (e.name_ko, e.category, e.extra, e.contact_name, e.email, e.phone, e.website) == (
        "삼성", "Chips", {"x-a": 1}, "", "", "", "")


def test_contact_fields_round_trip_in_the_documented_order():
    layout = sales_layout()
    layout.exhibitors["ex-1"] = Exhibitor("ex-1", "Samsung", "삼성전자", "Chips", {"x-crm": 17}, "김철수",
                                          "kim@samsung.com", "+82 2-2255-0114", "https://samsung.com")
    text = io.dumps(layout)
    item = json.loads(text)["exhibitors"][0]
    assert list(item) == ["id", "name", "name_ko", "category", "contact_name", "email", "phone", "website", "x-crm"]
    again = io.loads(text)
    assert again.exhibitors["ex-1"] == layout.exhibitors["ex-1"]
    assert io.dumps(again) == text


def test_files_without_contacts_load_and_save_as_before():
    layout = io.loads(json.dumps(OLD_FILE))
    assert layout.exhibitors["ex-1"].email == ""
    saved = json.loads(io.dumps(layout))["exhibitors"]
    assert saved == OLD_FILE["exhibitors"]


@pytest.mark.parametrize("key", ["contact_name", "email", "phone", "website"])
def test_contact_fields_must_be_text(key):
    doc = json.loads(json.dumps(OLD_FILE))
    doc["exhibitors"][0][key] = 5
    with pytest.raises(io.LoadError) as caught:
        io.loads(json.dumps(doc), "c.boothplan")
    assert str(caught.value) == f"c.boothplan: $.exhibitors[0].{key}: must be text, not 5"
