"""The checks dock: findings grouped by severity; a click selects and zooms to the items."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from boothplanner.ui.i18n import tr
from boothplanner.ui.messages import element_label, finding_text


class ChecksPanel(QTreeWidget):
    def __init__(self, window):
        super().__init__()
        self.window = window
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setWordWrap(True)
        self.itemClicked.connect(self._clicked)
        self._shown = None

    def refresh(self) -> None:
        findings = self.window.document.result.findings
        key = tuple((f.code, f.ids, round(f.measured or 0, 3)) for f in findings)
        if key == self._shown:
            return
        self._shown = key
        self.clear()
        groups = (("error", tr("Checks", "Errors (%n)", "", sum(f.severity == "error" for f in findings)), "#c62828"),
                  ("warning", tr("Checks", "Warnings (%n)", "", sum(f.severity == "warning" for f in findings)), "#b26a00"))
        label = element_label(self.window.document.layout)
        for severity, title, colour in groups:
            top = QTreeWidgetItem([title])
            top.setForeground(0, QBrush(QColor(colour)))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.addTopLevelItem(top)
            for finding in findings:
                if finding.severity != severity:
                    continue
                item = QTreeWidgetItem([finding_text(finding, label, self.window.document.layout)])
                item.setToolTip(0, f"{finding.code}: {finding.message}")
                item.setData(0, Qt.ItemDataRole.UserRole, finding)
                top.addChild(item)
            top.setExpanded(True)
        if not findings:
            self.addTopLevelItem(QTreeWidgetItem([tr("Checks", "No problems found")]))

    def _clicked(self, item, _column) -> None:
        finding = item.data(0, Qt.ItemDataRole.UserRole)
        if finding is None:
            return
        layout = self.window.document.layout
        ids = [i for i in finding.ids if layout.element(i) is not None]
        self.window.state.select(ids)
        if ids:
            self.window.view.zoom_to_ids(ids)
