"""Exports run on a worker thread with progress and cancel, so the window stays responsive."""

from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QThread, Signal


class ExportJob(QThread):
    """Runs `work(progress)` off the UI thread; `progress(done, total)` returns False once cancelled.

    The work must only read its own snapshot of the layout (Layout.copy(): new tables,
    shared immutable elements), never the live document.
    """
    progressed = Signal(int, int)
    failed = Signal(str)
    succeeded = Signal(object)
    cancelled = Signal()

    def __init__(self, work, parent=None):
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        from boothplanner.export.pdfdoc import Cancelled
        from boothplanner.export.page import OptionError
        try:
            result = self._work(self._progress)
        except Cancelled:
            self.cancelled.emit()
        except (OptionError, OSError) as exc:
            self.failed.emit(str(exc.strerror if isinstance(exc, OSError) and exc.strerror else exc))
        except Exception:   # a bug must reach the user as a message, not kill the thread silently
            self.failed.emit(traceback.format_exc(limit=3))
        else:
            self.succeeded.emit(result)
