"""Planning rules: pure functions of a layout. No Qt here."""

from boothplanner.rules.capacity import Capacity
from boothplanner.rules.engine import CheckResult, Checker, check_layout
from boothplanner.rules.findings import ERROR, WARNING, Finding

__all__ = ["Capacity", "CheckResult", "Checker", "ERROR", "Finding", "WARNING", "check_layout"]
