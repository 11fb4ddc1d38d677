"""Starting the desktop program."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from boothplanner import io
from boothplanner.document import Document
from boothplanner.resources import DEFAULT_LAYOUT
from boothplanner.ui import i18n
from boothplanner.ui.files import empty_layout
from boothplanner.ui.fonts import load_bundled_fonts


def make_app(argv=None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Boothplanner")
    app.setOrganizationName("Boothplanner")
    load_bundled_fonts()
    return app


def initial_document(path: str | None) -> tuple[Document, io.LoadError | None]:
    """The document to start with: the file asked for, else the default layout; and the error, if the file failed."""
    if path:
        try:
            return Document.open(path), None
        except io.LoadError as error:
            failure = error
    else:
        failure = None
    try:
        return Document(io.load(DEFAULT_LAYOUT), None), failure
    except io.LoadError:
        return Document(empty_layout(), None), failure


def run(path: str | None = None, language: str | None = None) -> int:
    app = make_app()
    language = language or QSettings("Boothplanner", "Boothplanner").value("language") or i18n.system_language()
    i18n.install(language)
    from boothplanner.ui.main_window import MainWindow
    document, failure = initial_document(path)
    window = MainWindow(document)
    if not window.restore_layout():
        window.showMaximized()
    else:
        window.show()
    if failure is not None:
        window.files.show_load_error(failure)
    else:
        window.files.offer_recovery()
    return app.exec()
