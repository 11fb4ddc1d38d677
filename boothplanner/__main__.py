import sys

from boothplanner.cli import main

sys.exit(main())
