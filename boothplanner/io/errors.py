"""A refusal to load a file, naming the file, the place in it and the problem."""

from __future__ import annotations

from dataclasses import dataclass


def json_path(parts) -> str:
    """JSON path text for a sequence of keys and indexes: $.booths[3].size[0]."""
    text = "$"
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


@dataclass(frozen=True)
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class LoadError(Exception):
    """Raised for any file that cannot be used; str() is one line fit for a user."""

    def __init__(self, source: str, problems: list[Problem]):
        self.source = source
        self.problems = problems
        super().__init__(self.summary())

    def summary(self) -> str:
        first = self.problems[0]
        more = len(self.problems) - 1
        tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        return f"{self.source}: {first}{tail}"

    def details(self) -> str:
        """Every problem, one a line, for a dialog's detail text."""
        return "\n".join(str(p) for p in self.problems)
