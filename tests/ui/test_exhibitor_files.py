"""File > Import exhibitors and File > Export booth schedule, from the window."""

from __future__ import annotations

import csv
import io as stdio

from PySide6.QtWidgets import QMessageBox


def test_cp949_list_imports_as_one_undoable_step_and_assigns_booths(window, tmp_path):
    path = tmp_path / "참가사.csv"
    text = "id,name,name_ko,category,booth\nE900,Neural Widgets,뉴럴위젯,startup,A-13\nE901,Graph Labs,그래프랩,startup,\n"
    path.write_bytes(text.encode("cp949"))
    doc = window.document
    from boothplanner.commands import assign_exhibitor
    doc.execute(assign_exhibitor(doc.layout, ["B13"], None))   # free the booth the list asks for
    before = len(doc.layout.exhibitors)
    assert window.exhibitor_files.import_csv(str(path))
    assert len(doc.layout.exhibitors) == before + 2
    assert doc.layout.exhibitors["E900"].name_ko == "뉴럴위젯"
    assert doc.layout.booths["B13"].exhibitor == "E900"
    assert doc.history.undo_label().startswith("Import")
    window.actions["undo"].trigger()
    assert len(doc.layout.exhibitors) == before
    assert doc.layout.booths["B13"].exhibitor is None


def test_a_list_with_bad_rows_changes_nothing_and_says_which_rows(window, tmp_path, monkeypatch):
    path = tmp_path / "bad.csv"
    path.write_text("id,name,booth\nE900,Good Co,A-13\nE901,,A-12\nE902,Lost Co,Z-99\n", "utf-8")
    seen = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box.detailedText()) or 0)
    doc = window.document
    assert not window.exhibitor_files.import_csv(str(path))
    assert "E900" not in doc.layout.exhibitors and not doc.is_modified
    assert "row 3" in seen[0] and "row 4" in seen[0] and "Z-99" in seen[0]


def test_schedule_exported_for_excel(window, tmp_path):
    path = tmp_path / "schedule.csv"
    assert window.exhibitor_files.export_schedule(str(path))
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(stdio.StringIO(data.decode("utf-8-sig"))))
    assert any("서울AI허브" in cell for row in rows for cell in row)


def test_an_exhibitor_added_and_edited_in_the_panel_keeps_its_contact_details(window, qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog
    doc, panel = window.document, window.exhibitors

    def fill(dialog):
        dialog.name.setText("Neural Widgets")
        dialog.name_ko.setText("뉴럴위젯")
        dialog.contacts["contact_name"].setText("김지수")
        dialog.contacts["email"].setText("jisu@neural.example")
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QDialog, "exec", fill)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    added, = [e for e in doc.layout.exhibitors.values() if e.name == "Neural Widgets"]
    assert (added.name_ko, added.contact_name, added.email, added.phone) == ("뉴럴위젯", "김지수", "jisu@neural.example", "")
    assert doc.history.undo_label() == "Add exhibitor"

    panel.search.setText("Neural")
    panel.list.setCurrentRow(0)

    def change_phone(dialog):
        assert dialog.contacts["email"].text() == "jisu@neural.example"       # the dialog shows what is there
        dialog.contacts["phone"].setText("+82 2 555 0100")
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QDialog, "exec", change_phone)
    panel.edit_button.click()
    edited = doc.layout.exhibitors[added.id]
    assert (edited.phone, edited.email, edited.name_ko) == ("+82 2 555 0100", "jisu@neural.example", "뉴럴위젯")
    assert doc.history.undo_label() == "Edit exhibitor"
    window.actions["undo"].trigger()
    assert doc.layout.exhibitors[added.id].phone == ""
