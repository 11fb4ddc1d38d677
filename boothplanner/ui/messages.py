"""Findings in the interface language. The rules speak English; here each code gets a translatable sentence."""

from __future__ import annotations

from boothplanner.ui.i18n import tr


def _fill(template: str, *values) -> str:
    for n, value in enumerate(values, start=1):
        template = template.replace(f"%{n}", str(value))
    return template


def finding_text(finding, label) -> str:
    f = finding
    names = [label(i) for i in f.ids]
    m = f"{f.measured:.2f}" if isinstance(f.measured, float) else f.measured
    r = f"{f.required:.2f}" if isinstance(f.required, float) else f.required
    code = f.code
    if code == "NARROW_AISLE":
        return _fill(tr("Findings", "Aisle between %1 and %2 is %3 m; minimum %4 m"), names[0], names[1], m, r)
    if code == "OVERLAP":
        return _fill(tr("Findings", "%1 overlaps %2 (%3 m²)"), names[0], names[1], m)
    if code == "ON_OBSTACLE":
        return _fill(tr("Findings", "%1 stands on %2"), names[0], names[1])
    if code == "OUTSIDE_VENUE":
        return _fill(tr("Findings", "%1 is outside the venue"), names[0])
    if code == "EXIT_BLOCKED":
        return _fill(tr("Findings", "%1 is %2 m from exit %3; keep %4 m clear"), names[0], m, f.ids[1], r)
    if code == "FIRE_EQUIPMENT_BLOCKED":
        return _fill(tr("Findings", "%1 is %2 m from fire equipment %3; keep %4 m clear"), names[0], m, f.ids[1], r)
    if code == "DUPLICATE_BOOTH_NUMBER":
        return _fill(tr("Findings", "%1 booths share one number"), len(f.ids))
    if code == "TOO_FEW_EXITS":
        return _fill(tr("Findings", "%1 exits; the occupant load needs %2"), f.measured, f.required)
    if code == "EGRESS_WIDTH":
        return _fill(tr("Findings", "Exit width %1 m; the occupant load needs %2 m"), m, r)
    if code == "SEATS_SHORT":
        return _fill(tr("Findings", "%1 expected for %2 seats: %3 will stand"),
                     f.required, f.measured, int(f.required) - int(f.measured))
    return f.message
