"""Fitting text into boxes: wrap at spaces (or between characters when a word is too long, as
Korean allows), shrink until it fits, and report when it cannot. Sizes in points."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from boothplanner.export.fonts import text_width

LEADING = 1.18     # line height / font size
ASCENT = 0.8       # the bundled font's ascent and descent / font size
DESCENT = 0.2


@dataclass(frozen=True)
class Line:
    text: str
    size: float
    bold: bool = False


@dataclass(frozen=True)
class Block:
    lines: tuple[Line, ...]

    @property
    def height(self) -> float:
        return sum(line.size * LEADING for line in self.lines) - (LEADING - 1) * self.lines[-1].size if self.lines else 0.0

    def baselines(self, centre_y: float) -> list[float]:
        """Baseline y of each line (PDF y up) for a block centred on `centre_y`."""
        y = centre_y + self.height / 2
        out = []
        for line in self.lines:
            out.append(y - ASCENT * line.size)
            y -= line.size * LEADING
        return out


@lru_cache(maxsize=100_000)
def unit_width(text: str, bold: bool = False) -> float:
    """Width of `text` at 1 pt; widths scale with the size (reportlab does not kern), so this is
    measured once per text however many sizes are tried."""
    return text_width(text, 1.0, bold)


def _break_word(word: str, size: float, width: float, bold: bool) -> list[str]:
    pieces, current, used = [], "", 0.0
    for ch in word:
        w = unit_width(ch, bold) * size
        if current and used + w > width:
            pieces.append(current)
            current, used = ch, w
        else:
            current += ch
            used += w
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, size: float, width: float, bold: bool = False, max_lines: int = 99,
         break_words: bool = True) -> list[str] | None:
    """Lines of `text` no wider than `width`, or None when it needs more than `max_lines` (or,
    without break_words, when a word is wider than `width`)."""
    lines: list[str] = []
    current = ""
    space = unit_width(" ", bold) * size
    current_w = 0.0
    for word in text.split():
        w = unit_width(word, bold) * size
        if current and current_w + space + w <= width:
            current += " " + word
            current_w += space + w
            continue
        if current:
            lines.append(current)
        if w <= width:
            current, current_w = word, w
        elif not break_words:
            return None
        else:
            pieces = _break_word(word, size, width, bold)
            lines.extend(pieces[:-1])
            current = pieces[-1]
            current_w = unit_width(current, bold) * size
        if len(lines) > max_lines:
            return None
    if current:
        lines.append(current)
    return lines if len(lines) <= max_lines else None


def fit(parts: list[tuple[str, bool, float]], width: float, height: float, max_size: float, min_size: float,
        max_lines: int = 3) -> Block | None:
    """The largest block (font size from max_size down to min_size) holding every part inside
    width x height. A part is (text, bold, relative size); each wraps to at most max_lines.
    Words are broken between characters only when no size fits otherwise."""
    if width <= 0 or height <= 0:
        return None
    parts = [p for p in parts if p[0].strip()]
    if not parts:
        return None
    return _fit(parts, width, height, max_size, min_size, max_lines, False) or \
        _fit(parts, width, height, max_size, min_size, max_lines, True)


def _fit(parts, width, height, max_size, min_size, max_lines, break_words) -> Block | None:
    # Start no larger than the size at which the text's area fills the box (and, without
    # breaking words, the widest word fits the width): larger sizes cannot fit.
    ink = sum(unit_width(text, bold) * rel * rel for text, bold, rel in parts) * LEADING
    size = min(max_size, math.sqrt(width * height / ink) if ink > 0 else max_size)
    if not break_words:
        widest = max(unit_width(word, bold) * rel for text, bold, rel in parts for word in text.split())
        size = min(size, width / widest if widest > 0 else size)
    while size >= min_size - 1e-9:
        lines: list[Line] = []
        ok = True
        for text, bold, rel in parts:
            s = size * rel
            wrapped = wrap(text, s, width, bold, max_lines, break_words)
            if wrapped is None:
                ok = False
                break
            lines.extend(Line(t, s, bold) for t in wrapped)
        if ok:
            block = Block(tuple(lines))
            if block.height <= height:
                return block
        size *= 0.88
    return None


def fit_line(text: str, width: float, height: float, max_size: float, min_size: float,
             bold: bool = False) -> Line | None:
    """One unwrapped line at the largest size that fits, found directly (no search)."""
    w1 = unit_width(text, bold)
    if w1 <= 0:
        return None
    size = min(max_size, width / w1, height)
    return Line(text, size, bold) if size >= min_size else None


ELLIPSIS = "…"


def elide(text: str, size: float, width: float, bold: bool = False) -> str:
    """`text` on one line no wider than `width`, cut at the end with an ellipsis when too long
    ("" when not even the ellipsis fits)."""
    text = " ".join(text.split())
    if unit_width(text, bold) * size <= width:
        return text
    room = width - unit_width(ELLIPSIS, bold) * size
    if room < 0:
        return ""
    # The longest prefix that fits, found by bisection (widths grow with the prefix).
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if unit_width(text[:mid], bold) * size <= room:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip(" ,:;/-–") + ELLIPSIS
