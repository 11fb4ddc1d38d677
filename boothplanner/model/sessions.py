"""Sessions of an event: who sits where, when. Pure data; times are local wall-clock times."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Any, Mapping

# One format only, ISO 8601 local date and time to the minute: "2025-02-11T10:00". A date is part
# of it so that a multi-day event needs nothing more, and no time zone, since a plan is read
# where the event happens.
TIME_FORMAT = "YYYY-MM-DDTHH:MM"
_TIME_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}")


def parse_time(text: str) -> datetime.datetime:
    """The date and time of a session's `start` or `end`; ValueError for anything but TIME_FORMAT."""
    # fullmatch on ASCII digits: fromisoformat alone would also take "2025-02-11 10:00", seconds,
    # offsets and other digits.
    if not isinstance(text, str) or not _TIME_PATTERN.fullmatch(text):
        raise ValueError(f"must be a local date and time as {TIME_FORMAT} (\"2025-02-11T10:00\"), not {text!r}")
    return datetime.datetime.fromisoformat(text)


@dataclass(frozen=True)
class Session:
    """A talk, keynote or track slot with its expected audience.

    Its seats are those of its `seating` blocks, or, with `room`, of every block in that room
    (a room id from the venue's partitions, "ROOM-1"...). With neither it has no seats: everyone
    stands. `expected_attendance` None means unknown (no comparison is made).
    """
    id: str
    name: str
    start: str
    end: str
    seating: tuple[str, ...] = ()
    room: str | None = None
    expected_attendance: int | None = None
    name_ko: str = ""
    note: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def start_time(self) -> datetime.datetime:
        return parse_time(self.start)

    @property
    def end_time(self) -> datetime.datetime:
        return parse_time(self.end)

    def display_name(self, korean_first: bool = False) -> str:
        if korean_first:
            return self.name_ko or self.name
        return self.name or self.name_ko
