"""Tools > Fill with booths / seating from the window: a zone, live counts, one undoable step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from boothplanner.rules import ERROR


def test_fill_a_dragged_zone_with_booths(window, mouse, monkeypatch):
    window.actions["new"].trigger()                  # an empty 40 x 25 m room
    doc = window.document
    seen = []

    def accept(dialog):
        seen.append(dialog.result.text())
        dialog.prefix.setText("C-")
        dialog.odd_even.setChecked(True)
        dialog.update_result()
        seen.append(dialog.result.text())
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QDialog, "exec", accept)
    window.actions["fill_booths"].trigger()
    mouse.drag((10.0, 6.0), (30.0, 18.0))            # a 20 x 12 m zone in the middle of the room
    assert seen[0] == "18 of 24 booths fit."
    assert len(doc.layout.booths) == 18
    assert all(b.number.startswith("C-") for b in doc.layout.booths.values())
    assert not [f for f in doc.result.findings if f.severity == ERROR and f.code != "TOO_FEW_EXITS"
                and f.code != "EGRESS_WIDTH"]
    assert doc.history.undo_label() == "Add 18 booths"
    assert window.state.selection == set(doc.layout.booths)
    window.actions["undo"].trigger()
    assert not doc.layout.booths


def test_fill_a_selected_area_with_seating_replaces_it(window, mouse, monkeypatch):
    doc = window.document
    counts = []

    def accept(dialog):
        counts.append(dialog.result.text())
        assert dialog.stage.currentData() == "up"   # the stage is above the standing room
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QDialog, "exec", accept)
    seats_before = doc.result.capacity.seats
    mouse.click((9.5, 27.5))                         # the west standing room
    assert window.state.selection == {"AREA-STAND-W"}
    window.actions["fill_seating"].trigger()
    assert "seats fit" in counts[0]
    assert "AREA-STAND-W" not in doc.layout.areas
    assert doc.result.capacity.seats > seats_before
    assert not [f for f in doc.result.findings if f.severity == ERROR]
    window.actions["undo"].trigger()
    assert "AREA-STAND-W" in doc.layout.areas
    assert doc.result.capacity.seats == seats_before


def test_fill_a_zone_with_banquet_rounds(window, mouse, monkeypatch):
    window.actions["new"].trigger()                  # an empty 40 x 25 m room
    doc = window.document

    def accept(dialog):
        dialog.style.setCurrentIndex(dialog.style.findData("banquet"))
        dialog.update_result()
        assert "seats fit" in dialog.result.text()
        assert not dialog.row_pitch.isEnabled()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QDialog, "exec", accept)
    window.actions["fill_seating"].trigger()
    mouse.drag((8.0, 6.0), (32.0, 19.0))
    blocks = list(doc.layout.seating.values())
    assert blocks and {b.style for b in blocks} == {"banquet"}
    assert not [f for f in doc.result.findings if f.severity == ERROR and f.code not in ("TOO_FEW_EXITS", "EGRESS_WIDTH")]


def test_a_zone_dragged_over_old_seating_can_replace_it_and_the_sessions_follow(window, mouse, monkeypatch):
    doc = window.document
    seen = {}

    def accept(dialog):
        seen["before"] = dialog.result.text()
        seen["items"] = set(dialog.replaceable)
        dialog.replace.setChecked(True)
        dialog.update_result()
        seen["after"] = dialog.result.text()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QDialog, "exec", accept)
    window.actions["fill_seating"].trigger()
    mouse.drag((0.0, 6.0), (43.0, 34.0))              # the conference side, stage edge to the lobby wall
    assert {"SEAT-F1", "SEAT-R4", "AREA-STAND-W", "AREA-REG"} <= seen["items"] and "AREA-STAGE" not in seen["items"]
    assert seen["after"].startswith("1,752 seats fit") and seen["before"] != seen["after"]
    assert doc.result.capacity.seats == 1752
    assert set(doc.layout.sessions["S-KEYNOTE-KAPLAN"].seating) == set(doc.layout.seating)
    assert window.state.selection == set(doc.layout.seating)
    assert not doc.result.findings
    window.actions["undo"].trigger()
    assert doc.layout.sessions["S-KEYNOTE-KAPLAN"].seating[0] == "SEAT-F1" and doc.result.capacity.seats == 813
