"""Editing on the canvas with real mouse and key events, asserting on the document."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from boothplanner.io import load

ALT = Qt.KeyboardModifier.AltModifier


def booth(window, booth_id):
    return window.document.layout.booths[booth_id]


def test_drag_snaps_top_edge_to_the_neighbouring_row_and_is_one_undo_step(window, mouse):
    doc = window.document
    steps_before = len(doc.history)
    mouse.drag((62.5, 10.5), (62.5, 16.8))
    # B09's top edge lands at 15.3 and snaps to the top edge of the island row at y = 15.
    assert booth(window, "B09").center == pytest.approx((62.5, 16.5))
    assert len(doc.history) == steps_before + 1
    assert doc.history.undo_label() == "Move booth"
    assert doc.is_modified and window.isWindowModified()
    window.actions["undo"].trigger()
    assert booth(window, "B09").center == pytest.approx((62.5, 10.5))
    assert not window.isWindowModified()
    window.actions["redo"].trigger()
    assert booth(window, "B09").center == pytest.approx((62.5, 16.5))


def test_alt_suspends_snapping(window, mouse):
    mouse.drag((62.5, 10.5), (62.5, 16.8), mods=ALT)
    per_pixel = 1 / window.view.pixels_per_metre
    assert booth(window, "B09").center[1] == pytest.approx(16.8, abs=2 * per_pixel)
    assert booth(window, "B09").center[1] != pytest.approx(16.5, abs=1e-6)


def test_finding_appears_and_clears_during_a_drag_and_escape_records_nothing(window, mouse, qtbot):
    doc = window.document
    steps_before = len(doc.history)
    assert not doc.result.errors
    mouse.press((62.5, 32.5), mods=ALT)
    mouse.move((61.5, 32.5), mods=ALT)
    mouse.move((60.5, 32.5), mods=ALT)
    # Still dragging: the booth stands 2 m off the east wall.
    narrow = [f for f in doc.result.findings if f.code == "NARROW_AISLE" and "B13" in f.ids]
    assert narrow and "venue" in narrow[0].ids
    assert narrow[0].measured == pytest.approx(2.0, abs=0.1)
    assert window.checks.topLevelItem(0).childCount() >= 1
    mouse.move((62.5, 32.5), mods=ALT)
    assert not [f for f in doc.result.findings if "B13" in f.ids]
    mouse.move((60.0, 32.5), mods=ALT)
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert booth(window, "B13").center == (62.5, 32.5)
    assert len(doc.history) == steps_before
    assert not doc.result.errors
    assert not doc.is_modified


def test_rubber_band_window_selects_contained_and_crossing_selects_touched(window, mouse):
    mouse.drag((45.0, 14.4), (59.0, 22.0))
    assert window.state.selection == {"B21", "B22", "B23", "B24", "B25"}
    mouse.drag((59.0, 11.0), (45.0, 16.0))
    assert {"B17", "B18", "B19", "B20", "B21", "B22", "B23"} <= window.state.selection
    assert "B24" not in window.state.selection
    mouse.click((45.0, 14.4))
    assert window.state.selection == set()


def test_shift_click_adds_and_removes(window, mouse):
    mouse.click((62.5, 10.5))
    mouse.click((62.5, 7.5), mods=Qt.KeyboardModifier.ShiftModifier)
    assert window.state.selection == {"B08", "B09"}
    mouse.click((62.5, 10.5), mods=Qt.KeyboardModifier.ControlModifier)
    assert window.state.selection == {"B08"}
    from pytestqt.qtbot import QtBot
    QtBot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.state.selection == set()


def test_arrow_keys_nudge_and_r_rotates(window, mouse, qtbot):
    mouse.click((62.5, 10.5))
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert booth(window, "B09").center == pytest.approx((62.6, 10.5))
    qtbot.keyClick(window.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert booth(window, "B09").center == pytest.approx((62.6, 9.5))
    qtbot.keyClick(window.view, Qt.Key.Key_R)
    assert booth(window, "B09").rotation == 90
    window.actions["undo"].trigger()
    window.actions["undo"].trigger()
    window.actions["undo"].trigger()
    assert booth(window, "B09").center == (62.5, 10.5) and booth(window, "B09").rotation == 0


def test_inspector_edit_typed_by_keyboard_is_undoable(window, mouse, qtbot):
    mouse.click((62.5, 10.5))
    width = window.inspector.fields["width"]
    width.lineEdit().selectAll()
    qtbot.keyClicks(width.lineEdit(), "4")
    qtbot.keyClick(width.lineEdit(), Qt.Key.Key_Return)
    assert booth(window, "B09").size == (4.0, 3.0)
    assert window.document.history.undo_label() == "Resize"
    window.actions["undo"].trigger()
    assert booth(window, "B09").size == (3.0, 3.0)


def test_status_for_several_booths_at_once(window, mouse):
    mouse.drag((45.0, 14.4), (59.0, 22.0))
    combo = window.inspector.fields["status"]
    combo.setCurrentIndex(combo.findData("blocked"))
    assert {window.document.layout.booths[i].status for i in ("B21", "B22", "B23", "B24", "B25")} == {"blocked"}
    window.actions["undo"].trigger()
    assert window.document.layout.booths["B24"].status == "reserved"


def test_dropping_an_exhibitor_on_a_booth_assigns_it(window, mouse):
    view = window.view
    point = mouse.at((62.5, 10.5))
    panel = window.exhibitors.list
    item = next(panel.item(r) for r in range(panel.count()) if panel.item(r).data(Qt.ItemDataRole.UserRole) == "EX-SNU")
    data = panel.mimeData([item])   # what the list hands to the drag
    args = (Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    for event in (QDragEnterEvent(point.toPoint(), *args), QDragMoveEvent(point.toPoint(), *args), QDropEvent(point, *args)):
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted()
    assert booth(window, "B09").exhibitor == "EX-SNU"
    assert window.state.selection == {"B09"}
    window.actions["undo"].trigger()
    assert booth(window, "B09").exhibitor == "EX-PLACEHOLDER-09"


def test_selecting_an_exhibitor_highlights_its_booths(window):
    panel = window.exhibitors
    for row in range(panel.list.count()):
        if panel.list.item(row).data(Qt.ItemDataRole.UserRole) == "EX-SNU":
            panel.list.setCurrentRow(row)
    assert window.state.highlight == {"B16"}


def test_palette_adds_a_booth_where_clicked(window, mouse):
    window.palette.buttons["booth:3 × 3 m"].click()
    count = len(window.document.layout.booths)
    mouse.click((40.5, 8.5))
    assert len(window.document.layout.booths) == count + 1
    new = [b for b in window.document.layout.booths.values() if b.id not in {f"B{n:02d}" for n in range(1, 26)}][0]
    assert new.size == (3.0, 3.0)
    assert new.center == pytest.approx((40.5, 8.5))
    assert window.document.history.undo_label() == "Add booth"


def test_duplicate_and_delete(window, mouse, qtbot):
    mouse.click((62.5, 10.5))
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.layout.booths) == 26
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert len(window.document.layout.booths) == 25
    assert "B09" in window.document.layout.booths


def test_resize_handle_drag(window, mouse):
    mouse.click((62.5, 10.5))
    # The west edge's handle sits at x = 61.
    mouse.drag((61.0, 10.5), (60.0, 10.5), mods=ALT)
    b = booth(window, "B09")
    assert b.size[0] == pytest.approx(4.0, abs=0.11)
    assert b.center[0] + b.size[0] / 2 == pytest.approx(64.0, abs=1e-6)
    assert window.document.history.undo_label() == "Resize booth"


def test_dropping_outside_any_booth_changes_nothing(window, mouse):
    view = window.view
    point = mouse.at((40.0, 13.5))
    panel = window.exhibitors.list
    data = panel.mimeData([panel.item(0)])
    args = (Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    for event in (QDragEnterEvent(point.toPoint(), *args), QDragMoveEvent(point.toPoint(), *args), QDropEvent(point, *args)):
        QApplication.sendEvent(view.viewport(), event)
    assert not window.document.is_modified


def test_a_door_is_marked_as_an_emergency_exit_in_the_inspector(window, mouse):
    doc = window.document
    door = next(x for x in doc.layout.venue.exits if x.id == "EXIT-S1")
    mouse.click(door.midpoint)
    entrance = window.inspector.fields["entrance"]
    assert entrance.isChecked()
    entrance.click()
    assert not next(x for x in doc.layout.venue.exits if x.id == "EXIT-S1").entrance
    assert doc.history.undo_label() == "Mark as exit only"
    window.actions["undo"].trigger()
    assert next(x for x in doc.layout.venue.exits if x.id == "EXIT-S1").entrance


def test_dragging_an_exit_door_moves_it_as_one_step_and_escape_restores(window, mouse, qtbot):
    doc = window.document
    door = doc.layout.venue.exits[0]
    (x0, y0), (x1, y1) = door.start, door.end
    middle = ((x0 + x1) / 2, (y0 + y1) / 2)
    mouse.click(middle)
    assert window.state.selection == {door.id}
    # Dragged 2 m along and 1 m off its wall, the door slides along the wall.
    mouse.drag(middle, (middle[0] + 2.0, middle[1] + 1.0))
    moved_door = doc.layout.venue.exits[0]
    assert moved_door.start[0] == pytest.approx(x0 + 2.0, abs=0.11)
    assert (moved_door.start[1], moved_door.end[1]) == (y0, y1)
    assert moved_door.width == pytest.approx(door.width)
    assert doc.history.undo_label() == "Move venue items"
    window.actions["undo"].trigger()
    assert doc.layout.venue.exits[0] == door
    mouse.drag(middle, (middle[0] + 2.0, middle[1]), release=False)
    assert doc.layout.venue.exits[0] != door
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert doc.layout.venue.exits[0] == door
    assert not doc.is_modified


def test_dragging_a_corner_of_the_room_reshapes_it_and_a_crossing_outline_is_refused(window, mouse):
    doc = window.document
    original = doc.layout.venue.outline
    mouse.click((45.0, 34.0))                      # on the south wall, away from doors and areas
    assert window.state.selection == {"venue"}
    mouse.drag((64.0, 34.0), (66.0, 36.0))         # the south-east corner
    assert doc.layout.venue.outline[2] == (66.0, 36.0)
    assert doc.history.undo_label() == "Edit venue outline"
    assert doc.result.capacity.free_floor_m2 > 0
    window.actions["undo"].trigger()
    assert doc.layout.venue.outline == original
    mouse.click((45.0, 34.0))
    mouse.drag((64.0, 34.0), (30.0, -5.0))         # across the north wall: the outline crosses itself
    assert doc.layout.venue.outline == original
    assert not doc.is_modified


def test_north_is_set_in_the_inspector_of_the_room(window, mouse, qtbot):
    doc = window.document
    mouse.click((45.0, 34.0))                      # the south wall selects the room
    north = window.inspector.fields["north"]
    north.lineEdit().selectAll()
    qtbot.keyClicks(north.lineEdit(), "90")
    qtbot.keyClick(north.lineEdit(), Qt.Key.Key_Return)
    assert doc.layout.venue.north == 90.0
    assert doc.history.undo_label() == "Set north"
    window.view.viewport().repaint()               # the canvas arrow reads the venue as it paints
    window.actions["undo"].trigger()
    assert doc.layout.venue.north == 0.0


def _wall(doc, wall_id):
    return next(p for p in doc.layout.venue.partitions if p.id == wall_id)


def test_a_movable_wall_dragged_slides_on_its_track_and_the_saved_file_opens(window, mouse, tmp_path):
    doc = window.document
    mouse.click((13.0, 24.0))                       # partition 1's track, between the seating rows
    assert window.state.selection == {"PART-1"}
    mouse.drag((13.0, 24.0), (15.0, 28.0))
    wall = _wall(doc, "PART-1")
    assert (wall.start, wall.end) == ((15.0, 0.0), (15.0, 34.0))    # sideways only, still wall to wall
    doc.save(tmp_path / "moved.boothplan")
    assert load(tmp_path / "moved.boothplan").venue == doc.layout.venue


def test_a_click_with_the_movable_wall_tool_puts_a_wall_across_the_room(window, mouse, tmp_path):
    doc = window.document
    window.palette.buttons["partition"].click()
    mouse.click((55.0, 28.0))                        # exhibition side, south of PART-4
    wall = doc.layout.venue.partitions[-1]
    # Square to the nearest wall (the south wall, 6 m away), from PART-4 at y = 13.5 down to it.
    assert (wall.start, wall.end) == ((55.0, 13.5), (55.0, 34.0)) or (wall.end, wall.start) == ((55.0, 13.5), (55.0, 34.0))
    assert not wall.open and window.state.selection == {wall.id}
    assert doc.history.undo_label() == "Add movable wall"
    doc.save(tmp_path / "walls.boothplan")
    assert load(tmp_path / "walls.boothplan").venue == doc.layout.venue
    window.actions["undo"].trigger()
    assert len(doc.layout.venue.partitions) == 4


def test_a_drag_with_the_movable_wall_tool_sets_its_direction(window, mouse):
    doc = window.document
    window.palette.buttons["partition"].click()
    mouse.drag((5.0, 30.0), (10.0, 30.0))            # along x, in the conference side's south strip
    wall = doc.layout.venue.partitions[-1]
    assert sorted([wall.start, wall.end]) == [(0.0, 30.0), (13.0, 30.0)]     # west wall to PART-1
    assert window.state.sketch == []


def test_redrawing_the_room_smaller_refits_the_movable_walls_and_says_which_went(window, mouse, tmp_path):
    doc = window.document
    window.palette.buttons["venue"].click()
    mouse.drag((0.0, 0.0), (20.0, 34.0))             # a rectangle: only PART-1 (x = 13) still fits
    assert doc.layout.venue.outline == ((0.0, 0.0), (20.0, 0.0), (20.0, 34.0), (0.0, 34.0))
    assert [p.id for p in doc.layout.venue.partitions] == ["PART-1"]
    assert "PART-2, PART-3, PART-4" in window.statusBar().currentMessage()
    doc.save(tmp_path / "smaller.boothplan")
    assert load(tmp_path / "smaller.boothplan").venue == doc.layout.venue
    window.actions["undo"].trigger()
    assert len(doc.layout.venue.partitions) == 4


def test_walls_follow_a_corner_of_the_room_that_moves(window, mouse, tmp_path):
    doc = window.document
    mouse.click((45.0, 34.0))
    mouse.drag((64.0, 0.0), (66.0, 0.0))            # the north-east corner: the east wall leans
    assert doc.layout.venue.outline[1] == (66.0, 0.0)
    wall = _wall(doc, "PART-4")                      # from partition 3 to the east wall at y = 13.5
    assert wall.start == (43.0, 13.5)
    assert wall.end[0] == pytest.approx(66.0 - 2.0 * 13.5 / 34.0) and wall.end[1] == pytest.approx(13.5)
    doc.save(tmp_path / "reshaped.boothplan")
    assert load(tmp_path / "reshaped.boothplan").venue == doc.layout.venue
    window.actions["undo"].trigger()
    assert _wall(doc, "PART-4").end == (64.0, 13.5)


def test_resizing_a_seating_block_adds_whole_seats_and_keeps_the_far_side(window, mouse):
    doc = window.document
    block = doc.layout.seating["SEAT-F1"]
    right = block.center[0] + block.width / 2
    mouse.click(block.center)
    west = (block.center[0] - block.width / 2, block.center[1])
    mouse.drag(west, (west[0] - 1.05, west[1]), mods=ALT)
    grown = doc.layout.seating["SEAT-F1"]
    assert grown.seats_per_row == block.seats_per_row + 2
    assert grown.center[0] + grown.width / 2 == pytest.approx(right)
    assert grown.rows == block.rows


def test_every_style_is_drawn_seat_by_seat_from_the_model(window):
    from boothplanner.commands import add_elements
    from boothplanner.model import SeatingBlock, seating
    blocks = [SeatingBlock("SB", (8, 28), 2, 20, style="banquet", seats_per_table=10, wheelchair_spaces=1),
              SeatingBlock("SC", (28, 28), 2, 12, style="classroom", rotation=90),
              SeatingBlock("SK", (40, 28), 1, 14, style="cabaret", seats_per_table=7)]
    window.document.execute(add_elements(blocks))
    for block in blocks:
        chairs, tables, spaces, rounds = window.view.floor._seat_shapes(window.document.layout.seating[block.id])
        assert len(chairs) == seating.chairs(block)
        assert len(tables) == len(seating.table_positions(block))
        assert len(spaces) == seating.wheelchair_spaces_placed(block)
        assert rounds == (block.style in ("banquet", "cabaret"))
    window.view.zoom_to_ids(["SB", "SC", "SK"])
    assert not window.view.grab().isNull()


def test_travel_distance_is_checked_in_the_background_after_an_edit(window, qtbot):
    from boothplanner.commands import ReplaceLayoutPart
    from dataclasses import replace
    doc = window.document
    qtbot.waitUntil(lambda: not window.analyses.busy, timeout=20000)
    assert not [f for f in doc.result.findings if f.code == "TRAVEL_DISTANCE"]
    venue = doc.layout.venue
    doc.execute(ReplaceLayoutPart("Delete venue items", "venue", venue, replace(venue, exits=())))
    qtbot.waitUntil(lambda: any(f.code == "TRAVEL_DISTANCE" for f in doc.result.findings), timeout=20000)
    window.actions["undo"].trigger()
    assert not [f for f in doc.result.findings if f.code == "TRAVEL_DISTANCE"]
    qtbot.waitUntil(lambda: not window.analyses.busy, timeout=20000)
    assert not [f for f in doc.result.findings if f.code == "TRAVEL_DISTANCE"]


def test_a_stale_background_result_is_refused(window):
    from boothplanner.rules.findings import ERROR, Finding
    doc = window.document
    old = doc.version
    doc.execute(__import__("boothplanner.commands", fromlist=["move_elements"]).move_elements(doc.layout, ["B09"], 0.1, 0))
    assert not doc.add_findings(old, [Finding("TRAVEL_DISTANCE", ERROR, (), "stale")])
    assert not [f for f in doc.result.findings if f.message == "stale"]


def test_closing_a_movable_wall_splits_the_checks_by_room(window, mouse):
    doc = window.document
    mouse.click((13.0, 24.0))                       # on partition 1's track, between the seating rows
    assert window.state.selection == {"PART-1"}
    closed = window.inspector.fields["closed"]
    assert not closed.isChecked()
    closed.setChecked(True)
    wall = [p for p in doc.layout.venue.partitions if p.id == "PART-1"][0]
    assert not wall.open
    assert doc.history.undo_label() == "Close partition"
    assert doc.result.rooms                          # checked room by room now
    assert any(f.code == "PARTITION_CROSSED" for f in doc.result.findings)   # it cuts a seating block
    window.actions["undo"].trigger()
    assert [p for p in doc.layout.venue.partitions if p.id == "PART-1"][0].open
    assert not any(f.code == "PARTITION_CROSSED" for f in doc.result.findings)


def test_sessions_panel_lists_each_session_and_who_stands(window):
    panel = window.sessions.sessions
    rows = {panel.topLevelItem(i).data(0, 0x0100): [panel.topLevelItem(i).text(c) for c in range(4)]
            for i in range(panel.topLevelItem(0) and panel.topLevelItemCount())}
    keynote = [r for r in rows.values() if "Jerry Kaplan" in r[0]][0]
    assert keynote[1:] == ["813", "1,500", "687"]
    assert window.capacity.wheelchair.text() == "9 / 9"


def test_inspector_turns_a_theater_block_into_banquet_rounds_and_adds_wheelchair_spaces(window, mouse):
    doc = window.document
    mouse.click(doc.layout.seating["SEAT-F1"].center)
    style = window.inspector.fields["style"]
    style.setCurrentIndex(style.findData("banquet"))
    assert doc.layout.seating["SEAT-F1"].style == "banquet"
    spaces = window.inspector.fields["wheelchair_spaces"]
    spaces.setValue(2)
    assert doc.layout.seating["SEAT-F1"].wheelchair_spaces == 2
    window.actions["undo"].trigger()
    window.actions["undo"].trigger()
    assert doc.layout.seating["SEAT-F1"].style == "theater"


def test_wheelchair_spaces_beyond_the_room_in_the_block_stop_at_the_room(window, mouse, qtbot):
    doc = window.document
    mouse.click(doc.layout.seating["SEAT-F1"].center)        # 8 rows of 14: room for 8 (4 groups of rows x 2 ends)
    spaces = window.inspector.fields["wheelchair_spaces"]
    assert spaces.maximum() == 8
    spaces.setValue(40)                                      # as the arrow keys or a paste would
    assert doc.layout.seating["SEAT-F1"].wheelchair_spaces == 8
    rows = window.inspector.fields["rows"]                  # fewer rows, less room: the spaces follow
    rows.setValue(4)
    assert doc.layout.seating["SEAT-F1"].wheelchair_spaces == 4
    qtbot.waitUntil(lambda: window.inspector.fields["wheelchair_spaces"].maximum() == 4)
    assert window.inspector.fields["wheelchair_spaces"].value() == 4


def test_inspector_names_the_booth_type(window, mouse):
    mouse.click((62.5, 1.5))            # A-06 in the room's north-east corner, open to the west
    assert window.inspector.fields["booth_type"].text().startswith("In-line")
    mouse.click((49.0, 18.0))           # C-01, the 6 x 6 island block's west end
    assert window.inspector.fields["booth_type"].text().startswith("Peninsula")


def test_too_long_a_walk_is_drawn_as_a_route_to_the_exit(window, qtbot):
    from dataclasses import replace
    from boothplanner.commands import ReplaceLayoutPart
    doc = window.document
    rules = doc.layout.rules
    doc.execute(ReplaceLayoutPart("Edit", "rules", rules, replace(rules, travel_max=10.0)))
    qtbot.waitUntil(lambda: any(f.code == "TRAVEL_DISTANCE" for f in doc.result.findings), timeout=20000)
    finding = [f for f in doc.result.findings if f.code == "TRAVEL_DISTANCE"][0]
    assert finding.measured > 10.0 and len(finding.path) >= 2
    exit_ = [x for x in doc.layout.venue.exits if x.id == finding.ids[0]][0]
    import math
    end = finding.path[-1]
    assert math.dist(end, exit_.midpoint) <= exit_.width / 2 + 0.5
    assert not window.view.grab().isNull()


def test_blocks_that_differ_show_a_dash_until_a_value_is_chosen_for_all(window, mouse):
    doc = window.document
    mouse.click(doc.layout.seating["SEAT-F1"].center)             # 8 rows
    mouse.click(doc.layout.seating["SEAT-R1"].center, mods=Qt.KeyboardModifier.ShiftModifier)   # 7 rows
    rows = window.inspector.fields["rows"]
    assert rows.text() == "—" and window.inspector.fields["seats_per_row"].value() == 14
    rows.stepUp()                                                   # from the dash to the first real value
    assert {doc.layout.seating[i].rows for i in ("SEAT-F1", "SEAT-R1")} == {1}
    window.actions["undo"].trigger()
    assert (doc.layout.seating["SEAT-F1"].rows, doc.layout.seating["SEAT-R1"].rows) == (8, 7)


def test_entrances_get_an_arrow_into_the_room_once_some_doors_are_exits_only(window):
    from dataclasses import replace
    from PySide6.QtGui import QPolygonF
    from PySide6.QtCore import QPointF
    from boothplanner.ui.canvas.floor_item import entrance_marks
    from boothplanner.ui.canvas.legend import legend_rows
    venue = window.document.layout.venue          # 3 lobby doors are entrances; 4 doors are exits only
    outline = QPolygonF([QPointF(x, y) for x, y in venue.outline])
    marks = entrance_marks(venue, outline)
    assert len(marks) == 3
    for mark in marks:                            # on the south wall (y = 34), pointing north into the room
        tip = min((mark.at(i) for i in range(3)), key=lambda p: p.y())
        assert 32.0 < tip.y() < 34.0 and all(mark.at(i).y() < 34.0 for i in range(3))
    assert any(mark == "entrance" for mark, _, _ in legend_rows(window.document.layout, "status"))
    everyone = replace(venue, exits=tuple(replace(x, entrance=True) for x in venue.exits))
    assert entrance_marks(everyone, outline) == []           # nothing to tell apart: no arrows
