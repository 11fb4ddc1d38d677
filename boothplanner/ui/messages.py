"""Findings in the interface language. The rules speak English; here each code gets a translatable sentence."""

from __future__ import annotations

import re

from boothplanner.ui.i18n import tr


def _fill(template: str, *values) -> str:
    for n, value in enumerate(values, start=1):
        template = template.replace(f"%{n}", str(value))
    return template


def finding_text(finding, label, layout=None) -> str:
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
        return _fill(tr("Findings", "%1 is %2 m from exit %3; keep %4 m clear"), names[0], m, names[1], r)
    if code == "FIRE_EQUIPMENT_BLOCKED":
        return _fill(tr("Findings", "%1 is %2 m from fire equipment %3; keep %4 m clear"), names[0], m, names[1], r)
    if code == "DUPLICATE_BOOTH_NUMBER":
        return _fill(tr("Findings", "%1 booths share one number"), len(f.ids))
    if code == "TOO_FEW_EXITS":
        return _fill(tr("Findings", "%1 exits; the occupant load needs %2"), f.measured, f.required)
    if code == "EGRESS_WIDTH":
        return _fill(tr("Findings", "Exit width %1 m; the occupant load needs %2 m"), m, r)
    if code == "SEATS_SHORT":
        return _fill(tr("Findings", "%1 expected for %2 seats: %3 will stand"),
                     f.required, f.measured, int(f.required) - int(f.measured))
    if code == "SESSION_SEATS_SHORT" and f.required is not None:
        session = layout.sessions.get(f.ids[0]) if layout is not None and f.ids else None
        name = (session.display_name(korean_first=_korean()) if session is not None else f.ids[0]) if f.ids else ""
        return _fill(tr("Findings", "%1: %2 expected for %3 seats; %4 will stand"),
                     name, int(f.required), int(f.measured), int(f.required) - int(f.measured))
    if code == "SESSION_OVERLAP" and len(f.ids) == 2:
        def name(session_id):
            session = layout.sessions.get(session_id) if layout is not None else None
            return session.display_name(korean_first=_korean()) if session is not None else session_id
        return _fill(tr("Findings", "%1 and %2 overlap in time and need the same seats or room"), name(f.ids[0]), name(f.ids[1]))
    if code == "ROW_TOO_LONG":
        return _fill(tr("Findings", "%1 has %2 seats in a row between aisles; at most %3"), names[0], int(f.measured), int(f.required))
    if code == "ROW_SPACING":
        return _fill(tr("Findings", "%1 leaves %2 mm between rows; at least %3 mm"),
                     names[0], round(f.measured * 1000), round(f.required * 1000))
    if code == "WHEELCHAIR_SPACES":
        return _fill(tr("Findings", "%1 wheelchair spaces; the seats need %2"), int(f.measured), int(f.required))
    if code == "EXIT_SEPARATION":
        return _fill(tr("Findings", "The exits farthest apart are %1 m apart; at least %2 m needed"), m, r)
    if code == "PARTITION_CROSSED":
        return _fill(tr("Findings", "%1 stands across a closed movable wall"), names[0])
    if code == "TRAVEL_DISTANCE" and f.measured is not None:
        return _fill(tr("Findings", "The farthest point is a %1 m walk from an exit; at most %2 m"), f"{f.measured:.1f}", f"{f.required:.0f}")
    if code == "TRAVEL_DISTANCE":
        return tr("Findings", "Some floor has no walking route to an exit")
    return f.message


def element_label(layout):
    """How the window names an element inside a finding, in the interface language
    ("booth A-01" / "부스 A-01"); the rules' own labels are English."""
    from boothplanner.ui.names import area_kind_name, fire_kind_name, obstacle_kind_name

    def label(element_id: str) -> str:
        if element_id == "venue":
            return tr("Findings", "the wall")
        element = layout.element(element_id)
        kind = type(element).__name__
        if kind == "Booth":
            return _fill(tr("Findings", "booth %1"), element.number or element.id)
        if kind == "SeatingBlock":
            return _fill(tr("Findings", "seating block %1"), element.id)
        if kind == "Area":
            return element.name or _fill("%1 (%2)", area_kind_name(element.kind), element.id)
        if kind == "Obstacle":
            return _fill("%1 %2", obstacle_kind_name(element.kind), element.id)
        if kind == "Partition":
            return _fill(tr("Findings", "movable wall %1"), element.id)
        if kind == "Exit":
            return _in_language(element.name) or element.id
        if kind == "FireEquipment":
            return _fill("%1 %2", fire_kind_name(element.kind), element.id)
        return element_id
    return label


