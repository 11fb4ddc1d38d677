"""`boothplanner export` (the plan sheet) and `boothplanner maps` (exhibitor booth maps).

Exit codes: 0 written; 2 the file could not be read, an option was bad, or the output could not
be written; every refusal is one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import sys

from boothplanner.export.page import PAPER_SIZES, OptionError
from boothplanner.io import load_or_report


class _Parser(argparse.ArgumentParser):
    """argparse, but a bad option is one line (argparse prints the usage first)."""

    def error(self, message: str):
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(2)


def _parse(parser: argparse.ArgumentParser, argv: list[str]):
    """Parsed arguments, or the exit code argparse chose (0 after --help, 2 for a bad option)."""
    try:
        return parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2




def _run(prog: str, output: str, action) -> int:
    try:
        return action()
    except OptionError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
    except OSError as exc:
        # The error names the temporary file beside the target; the user knows the target.
        print(f"{prog}: cannot write {output}: {exc.strerror or exc}", file=sys.stderr)
    return 2


def export_main(argv: list[str]) -> int:
    prog = "boothplanner export"
    parser = _Parser(prog=prog, description="Write the venue plan sheet as a PDF, to a true stated scale.")
    parser.add_argument("file", help="a .boothplan file")
    parser.add_argument("-o", "--output", required=True, help="the PDF to write")
    parser.add_argument("--paper", default="A3", help=f"paper size: {', '.join(PAPER_SIZES)} (default A3)")
    turn = parser.add_mutually_exclusive_group()
    turn.add_argument("--portrait", dest="orientation", action="store_const", const="portrait")
    turn.add_argument("--landscape", dest="orientation", action="store_const", const="landscape")
    parser.add_argument("--scale", help="1:N, or 'fit' to fill the paper (default: the largest of 1:50, 1:100, "
                                        "1:200, 1:250, 1:500, 1:1000 that fits)")
    parser.add_argument("--tile", help="print the sheet at true size across A4 or A3 pages")
    parser.add_argument("--colour-by", "--color-by", dest="colour_by", default="status", help="status or category")
    parser.add_argument("--revision", default="", help="revision number or letter for the title block")
    parser.add_argument("--revision-date", default="", help="revision date, YYYY-MM-DD")
    parser.add_argument("--prepared-by", default="", help="who prepared the plan")
    args = _parse(parser, argv)
    if isinstance(args, int):
        return args

    def action() -> int:
        from boothplanner.export.options import PlanOptions
        from boothplanner.export.sheet import export_plan
        options = PlanOptions(paper=args.paper, orientation=args.orientation or "auto", scale=args.scale,
                              tile=args.tile, colour_by=args.colour_by, revision=args.revision,
                              revision_date=args.revision_date, prepared_by=args.prepared_by).validated()
        layout = load_or_report(args.file)
        if layout is None:
            return 2
        result = export_plan(layout, args.output, options)
        tiles = f", {result.tiles} tiles" if result.tiles else ""
        print(f"Wrote {args.output}: {result.pages} page{'s' if result.pages != 1 else ''}, {result.paper} "
              f"{result.orientation}, {result.scale}{tiles}")
        return 0
    return _run(prog, args.output, action)


def maps_main(argv: list[str]) -> int:
    prog = "boothplanner maps"
    parser = _Parser(prog=prog, description="Write one A4 booth map per exhibitor with a booth.")
    parser.add_argument("file", help="a .boothplan file")
    parser.add_argument("-o", "--output", help="the PDF with every exhibitor's map")
    parser.add_argument("--split", metavar="DIR", help="also write one PDF per exhibitor into DIR")
    args = _parse(parser, argv)
    if isinstance(args, int):
        return args
    if not args.output and not args.split:
        print(f"{prog}: give -o OUT.pdf, --split DIR, or both", file=sys.stderr)
        return 2

    def action() -> int:
        from boothplanner.export.maps import export_booth_maps, export_split_maps
        layout = load_or_report(args.file)
        if layout is None:
            return 2
        if args.output:
            result = export_booth_maps(layout, args.output)
            print(f"Wrote {args.output}: {result.pages} map{'s' if result.pages != 1 else ''}")
        if args.split:
            result = export_split_maps(layout, args.split)
            print(f"Wrote {len(result.files)} file{'s' if len(result.files) != 1 else ''} to {args.split}")
        return 0
    return _run(prog, args.output or args.split, action)

