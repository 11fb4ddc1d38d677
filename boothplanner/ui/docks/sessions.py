"""The sessions panel: each talk with its seats, the people expected and who stands (red when
the free floor cannot hold them), and the buttons that add, edit and remove sessions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QHeaderView, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from boothplanner.commands import ReplaceElements, unique_id
from boothplanner.ui import i18n
from boothplanner.ui.i18n import tr
from boothplanner.ui.session_dialog import SessionDialog


class SessionsPanel(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window = window
        outer = QVBoxLayout(self)
        self.sessions = QTreeWidget()
        self.sessions.setRootIsDecorated(False)
        self.sessions.setHeaderLabels([tr("Capacity", "Session"), tr("Capacity", "Seats"),
                                       tr("Capacity", "Expected"), tr("Capacity", "Standing")])
        self.sessions.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.sessions.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        outer.addWidget(self.sessions, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Capacity", "Add session…"))
        self.edit_button = QPushButton(tr("Capacity", "Edit…"))
        self.remove_button = QPushButton(tr("Capacity", "Remove"))
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        outer.addLayout(buttons)
        self.add_button.clicked.connect(self.add_session)
        self.edit_button.clicked.connect(self.edit_session)
        self.remove_button.clicked.connect(self.remove_session)
        self.sessions.itemDoubleClicked.connect(lambda *_: self.edit_session())
        self.sessions.currentItemChanged.connect(self._enable_buttons)
        self._enable_buttons()

    def current_session_id(self) -> str | None:
        item = self.sessions.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _enable_buttons(self, *_) -> None:
        chosen = self.current_session_id() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def add_session(self) -> None:
        layout = self.window.document.layout
        dialog = SessionDialog(self, layout, None, unique_id(layout, "SES-"))
        session = dialog.session() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if session is not None:
            self.window.document.execute(ReplaceElements("Add session", {session.id: None}, {session.id: session}))

    def edit_session(self) -> None:
        layout = self.window.document.layout
        old = layout.sessions.get(self.current_session_id() or "")
        if old is None:
            return
        dialog = SessionDialog(self, layout, old, old.id)
        new = dialog.session() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if new is not None and new != old:
            self.window.document.execute(ReplaceElements("Edit session", {old.id: old}, {old.id: new}))

    def remove_session(self) -> None:
        layout = self.window.document.layout
        old = layout.sessions.get(self.current_session_id() or "")
        if old is not None:
            self.window.document.execute(ReplaceElements("Remove session", {old.id: old}, {old.id: None}))

    def refresh(self) -> None:
        numbers = self.window.document.result.sessions
        current = self.current_session_id()
        self.sessions.clear()
        names = {s.id: s for s in self.window.document.layout.sessions.values()}
        for n in sorted(numbers, key=lambda n: (n.start, n.name)):
            session = names.get(n.session_id)
            title = session.name_ko if session is not None and session.name_ko and i18n.current_language() == "ko" else n.name
            when = n.start[-5:] if n.start else ""
            standing = "" if n.expected is None else (f"{n.standing:,}" if n.standing else "0")
            item = QTreeWidgetItem([f"{when}  {title}", f"{n.seats:,}",
                                    "—" if n.expected is None else f"{n.expected:,}", standing])
            item.setData(0, Qt.ItemDataRole.UserRole, n.session_id)
            if n.standing:
                colour = QColor("#b26a00") if n.floor_holds else QColor("#c62828")
                item.setForeground(3, QBrush(colour))
                holds = (tr("Capacity", "the free floor holds them") if n.floor_holds
                         else tr("Capacity", "the free floor does not hold them"))
                item.setToolTip(3, holds)
            item.setToolTip(0, f"{n.start} – {n.end}  {n.name}")
            self.sessions.addTopLevelItem(item)
            if n.session_id == current:
                self.sessions.setCurrentItem(item)
        self._enable_buttons()
