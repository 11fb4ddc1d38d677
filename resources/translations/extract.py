#!/usr/bin/env python3
"""Regenerate boothplanner_ko.ts from the source, then compile boothplanner_ko.qm.

Why not pyside6-lupdate: the program translates with its own helper
``tr(context, text[, disambiguation[, n]])`` (boothplanner/ui/i18n.py).  lupdate's
Python parser reads a bare ``tr(a, b)`` as ``QObject.tr(source, disambiguation)``
with an empty context, so every message would land in the wrong place.  It only
understands ``QCoreApplication.translate("Ctx", "text", ...)``, ``translate(...)``
and ``self.tr("text")`` (or ``tr`` when told ``-tr-function-alias translate+=tr``,
but it then drops the messages added below for keys the code passes as variables).

This script:
  * collects every ``tr("Context", "text"[, "disambiguation"[, n]])`` call with
    literal strings in boothplanner/ui/**/*.py (Python's ast module);
  * adds the messages whose text is a variable: the model's key tuples
    (BOOTH_STATUSES, AREA_KINDS, FIRE_EQUIPMENT_KINDS, OBSTACLE_KINDS) and the
    booth-size labels of the palette (see DYNAMIC below);
  * keeps every translation already in the .ts; messages that left the code are
    kept as type="vanished" (lrelease skips them) unless --drop-vanished;
  * writes the .ts (TS 2.1, ko_KR, source language en) and runs pyside6-lrelease.

Run from anywhere:  .venv/bin/python resources/translations/extract.py
Options: --check (exit 1 when a message lacks a translation), --no-release,
--drop-vanished.  Calls whose context or text is not a literal and is not listed in
DYNAMIC are reported as warnings: add them to DYNAMIC.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = ROOT / "boothplanner" / "ui"
TS_FILE = HERE / "boothplanner_ko.ts"
QM_FILE = HERE / "boothplanner_ko.qm"
LANGUAGE = "ko_KR"
SOURCE_LANGUAGE = "en"
FUNCTION = "tr"


def _model_keys(name: str) -> list[str]:
    sys.path.insert(0, str(ROOT))
    import boothplanner.model as model  # plain data, no Qt

    return list(getattr(model, name))


def _module_table_labels(relative: str, name: str) -> list[str]:
    """First string of each entry of a module-level list/tuple of tuples, read with ast."""
    tree = ast.parse((ROOT / relative).read_text(encoding="utf-8"))
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            return [e.elts[0].value for e in node.value.elts
                    if isinstance(e, ast.Tuple) and isinstance(e.elts[0], ast.Constant)]
    raise SystemExit(f"extract.py: {name} not found in {relative}")


def _line_of(relative: str, name: str) -> int:
    for node in ast.parse((ROOT / relative).read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            return node.lineno
    return 0


MODEL = "boothplanner/model/elements.py"
PALETTE = "boothplanner/ui/docks/palette.py"
# Messages whose text reaches tr() as a variable: context -> (file, name of the table, how to get the keys).
DYNAMIC = {
    "Palette": (PALETTE, "BOOTH_SIZES", lambda: _module_table_labels(PALETTE, "BOOTH_SIZES")),
}


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)
    translation: str = ""
    numerusforms: list[str] = field(default_factory=list)
    finished: bool = False
    vanished: bool = False
    extra: dict[str, str] = field(default_factory=dict)  # translatorcomment, extracomment...

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment

    @property
    def translated(self) -> bool:
        return any(self.numerusforms) if self.numerus else bool(self.translation)


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _argument(call: ast.Call, position: int, name: str) -> tuple[bool, ast.AST | None]:
    if len(call.args) > position:
        return True, call.args[position]
    for kw in call.keywords:
        if kw.arg == name:
            return True, kw.value
    return False, None


def _is_tr(call: ast.Call) -> bool:
    f = call.func
    if isinstance(f, ast.Name):
        return f.id == FUNCTION
    # i18n.tr(...) but not self.tr(...) (QObject.tr, which this program does not use)
    return isinstance(f, ast.Attribute) and f.attr == FUNCTION and isinstance(f.value, ast.Name) and f.value.id == "i18n"


def collect(warnings: list[str]) -> dict[tuple[str, str, str], Message]:
    found: dict[tuple[str, str, str], Message] = {}
    for path in sorted(SOURCES.rglob("*.py")):
        rel = os.path.relpath(path, HERE).replace(os.sep, "/")
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        calls = sorted((n for n in ast.walk(tree) if isinstance(n, ast.Call) and _is_tr(n)),
                       key=lambda n: (n.lineno, n.col_offset))
        for node in calls:
            _, ctx_node = _argument(node, 0, "context")
            _, text_node = _argument(node, 1, "text")
            has_dis, dis_node = _argument(node, 2, "disambiguation")
            has_n, _ = _argument(node, 3, "n")
            context, text = _literal(ctx_node), _literal(text_node)
            none = isinstance(dis_node, ast.Constant) and dis_node.value is None
            comment = _literal(dis_node) if has_dis and not none else ""
            if context is None or text is None or comment is None:
                if not (context in DYNAMIC and text is None and comment is not None):
                    warnings.append(f"{path.relative_to(ROOT)}:{node.lineno}: tr() with a non-literal argument; "
                                    "add its keys to DYNAMIC in extract.py")
                continue
            msg = found.setdefault((context, text, comment), Message(context, text, comment))
            msg.numerus = msg.numerus or has_n
            msg.locations.append((rel, node.lineno))
    for context, (where, table, keys) in DYNAMIC.items():
        location = (os.path.relpath(ROOT / where, HERE).replace(os.sep, "/"), _line_of(where, table))
        for text in keys():
            msg = found.setdefault((context, text, ""), Message(context, text))
            if not msg.locations:
                msg.locations.append(location)
    return found


def read_ts(path: Path) -> dict[tuple[str, str, str], Message]:
    old: dict[tuple[str, str, str], Message] = {}
    if not path.exists():
        return old
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            t = m.find("translation")
            msg = Message(name, m.findtext("source") or "", m.findtext("comment") or "",
                          numerus=m.get("numerus") == "yes")
            if t is not None:
                forms = t.findall("numerusform")
                msg.numerusforms = [f.text or "" for f in forms]
                msg.translation = (t.text or "") if not forms else ""
                if msg.numerus and not forms and msg.translation:
                    msg.numerusforms = [msg.translation]
                if not msg.numerus and forms:
                    msg.translation = msg.numerusforms[0]
                msg.finished = t.get("type") not in ("unfinished", "vanished", "obsolete")
            for tag in ("extracomment", "translatorcomment"):
                if m.find(tag) is not None:
                    msg.extra[tag] = m.findtext(tag) or ""
            old[msg.key] = msg
    return old


def merge(new: dict, old: dict, drop_vanished: bool) -> list[Message]:
    for key, msg in new.items():
        prev = old.get(key)
        if prev is None:
            continue
        msg.translation = prev.translation or (prev.numerusforms[0] if prev.numerusforms else "")
        msg.numerusforms = prev.numerusforms or ([prev.translation] if prev.translation else [])
        msg.finished = prev.finished and msg.translated
        msg.extra = prev.extra
    messages = list(new.values())
    if not drop_vanished:
        for key, prev in old.items():
            if key not in new and prev.translated:
                prev.vanished, prev.locations = True, []
                messages.append(prev)
    return messages


def _esc(text: str, attribute: bool = False) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&apos;") if attribute else text.replace("'", "&apos;")


def write_ts(path: Path, messages: list[Message]) -> None:
    by_context: dict[str, list[Message]] = {}
    for m in messages:
        by_context.setdefault(m.context, []).append(m)
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f'<TS version="2.1" language="{LANGUAGE}" sourcelanguage="{SOURCE_LANGUAGE}">']
    for context in sorted(by_context):
        out += ["<context>", f"    <name>{_esc(context)}</name>"]
        for m in by_context[context]:
            out.append('    <message numerus="yes">' if m.numerus else "    <message>")
            for filename, line in m.locations:
                out.append(f'        <location filename="{_esc(filename, True)}" line="{line}"/>')
            out.append(f"        <source>{_esc(m.source)}</source>")
            if m.comment:
                out.append(f"        <comment>{_esc(m.comment)}</comment>")
            for tag in ("extracomment", "translatorcomment"):
                if tag in m.extra:
                    out.append(f"        <{tag}>{_esc(m.extra[tag])}</{tag}>")
            kind = ' type="vanished"' if m.vanished else "" if m.finished and m.translated else ' type="unfinished"'
            if m.numerus:
                forms = m.numerusforms or [""]  # Korean has a single plural form
                out.append(f"        <translation{kind}>")
                out += [f"            <numerusform>{_esc(f)}</numerusform>" for f in forms]
                out.append("        </translation>")
            else:
                out.append(f"        <translation{kind}>{_esc(m.translation)}</translation>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def lrelease() -> str:
    local = Path(sys.executable).parent / "pyside6-lrelease"
    for candidate in (str(local), shutil.which("pyside6-lrelease"), shutil.which("lrelease")):
        if candidate and Path(candidate).exists():
            return candidate
    raise SystemExit("extract.py: pyside6-lrelease not found (install PySide6)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a message has no translation")
    parser.add_argument("--no-release", action="store_true", help="update the .ts only, do not build the .qm")
    parser.add_argument("--drop-vanished", action="store_true", help="forget translations of messages no longer in the code")
    args = parser.parse_args(argv)

    warnings: list[str] = []
    messages = merge(collect(warnings), read_ts(TS_FILE), args.drop_vanished)
    write_ts(TS_FILE, messages)
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    live = [m for m in messages if not m.vanished]
    missing = [m for m in live if not m.translated]
    print(f"{TS_FILE.name}: {len(live)} messages, {len(live) - len(missing)} translated, "
          f"{len(missing)} untranslated, {len(messages) - len(live)} vanished")
    for m in missing:
        print(f"  untranslated [{m.context}] {m.source!r}")
    if not args.no_release:
        subprocess.run([lrelease(), str(TS_FILE), "-qm", str(QM_FILE)], check=True)
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
