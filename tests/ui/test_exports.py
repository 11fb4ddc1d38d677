"""Export from the window: the dialog's preview, a background export with progress, and cancel."""

from __future__ import annotations

import pypdfium2


def _text_of(path) -> str:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def test_dialog_previews_and_flags_bad_options(window, qtbot):
    from boothplanner.ui.export_dialog import ExportPdfDialog
    dialog = ExportPdfDialog(window, window.document.layout.copy())
    qtbot.addWidget(dialog)
    assert dialog.update_preview()
    assert not dialog.preview.pixmap().isNull()
    dialog.revision_date.setText("2025-13-45")
    assert not dialog.update_preview()
    assert "YYYY-MM-DD" in dialog.message.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()


def test_export_runs_in_the_background_and_writes_the_plan(window, qtbot, tmp_path):
    from boothplanner.export.options import PlanOptions
    path = tmp_path / "plan.pdf"
    seen = []
    assert window.exports.export_pdf(str(path), PlanOptions(paper="A3", revision="2"))
    window.exports.job.progressed.connect(lambda d, t: seen.append((d, t)))
    qtbot.waitUntil(lambda: not window.exports.busy, timeout=30000)
    text = _text_of(path)
    assert "A-01" in text and "서울AI허브" in text
    assert seen and seen[-1][0] == seen[-1][1]
    assert window.exports.bar.isHidden()


def test_cancelled_export_writes_nothing(window, qtbot, tmp_path):
    path = tmp_path / "maps.pdf"
    assert window.exports.export_maps(str(path))
    window.exports.cancel()
    qtbot.waitUntil(lambda: not window.exports.busy, timeout=30000)
    assert not path.exists()
    assert "cancelled" in window.statusBar().currentMessage()


def test_maps_one_file_each(window, qtbot, tmp_path):
    assert window.exports.export_maps(str(tmp_path), split=True)
    qtbot.waitUntil(lambda: not window.exports.busy, timeout=30000)
    files = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert len(files) == len({b.exhibitor for b in window.document.layout.booths.values() if b.exhibitor})
