"""Open, save, the unsaved-changes prompt, autosave recovery, bad files and the Korean interface."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from boothplanner import io
from boothplanner.resources import DEFAULT_LAYOUT

Button = QMessageBox.StandardButton


def answer(monkeypatch, button, seen=None):
    """Make the next message boxes answer `button`, recording their texts."""
    def fake_exec(box):
        if seen is not None:
            seen.append((box.text(), box.informativeText(), box.detailedText()))
        return button
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (seen.append(a[1:3]) if seen is not None else None) or button)


def test_save_and_reopen_round_trip(window, mouse, tmp_path):
    path = tmp_path / "plan.boothplan"
    mouse.drag((62.5, 10.5), (62.5, 16.8))
    assert window.files._save_to(path)
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("plan.boothplan")
    saved = io.load(path)
    assert saved.booths["B09"].center == (62.5, 16.5)
    assert saved.booths == window.document.layout.booths
    window.actions["undo"].trigger()
    assert window.isWindowModified()
    window.actions["redo"].trigger()
    assert not window.isWindowModified()   # back at the saved position
    assert window.files.open(str(path))
    assert window.document.layout.booths == saved.booths
    assert window.document.path == path


def test_open_asks_before_dropping_unsaved_changes(window, mouse, tmp_path, monkeypatch):
    other = tmp_path / "other.boothplan"
    layout = io.load(DEFAULT_LAYOUT)
    layout.booths.pop("B01")
    io.save(layout, other)
    mouse.drag((62.5, 10.5), (62.5, 16.8))
    seen = []
    answer(monkeypatch, Button.Cancel, seen)
    assert window.files.open(str(other)) is False
    assert "B01" in window.document.layout.booths and window.document.is_modified
    assert "Save changes" in seen[0][0]
    answer(monkeypatch, Button.Discard)
    assert window.files.open(str(other)) is True
    assert "B01" not in window.document.layout.booths
    assert not window.document.is_modified
    assert str(other.resolve()) in window.files.recent()


def test_a_bad_file_shows_the_loaders_message_and_keeps_the_open_document(window, mouse, tmp_path, monkeypatch):
    bad = tmp_path / "broken.boothplan"
    doc = json.loads(DEFAULT_LAYOUT.read_text("utf-8"))
    doc["booths"][2]["size"] = [3, -1]
    bad.write_text(json.dumps(doc), "utf-8")
    mouse.drag((62.5, 10.5), (62.5, 16.8))
    before = window.document
    seen = []
    answer(monkeypatch, Button.Discard, seen)
    assert window.files.open(str(bad)) is False
    assert window.document is before
    assert window.document.layout.booths["B09"].center == (62.5, 16.5)
    message = [s for s in seen if "cannot be opened" in s[0]][0]
    assert "broken.boothplan" in message[1] and "$.booths[2].size[1]" in message[1]


def test_autosave_then_crash_then_restore(window, mouse, monkeypatch, qtbot):
    from boothplanner.document import Document
    from boothplanner.ui.files import recovery_file
    from boothplanner.ui.main_window import MainWindow
    mouse.drag((62.5, 10.5), (62.5, 16.8))
    window.files.autosave()
    assert recovery_file().exists()
    # The process dies here: nothing closes the window or clears the recovery file.
    fresh = MainWindow(Document(io.load(DEFAULT_LAYOUT)))
    try:
        seen = []
        answer(monkeypatch, Button.Yes, seen)
        assert fresh.files.offer_recovery()
        assert fresh.document.layout.booths["B09"].center == (62.5, 16.5)
        assert fresh.document.is_modified
        assert "did not close normally" in seen[0][1]
    finally:
        fresh.files.timer.stop()
        fresh.document.history.mark_saved()
        fresh.close()


def test_declining_recovery_removes_the_file(window, mouse, monkeypatch):
    from boothplanner.ui.files import recovery_file
    mouse.drag((62.5, 10.5), (62.5, 16.8))
    window.files.autosave()
    answer(monkeypatch, Button.No)
    assert not window.files.offer_recovery()
    assert not recovery_file().exists()


def test_nothing_is_autosaved_without_changes(window):
    from boothplanner.ui.files import recovery_file
    window.files.autosave()
    assert not recovery_file().exists()


def test_korean_interface(window):
    from boothplanner.ui import i18n
    assert i18n.install("ko")
    try:
        window.retranslate()
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[0] == "파일(&F)"
        assert window.docks["checks"].windowTitle() != "Checks"
        assert window.checks.topLevelItem(0).text(0).startswith("오류")
        warnings = window.checks.topLevelItem(1)
        texts = [warnings.child(i).text(0) for i in range(warnings.childCount())]
        assert any("예상 1500명, 좌석 813석, 687명 입석" in t for t in texts), texts
        from boothplanner.ui.messages import command_text
        assert command_text("Move 3 booths") == "부스 3개 이동"
        assert command_text("Resize booth") == "부스 크기 변경"
        assert command_text("Add exit") == "비상구 추가"
        from PySide6.QtWidgets import QDialogButtonBox
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        assert sorted(b.text() for b in box.buttons()) == sorted(["확인", "취소"])     # Qt's own strings too
        window.actions["lang_en"].trigger()
        assert window.menuBar().actions()[0].text() == "&File"
    finally:
        i18n.install("en")


def test_findings_name_booths_and_walls_in_korean(window, qtbot):
    from boothplanner.commands import edit_venue_item
    from boothplanner.ui import i18n
    doc = window.document
    doc.execute(edit_venue_item(doc.layout, "PART-4", "Close partition", open=False))   # down the B/C aisle
    assert i18n.install("ko")
    try:
        window.retranslate()
        window.checks.refresh()

        def errors():
            top = window.checks.topLevelItem(0)
            return [top.child(i).text(0) for i in range(top.childCount())]
        qtbot.waitUntil(lambda: any("가변벽 PART-4" in t for t in errors()))
        assert any(t.startswith("부스 A-09과(와) 가변벽 PART-4 사이 통로 폭이 1.50 m") for t in errors()), errors()
        assert not any("booth" in t or "movable wall" in t for t in errors())
        from boothplanner.rules.findings import Finding
        from boothplanner.ui.messages import element_label, finding_text
        blocked = Finding("EXIT_BLOCKED", "error", ("B09", "EXIT-E1"), "", measured=1.0, required=3.0)
        text = finding_text(blocked, element_label(doc.layout), doc.layout)
        assert "부스 A-09" in text and "동측 비상구" in text and "East exit" not in text, text
    finally:
        i18n.install("en")


def test_new_empty_room_then_add_a_booth(window, mouse, monkeypatch):
    answer(monkeypatch, Button.Discard)
    window.actions["new"].trigger()
    assert not window.document.layout.booths
    window.palette.buttons["booth:3 × 3 m"].click()
    mouse.click((10.5, 10.5))
    assert len(window.document.layout.booths) == 1
    assert window.document.is_modified
