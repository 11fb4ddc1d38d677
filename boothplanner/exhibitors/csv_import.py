"""Importing an exhibitor CSV into a layout as one undoable command, or not at all.

`import_plan(layout, path)` returns a ReplaceElements the window runs with
`document.execute(command)`; any problem raises CsvImportError listing all of
them, and the layout is never touched. Rules: docs/exhibitors.md.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from boothplanner.commands import ReplaceElements
from boothplanner.exhibitors.csv_rows import ParsedCsv, parse_csv_bytes, parse_csv_file
from boothplanner.exhibitors.import_problems import CsvImportError, ImportProblem
from boothplanner.model import Booth, Exhibitor, Layout

__all__ = ["CsvImportError", "ExhibitorImport", "ImportProblem", "import_plan", "plan_exhibitor_import",
           "plan_exhibitor_import_from_bytes"]

SELLS_WHEN_ASSIGNED = ("available", "reserved")  # an assigned booth in one of these becomes "sold"
_KIND_NAMES = {"Booth": "booth", "SeatingBlock": "seating block", "Area": "area", "Obstacle": "obstacle",
               "Exit": "exit", "FireEquipment": "fire equipment item"}
EXHIBITOR_FIELDS = ("name", "name_ko", "category", "contact_name", "email", "phone", "website")


@dataclass
class ExhibitorImport:
    """What an import would do; `command` applies it as one step."""
    command: ReplaceElements
    added: list[str] = field(default_factory=list)  # exhibitor ids
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    assigned_booths: list[str] = field(default_factory=list)  # booth ids given an exhibitor
    sold_booths: list[str] = field(default_factory=list)  # booth ids whose status became sold
    ignored_columns: list[str] = field(default_factory=list)
    encoding: str = ""

    def summary(self) -> str:
        text = (f"{len(self.added)} added, {len(self.updated)} updated, {len(self.unchanged)} unchanged; "
                f"{len(self.assigned_booths)} booth{'s' if len(self.assigned_booths) != 1 else ''} assigned")
        if self.sold_booths:
            text += f", {len(self.sold_booths)} marked sold"
        return text


def import_plan(layout: Layout, path) -> ReplaceElements:
    """The undoable command importing the CSV at `path`; raises CsvImportError naming every problem."""
    return plan_exhibitor_import(layout, path).command


def plan_exhibitor_import(layout: Layout, path) -> ExhibitorImport:
    return _plan(layout, parse_csv_file(path))


def plan_exhibitor_import_from_bytes(layout: Layout, data: bytes, source: str = "<csv>") -> ExhibitorImport:
    return _plan(layout, parse_csv_bytes(data, source))


def _name_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _plan(layout: Layout, parsed: ParsedCsv) -> ExhibitorImport:
    # Rows are checked against the layout even when some already have problems, so one report lists all.
    ids = _resolve_ids(layout, parsed)
    booths = _resolve_booths(layout, parsed, ids)
    if parsed.problems:
        raise CsvImportError(parsed.problems)
    return _build(layout, parsed, ids, booths)


def _exhibitors_by_name(layout: Layout) -> dict[tuple[str, str], list[str]]:
    """(field, name as compared) -> ids of the layout's exhibitors with that English or Korean name."""
    table: dict[tuple[str, str], list[str]] = defaultdict(list)
    for e in layout.exhibitors.values():
        for name_field in ("name", "name_ko"):
            if getattr(e, name_field):
                table[(name_field, _name_key(getattr(e, name_field)))].append(e.id)
    return table


def _resolve_ids(layout: Layout, parsed: ParsedCsv) -> dict[int, str | None]:
    """Row -> the exhibitor id it updates or creates; None where a new id is to be generated."""
    other_ids = layout.all_ids() - set(layout.exhibitors)
    ids: dict[int, str | None] = {}
    first_row_of: dict[str, int] = {}
    unnamed_rows: dict[tuple[str, str], int] = {}
    by_name = _exhibitors_by_name(layout)
    for row in parsed.rows:
        given = row.values.get("id", "")
        if given:
            if given in other_ids:
                kind = _KIND_NAMES.get(type(layout.element(given)).__name__, "element")
                parsed.problem(row.row, "id", f"id {given!r} belongs to a {kind} in the layout; choose another id")
                continue
            exhibitor_id = given
        elif not any(row.values.get(n) for n in ("name", "name_ko")):
            ids[row.row] = None  # no name either: already reported
            continue
        else:
            # Without an id, a name already in the layout means that exhibitor, so importing
            # the same list twice updates instead of doubling every company.
            name_field = "name" if row.values.get("name") else "name_ko"
            key = (name_field, _name_key(row.values[name_field]))
            if key in unnamed_rows:
                parsed.problem(row.row, name_field, f"same name as row {unnamed_rows[key]} and neither row has an id; "
                                                    "add ids to tell them apart")
                continue
            unnamed_rows[key] = row.row
            matches = by_name.get(key, [])
            if len(matches) > 1:
                parsed.problem(row.row, name_field, f"the name matches {len(matches)} exhibitors in the layout "
                                                    f"({', '.join(matches)}); add an id column to say which")
                continue
            exhibitor_id = matches[0] if matches else None
        if exhibitor_id is not None and exhibitor_id in first_row_of:
            parsed.problem(row.row, "id" if given else None,
                           f"exhibitor {exhibitor_id!r} is already on row {first_row_of[exhibitor_id]}")
            continue
        if exhibitor_id is not None:
            first_row_of[exhibitor_id] = row.row
        ids[row.row] = exhibitor_id
    return ids


