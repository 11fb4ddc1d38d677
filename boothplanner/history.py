"""The undo stack. The document is modified exactly when the position differs from the saved one."""

from __future__ import annotations

from boothplanner.commands import Command


class History:
    def __init__(self):
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._saved_at: int | None = 0

    def push(self, command: Command) -> None:
        if self._saved_at is not None and self._saved_at > len(self._done):
            self._saved_at = None  # the saved state can no longer be reached
        self._done.append(command)
        self._undone.clear()

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo_label(self) -> str | None:
        return self._done[-1].label if self._done else None

    def redo_label(self) -> str | None:
        return self._undone[-1].label if self._undone else None

    def pop_undo(self) -> Command:
        command = self._done.pop()
        self._undone.append(command)
        return command

    def pop_redo(self) -> Command:
        command = self._undone.pop()
        self._done.append(command)
        return command

    def mark_saved(self) -> None:
        self._saved_at = len(self._done)

    def mark_unsaved(self) -> None:
        """No reachable state is saved (a layout restored from a recovery file)."""
        self._saved_at = None

    @property
    def is_modified(self) -> bool:
        return self._saved_at != len(self._done)

    def __len__(self) -> int:
        return len(self._done)
