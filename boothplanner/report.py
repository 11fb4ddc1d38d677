"""The plain-text check report the command line prints."""

from __future__ import annotations

from boothplanner.rules import ERROR, WARNING, CheckResult


def format_report(result: CheckResult, source: str) -> str:
    lines = [f"Checked {source}"]
    for severity, title in ((ERROR, "Errors"), (WARNING, "Warnings")):
        group = [f for f in result.findings if f.severity == severity]
        lines.append("")
        lines.append(f"{title} ({len(group)})" if group else f"{title}: none")
        for finding in group:
            lines.append(f"  {finding.code:<24} {finding.message}")
    c = result.capacity
    lines += [
        "",
        "Capacity",
        f"  Seats                   {c.seats}",
        f"  Occupant load           {c.occupant_load}",
        f"  Exits                   {c.exits} provided, {c.exits_required} required",
        f"  Egress width            {c.egress_width:.2f} m provided, {c.egress_width_required:.2f} m required",
    ]
    if c.expected_attendance is not None:
        lines.append(f"  Expected attendance     {c.expected_attendance}")
        lines.append(f"  Standing                {c.standing} (free floor {c.free_floor_m2:.0f} m² holds {c.standing_room})")
    lines += _rooms_table(result) + _sessions_table(result)
    return "\n".join(lines)


def _rooms_table(result: CheckResult) -> list[str]:
    if result.rooms is None:
        return []
    lines = ["", "Rooms (closed partitions)",
             f"  {'Room':<24} {'Seats':>6} {'Load':>6} {'Exits':>9} {'Width m':>13} {'Free m²':>8}"]
    for k, c in enumerate(result.rooms.capacities):
        room_id, _ = result.rooms.room(k)
        lines.append(f"  {room_id:<24} {c.seats:>6} {c.occupant_load:>6} {f'{c.exits}/{c.exits_required}':>9} "
                     f"{f'{c.egress_width:.2f}/{c.egress_width_required:.2f}':>13} {c.free_floor_m2:>8.0f}")
    return lines


def _sessions_table(result: CheckResult) -> list[str]:
    if not result.sessions:
        return []
    lines = ["", "Sessions",
             f"  {'Session':<36} {'Time':<11} {'Seats':>6} {'Expected':>8} {'Standing':>8}  Free floor holds them"]
    for s in result.sessions:
        name = s.name if len(s.name) <= 36 else s.name[:35] + "…"
        when = f"{s.start[11:]}-{s.end[11:]}" if s.start[:10] == s.end[:10] else s.start[5:10]
        expected = "-" if s.expected is None else str(s.expected)
        holds = "-" if not s.standing else ("yes" if s.floor_holds else "no")
        lines.append(f"  {name:<36} {when:<11} {s.seats:>6} {expected:>8} {s.standing:>8}  "
                     f"{holds} ({s.free_floor_m2:.0f} m², room for {s.standing_room})")
    return lines
