"""Menus, actions and keyboard shortcuts of the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMessageBox

from boothplanner import __version__
from boothplanner.ui import i18n
from boothplanner.ui.i18n import tr


def _action(window, key, text, slot, shortcut=None, checkable=False, checked=False, canvas_only=False) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
    if checkable:
        action.setCheckable(True)
        action.setChecked(checked)
        action.toggled.connect(slot)
    else:
        action.triggered.connect(lambda _=False: slot())
    if canvas_only:
        # Arrow keys and single letters belong to text fields when those have focus.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.view.addAction(action)
    window.actions[key] = action
    return action


def build_menus(window) -> None:
    bar = window.menuBar()
    files, edit, state, view = window.files, window.edit, window.state, window.view
    K = QKeySequence.StandardKey

    m = bar.addMenu(tr("Main", "&File"))
    m.addAction(_action(window, "new", tr("Main", "&New empty room"), lambda: files.new(False), K.New))
    m.addAction(_action(window, "new_default", tr("Main", "New from the &AI SEOUL 2025 layout"), lambda: files.new(True)))
    m.addAction(_action(window, "open", tr("Main", "&Open…"), lambda: files.open(), K.Open))
    window.recent_menu = m.addMenu(tr("Main", "Open &recent"))
    window.rebuild_recent_menu()
    m.addSeparator()
    m.addAction(_action(window, "save", tr("Main", "&Save"), files.save, K.Save))
    m.addAction(_action(window, "save_as", tr("Main", "Save &as…"), files.save_as, K.SaveAs))
    m.addSeparator()
    m.addAction(_action(window, "export_pdf", tr("Main", "&Export plan PDF…"), lambda: window.exports.export_pdf(), "Ctrl+E"))
    m.addAction(_action(window, "export_maps", tr("Main", "Export exhibitor &maps…"), lambda: window.exports.export_maps()))
    m.addAction(_action(window, "export_maps_split", tr("Main", "Export exhibitor maps, one &file each…"),
                        lambda: window.exports.export_maps(split=True)))
    m.addSeparator()
    m.addAction(_action(window, "import_exhibitors", tr("Main", "&Import exhibitors…"), lambda: window.exhibitor_files.import_csv()))
    m.addAction(_action(window, "export_schedule", tr("Main", "Export booth &schedule…"), lambda: window.exhibitor_files.export_schedule()))
    m.addSeparator()
    m.addAction(_action(window, "quit", tr("Main", "&Quit"), window.close, K.Quit))

    m = bar.addMenu(tr("Main", "&Edit"))
    m.addAction(_action(window, "undo", tr("Main", "&Undo"), window.document_undo, K.Undo))
    m.addAction(_action(window, "redo", tr("Main", "&Redo"), window.document_redo, [QKeySequence(K.Redo), QKeySequence("Ctrl+Y")][0:2]))
    m.addSeparator()
    m.addAction(_action(window, "cut", tr("Main", "Cu&t"), edit.cut, K.Cut, canvas_only=True))
    m.addAction(_action(window, "copy", tr("Main", "&Copy"), edit.copy, K.Copy, canvas_only=True))
    m.addAction(_action(window, "paste", tr("Main", "&Paste"), edit.paste, K.Paste, canvas_only=True))
    m.addAction(_action(window, "duplicate", tr("Main", "D&uplicate"), edit.duplicate, "Ctrl+D", canvas_only=True))
    m.addAction(_action(window, "delete", tr("Main", "&Delete"), edit.delete, [QKeySequence(Qt.Key.Key_Delete), QKeySequence(Qt.Key.Key_Backspace)], canvas_only=True))
    m.addSeparator()
    m.addAction(_action(window, "select_all", tr("Main", "Select &all"), window.select_all, K.SelectAll, canvas_only=True))
    m.addAction(_action(window, "rotate", tr("Main", "&Rotate 90°"), lambda: edit.rotate(90), "R", canvas_only=True))
    align = m.addMenu(tr("Main", "A&lign"))
    for key, text in (("left", tr("Main", "Left edges")), ("right", tr("Main", "Right edges")),
                      ("top", tr("Main", "Top edges")), ("bottom", tr("Main", "Bottom edges")),
                      ("hcenter", tr("Main", "Centres horizontally")), ("vcenter", tr("Main", "Centres vertically"))):
        align.addAction(_action(window, f"align_{key}", text, lambda k=key: edit.align(k)))
    distribute = m.addMenu(tr("Main", "Dis&tribute"))
    distribute.addAction(_action(window, "distribute_x", tr("Main", "Horizontally"), lambda: edit.distribute("x")))
    distribute.addAction(_action(window, "distribute_y", tr("Main", "Vertically"), lambda: edit.distribute("y")))
    for key, dx, dy, seq in (("left", -1, 0, Qt.Key.Key_Left), ("right", 1, 0, Qt.Key.Key_Right),
                             ("up", 0, -1, Qt.Key.Key_Up), ("down", 0, 1, Qt.Key.Key_Down)):
        _action(window, f"nudge_{key}", tr("Main", "Nudge"), lambda dx=dx, dy=dy: edit.nudge(0.1 * dx, 0.1 * dy), QKeySequence(seq), canvas_only=True)
        _action(window, f"nudge_{key}_big", tr("Main", "Nudge 1 m"), lambda dx=dx, dy=dy: edit.nudge(dx, dy),
                QKeySequence(Qt.KeyboardModifier.ShiftModifier | seq), canvas_only=True)

    m = bar.addMenu(tr("Main", "&Tools"))
    m.addAction(_action(window, "fill_booths", tr("Main", "Fill with &booths…"), lambda: window.fill.start("booths")))
    m.addAction(_action(window, "fill_seating", tr("Main", "Fill with &seating…"), lambda: window.fill.start("seating")))

    m = bar.addMenu(tr("Main", "&View"))
    m.addAction(_action(window, "zoom_in", tr("Main", "Zoom &in"), lambda: view.zoom_by(1.25), [QKeySequence(K.ZoomIn), QKeySequence("Ctrl+=")]))
    m.addAction(_action(window, "zoom_out", tr("Main", "Zoom &out"), lambda: view.zoom_by(0.8), K.ZoomOut))
    m.addAction(_action(window, "fit", tr("Main", "&Fit venue"), view.fit_venue, "Ctrl+0"))
    m.addAction(_action(window, "zoom_selection", tr("Main", "Zoom to &selection"), lambda: view.zoom_to_ids(state.selection), "Ctrl+3"))
    m.addSeparator()
    m.addAction(_action(window, "grid", tr("Main", "Show &grid"), window.set_grid, "Ctrl+G", checkable=True, checked=state.show_grid))
    m.addAction(_action(window, "snap", tr("Main", "S&nap to grid and edges"), window.set_snap, "Ctrl+Shift+S", checkable=True, checked=state.snap))
    colours = m.addMenu(tr("Main", "&Colour booths by"))
    group = QActionGroup(window)
    for key, text in (("status", tr("Main", "Status")), ("category", tr("Main", "Category"))):
        a = _action(window, f"colour_{key}", text, lambda on, k=key: on and window.set_colour_by(k), checkable=True, checked=state.colour_by == key)
        group.addAction(a)
        colours.addAction(a)
    m.addSeparator()
    language = m.addMenu(tr("Main", "&Language"))
    group = QActionGroup(window)
    for code, name in i18n.LANGUAGES.items():
        a = _action(window, f"lang_{code}", name, lambda on, c=code: on and window.set_language(c), checkable=True,
                    checked=i18n.current_language() == code)
        group.addAction(a)
        language.addAction(a)
    m.addSeparator()
    for key, dock in window.docks.items():
        m.addAction(dock.toggleViewAction())

    m = bar.addMenu(tr("Main", "&Help"))
    m.addAction(_action(window, "about", tr("Main", "&About Boothplanner"), lambda: QMessageBox.about(
        window, tr("Main", "About Boothplanner"),
        tr("Main", "Boothplanner %1\nTo-scale floor plans for exhibitions and conferences.").replace("%1", __version__))))
    window.update_undo_actions()
