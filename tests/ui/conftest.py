"""Fixtures that drive the real window with real mouse and key events."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from boothplanner import io
from boothplanner.document import Document
from boothplanner.resources import DEFAULT_LAYOUT


class UnexpectedDialog(AssertionError):
    pass


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    """A modal dialog would wait forever offscreen; tests that expect one replace these."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    def refuse(*args, **kwargs):
        raise UnexpectedDialog(f"a dialog opened unexpectedly: {args[1:3] if len(args) > 2 else args}")
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "question", refuse)
    monkeypatch.setattr(QMessageBox, "critical", refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)


@pytest.fixture
def window(qtbot):
    from boothplanner.ui import i18n
    from boothplanner.ui.app import make_app
    from boothplanner.ui.files import recovery_dir
    from boothplanner.ui.main_window import MainWindow
    make_app()
    i18n.install("en")
    shutil.rmtree(recovery_dir(), ignore_errors=True)
    w = MainWindow(Document(io.load(DEFAULT_LAYOUT)))
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    w.view.fit_venue()
    QApplication.processEvents()
    yield w
    # Whatever a test did through the window, the layout saves as a file that opens again.
    if not w.document.in_gesture:
        assert io.loads(io.dumps(w.document.layout), "after-the-test.boothplan") == w.document.layout
    w.document._listeners.clear()
    w.files.timer.stop()
    w.files.clear_recovery()
    w.document.history.mark_saved()
    w.close()
    w.deleteLater()
    QApplication.processEvents()


class Mouse:
    """Sends mouse events to the view's viewport at scene positions (metres)."""

    def __init__(self, view):
        self.view = view
        self.buttons = Qt.MouseButton.NoButton

    def at(self, point) -> QPointF:
        self.view.ensureVisible(point[0] - 1, point[1] - 1, 2, 2, 40, 40)
        return QPointF(self.view.mapFromScene(QPointF(*point)))

    def _send(self, kind, pos, button, mods):
        viewport = self.view.viewport()
        event = QMouseEvent(kind, pos, viewport.mapToGlobal(pos), button, self.buttons, mods)
        QApplication.sendEvent(viewport, event)

    def press(self, point, button=Qt.MouseButton.LeftButton, mods=Qt.KeyboardModifier.NoModifier):
        self.buttons = button
        self._send(QEvent.Type.MouseButtonPress, self.at(point), button, mods)

    def press_px(self, pos: QPointF, button=Qt.MouseButton.LeftButton, mods=Qt.KeyboardModifier.NoModifier):
        self.buttons = button
        self._send(QEvent.Type.MouseButtonPress, pos, button, mods)

    def release_px(self, pos: QPointF, button=Qt.MouseButton.LeftButton, mods=Qt.KeyboardModifier.NoModifier):
        self.buttons = Qt.MouseButton.NoButton
        self._send(QEvent.Type.MouseButtonRelease, pos, button, mods)

    def move_px(self, pos: QPointF, mods=Qt.KeyboardModifier.NoModifier):
        self._send(QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, mods)

    def move(self, point, mods=Qt.KeyboardModifier.NoModifier):
        self.move_px(QPointF(self.view.mapFromScene(QPointF(*point))), mods)

    def release(self, point, button=Qt.MouseButton.LeftButton, mods=Qt.KeyboardModifier.NoModifier):
        pos = QPointF(self.view.mapFromScene(QPointF(*point)))
        self.buttons = Qt.MouseButton.NoButton
        self._send(QEvent.Type.MouseButtonRelease, pos, button, mods)

    def drag(self, start, end, steps=8, mods=Qt.KeyboardModifier.NoModifier, release=True):
        self.press(start, mods=mods)
        for k in range(1, steps + 1):
            t = k / steps
            self.move((start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t), mods)
        if release:
            self.release(end, mods=mods)

    def click(self, point, mods=Qt.KeyboardModifier.NoModifier):
        self.press(point, mods=mods)
        self.release(point, mods=mods)


@pytest.fixture
def mouse(window):
    return Mouse(window.view)
