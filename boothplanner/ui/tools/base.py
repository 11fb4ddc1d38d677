"""What every tool can do: receive presses, moves, releases and keys."""

from __future__ import annotations


class Tool:
    name = "tool"

    def __init__(self, view):
        self.view = view

    @property
    def document(self):
        return self.view.document

    @property
    def state(self):
        return self.view.state

    def press(self, event, point) -> None:
        pass

    def move(self, event, point) -> None:
        pass

    def release(self, event, point) -> None:
        pass

    def key(self, event) -> bool:
        """True when the tool used the key."""
        return False

    def cancel(self) -> None:
        pass

    def repaint(self) -> None:
        self.view.floor.update()