def _in_language(name: str) -> str:
    """One side of a bilingual "English / 한국어" name, in the interface language."""
    parts = [p.strip() for p in name.split(" / ")]
    if len(parts) != 2:
        return name
    hangul = [any("\uac00" <= ch <= "\ud7a3" for ch in p) for p in parts]
    if hangul == [False, True]:
        return parts[1] if _korean() else parts[0]
    if hangul == [True, False]:
        return parts[0] if _korean() else parts[1]
    return name


def _korean() -> bool:
    from boothplanner.ui import i18n
    return i18n.current_language() == "ko"


def _noun_phrase(count: int | None, noun: str) -> str:
    singular = {
        "booth": tr("Undo", "booth"), "seating block": tr("Undo", "seating block"),
        "area": tr("Undo", "area"), "exhibitor": tr("Undo", "exhibitor"),
    }
    if count is None:
        return singular.get(noun, noun)
    plural = {
        "booths": tr("Undo", "%n booths", "", count), "seating blocks": tr("Undo", "%n seating blocks", "", count),
        "areas": tr("Undo", "%n areas", "", count), "exhibitors": tr("Undo", "%n exhibitors", "", count),
        "items": tr("Undo", "%n items", "", count),
    }
    return plural.get(noun, f"{count} {noun}")


def _verb_template(verb: str) -> str | None:
    return {
        "Move": tr("Undo", "Move %1"), "Rotate": tr("Undo", "Rotate %1"), "Delete": tr("Undo", "Delete %1"),
        "Add": tr("Undo", "Add %1"), "Duplicate": tr("Undo", "Duplicate %1"), "Paste": tr("Undo", "Paste %1"),
        "Resize": tr("Undo", "Resize %1"), "Align": tr("Undo", "Align %1"), "Distribute": tr("Undo", "Distribute %1"),
        "Assign exhibitor to": tr("Undo", "Assign exhibitor to %1"), "Unassign": tr("Undo", "Unassign %1"),
        "Set status of": tr("Undo", "Set status of %1"), "Renumber": tr("Undo", "Renumber %1"),
        "Rename": tr("Undo", "Rename %1"), "Edit": tr("Undo", "Edit %1"), "Import": tr("Undo", "Import %1"),
    }.get(verb)


def _whole_label(label: str) -> str | None:
    return {
        "Move": tr("Undo", "Move"), "Resize": tr("Undo", "Resize"), "Edit": tr("Undo", "Edit"),
        "Rename": tr("Undo", "Rename"), "Renumber": tr("Undo", "Renumber"), "Rotate": tr("Undo", "Rotate"),
        "Delete": tr("Undo", "Delete"),
        "Add exit": tr("Undo", "Add exit"), "Add obstacle": tr("Undo", "Add obstacle"),
        "Add fire equipment": tr("Undo", "Add fire equipment"), "Edit venue outline": tr("Undo", "Edit venue outline"),
        "Delete venue items": tr("Undo", "Delete venue items"), "Move venue items": tr("Undo", "Move venue items"),
        "Edit exhibitor": tr("Undo", "Edit exhibitor"), "Rename exit": tr("Undo", "Rename exit"),
        "Resize exit": tr("Undo", "Resize exit"),
        "Close partition": tr("Undo", "Close partition"), "Open partition": tr("Undo", "Open partition"),
        "Mark as entrance": tr("Undo", "Mark as entrance"), "Mark as exit only": tr("Undo", "Mark as exit only"),
        "Set north": tr("Undo", "Set north"), "Add movable wall": tr("Undo", "Add movable wall"),
        "Add session": tr("Undo", "Add session"), "Edit session": tr("Undo", "Edit session"),
        "Remove session": tr("Undo", "Remove session"),
    }.get(label)


_LABEL = re.compile(r"^(?P<verb>.+?) (?:(?P<count>\d+) (?P<plural>booths|seating blocks|areas|exhibitors|items)|"
                    r"(?P<singular>booth|seating block|area|exhibitor))$")


def command_text(label: str) -> str:
    """An undo label ("Move 3 booths", kept in English in the command) in the interface language."""
    whole = _whole_label(label)
    if whole is not None:
        return whole
    if label.startswith("Remove exhibitor "):
        return tr("Undo", "Remove exhibitor %1").replace("%1", label[len("Remove exhibitor "):])
    match = _LABEL.match(label)
    if match:
        template = _verb_template(match["verb"])
        if template is not None:
            if match["count"]:
                noun = _noun_phrase(int(match["count"]), match["plural"])
            else:
                noun = _noun_phrase(None, match["singular"])
            return template.replace("%1", noun)
    return label
