"""The booth schedule as CSV for Excel: UTF-8 with a BOM (or Excel misreads Korean), CRLF line ends."""

from __future__ import annotations

import csv
import io

from boothplanner.exhibitors.schedule import (
    BOOTH_TYPE_LABELS, STATUS_LABELS, Schedule, format_number,
)

HEADER = ("Booth", "Exhibitor (Korean)", "Exhibitor (English)", "Width (m)", "Depth (m)", "Area (m²)",
          "Status", "Booth type")


def _text(value: str) -> str:
    # A cell starting with = + - @ is a formula to Excel; a leading apostrophe keeps it text.
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def schedule_csv_bytes(schedule: Schedule) -> bytes:
    """The schedule, then a blank row and the totals by status (booths and m²)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in schedule.rows:
        writer.writerow((
            _text(row.number), _text(row.exhibitor_ko), _text(row.exhibitor_en),
            format_number(row.width), format_number(row.depth), format_number(row.area),
            STATUS_LABELS.get(row.status, row.status), BOOTH_TYPE_LABELS.get(row.booth_type, row.booth_type),
        ))
    totals = schedule.totals
    writer.writerow(())
    writer.writerow(("Status", "Booths", "Area (m²)"))
    for status, count in totals.booths_by_status.items():
        writer.writerow((STATUS_LABELS.get(status, status), count, format_number(totals.area_by_status[status])))
    writer.writerow(("All booths", totals.booths, format_number(totals.area)))
    return out.getvalue().encode("utf-8-sig")
