"""The main window: canvas, docks, menus, status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QScrollArea

from boothplanner.commands import assign_exhibitor
from boothplanner.document import Document
from boothplanner.ui import i18n
from boothplanner.ui.analysis import BackgroundAnalyses
from boothplanner.ui.canvas.handles import VENUE
from boothplanner.ui.canvas.rulers import Rulers
from boothplanner.ui.canvas.state import CanvasState
from boothplanner.ui.canvas.view import RULER_PX, PlanView
from boothplanner.ui.docks.capacity import CapacityPanel
from boothplanner.ui.docks.checks import ChecksPanel
from boothplanner.ui.docks.exhibitors import ExhibitorsPanel
from boothplanner.ui.docks.inspector import Inspector
from boothplanner.ui.docks.palette import Palette
from boothplanner.ui.docks.sessions import SessionsPanel
from boothplanner.ui.edit_ops import EditOps
from boothplanner.ui.exhibitor_files import ExhibitorFiles
from boothplanner.ui.exports import Exports
from boothplanner.ui.files import FileController
from boothplanner.ui.fill import Fill
from boothplanner.ui.i18n import tr
from boothplanner.ui.menus import build_menus
from boothplanner.ui.messages import command_text
from boothplanner.ui.tools.place import (
    DrawPolygonTool, PlaceBoothTool, PlaceExitTool, PlaceFireTool, PlaceSeatingTool,
)
from boothplanner.ui.tools.partition import PlacePartitionTool
from boothplanner.ui.tools.select import SelectTool


class MainWindow(QMainWindow):
    def __init__(self, document: Document):
        super().__init__()
        self.document = document
        self.state = CanvasState()
        self.view = PlanView(document, self.state, self)
        self.view.rulers = Rulers(self.view, RULER_PX)
        self.setCentralWidget(self.view)
        self.edit = EditOps(self)
        self.files = FileController(self)
        self.exhibitor_files = ExhibitorFiles(self)
        self.exports = Exports(self)
        self.fill = Fill(self)
        self.analyses = BackgroundAnalyses(self)
        self.docks = {}
        self._build_docks()
        self.position_label = QLabel()
        self.statusBar().addPermanentWidget(self.position_label)
        self.view.cursor_moved.connect(self._show_position)
        self.view.exhibitor_dropped.connect(self._assign_dropped)
        self.state.selection_changed.connect(self._selection_changed)
        self.state.overlay_changed.connect(self.view.floor.update)
        self._frame_refresh = QTimer(self)
        self._frame_refresh.setSingleShot(True)
        self._frame_refresh.setInterval(0)
        self._frame_refresh.timeout.connect(self._refresh_panels)
        self.actions: dict[str, QAction] = {}
        build_menus(self)
        self.use_tool("select")
        self.set_document(document)
        self.resize(1400, 900)
        self._size_docks()

    def _build_docks(self) -> None:
        self.inspector = Inspector(self)
        self.exhibitors = ExhibitorsPanel(self)
        self.sessions = SessionsPanel(self)
        self.checks = ChecksPanel(self)
        self.capacity = CapacityPanel(self)
        self.palette = Palette(self)
        right, left = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.LeftDockWidgetArea
        self._dock("palette", tr("Main", "Palette"), self.palette, left)
        self._dock("inspector", tr("Main", "Inspector"), self.inspector, right, scroll=True)
        self._dock("exhibitors", tr("Main", "Exhibitors"), self.exhibitors, right)
        self._dock("sessions", tr("Main", "Sessions"), self.sessions, right)
        self._dock("capacity", tr("Main", "Capacity"), self.capacity, left)
        self._dock("checks", tr("Main", "Checks"), self.checks, Qt.DockWidgetArea.BottomDockWidgetArea)
        # Exhibitors and sessions share the place under the inspector, one tab each.
        self.tabifyDockWidget(self.docks["exhibitors"], self.docks["sessions"])
        self.docks["exhibitors"].raise_()

    def _size_docks(self) -> None:
        d = self.docks
        self.resizeDocks([d["inspector"], d["exhibitors"]], [430, 330], Qt.Orientation.Vertical)
        self.resizeDocks([d["checks"]], [140], Qt.Orientation.Vertical)
        self.resizeDocks([d["palette"], d["inspector"]], [250, 330], Qt.Orientation.Horizontal)

    def _dock(self, key, title, widget, area, scroll=False) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(key)
        if scroll:
            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setWidget(widget)
            widget = holder
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[key] = dock

    # -- document ----------------------------------------------------------------------
    def set_document(self, document: Document) -> None:
        if self.document is not document and self.document.in_gesture:
            self.document.cancel_gesture()
        self.document = document
        document.subscribe(self._document_changed)
        self.state.selection = set()
        self.state.highlight = set()
        self.view.set_document(document)
        self.view.fit_venue()
        self._refresh_panels()
        self.inspector.rebuild()
        self.update_title()
        self.analyses.document_changed()

    def _document_changed(self, changed: set) -> None:
        if not self.document.in_gesture:
            # Elements removed by undo must leave the selection too.
            self.state.selection = {i for i in self.state.selection
                                    if i == VENUE or self.document.layout.element(i) is not None}
        self.view.floor.refresh_bounds()
        self.view.floor.update()
        if self.document.in_gesture:
            self.checks.refresh()
            self.capacity.refresh()
            self.sessions.refresh()
        else:
            self._frame_refresh.start()
        self.update_undo_actions()
        self.update_title()
        self.analyses.document_changed()

    def _refresh_panels(self) -> None:
        self.checks.refresh()
        self.capacity.refresh()
        self.sessions.refresh()
        self.exhibitors.refresh()
        self.inspector.rebuild()
        self.update_undo_actions()

    def update_title(self) -> None:
        name = self.document.title
        self.setWindowTitle(f"{name}[*] — Boothplanner")
        self.setWindowModified(self.document.is_modified)

    def update_undo_actions(self) -> None:
        undo, redo = self.actions.get("undo"), self.actions.get("redo")
        if undo is None:
            return
        history = self.document.history
        undo.setEnabled(history.can_undo())
        redo.setEnabled(history.can_redo())
        undo.setText(tr("Main", "&Undo %1").replace("%1", command_text(history.undo_label() or "")).strip())
        redo.setText(tr("Main", "&Redo %1").replace("%1", command_text(history.redo_label() or "")).strip())

    def _selection_changed(self) -> None:
        self.view.floor.update()
        self.inspector.rebuild()

    def _show_position(self, x: float, y: float) -> None:
        self.position_label.setText(f"x {x:8.2f} m   y {y:8.2f} m   {self.view.pixels_per_metre:.1f} px/m")

    def _assign_dropped(self, exhibitor_id: str, booth_id: str) -> None:
        if exhibitor_id in self.document.layout.exhibitors:
            self.document.execute(assign_exhibitor(self.document.layout, [booth_id], exhibitor_id))
            self.state.select([booth_id])

    # -- tools ----------------------------------------------------------------------
    def use_tool(self, name: str, **options) -> None:
        if self.view.tool is not None:
            self.view.tool.cancel()
        view = self.view
        if name == "booth":
            tool, key = PlaceBoothTool(view, options["size"]), next(
                (k for k in self.palette.buttons if k.startswith("booth:") and self._size_key(k) == options["size"]), "booth:custom")
        elif name == "seating":
            tool, key = PlaceSeatingTool(view), "seating"
        elif name == "area":
            tool, key = DrawPolygonTool(view, "area", options["kind"]), f"area:{options['kind']}"
        elif name == "venue":
            tool, key = DrawPolygonTool(view, "venue", ""), "venue"
        elif name == "obstacle":
            tool, key = DrawPolygonTool(view, "obstacle", "column"), "obstacle"
        elif name == "exit":
            tool, key = PlaceExitTool(view), "exit"
        elif name == "fire":
            tool, key = PlaceFireTool(view, options["kind"]), f"fire:{options['kind']}"
        elif name == "partition":
            tool, key = PlacePartitionTool(view), "partition"
        else:
            tool, key = SelectTool(view), "select"
        view.tool = tool
        self.palette.show_active(key)
        view.viewport().setCursor(Qt.CursorShape.ArrowCursor if key == "select" else Qt.CursorShape.CrossCursor)
        view.setFocus()

    def _size_key(self, key):
        from boothplanner.ui.docks.palette import BOOTH_SIZES
        return dict((f"booth:{label}", size) for label, size in BOOTH_SIZES).get(key)

    # -- language ----------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        i18n.install(language)
        self.files.settings.setValue("language", language)
        self.retranslate()

    def retranslate(self) -> None:
        """Rebuild every text: simplest and exact, since all widgets take their strings from tr()."""
        geometry = self.saveGeometry()
        self.menuBar().clear()
        self.actions.clear()
        for key, dock in list(self.docks.items()):
            self.removeDockWidget(dock)
            dock.deleteLater()
        self.docks.clear()
        self._build_docks()
        build_menus(self)
        self.use_tool("select")
        self._refresh_panels()
        self.restoreGeometry(geometry)
        self._size_docks()
        self.update_title()

    def rebuild_recent_menu(self) -> None:
        menu = getattr(self, "recent_menu", None)
        if menu is None:
            return
        menu.clear()
        for path in self.files.recent():
            action = menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.files.open(p))
        menu.setEnabled(bool(menu.actions()))

    def restore_layout(self) -> bool:
        """Window size and dock arrangement as the user left them; False on a first start."""
        geometry = self.files.settings.value("window/geometry")
        state = self.files.settings.value("window/state")
        if geometry is None:
            return False
        self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        return True

    def closeEvent(self, event) -> None:
        if self.files.confirm_discard():
            self.exports.shutdown()
            self.analyses.shutdown()
            self.files.clear_recovery()
            self.files.settings.setValue("window/geometry", self.saveGeometry())
            self.files.settings.setValue("window/state", self.saveState())
            event.accept()
        else:
            event.ignore()


def _install_window_slots():
    """Small slots the menus call; kept here so menus.py stays declarative."""

    def document_undo(self):
        if self.document.in_gesture:
            self.view.tool.cancel()
        self.document.undo()

    def document_redo(self):
        self.document.redo()

    def select_all(self):
        layout = self.document.layout
        self.state.select(list(layout.booths) + list(layout.seating) + list(layout.areas))

    def set_grid(self, on):
        self.state.show_grid = on
        self.view.viewport().update()

    def set_snap(self, on):
        self.state.snap = on

    def set_colour_by(self, key):
        self.state.colour_by = key
        self.view.viewport().update()

    for f in (document_undo, document_redo, select_all, set_grid, set_snap, set_colour_by):
        setattr(MainWindow, f.__name__, f)


_install_window_slots()
