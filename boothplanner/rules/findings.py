"""What a check reports."""

from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"
SEVERITY_ORDER = {ERROR: 0, WARNING: 1}

Point = tuple[float, float]


@dataclass(frozen=True)
class Finding:
    """One problem. `measured` and `required` are in metres (or people, for counts)."""
    code: str
    severity: str
    ids: tuple[str, ...]
    message: str
    measured: float | None = None
    required: float | None = None
    location: Point | None = None
    # The two nearest points of a measured gap, for a dimension line.
    points: tuple[Point, Point] | None = None
    # A walking route (travel distance), from the worst point to the exit.
    path: tuple[Point, ...] = ()

    def sort_key(self):
        return (SEVERITY_ORDER.get(self.severity, 9), self.code, self.ids)

    def to_json(self) -> dict:
        return {
            "code": self.code, "severity": self.severity, "ids": list(self.ids),
            "message": self.message,
            "measured": None if self.measured is None else round(self.measured, 4),
            "required": None if self.required is None else round(self.required, 4),
            "location": None if self.location is None else [round(self.location[0], 4), round(self.location[1], 4)],
        }


def sentence(text: str) -> str:
    """Upper-case the first letter only; str.capitalize() would lower-case ids like A-01."""
    return text[:1].upper() + text[1:]


def sorted_findings(findings) -> list[Finding]:
    return sorted(findings, key=Finding.sort_key)
