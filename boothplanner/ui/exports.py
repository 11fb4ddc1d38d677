"""File > Export PDF… and File > Export exhibitor maps…: run in the background, progress in the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressBar, QPushButton

from boothplanner.ui.export_dialog import ExportPdfDialog
from boothplanner.ui.export_job import ExportJob
from boothplanner.ui.i18n import tr


class Exports:
    def __init__(self, window):
        self.window = window
        self.job: ExportJob | None = None
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.cancel_button = QPushButton(tr("Export", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.bar, self.cancel_button):
            window.statusBar().addPermanentWidget(widget)
            widget.hide()

    @property
    def busy(self) -> bool:
        return self.job is not None

    def _default_name(self, suffix: str) -> str:
        document = self.window.document
        stem = document.path.stem if document.path else (document.layout.event.name or "layout").replace(" ", "-")
        folder = document.path.parent if document.path else Path.home()
        return str(folder / f"{stem}{suffix}")

    def export_pdf(self, path: str | None = None, options=None) -> bool:
        """Ask for options and a file, then write the plan sheet in the background."""
        if self.busy:
            return False
        snapshot = self.window.document.layout.copy()
        if options is None:
            dialog = ExportPdfDialog(self.window, snapshot)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            options = dialog.options()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.window, tr("Export", "Export plan PDF"),
                                                  self._default_name("-plan.pdf"), "PDF (*.pdf)")
            if not path:
                return False
        from boothplanner.export.sheet import export_plan
        self._start(lambda progress: export_plan(snapshot, path, options, progress), path)
        return True

    def export_maps(self, path: str | None = None, split: bool = False) -> bool:
        """Every exhibitor's booth map, in one PDF or one file each in a folder, in the background."""
        if self.busy:
            return False
        snapshot = self.window.document.layout.copy()
        if path is None:
            if split:
                path = QFileDialog.getExistingDirectory(self.window, tr("Export", "Folder for the exhibitor maps"),
                                                        str(Path(self._default_name("")).parent))
            else:
                path, _ = QFileDialog.getSaveFileName(self.window, tr("Export", "Export exhibitor maps"),
                                                      self._default_name("-booth-maps.pdf"), "PDF (*.pdf)")
            if not path:
                return False
        from boothplanner.export.maps import export_booth_maps, export_split_maps
        work = export_split_maps if split else export_booth_maps
        self._start(lambda progress: work(snapshot, path, progress), path)
        return True

    def _start(self, work, target: str) -> None:
        self.job = ExportJob(work, self.window)
        self.job.progressed.connect(self._progressed)
        self.job.succeeded.connect(lambda _result: self._done(tr("Export", "Exported %1").replace("%1", target)))
        self.job.cancelled.connect(lambda: self._done(tr("Export", "Export cancelled; nothing was written.")))
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self._finished)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel_button.show()
        self.job.start()

    def shutdown(self) -> None:
        """Before the window goes: stop any export (writing nothing) and wait for its thread."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _done(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)

    def _failed(self, message: str) -> None:
        QMessageBox.critical(self.window, tr("Export", "Export failed"),
                             tr("Export", "Nothing was written.") + "\n\n" + message)

    def _finished(self) -> None:
        self.bar.hide()
        self.cancel_button.hide()
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
