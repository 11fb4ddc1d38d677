"""Command line: `boothplanner check FILE`, and starting the desktop program."""

from __future__ import annotations

import argparse
import json
import sys

from boothplanner import __version__

# Commands other than check live beside the code they drive, imported only when used.
EXTERNAL_COMMANDS = {
    "export": "boothplanner.export.cli:export_main",
    "maps": "boothplanner.export.cli:maps_main",
    "schedule": "boothplanner.exhibitors.cli:schedule_main",
    "import-exhibitors": "boothplanner.exhibitors.cli:import_main",
}
COMMANDS = ("check", *EXTERNAL_COMMANDS)


def _check(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="boothplanner check", description="Check a layout against the planning rules.")
    parser.add_argument("file", help="a .boothplan file")
    parser.add_argument("--json", action="store_true", help="print findings and capacity as JSON")
    args = parser.parse_args(argv)
    from boothplanner.io import LoadError, load
    from boothplanner.report import format_report
    from boothplanner.rules import check_layout
    try:
        layout = load(args.file)
    except LoadError as exc:
        print(exc.summary(), file=sys.stderr)
        return 2
    result = check_layout(layout)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        print(format_report(result, args.file))
    return 1 if result.has_errors else 0


def _gui(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="boothplanner",
        description="Plan exhibition and conference floors to scale. "
                    f"Commands: {', '.join(COMMANDS)} (boothplanner COMMAND --help).",
    )
    parser.add_argument("file", nargs="?", help="a .boothplan file to open (default: the AI SEOUL 2025 layout)")
    parser.add_argument("--version", action="version", version=f"Boothplanner {__version__}")
    parser.add_argument("--lang", choices=("en", "ko"), help="interface language (default: the system's)")
    args = parser.parse_args(argv)
    from boothplanner.ui.app import run
    return run(args.file, args.lang)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "check":
        return _check(argv[1:])
    if argv and argv[0] in EXTERNAL_COMMANDS:
        import importlib
        module, function = EXTERNAL_COMMANDS[argv[0]].split(":")
        return getattr(importlib.import_module(module), function)(argv[1:])
    return _gui(argv)


if __name__ == "__main__":
    sys.exit(main())
