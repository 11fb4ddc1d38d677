"""Adding and editing a session: its name, time, expected audience and where it sits."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSpinBox,
)

from boothplanner.model import Session
from boothplanner.model.limits import MAX_ATTENDANCE
from boothplanner.ui.i18n import tr
from boothplanner.ui.names import seating_style_name
from boothplanner.venue_edits import section_ids

QT_TIME = "yyyy-MM-dd'T'HH:mm"       # the file's YYYY-MM-DDTHH:MM
SHOWN_TIME = "yyyy-MM-dd HH:mm"
UNKNOWN = -1                          # the audience spin box's "unknown"
PLACES = ("seating", "room", "none")


class SessionDialog(QDialog):
    """Fields for one session; `session()` gives the Session they describe (None while invalid)."""

    def __init__(self, parent, layout, session: Session | None, new_id: str):
        super().__init__(parent)
        self.layout_, self.original, self.new_id = layout, session, new_id
        self.setWindowTitle(tr("Sessions", "Session"))
        form = QFormLayout(self)
        self.name = QLineEdit(session.name if session else "")
        self.name_ko = QLineEdit(session.name_ko if session else "")
        start, end = (session.start, session.end) if session else _next_slot(layout)
        self.start, self.end = _time_edit(start), _time_edit(end)
        self.expected = QSpinBox()
        self.expected.setRange(UNKNOWN, MAX_ATTENDANCE)
        self.expected.setSpecialValueText(tr("Sessions", "unknown"))
        self.expected.setGroupSeparatorShown(True)
        known = session.expected_attendance if session else None
        self.expected.setValue(UNKNOWN if known is None else known)
        self.place = QComboBox()
        self.place.addItem(tr("Sessions", "Seating blocks"), "seating")
        self.rooms = section_ids(layout.venue)
        if len(self.rooms) > 1:
            self.place.addItem(tr("Sessions", "A room"), "room")
        self.place.addItem(tr("Sessions", "No seats: everyone stands"), "none")
        self.blocks = QListWidget()
        chosen = set(session.seating) if session else set()
        for block in layout.seating.values():
            item = QListWidgetItem(f"{block.id}  ·  {seating_style_name(block.style)}  ·  "
                                   + tr("Sessions", "%n seats", "", block.seats))
            item.setData(Qt.ItemDataRole.UserRole, block.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if block.id in chosen else Qt.CheckState.Unchecked)
            self.blocks.addItem(item)
        self.room = QComboBox()
        for room in self.rooms:
            self.room.addItem(room, room)
        self.note = QLineEdit(session.note if session else "")
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c62828")
        form.addRow(tr("Sessions", "Name (English)"), self.name)
        form.addRow(tr("Sessions", "Name (Korean)"), self.name_ko)
        form.addRow(tr("Sessions", "Starts"), self.start)
        form.addRow(tr("Sessions", "Ends"), self.end)
        form.addRow(tr("Sessions", "Expected audience"), self.expected)
        form.addRow(tr("Sessions", "Seats"), self.place)
        form.addRow("", self.blocks)
        form.addRow(tr("Sessions", "Room"), self.room)
        form.addRow(tr("Sessions", "Note"), self.note)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        mode = "room" if session and session.room and len(self.rooms) > 1 else ("none" if session and not session.seating and not session.room else "seating")
        self.place.setCurrentIndex(max(0, self.place.findData(mode)))
        if session and session.room in self.rooms:
            self.room.setCurrentIndex(self.rooms.index(session.room))
        for signal in (self.name.textChanged, self.name_ko.textChanged, self.start.dateTimeChanged,
                       self.end.dateTimeChanged, self.place.currentIndexChanged):
            signal.connect(self._update)
        self._update()

    def _update(self, *_) -> None:
        mode = self.place.currentData()
        self.blocks.setEnabled(mode == "seating")
        self.room.setEnabled(mode == "room")
        problem = self.problem_text()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def problem_text(self) -> str:
        if not (self.name.text().strip() or self.name_ko.text().strip()):
            return tr("Sessions", "Give the session a name.")
        if self.end.dateTime() <= self.start.dateTime():
            return tr("Sessions", "The session must end after it starts.")
        return ""

    def session(self) -> Session | None:
        if self.problem_text():
            return None
        mode = self.place.currentData()
        seating = tuple(self.blocks.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.blocks.count())
                        if self.blocks.item(i).checkState() == Qt.CheckState.Checked) if mode == "seating" else ()
        room = self.room.currentData() if mode == "room" else None
        expected = None if self.expected.value() == UNKNOWN else self.expected.value()
        name = self.name.text().strip() or self.name_ko.text().strip()
        base = self.original
        return Session(base.id if base else self.new_id, name, self.start.dateTime().toString(QT_TIME),
                       self.end.dateTime().toString(QT_TIME), seating, room, expected,
                       self.name_ko.text().strip(), self.note.text().strip(), base.extra if base else {})


def _time_edit(text: str) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime.fromString(text, QT_TIME))
    edit.setDisplayFormat(SHOWN_TIME)
    edit.setCalendarPopup(True)
    return edit


def _next_slot(layout) -> tuple[str, str]:
    """An hour after the last session ends, or 10:00-11:00 on the event's day."""
    if layout.sessions:
        last = QDateTime.fromString(max(s.end for s in layout.sessions.values()), QT_TIME)
    else:
        day = layout.event.date or QDateTime.currentDateTime().toString("yyyy-MM-dd")
        last = QDateTime.fromString(f"{day}T10:00", QT_TIME)
    return last.toString(QT_TIME), last.addSecs(3600).toString(QT_TIME)
