"""Analyses too slow to run on every edit (travel distance to the exits) run here, off the UI
thread, a moment after the floor stops changing; their findings join the document's."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, QTimer, Signal

SETTLE_MS = 300


class _TravelJob(QThread):
    done = Signal(int, object)

    def __init__(self, layout, version: int, parent=None):
        super().__init__(parent)
        self.layout, self.version = layout, version

    def run(self) -> None:
        from boothplanner.rules.travel import check_travel_distance
        try:
            findings = check_travel_distance(self.layout)
        except Exception:   # an analysis must never take the window down; the next edit retries
            findings = None
        self.done.emit(self.version, findings)


class BackgroundAnalyses(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.job: _TravelJob | None = None
        self.rerun = False
        self.analysed = None    # (document, version) of the last analysis started
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.start)

    def document_changed(self) -> None:
        """Schedule the analyses when the floor itself changed (not when their own findings arrived)."""
        document = self.window.document
        if document.in_gesture or (document, document.version) == self.analysed:
            return
        self.timer.start()

    @property
    def busy(self) -> bool:
        return self.job is not None or self.timer.isActive()

    def start(self) -> None:
        if self.job is not None:
            self.rerun = True
            return
        document = self.window.document
        self.analysed = (document, document.version)
        # A snapshot: the worker reads its own tables while the user goes on editing.
        self.job = _TravelJob(document.layout.copy(), document.version, self)
        self.job.done.connect(self._done)
        self.job.finished.connect(self._finished)
        self.job.start()

    def shutdown(self) -> None:
        """Before the window goes: a QThread destroyed while running aborts the process."""
        self.timer.stop()
        self.rerun = False
        if self.job is not None:
            self.job.wait()

    def _done(self, version: int, findings) -> None:
        if findings is not None:
            self.window.document.add_findings(version, findings)

    def _finished(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        if self.rerun:
            self.rerun = False
            self.start()
