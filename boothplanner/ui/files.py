"""File handling in the window: new, open, save, recent files, autosave and crash recovery."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from boothplanner import io
from boothplanner.document import Document
from boothplanner.io.atomic import write_atomically
from boothplanner.model import Layout, Venue
from boothplanner.resources import DEFAULT_LAYOUT
from boothplanner.ui.i18n import tr

FILTER = "Boothplanner layouts (*.boothplan);;All files (*)"
AUTOSAVE_MS = 30_000
MAX_RECENT = 8


def recovery_dir() -> Path:
    base = os.environ.get("BOOTHPLANNER_DATA_DIR") or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    path = Path(base or Path.home() / ".boothplanner")
    path.mkdir(parents=True, exist_ok=True)
    return path


def recovery_file() -> Path:
    return recovery_dir() / "recovery.boothplan"


def empty_layout() -> Layout:
    return Layout(venue=Venue(name="", outline=((0.0, 0.0), (40.0, 0.0), (40.0, 25.0), (0.0, 25.0))))


class FileController:
    def __init__(self, window):
        self.window = window
        self.settings = QSettings("Boothplanner", "Boothplanner")
        self.timer = QTimer(window)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave)
        self.timer.start()

    @property
    def document(self) -> Document:
        return self.window.document

    # -- prompts ------------------------------------------------------------
    def confirm_discard(self) -> bool:
        """True when it is fine to drop the current document (saved, or the user said so)."""
        if not self.document.is_modified:
            return True
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Files", "Unsaved changes"))
        box.setText(tr("Files", "Save changes to %1 before closing it?").replace("%1", self.document.title))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def show_load_error(self, error: io.LoadError) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(tr("Files", "Cannot open file"))
        box.setText(tr("Files", "This file cannot be opened. Nothing you had open was changed."))
        box.setInformativeText(error.summary())
        box.setDetailedText(error.details())
        box.exec()

    # -- commands ------------------------------------------------------------
    def new(self, from_default: bool = False) -> None:
        if not self.confirm_discard():
            return
        if from_default:
            layout = io.load(DEFAULT_LAYOUT)
        else:
            layout = empty_layout()
        self.window.set_document(Document(layout))
        self.clear_recovery()

    def open(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, tr("Files", "Open layout"), self._last_dir(), FILTER)
            if not path:
                return False
        if not self.confirm_discard():
            return False
        try:
            document = Document.open(path)
        except io.LoadError as error:
            self.show_load_error(error)
            return False
        self.window.set_document(document)
        self.add_recent(path)
        self.clear_recovery()
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        suggested = str(self.document.path or Path(self._last_dir()) / "layout.boothplan")
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Files", "Save layout as"), suggested, FILTER)
        if not path:
            return False
        if not path.endswith(".boothplan"):
            path += ".boothplan"
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except OSError as exc:
            QMessageBox.critical(self.window, tr("Files", "Cannot save"),
                                 tr("Files", "%1 could not be saved: %2. The previous version is unchanged.")
                                 .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return False
        self.add_recent(str(path))
        self.clear_recovery()
        self.window.update_title()
        self.window.statusBar().showMessage(tr("Files", "Saved %1").replace("%1", str(path)), 4000)
        return True

    # -- recent files ------------------------------------------------------------
    def recent(self) -> list[str]:
        value = self.settings.value("recent", [])
        if isinstance(value, str):
            value = [value]
        return [p for p in (value or []) if Path(p).exists()]

    def add_recent(self, path: str) -> None:
        path = str(Path(path).resolve())
        items = [path] + [p for p in self.recent() if p != path]
        self.settings.setValue("recent", items[:MAX_RECENT])
        self.window.rebuild_recent_menu()

    def _last_dir(self) -> str:
        recent = self.recent()
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    # -- autosave and recovery -------------------------------------------------------
    def autosave(self) -> None:
        if not self.document.is_modified:
            return
        data = io.dumps(self.document.layout).encode("utf-8")
        try:
            write_atomically(recovery_file(), data)
            meta = {"path": str(self.document.path) if self.document.path else None}
            write_atomically(recovery_file().with_suffix(".json"), json.dumps(meta).encode("utf-8"))
        except OSError:
            self.window.statusBar().showMessage(tr("Files", "Autosave failed; save your work."), 8000)

    def clear_recovery(self) -> None:
        for p in (recovery_file(), recovery_file().with_suffix(".json")):
            p.unlink(missing_ok=True)

    def offer_recovery(self) -> bool:
        """After a crash, ask whether to restore the autosaved layout; True if restored."""
        path = recovery_file()
        if not path.exists():
            return False
        answer = QMessageBox.question(
            self.window, tr("Files", "Restore unsaved work?"),
            tr("Files", "Boothplanner did not close normally. Restore the layout autosaved before it stopped?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            self.clear_recovery()
            return False
        try:
            layout = io.load(path)
        except io.LoadError as error:
            self.show_load_error(error)
            self.clear_recovery()
            return False
        original = None
        try:
            original = json.loads(recovery_file().with_suffix(".json").read_text("utf-8")).get("path")
        except (OSError, ValueError):
            pass
        document = Document(layout, None)
        document.history.mark_unsaved()   # restored work is unsaved until the user saves it
        document.recovered_from = original
        self.window.set_document(document)
        if original:
            document.path = Path(original)
        self.window.update_title()
        return True
