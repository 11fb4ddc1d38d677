"""The exhibitors dock: search, add, edit, remove, drag onto a booth; selecting one highlights its booths."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QByteArray, QMimeData, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem,
    QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from boothplanner.commands import ReplaceElements, add_elements, remove_exhibitor, unique_id
from boothplanner.model import Exhibitor
from boothplanner.ui.canvas.view import PlanView
from boothplanner.ui.i18n import tr


class ExhibitorList(QListWidget):
    def __init__(self):
        super().__init__()
        self.setDragEnabled(True)
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def mimeData(self, items):
        data = QMimeData()
        if items:
            data.setData(PlanView.MIME, QByteArray(items[0].data(Qt.ItemDataRole.UserRole).encode("utf-8")))
        return data

    def mimeTypes(self):
        return [PlanView.MIME]


class ExhibitorDialog(QDialog):
    def __init__(self, parent, exhibitor: Exhibitor | None):
        super().__init__(parent)
        self.setWindowTitle(tr("Exhibitors", "Exhibitor"))
        form = QFormLayout(self)
        self.name = QLineEdit(exhibitor.name if exhibitor else "")
        self.name_ko = QLineEdit(exhibitor.name_ko if exhibitor else "")
        self.category = QLineEdit(exhibitor.category if exhibitor else "")
        form.addRow(tr("Exhibitors", "Name (English)"), self.name)
        form.addRow(tr("Exhibitors", "Name (Korean)"), self.name_ko)
        form.addRow(tr("Exhibitors", "Category"), self.category)
        # Contact details, as the CSV import reads them; the booth schedule lists them.
        self.contacts = {}
        for key, label in (("contact_name", tr("Exhibitors", "Contact person")), ("email", tr("Exhibitors", "Email")),
                           ("phone", tr("Exhibitors", "Phone")), ("website", tr("Exhibitors", "Website"))):
            self.contacts[key] = QLineEdit(getattr(exhibitor, key) if exhibitor else "")
            form.addRow(label, self.contacts[key])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ExhibitorsPanel(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window = window
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Exhibitors", "Search exhibitors"))
        self.search.setClearButtonEnabled(True)
        self.list = ExhibitorList()
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Exhibitors", "Add…"))
        self.edit_button = QPushButton(tr("Exhibitors", "Edit…"))
        self.remove_button = QPushButton(tr("Exhibitors", "Remove"))
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.search.textChanged.connect(self.refresh)
        self.list.currentItemChanged.connect(self._highlight)
        self.list.itemDoubleClicked.connect(lambda _: self.edit())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)

    @property
    def document(self):
        return self.window.document

    def refresh(self) -> None:
        current = self.current_id()
        needle = self.search.text().strip().casefold()
        self.list.blockSignals(True)
        self.list.clear()
        booths_of: dict[str, list[str]] = {}
        for booth in self.document.layout.booths.values():
            if booth.exhibitor:
                booths_of.setdefault(booth.exhibitor, []).append(booth.number)
        for e in self.document.layout.exhibitors.values():
            text = f"{e.name_ko}  ·  {e.name}" if e.name_ko else e.name
            numbers = ", ".join(sorted(booths_of.get(e.id, [])))
            if numbers:
                text += f"   [{numbers}]"
            if needle and needle not in f"{text} {e.category} {e.id}".casefold():
                continue
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            item.setToolTip(e.category)
            self.list.addItem(item)
            if e.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _highlight(self, *_):
        exhibitor_id = self.current_id()
        booths = [b.id for b in self.document.layout.booths.values() if exhibitor_id and b.exhibitor == exhibitor_id]
        self.window.state.set_highlight(booths)

    def add(self) -> None:
        dialog = ExhibitorDialog(self, None)
        if dialog.exec() != QDialog.DialogCode.Accepted or not (dialog.name.text().strip() or dialog.name_ko.text().strip()):
            return
        e = Exhibitor(unique_id(self.document.layout, "E"), dialog.name.text().strip() or dialog.name_ko.text().strip(),
                      dialog.name_ko.text().strip(), dialog.category.text().strip(),
                      **{key: box.text().strip() for key, box in dialog.contacts.items()})
        self.document.execute(add_elements([e]))

    def edit(self) -> None:
        exhibitor_id = self.current_id()
        if not exhibitor_id:
            return
        old = self.document.layout.exhibitors[exhibitor_id]
        dialog = ExhibitorDialog(self, old)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new = replace(old, name=dialog.name.text().strip() or old.name, name_ko=dialog.name_ko.text().strip(),
                      category=dialog.category.text().strip(),
                      **{key: box.text().strip() for key, box in dialog.contacts.items()})
        if new != old:
            self.document.execute(ReplaceElements("Edit exhibitor", {old.id: old}, {old.id: new}))

    def remove(self) -> None:
        exhibitor_id = self.current_id()
        if not exhibitor_id:
            return
        name = self.document.layout.exhibitors[exhibitor_id].name
        answer = QMessageBox.question(self, tr("Exhibitors", "Remove exhibitor"),
                                      tr("Exhibitors", "Remove %1 and clear it from its booths?").replace("%1", name))
        if answer == QMessageBox.StandardButton.Yes:
            self.document.execute(remove_exhibitor(self.document.layout, exhibitor_id))
