"""Test set-up: Qt draws offscreen, settings and recovery files go to a temporary folder, and
property tests draw the same examples on every run.

The suite gates every change, so a property test must not pass on one run and fail on the next
because it drew different examples. To hunt for new failing examples, run with
HYPOTHESIS_PROFILE=explore (new random examples on each run, several runs in a row); fix what it
finds and add the example to the test with @example."""

import os
import tempfile

from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_home = tempfile.mkdtemp(prefix="boothplanner-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["BOOTHPLANNER_DATA_DIR"] = os.path.join(_home, "recovery")

settings.register_profile("repeatable", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))
