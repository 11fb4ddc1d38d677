"""Sessions added, edited and removed from the sessions panel, each one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from boothplanner.ui.session_dialog import QT_TIME, UNKNOWN


def _row_of(panel, session_id):
    return next(panel.sessions.topLevelItem(i) for i in range(panel.sessions.topLevelItemCount())
                if panel.sessions.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == session_id)


def _check_only(dialog, block_ids):
    for i in range(dialog.blocks.count()):
        item = dialog.blocks.item(i)
        wanted = item.data(Qt.ItemDataRole.UserRole) in block_ids
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


def test_a_session_added_in_the_panel_gets_its_seats_and_audience(window, qtbot, monkeypatch):
    doc, panel = window.document, window.sessions
    seen = {}

    def fill(dialog):
        # A new session starts when the last one ends (18:20) and lasts an hour.
        seen["start"] = dialog.start.dateTime().toString(QT_TIME)
        dialog.name.setText("Closing panel")
        dialog.name_ko.setText("폐막 패널")
        dialog.expected.setValue(300)
        _check_only(dialog, {"SEAT-F1", "SEAT-F2"})
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QDialog, "exec", fill)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert seen["start"] == "2025-02-11T18:20"
    session, = [s for s in doc.layout.sessions.values() if s.name == "Closing panel"]
    assert (session.start, session.end, session.seating, session.room, session.expected_attendance, session.name_ko) == \
        ("2025-02-11T18:20", "2025-02-11T19:20", ("SEAT-F1", "SEAT-F2"), None, 300, "폐막 패널")
    assert doc.history.undo_label() == "Add session"
    numbers = next(n for n in doc.result.sessions if n.session_id == session.id)
    assert (numbers.seats, numbers.standing) == (112 + 109, 79)
    qtbot.waitUntil(lambda: panel.sessions.topLevelItemCount() == len(doc.layout.sessions))   # refreshed after the edit
    assert _row_of(panel, session.id).text(3) == "79"
    window.actions["undo"].trigger()
    assert session.id not in doc.layout.sessions


def test_editing_a_session_into_another_ones_time_warns_of_the_overlap(window, qtbot, monkeypatch):
    doc, panel = window.document, window.sessions
    panel.sessions.setCurrentItem(_row_of(panel, "S-NEXT-AI-WAVE"))

    def move_earlier(dialog):
        dialog.start.setDateTime(QDateTime.fromString("2025-02-11T17:00", QT_TIME))
        dialog.end.setDateTime(QDateTime.fromString("2025-02-11T17:40", QT_TIME))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QDialog, "exec", move_earlier)
    panel.edit_button.click()
    assert doc.layout.sessions["S-NEXT-AI-WAVE"].start == "2025-02-11T17:00"
    assert doc.history.undo_label() == "Edit session"
    overlap, = [f for f in doc.result.findings if f.code == "SESSION_OVERLAP"]
    assert overlap.ids == ("S-NEXT-AI-WAVE", "S-AI-TREND-2025")
    window.actions["undo"].trigger()
    assert not [f for f in doc.result.findings if f.code == "SESSION_OVERLAP"]


def test_a_session_ending_before_it_starts_or_without_a_name_cannot_be_accepted(window, qtbot):
    from boothplanner.ui.session_dialog import SessionDialog
    layout = window.document.layout
    dialog = SessionDialog(window, layout, layout.sessions["S-OPENING"], "S-OPENING")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.session() == layout.sessions["S-OPENING"]   # unchanged fields, same session
    dialog.end.setDateTime(QDateTime.fromString("2025-02-11T09:00", QT_TIME))
    assert not ok.isEnabled() and dialog.session() is None
    assert "end after it starts" in dialog.problem.text()
    dialog.end.setDateTime(QDateTime.fromString("2025-02-11T11:00", QT_TIME))
    dialog.name.setText("")
    dialog.name_ko.setText("")
    assert not ok.isEnabled() and "name" in dialog.problem.text()
    dialog.name_ko.setText("개막식")
    dialog.expected.setValue(UNKNOWN)
    dialog.place.setCurrentIndex(dialog.place.findData("none"))
    session = dialog.session()
    assert (session.name, session.seating, session.expected_attendance) == ("개막식", (), None)


def test_a_session_held_in_a_room_and_its_removal(window, monkeypatch):
    doc, panel = window.document, window.sessions
    panel.sessions.setCurrentItem(_row_of(panel, "S-EXPERT-ETHICS"))

    def into_room(dialog):
        dialog.place.setCurrentIndex(dialog.place.findData("room"))
        dialog.room.setCurrentIndex(dialog.room.findData("ROOM-2"))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QDialog, "exec", into_room)
    panel.edit_button.click()
    assert (doc.layout.sessions["S-EXPERT-ETHICS"].room, doc.layout.sessions["S-EXPERT-ETHICS"].seating) == ("ROOM-2", ())
    panel.sessions.setCurrentItem(_row_of(panel, "S-EXPERT-ETHICS"))
    panel.remove_button.click()
    assert "S-EXPERT-ETHICS" not in doc.layout.sessions
    assert doc.history.undo_label() == "Remove session"
    window.actions["undo"].trigger()
    assert doc.layout.sessions["S-EXPERT-ETHICS"].room == "ROOM-2"
    assert list(doc.layout.sessions).index("S-EXPERT-ETHICS") == 4          # back in its place in the file
