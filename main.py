"""Starts Boothplanner: `python main.py [FILE]` or `python main.py check FILE`."""

import sys

from boothplanner.cli import main

if __name__ == "__main__":
    sys.exit(main())
