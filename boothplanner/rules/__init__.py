"""Planning rules: pure functions of a layout. No Qt here."""

from boothplanner.rules.capacity import Capacity
from boothplanner.rules.engine import CheckResult, Checker, check_layout
from boothplanner.rules.findings import ERROR, WARNING, Finding
from boothplanner.rules.rooms import Room, closed_partition_lines, rooms_of
from boothplanner.rules.sessions import SessionCapacity, session_capacity

__all__ = ["Capacity", "CheckResult", "Checker", "ERROR", "Finding", "Room", "SessionCapacity", "WARNING",
           "check_layout", "closed_partition_lines", "rooms_of", "session_capacity"]
