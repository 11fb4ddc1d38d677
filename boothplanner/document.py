"""The open document: a layout, its undo history, its check results, and who to tell when it changes.

`execute` is the only way a user's edit reaches the layout. A drag is a
gesture: its intermediate positions are shown (and checked incrementally)
without entering the history, and the release posts one command.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import shapely

from boothplanner import io
from boothplanner.commands import Command, CompoundCommand, ReplaceElements, change_venue, table_of
from boothplanner.history import History
from boothplanner.model import Layout
from boothplanner.rules import Checker, CheckResult

Listener = Callable[[set], None]


class Document:
    def __init__(self, layout: Layout, path: str | Path | None = None):
        self.layout = layout
        self.path = Path(path) if path else None
        self.history = History()
        self.checker = Checker()
        self.result: CheckResult = self.checker.check(layout)
        self._listeners: list[Listener] = []
        self._gesture_before: dict | None = None
        self._gesture_base: CheckResult | None = None
        self._gesture_after: dict = {}
        self._gesture_venue = None
        # Counts every recorded change, so results computed in the background can tell they are stale.
        self.version = 0

    # -- observers --------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        """`listener(changed_ids)` runs after every change; an empty set means "anything may have changed"."""
        self._listeners.append(listener)

    def _notify(self, changed: set) -> None:
        for listener in list(self._listeners):
            listener(changed)

    # -- edits ------------------------------------------------------------
    def execute(self, command: Command) -> None:
        if self._gesture_before is not None:
            self.cancel_gesture()
        command.apply(self.layout)
        self.history.push(command)
        self._after_change(command.changed_ids())

    def undo(self) -> None:
        if self.history.can_undo():
            command = self.history.pop_undo()
            command.revert(self.layout)
            self._after_change(command.changed_ids())

    def redo(self) -> None:
        if self.history.can_redo():
            command = self.history.pop_redo()
            command.apply(self.layout)
            self._after_change(command.changed_ids())

    def _after_change(self, changed: set) -> None:
        self.version += 1
        self.result = self.checker.check(self.layout)
        self._notify(changed)

    # -- analyses too slow for every edit (travel distance) ---------------------------
    def add_findings(self, version: int, findings: list) -> bool:
        """Merge findings an analysis computed off the UI thread for layout `version`;
        refused (False) when the layout has changed since, as they would describe an older floor."""
        if version != self.version or self.in_gesture:
            return False
        from dataclasses import replace as _replace
        from boothplanner.rules.findings import sorted_findings
        codes = {f.code for f in findings}
        kept = [f for f in self.result.findings if f.code not in codes]
        self.result = _replace(self.result, findings=sorted_findings(kept + list(findings)))
        self._notify(set())
        return True

    # -- gestures (drags) ---------------------------------------------------
    @property
    def in_gesture(self) -> bool:
        return self._gesture_before is not None

    def begin_gesture(self, ids) -> None:
        self._gesture_before = {i: self.layout.element(i) for i in ids}
        self._gesture_base = self.result
        self._gesture_after = {}
        self._gesture_venue = self.layout.venue

    def update_gesture(self, elements: dict, venue=None) -> None:
        """Show `elements` (id -> element) in place of the originals and re-check only them.

        A changed `venue` (doors or columns being dragged) changes what everything is
        checked against, so it costs a full check."""
        for element_id, element in elements.items():
            getattr(self.layout, table_of(element))[element_id] = element
        self._gesture_after.update(elements)
        if venue is not None and venue is not self.layout.venue:
            self.layout.venue = venue
        if self.layout.venue is not self._gesture_venue:
            # Mid-drag a corner can make the outline cross itself; nothing can be measured
            # against that, so the last result stands until the outline is whole again.
            if shapely.Polygon(self.layout.venue.outline).is_valid:
                self.result = self.checker.check(self.layout)
        else:
            self.result = self.checker.recheck_moved(self._gesture_base, self._gesture_after)
        self._notify(set(elements) | ({"venue"} if venue is not None else set()))

    def end_gesture(self, label: str) -> None:
        """Record the gesture as one undoable step (nothing if nothing changed)."""
        before, after, base = self._gesture_before or {}, self._gesture_after, self._gesture_base
        self._gesture_before, self._gesture_base, self._gesture_after = None, None, {}
        changed = {i: e for i, e in after.items() if e != before.get(i)}
        old_venue, self._gesture_venue = self._gesture_venue, None
        venue_changed = old_venue is not None and self.layout.venue != old_venue
        if not changed and not venue_changed:
            self._restore(before)
            if base is not None:
                self.result = base
            self._notify(set(before))
            return
        parts: list[Command] = []
        if changed:
            parts.append(ReplaceElements(label, {i: before[i] for i in changed}, changed))
        if venue_changed:
            # The venue is already shown; applying the step moves sessions to their new rooms.
            venue_step = change_venue(self.layout, label, self.layout.venue, old_venue)
            venue_step.apply(self.layout)
            parts.append(venue_step)
        command = parts[0] if len(parts) == 1 else CompoundCommand(label, parts)
        self.history.push(command)
        self._after_change(command.changed_ids())

    def cancel_gesture(self) -> None:
        """Put everything back as it was before the gesture; record nothing."""
        before = self._gesture_before or {}
        self._gesture_before, self._gesture_after = None, {}
        base, self._gesture_base = self._gesture_base, None
        if self._gesture_venue is not None:
            self.layout.venue = self._gesture_venue
            self._gesture_venue = None
        self._restore(before)
        if base is not None:
            self.result = base
        self._notify(set(before))

    def _restore(self, before: dict) -> None:
        for element_id, element in before.items():
            getattr(self.layout, table_of(element))[element_id] = element

    # -- files -------------------------------------------------------------
    @property
    def is_modified(self) -> bool:
        return self.history.is_modified

    @classmethod
    def open(cls, path: str | Path) -> "Document":
        """Raises io.LoadError with a message fit for the user."""
        return cls(io.load(path), path)

    def save(self, path: str | Path | None = None) -> None:
        target = Path(path) if path else self.path
        if target is None:
            raise ValueError("no file name to save to")
        io.save(self.layout, target)
        self.path = target
        self.history.mark_saved()
        self._notify(set())

    @property
    def title(self) -> str:
        if self.path:
            return self.path.name
        return f"{self.layout.event.name} (unsaved)" if self.layout.event.name else "Untitled"
