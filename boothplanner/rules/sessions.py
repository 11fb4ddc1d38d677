"""Seats for each session, SESSION_SEATS_SHORT when more people are expected than sit down, and
SESSION_OVERLAP when two sessions at the same time need the same seats or room.

A session's seats are those of its seating blocks, or of every block in its room. The overflow
stands on the free floor (not covered by booths, seating or solid areas) of the room it is in,
at 0.46 m² a person (IBC Table 1004.5, standing space): the whole venue unless closed
partitions split it, else the rooms of its blocks.
"""

from __future__ import annotations

from dataclasses import dataclass

from boothplanner.rules.capacity import Capacity, standing_room
from boothplanner.rules.findings import WARNING, Finding

SESSION_CODES = frozenset({"SESSION_SEATS_SHORT", "SESSION_OVERLAP"})


@dataclass(frozen=True)
class SessionCapacity:
    """One session's numbers: seats, people expected (None: unknown) and where the rest stand."""
    session_id: str
    name: str
    start: str
    end: str
    seats: int
    expected: int | None
    standing: int            # expected beyond the seats (0 when all sit)
    standing_room: int       # people the free floor holds at 0.46 m² each
    free_floor_m2: float
    floor_holds: bool        # the free floor holds everyone standing
    rooms: tuple[str, ...] = ()  # the rooms whose floor counts; empty: the whole venue

    def to_json(self) -> dict:
        return {
            "id": self.session_id, "name": self.name, "start": self.start, "end": self.end,
            "seats": self.seats, "expected": self.expected, "standing": self.standing,
            "standing_room": self.standing_room, "free_floor_m2": round(self.free_floor_m2, 1),
            "floor_holds": self.floor_holds, "rooms": list(self.rooms),
        }


def session_numbers(layout, capacity: Capacity, sections, rooms, block_of) -> list[SessionCapacity]:
    """SessionCapacity of every session, in file order.

    `sections` are the venue's section ids ("ROOM-1", ...), `rooms` the RoomState (None: the
    floor is one room), `block_of(id)` the current seating block or None, so that a re-check
    during a drag sees blocks where they are now."""
    out = []
    for session in layout.sessions.values():
        seats, free, room_ids = _seats_and_floor(session, capacity, sections, rooms, block_of)
        expected = session.expected_attendance
        standing = max(0, (expected or 0) - seats)
        holds_up_to = standing_room(free)
        out.append(SessionCapacity(
            session.id, session.name, session.start, session.end, seats, expected, standing,
            holds_up_to, free, standing <= holds_up_to, room_ids))
    return out


def _seats_and_floor(session, capacity: Capacity, sections, rooms, block_of) -> tuple[int, float, tuple]:
    if session.room is not None:
        # A room the venue no longer has (its partitions were redrawn) seats nobody.
        if rooms is None:
            # One room: every section is the whole floor.
            return (capacity.seats if session.room in sections else 0), capacity.free_floor_m2, ()
        k = rooms.geometry.section_room.get(session.room)
        if k is None:
            return 0, capacity.free_floor_m2, ()
        return rooms.totals[k].seats, rooms.capacities[k].free_floor_m2, (rooms.geometry.ids[k],)
    blocks = [b for b in (block_of(i) for i in session.seating) if b is not None]
    seats = sum(b.seats for b in blocks)
    if rooms is None or not blocks:
        return seats, capacity.free_floor_m2, ()
    ks = sorted({rooms.room_of[b.id] for b in blocks if b.id in rooms.room_of})
    return seats, sum(rooms.capacities[k].free_floor_m2 for k in ks), tuple(rooms.geometry.ids[k] for k in ks)


def _when(session) -> str:
    start, end = session.start, session.end
    # The date once when the session starts and ends the same day.
    if start[:10] == end[:10]:
        return f"{start[:10]} {start[11:]}–{end[11:]}"
    return f"{start.replace('T', ' ')} – {end.replace('T', ' ')}"


def session_findings(layout, numbers: list[SessionCapacity]) -> list[Finding]:
    findings = []
    for n in numbers:
        if n.expected is None or n.expected <= n.seats:
            continue
        session = layout.sessions[n.session_id]
        where = "the venue" if not n.rooms else ", ".join(n.rooms)
        holds = "holds them" if n.floor_holds else "does not hold them"
        findings.append(Finding(
            "SESSION_SEATS_SHORT", WARNING, (n.session_id,),
            f"{n.name or n.session_id} ({_when(session)}): {n.expected} expected but {n.seats} seats: "
            f"{n.standing} will stand; the free floor of {where} ({n.free_floor_m2:.0f} m², room for "
            f"{n.standing_room} at 0.46 m² each) {holds}",
            measured=n.seats, required=n.expected))
    return findings


def _places(session, layout, sections, rooms) -> set:
    """What a session occupies: its seating blocks, or its room and every block in it."""
    if session.room is None:
        return set(session.seating)
    if session.room not in sections:
        return set()
    if rooms is None:
        return {session.room, *layout.seating}
    k = rooms.geometry.section_room.get(session.room)
    return {session.room, *(i for i, kk in rooms.room_of.items() if kk == k and i in layout.seating)}


def _listed(names: list[str], most: int = 3) -> str:
    shown = ", ".join(names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")


def overlap_findings(layout, sections, rooms) -> list[Finding]:
    """SESSION_OVERLAP (warning, ids: the two sessions, earlier first): their times overlap and
    they need the same seating blocks or room. Back-to-back sessions (one ends as the next
    starts) do not overlap."""
    sessions = sorted(layout.sessions.values(), key=lambda s: (s.start, s.end, s.id))
    places = {s.id: _places(s, layout, sections, rooms) for s in sessions}
    findings = []
    for i, a in enumerate(sessions):
        for b in sessions[i + 1:]:
            if b.start >= a.end:
                break
            shared = places[a.id] & places[b.id]
            if not shared:
                continue
            rooms_shared = sorted(p for p in shared if p not in layout.seating)
            blocks = sorted(p for p in shared if p in layout.seating)
            what = (f"room {', '.join(rooms_shared)}" if rooms_shared else
                    f"seating block{'s' if len(blocks) > 1 else ''} {_listed(blocks)}")
            findings.append(Finding(
                "SESSION_OVERLAP", WARNING, (a.id, b.id),
                f"{a.name or a.id} ({_when(a)}) and {b.name or b.id} ({_when(b)}) overlap and both need {what}",
                measured=len(shared)))
    return findings


def session_capacity(layout, result=None) -> list[SessionCapacity]:
    """Every session's seats, expected audience and standing overflow, in file order.

    `result` is a check of this very layout (the window's current one, full or re-checked
    during a drag); without it the layout is checked here."""
    if result is None:
        from boothplanner.rules.engine import check_layout  # the engine imports this module
        result = check_layout(layout)
    return list(result.sessions)
