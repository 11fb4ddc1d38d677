"""Writing the booth schedule to a file, the format chosen by its ending."""

from __future__ import annotations

from pathlib import Path

from boothplanner.io.atomic import write_atomically

FORMATS = (".csv", ".pdf")


def schedule_bytes(layout, kind: str) -> bytes:
    """The schedule as `kind` (".csv" or ".pdf")."""
    from boothplanner.exhibitors.schedule import booth_schedule
    schedule = booth_schedule(layout)
    if kind == ".csv":
        from boothplanner.exhibitors.schedule_csv import schedule_csv_bytes
        return schedule_csv_bytes(schedule)
    if kind == ".pdf":
        from boothplanner.exhibitors.schedule_pdf import schedule_pdf_bytes
        return schedule_pdf_bytes(schedule)
    raise ValueError(f"a schedule is written as .csv or .pdf, not {kind!r}")


def write_schedule(layout, path: Path) -> int:
    """Write atomically; returns the number of booths listed. Raises OSError when it cannot be written."""
    path = Path(path)
    data = schedule_bytes(layout, path.suffix.lower())
    write_atomically(path, data)
    return len(layout.booths)
