"""`boothplanner schedule` and `boothplanner import-exhibitors`. Exit codes: 0 done; 1 nothing done
(problems in the CSV, or the output could not be written); 2 the layout cannot be loaded."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from boothplanner.io import load_or_report, save




def schedule_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="boothplanner schedule",
        description="Write the booth schedule (number, exhibitor, size, area, status, booth type; totals) "
                    "as CSV for Excel or as A4 PDF pages.")
    parser.add_argument("file", help="a .boothplan file")
    parser.add_argument("-o", "--output", required=True, help="OUT.csv or OUT.pdf (the ending chooses the format)")
    args = parser.parse_args(argv)
    kind = Path(args.output).suffix.lower()
    if kind not in (".csv", ".pdf"):
        parser.error(f"the output must end in .csv or .pdf, not {args.output!r}")
    layout = load_or_report(args.file)
    if layout is None:
        return 2
    from boothplanner.exhibitors.schedule_files import write_schedule
    try:
        count = write_schedule(layout, Path(args.output))
    except OSError as exc:
        print(f"{args.output}: cannot be written: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"{args.output}: {count} booths")
    return 0


def import_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="boothplanner import-exhibitors",
        description="Add or update exhibitors from a CSV list (UTF-8 or CP949, header row) and assign their booths. "
                    "All rows are imported or none.")
    parser.add_argument("file", help="a .boothplan file")
    parser.add_argument("--csv", required=True, metavar="LIST.csv", help="the exhibitor list")
    parser.add_argument("-o", "--output", metavar="OUT.boothplan", help="save here instead of over FILE")
    args = parser.parse_args(argv)
    layout = load_or_report(args.file)
    if layout is None:
        return 2
    from boothplanner.exhibitors.csv_import import CsvImportError, plan_exhibitor_import
    try:
        plan = plan_exhibitor_import(layout, args.csv)
    except CsvImportError as exc:
        count = len(exc.problems)
        print(exc.details(), file=sys.stderr)
        print(f"Nothing imported: {count} problem{'s' if count != 1 else ''} in {args.csv}.", file=sys.stderr)
        return 1
    plan.command.apply(layout)
    target = args.output or args.file
    try:
        save(layout, target)
    except OSError as exc:
        print(f"{target}: cannot be written: {exc.strerror or exc}", file=sys.stderr)
        return 1
    for column in plan.ignored_columns:
        print(f"{args.csv}: {column} is not an exhibitor field; ignored")
    print(f"{target}: {plan.command.label.lower()} from {args.csv} ({plan.summary()})")
    return 0
