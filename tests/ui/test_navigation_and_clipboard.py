"""Zoom, pan, fit; copy and paste; align and distribute."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication


def test_wheel_zooms_about_the_cursor(window, mouse):
    view = window.view
    target = (40.0, 13.5)
    pos = mouse.at(target)
    before = view.pixels_per_metre
    event = QWheelEvent(pos, view.viewport().mapToGlobal(pos), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.pixels_per_metre == pytest.approx(before * 1.44, rel=1e-3)
    under = view.mapToScene(pos.toPoint())
    assert (under.x(), under.y()) == pytest.approx(target, abs=2 / view.pixels_per_metre)


def test_middle_button_pans_and_fit_brings_the_venue_back(window, mouse):
    view = window.view
    view.zoom_by(3)
    start = QPointF(view.viewport().rect().center())
    before = view.mapToScene(start.toPoint())
    mouse.press_px(start, Qt.MouseButton.MiddleButton)
    mouse.move_px(start + QPointF(-100, -50))
    mouse.release_px(start + QPointF(-100, -50), Qt.MouseButton.MiddleButton)
    after = view.mapToScene(start.toPoint())
    scale = view.pixels_per_metre
    assert after.x() - before.x() == pytest.approx(100 / scale, abs=2 / scale)
    assert after.y() - before.y() == pytest.approx(50 / scale, abs=2 / scale)
    assert not window.document.is_modified
    window.actions["fit"].trigger()
    corner_a = view.mapFromScene(QPointF(0, 0))
    corner_b = view.mapFromScene(QPointF(64, 34))
    assert view.viewport().rect().contains(corner_a) and view.viewport().rect().contains(corner_b)


def test_window_resize_keeps_the_venue_fitted_until_the_user_zooms(window, qtbot):
    view = window.view
    window.resize(1000, 700)
    QApplication.processEvents()
    small = view.pixels_per_metre
    window.resize(1600, 1000)
    QApplication.processEvents()
    assert view.pixels_per_metre > small
    view.zoom_by(2)
    zoomed = view.pixels_per_metre
    window.resize(1200, 800)
    QApplication.processEvents()
    assert view.pixels_per_metre == pytest.approx(zoomed)


def test_copy_paste_makes_renumbered_copies_beside_the_originals(window, mouse, qtbot):
    mouse.click((62.5, 10.5))
    mouse.click((62.5, 7.5), mods=Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    layout = window.document.layout
    assert len(layout.booths) == 27
    pasted = [layout.booths[i] for i in window.state.selection]
    assert len(pasted) == 2
    assert {b.center for b in pasted} == {(63.5, 11.5), (63.5, 8.5)}
    numbers = [b.number for b in layout.booths.values()]
    assert len(numbers) == len(set(numbers))
    assert all(b.exhibitor is None for b in pasted)
    assert window.document.history.undo_label() == "Paste 2 booths"
    window.actions["undo"].trigger()
    assert len(layout.booths) == 25


def test_cut_removes_and_paste_brings_back(window, mouse, qtbot):
    mouse.click((62.5, 10.5))
    qtbot.keyClick(window.view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert "B09" not in window.document.layout.booths
    qtbot.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.layout.booths) == 25


def test_align_left_and_distribute(window, mouse):
    doc = window.document
    mouse.drag((45.0, 14.4), (59.0, 22.0))   # B21..B25
    window.actions["align_left"].trigger()
    lefts = {round(b.center[0] - b.size[0] / 2, 6) for i, b in doc.layout.booths.items() if i in {"B21", "B22", "B23", "B24", "B25"}}
    assert lefts == {46.0}
    window.actions["undo"].trigger()
    mouse.click((44.5, 1.5))
    for x in (47.5, 53.5, 56.5):
        mouse.click((x, 1.5), mods=Qt.KeyboardModifier.ShiftModifier)
    window.actions["distribute_x"].trigger()
    xs = sorted(doc.layout.booths[i].center[0] for i in ("B01", "B02", "B04", "B05"))
    gaps = [b - a for a, b in zip(xs, xs[1:])]
    assert gaps == pytest.approx([4.0, 4.0, 4.0])


def test_space_drag_pans_instead_of_selecting(window, mouse, qtbot):
    view = window.view
    view.zoom_by(3)
    start = QPointF(view.viewport().rect().center())
    before = view.mapToScene(start.toPoint())
    qtbot.keyPress(view, Qt.Key.Key_Space)
    mouse.press_px(start)
    mouse.move_px(start + QPointF(80, 0))
    mouse.release_px(start + QPointF(80, 0))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    after = view.mapToScene(start.toPoint())
    assert before.x() - after.x() == pytest.approx(80 / view.pixels_per_metre, abs=2 / view.pixels_per_metre)
    assert window.state.selection == set() and not window.document.is_modified


def test_legend_follows_the_colour_mode(window):
    from boothplanner.ui.canvas.legend import legend_rows
    texts = [t for _, t, _ in legend_rows(window.document.layout, "status")]
    assert texts[:4] == ["Available", "Reserved", "Sold", "Blocked"]
    window.actions["colour_category"].trigger()
    assert window.state.colour_by == "category"
    texts = [t for _, t, _ in legend_rows(window.document.layout, window.state.colour_by)]
    assert "host" in texts and "startup" in texts


def test_pasting_foreign_or_broken_clipboard_text_changes_nothing(window, mouse, qtbot):
    QApplication.clipboard().setText("just some words from another program")
    qtbot.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert not window.document.is_modified
    QApplication.clipboard().setText('{"boothplanner-elements": 1, "booths": [{"id": "X", "size": [0, 3]}]}')
    qtbot.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert not window.document.is_modified
    assert "nothing that can be pasted" in window.statusBar().currentMessage()