def _booths_by_number(layout: Layout) -> dict[str, list[Booth]]:
    # Compared as the numbering check does: without case or surrounding spaces.
    table: dict[str, list[Booth]] = defaultdict(list)
    for booth in layout.booths.values():
        table[booth.number.strip().casefold()].append(booth)
    return table


def _resolve_booths(layout: Layout, parsed: ParsedCsv, ids: dict[int, str | None]) -> dict[int, list[Booth]]:
    """Row -> the booths it assigns, after checking each one can be given to that exhibitor."""
    by_number = _booths_by_number(layout)
    taken_by_row: dict[str, int] = {}
    result: dict[int, list[Booth]] = {}
    for row in parsed.rows:
        chosen = []
        for number in row.booths:
            found = by_number.get(number.casefold(), [])
            if not found:
                parsed.problem(row.row, "booth", f"no booth numbered {number!r} in the layout")
                continue
            if len(found) > 1:
                parsed.problem(row.row, "booth", f"{len(found)} booths in the layout are numbered {number!r}; "
                                                 "renumber them before assigning")
                continue
            booth = found[0]
            if booth.id in taken_by_row:
                parsed.problem(row.row, "booth", f"booth {number} is already given to row {taken_by_row[booth.id]}")
                continue
            taken_by_row[booth.id] = row.row
            if booth.status == "blocked":
                parsed.problem(row.row, "booth", f"booth {number} is blocked; change its status before assigning it")
                continue
            holder = booth.exhibitor
            if holder is not None and holder != ids.get(row.row):
                name = layout.exhibitors[holder].display_name() if holder in layout.exhibitors else holder
                parsed.problem(row.row, "booth", f"booth {number} already belongs to {name} ({holder}); "
                                                 "unassign it first")
                continue
            chosen.append(booth)
        result[row.row] = chosen
    return result


def _fresh_ids(layout: Layout, reserved: set[str]):
    """E001, E002, ... skipping every id in the layout and in the file."""
    used = layout.all_ids() | reserved
    n = 0
    while True:
        n += 1
        candidate = f"E{n:03d}"
        if candidate not in used:
            yield candidate


def _build(layout: Layout, parsed: ParsedCsv, ids: dict[int, str | None], booths: dict[int, list[Booth]]) -> ExhibitorImport:
    fresh = _fresh_ids(layout, {i for i in ids.values() if i})
    before: dict[str, object] = {}
    after: dict[str, object] = {}
    plan = ExhibitorImport(ReplaceElements(""), ignored_columns=list(parsed.ignored_columns), encoding=parsed.encoding)
    for row in parsed.rows:
        exhibitor_id = ids[row.row] or next(fresh)
        old = layout.exhibitors.get(exhibitor_id)
        # A column in the file sets its field, blank included; a column not in the file leaves it alone.
        fields = {f: row.values[f] for f in EXHIBITOR_FIELDS if f in row.values}
        new = replace(old, **fields) if old else Exhibitor(exhibitor_id, **{"name": "", **fields})
        if old is None:
            plan.added.append(exhibitor_id)
        elif new != old:
            plan.updated.append(exhibitor_id)
        else:
            plan.unchanged.append(exhibitor_id)
        if new != old:
            before[exhibitor_id], after[exhibitor_id] = old, new
        for booth in booths[row.row]:
            status = "sold" if booth.status in SELLS_WHEN_ASSIGNED else booth.status
            changed = replace(booth, exhibitor=exhibitor_id, status=status)
            if changed != booth:
                before[booth.id], after[booth.id] = booth, changed
                if booth.exhibitor != exhibitor_id:
                    plan.assigned_booths.append(booth.id)
                if status != booth.status:
                    plan.sold_booths.append(booth.id)
    count = len(parsed.rows)
    plan.command = ReplaceElements(f"Import {count} exhibitor{'s' if count != 1 else ''}", before, after)
    return plan
