"""Where the program's own files live (default layouts, fonts, translations)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
DEFAULT_LAYOUT = RESOURCES / "layouts" / "ai-seoul-2025.boothplan"
FONTS = RESOURCES / "fonts"
TRANSLATIONS = RESOURCES / "translations"
ICONS = RESOURCES / "icons"
