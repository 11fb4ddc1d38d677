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
    return "\n".join(lines)
