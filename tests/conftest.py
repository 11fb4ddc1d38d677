"""Test set-up: Qt draws offscreen, and settings and recovery files go to a temporary folder."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_home = tempfile.mkdtemp(prefix="boothplanner-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["BOOTHPLANNER_DATA_DIR"] = os.path.join(_home, "recovery")
