"""File > Export PDF…: paper, orientation, scale, colours and revision, with a preview of the first page."""

from __future__ import annotations

import io as stdio

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout,
)

from boothplanner.ui.i18n import tr

PAPERS = ("A4", "A3", "A2", "A1", "A0", "letter", "tabloid", "arch-d")
SCALES = (None, 50, 100, 200, 250, 500, 1000, "fit")
PREVIEW_PX = 420


def render_first_page(pdf: bytes, width_px: int) -> QImage:
    """The first page of a PDF as an image `width_px` wide (pdfium, as the tests read PDFs)."""
    import pypdfium2
    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        scale = width_px / page.get_width()
        bitmap = page.render(scale=scale, rev_byteorder=True)
        array = bitmap.to_numpy()
        height, width = array.shape[:2]
        channels = array.shape[2] if array.ndim == 3 else 1
        fmt = QImage.Format.Format_RGB888 if channels == 3 else QImage.Format.Format_RGBX8888
        return QImage(array.tobytes(), width, height, width * channels, fmt).copy()
    finally:
        document.close()


class ExportPdfDialog(QDialog):
    def __init__(self, window, layout):
        super().__init__(window)
        self.setWindowTitle(tr("Export", "Export plan PDF"))
        self.layout_snapshot = layout
        form = QFormLayout()
        self.paper = QComboBox()
        for p in PAPERS:
            self.paper.addItem(p, p)
        self.paper.setCurrentIndex(PAPERS.index("A3"))
        self.orientation = QComboBox()
        for key, text in (("auto", tr("Export", "Whichever fits best")), ("landscape", tr("Export", "Landscape")),
                          ("portrait", tr("Export", "Portrait"))):
            self.orientation.addItem(text, key)
        self.scale = QComboBox()
        for s in SCALES:
            text = (tr("Export", "Largest standard scale that fits") if s is None else
                    tr("Export", "Fill the paper") if s == "fit" else f"1:{s}")
            self.scale.addItem(text, s)
        self.tile = QComboBox()
        for key, text in ((None, tr("Export", "One sheet")), ("A4", tr("Export", "Tiled on A4 pages")),
                          ("A3", tr("Export", "Tiled on A3 pages"))):
            self.tile.addItem(text, key)
        self.colour_by = QComboBox()
        self.colour_by.addItem(tr("Export", "Booth status"), "status")
        self.colour_by.addItem(tr("Export", "Exhibitor category"), "category")
        self.revision = QLineEdit()
        self.revision_date = QLineEdit()
        self.revision_date.setPlaceholderText("YYYY-MM-DD")
        self.prepared_by = QLineEdit()
        form.addRow(tr("Export", "Paper"), self.paper)
        form.addRow(tr("Export", "Orientation"), self.orientation)
        form.addRow(tr("Export", "Scale"), self.scale)
        form.addRow(tr("Export", "Printing"), self.tile)
        form.addRow(tr("Export", "Colour booths by"), self.colour_by)
        form.addRow(tr("Export", "Revision"), self.revision)
        form.addRow(tr("Export", "Revision date"), self.revision_date)
        form.addRow(tr("Export", "Prepared by"), self.prepared_by)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828")
        form.addRow(self.message)
        self.preview = QLabel(tr("Export", "Preview…"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_PX, int(PREVIEW_PX * 0.72))
        self.preview.setStyleSheet("background: #9aa3ad")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addLayout(form)
        row.addWidget(self.preview, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(row)
        outer.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_preview)
        for combo in (self.paper, self.orientation, self.scale, self.tile, self.colour_by):
            combo.currentIndexChanged.connect(self._timer.start)
        for edit in (self.revision, self.revision_date, self.prepared_by):
            edit.editingFinished.connect(self._timer.start)
        self._timer.start()

    def options(self):
        from boothplanner.export.options import PlanOptions
        return PlanOptions(
            paper=self.paper.currentData(), orientation=self.orientation.currentData(),
            scale=self.scale.currentData(), tile=self.tile.currentData(), colour_by=self.colour_by.currentData(),
            revision=self.revision.text(), revision_date=self.revision_date.text().strip(),
            prepared_by=self.prepared_by.text(),
        )

    def update_preview(self) -> bool:
        """Render the first page with these options; a bad option is shown, not raised."""
        from boothplanner.export.page import OptionError
        from boothplanner.export.sheet import export_plan
        buffer = stdio.BytesIO()
        try:
            export_plan(self.layout_snapshot, buffer, self.options())
        except OptionError as exc:
            self.message.setText(str(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return False
        self.message.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        image = render_first_page(buffer.getvalue(), PREVIEW_PX)
        self.preview.setPixmap(QPixmap.fromImage(image).scaled(
            self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        return True
