"""An exhibitor CSV turned into rows of field values, with the problems one row shows on its own."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from boothplanner.exhibitors.csv_columns import NAME_FIELDS, column_letter, field_for_header
from boothplanner.exhibitors.csv_text import CsvTextError, decode, records
from boothplanner.exhibitors.import_problems import ImportProblem

_BOOTH_SEPARATORS = re.compile(r"[,;]")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")


@dataclass(frozen=True)
class CsvRow:
    row: int  # as a spreadsheet shows it (header = 1)
    values: dict[str, str]  # field -> text, only for the file's columns, spaces trimmed
    booths: tuple[str, ...] = ()  # booth numbers from the booth cell ("A01; A02" gives two)


@dataclass
class ParsedCsv:
    source: str
    rows: list[CsvRow] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)  # field -> "column C (회사명)"
    indexes: dict[str, int] = field(default_factory=dict)  # field -> 0-based column index
    ignored_columns: list[str] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ","
    problems: list[ImportProblem] = field(default_factory=list)

    def problem(self, row: int | None, field_name: str | None, message: str) -> None:
        column = self.columns.get(field_name, field_name) if field_name else None
        self.problems.append(ImportProblem(self.source, row, column, message))


def _read_bytes(path: Path, source: str) -> bytes | ImportProblem:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return ImportProblem(source, None, None, "no such file")
    except IsADirectoryError:
        return ImportProblem(source, None, None, "is a folder, not a file")
    except OSError as exc:
        return ImportProblem(source, None, None, f"cannot be read: {exc.strerror or exc}")


def parse_csv_file(path) -> ParsedCsv:
    """Read and parse an exhibitor CSV; problems are collected in the result, never raised."""
    source = str(path)
    data = _read_bytes(Path(path), source)
    if isinstance(data, ImportProblem):
        return ParsedCsv(source, problems=[data])
    return parse_csv_bytes(data, source)


def parse_csv_bytes(data: bytes, source: str = "<csv>") -> ParsedCsv:
    parsed = ParsedCsv(source)
    try:
        text, parsed.encoding = decode(data)
        table, parsed.delimiter = records(text)
    except CsvTextError as exc:
        parsed.problem(None, None, str(exc))
        return parsed
    if not any(cell.strip() for record in table for cell in record):
        parsed.problem(None, None, "the file is empty")
        return parsed
    width = _read_header(parsed, table[0])
    if parsed.problems:
        return parsed  # without a sound header the rows cannot be read
    for index, record in enumerate(table[1:], start=2):
        _read_row(parsed, index, record, width)
    if not parsed.rows and not parsed.problems:
        parsed.problem(None, None, "no exhibitors in the file, only a header row")
    return parsed


def _read_header(parsed: ParsedCsv, header: list[str]) -> int:
    """Map columns to fields; returns how many columns the header has."""
    indexes: dict[str, int] = {}
    for i, text in enumerate(header):
        where = f"column {column_letter(i)} ({text.strip()})" if text.strip() else f"column {column_letter(i)}"
        name = field_for_header(text)
        if name is None:
            if text.strip():
                parsed.ignored_columns.append(where)
            continue
        if name in indexes:
            parsed.problems.append(ImportProblem(
                parsed.source, 1, where,
                f"means the same as {parsed.columns[name]}; keep one of the two columns"))
            continue
        indexes[name] = i
        parsed.columns[name] = where
    if not any(n in indexes for n in NAME_FIELDS):
        parsed.problem(1, None, "no name column: the header needs a company name column "
                                "(name, company, 회사명(영문), name_ko, 회사명, ...)")
    parsed.indexes = indexes
    return len(header)


def _read_row(parsed: ParsedCsv, row: int, record: list[str], width: int) -> None:
    if not any(cell.strip() for cell in record):
        return  # an empty line in a spreadsheet is no exhibitor and no mistake
    spare = [i for i in range(width, len(record)) if record[i].strip()]
    if spare:
        parsed.problem(row, None, f"too many cells: column {column_letter(spare[-1])} has a value but the "
                                  f"header has only {width} columns (a comma inside a name needs quotes)")
        return
    values = {name: (record[i].strip() if i < len(record) else "") for name, i in parsed.indexes.items()}
    if not any(values.get(n) for n in NAME_FIELDS):
        first = next(n for n in NAME_FIELDS if n in values)
        parsed.problem(row, first, "missing name: give the company's English or Korean name")
    email = values.get("email", "")
    if email and "@" not in email:
        parsed.problem(row, "email", f"email {email!r} has no @")
    elif email and not _EMAIL.fullmatch(email):
        parsed.problem(row, "email", f"email {email!r} is not one e-mail address")
    booths = tuple(n.strip() for n in _BOOTH_SEPARATORS.split(values.pop("booth", "")) if n.strip())
    parsed.rows.append(CsvRow(row, values, booths))
