"""Interface language: Qt translators for Korean and English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from boothplanner.resources import TRANSLATIONS

LANGUAGES = {"en": "English", "ko": "한국어"}
_installed: list[QTranslator] = []


def system_language() -> str:
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def install(language: str) -> bool:
    """Switch the application's translator; True when a translation was loaded (English needs none)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        return True
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS / f"boothplanner_{language}.qm")):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    # Qt's own strings (OK and Cancel, file dialogs, message boxes) from the translations Qt
    # ships; optional, since a trimmed Qt may lack them.
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return True


def current_language() -> str:
    return "ko" if _installed else "en"


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate; with n, "%n" becomes the number (and Korean needs no plural forms)."""
    result = QCoreApplication.translate(context, text, disambiguation or None, n)
    return result.replace("%n", str(n)) if n >= 0 else result
