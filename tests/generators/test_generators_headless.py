"""The generators run with Qt absent (they are plain functions of the model)."""

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generators_import_and_run_with_qt_blocked():
    code = textwrap.dedent("""
        import sys
        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                    raise ImportError("Qt is blocked in this test: " + name)
        sys.meta_path.insert(0, BlockQt())
        from boothplanner.io import load
        from boothplanner.resources import DEFAULT_LAYOUT
        from boothplanner.generators import fill_booths, fill_seating
        layout = load(DEFAULT_LAYOUT)
        assert fill_booths(layout, layout.venue.outline, 3, 3, 3)
        assert fill_seating(layout, layout.venue.outline, "up")
        assert not [m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))]
        print("headless ok")
    """)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "headless ok" in result.stdout
