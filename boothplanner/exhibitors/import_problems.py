"""Problems found in an exhibitor CSV, each naming the file, the row as a spreadsheet shows it, and the column."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ImportProblem:
    file: str
    row: int | None  # spreadsheet row: the header is row 1; None for the file as a whole
    column: str | None  # "column F (이메일)"; None when no one column is at fault
    message: str

    def __str__(self) -> str:
        place = []
        if self.row is not None:
            place.append(f"row {self.row}")
        if self.column:
            place.append(self.column)
        where = f" {', '.join(place)}:" if place else ""
        return f"{self.file}:{where} {self.message}"


class CsvImportError(Exception):
    """Nothing was imported; `problems` lists every reason, in file order."""

    def __init__(self, problems: list[ImportProblem]):
        self.problems = sorted(problems, key=lambda p: (p.row or 0))
        super().__init__(self.summary())

    def summary(self) -> str:
        more = len(self.problems) - 1
        tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        return f"{self.problems[0]}{tail}"

    def details(self) -> str:
        """Every problem, one a line, for a report or a dialog's detail text."""
        return "\n".join(str(p) for p in self.problems)
