"""File > Import exhibitors… and File > Export booth schedule…: the CSV and schedule code, from the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from boothplanner.ui.i18n import tr


class ExhibitorFiles:
    def __init__(self, window):
        self.window = window

    def import_csv(self, path: str | None = None) -> bool:
        """Import an exhibitor list as one undoable step, or explain every bad row and change nothing."""
        from boothplanner.exhibitors.csv_import import CsvImportError, plan_exhibitor_import
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, tr("Files", "Import exhibitors"), str(Path.home()),
                                                  tr("Files", "CSV files (*.csv *.txt);;All files (*)"))
            if not path:
                return False
        document = self.window.document
        try:
            plan = plan_exhibitor_import(document.layout, path)
        except CsvImportError as error:
            box = QMessageBox(self.window)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(tr("Files", "Nothing imported"))
            box.setText(tr("Files", "The list has %n problem(s); nothing was imported.", "", len(error.problems)))
            box.setInformativeText(error.summary())
            box.setDetailedText(error.details())
            box.exec()
            return False
        if not plan.command.after:
            self.window.statusBar().showMessage(tr("Files", "The list changes nothing: every exhibitor is already here."), 6000)
            return False
        document.execute(plan.command)
        self.window.statusBar().showMessage(f"{Path(path).name}: {plan.summary()}", 8000)
        return True

    def export_schedule(self, path: str | None = None) -> bool:
        """The booth schedule as CSV (for Excel) or PDF, chosen by the file name."""
        if path is None:
            suggested = str(Path.home() / "booth-schedule.csv")
            path, _ = QFileDialog.getSaveFileName(self.window, tr("Files", "Export booth schedule"), suggested,
                                                  tr("Files", "CSV for Excel (*.csv);;PDF (*.pdf)"))
            if not path:
                return False
        from boothplanner.exhibitors.schedule_files import write_schedule
        try:
            write_schedule(self.window.document.layout, Path(path))
        except OSError as exc:
            QMessageBox.critical(self.window, tr("Files", "Cannot save"),
                                 tr("Files", "%1 could not be saved: %2. The previous version is unchanged.")
                                 .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return False
        self.window.statusBar().showMessage(tr("Files", "Saved %1").replace("%1", str(path)), 5000)
        return True
