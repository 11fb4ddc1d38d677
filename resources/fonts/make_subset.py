"""Build Boothplanner Sans (Regular and Bold) from NanumGothic: subset, rename, keep TrueType outlines and hinting.

A build-time tool, not part of the program: needs fontTools (pip install fonttools).

    python resources/fonts/make_subset.py [REGULAR.ttf BOLD.ttf] [--out DIR]

Defaults: Debian's fonts-nanum files in /usr/share/fonts/truetype/nanum/ and this folder.
NanumGothic's licence (SIL OFL 1.1) reserves the name "NanumGothic", so the subset,
a Modified Version, carries its own name. See README.md.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

NANUM_DIR = Path("/usr/share/fonts/truetype/nanum")
HERE = Path(__file__).resolve().parent
FAMILY = "Boothplanner Sans"

# (first, last) code points kept; only those the source font maps end up in the subset.
RANGES = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x0100, 0x017F),  # Latin Extended-A (the few NanumGothic has: Œ œ Š š Ž ž ...)
    (0x02B0, 0x02FF),  # Spacing Modifier Letters (ˆ ˇ ˘ ˙ ˚ ˛ ˜ ˝)
    (0x2000, 0x206F),  # General Punctuation
    (0x20A0, 0x20CF),  # Currency Symbols (€)
    (0x2100, 0x214F),  # Letterlike Symbols (℃ № ™)
    (0x2150, 0x218F),  # Number Forms (⅓, Roman numerals)
    (0x2190, 0x21FF),  # Arrows
    (0x2200, 0x22FF),  # Mathematical Operators (≤ ≥ ≠ ∞)
    (0x2300, 0x23FF),  # Miscellaneous Technical
    (0x2460, 0x24FF),  # Enclosed Alphanumerics (① ⓐ)
    (0x2500, 0x257F),  # Box Drawing
    (0x2580, 0x259F),  # Block Elements
    (0x25A0, 0x25FF),  # Geometric Shapes (■ □ ▲ ● ○ ◆)
    (0x2600, 0x26FF),  # Miscellaneous Symbols (★ ☆ ☎)
    (0x2700, 0x27BF),  # Dingbats
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0x3130, 0x318F),  # Hangul Compatibility Jamo
    (0x3200, 0x32FF),  # Enclosed CJK Letters and Months (㈜ ㉠)
    (0x3300, 0x33FF),  # CJK Compatibility (㎡ ㎜ ㎏)
    (0xAC00, 0xD7A3),  # Hangul Syllables, all 11,172
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
]

STYLES = {
    # style: (default source file, subfamily, PostScript name)
    "Regular": ("NanumGothic.ttf", "Regular", "BoothplannerSans-Regular"),
    "Bold": ("NanumGothicBold.ttf", "Bold", "BoothplannerSans-Bold"),
}

MODIFIED_NOTE = ("Boothplanner Sans is a Modified Version of NanumGothic: a subset (Latin, "
                 "Hangul, symbols) renamed for Boothplanner. Licensed under the SIL Open Font "
                 "License, Version 1.1.")

# Name IDs that carry the font's name, or describe the original font as such.
DROPPED_NAME_IDS = {
    7,   # trademark notice for "NanumGothic"; the name is not used by this font
    18,  # Mac compatible full name
    20,  # PostScript CID findfont name (NanumGothic-KSCpc-EUC-H)
    21, 22,  # WWS family / subfamily
}
LOCALISED_NAME_IDS = {1, 2, 4, 16, 17}


def unicodes() -> list[int]:
    return [cp for first, last in RANGES for cp in range(first, last + 1)]


def subset_options() -> subset.Options:
    options = subset.Options()
    options.hinting = True                  # keep glyph instructions, fpgm, prep, cvt, gasp
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = False             # Windows-platform names only
    options.glyph_names = False             # post format 3: no glyph names needed
    options.layout_features = ["*"]
    # VTT source tables (TSI0-TSI5) describe hinting for the original glyph order;
    # the compiled hinting they produced stays in glyf, fpgm, prep and cvt.
    options.drop_tables += ["TSI0", "TSI1", "TSI2", "TSI3", "TSI5"]
    return options


def rename(font: TTFont, subfamily: str, ps_name: str) -> None:
    """Give every name record this font's own name; keep the copyright, add the modification note."""
    name = font["name"]
    # The upstream version as its name table gives it (head.fontRevision says 4.0, name ID 5 says 3.021).
    match = re.match(r"Version ([0-9.]+)", name.getDebugName(5) or "")
    version = match.group(1) if match else f"{font['head'].fontRevision:.3f}"
    full = f"{FAMILY} {subfamily}"
    original_copyright = name.getDebugName(0) or ""
    values = {
        0: f"{original_copyright} {MODIFIED_NOTE}".strip(),
        1: FAMILY,
        2: subfamily,
        3: f"{version};BOOTHPLANNER;{ps_name}",
        4: full,
        6: ps_name,
        10: MODIFIED_NOTE,
        13: "This Font Software is licensed under the SIL Open Font License, Version 1.1.",
        14: "https://openfontlicense.org",
        16: FAMILY,
        17: subfamily,
    }
    name.names = [r for r in name.names if r.nameID not in DROPPED_NAME_IDS and r.nameID not in values]
    # Localised names (Korean: 나눔고딕) become the same Latin name, so no locale shows the old one.
    languages = sorted({r.langID for r in name.names if r.platformID == 3} | {0x409})
    for name_id, value in values.items():
        for lang in languages if name_id in LOCALISED_NAME_IDS else [0x409]:
            name.setName(value, name_id, 3, 1, lang)
    # Version string: keep the upstream version, say what this is.
    for record in name.names:
        if record.nameID == 5:
            record.string = f"Version {version}; subset of NanumGothic for Boothplanner"
    leftovers = [r.toUnicode() for r in name.names if "nanum" in r.toUnicode().lower()
                 and r.nameID not in (0, 5, 10)]
    if leftovers:
        raise SystemExit(f"name records still carry the reserved name: {leftovers}")


def build(source: Path, subfamily: str, ps_name: str, out_dir: Path) -> Path:
    font = TTFont(source, recalcTimestamp=False)  # keep upstream dates: same input, same bytes
    if "glyf" not in font:
        raise SystemExit(f"{source}: not a TrueType (glyf) font")
    subsetter = subset.Subsetter(subset_options())
    subsetter.populate(unicodes=unicodes())
    subsetter.subset(font)
    rename(font, subfamily, ps_name)
    target = out_dir / f"{ps_name}.ttf"
    font.save(target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("regular", nargs="?", type=Path, default=NANUM_DIR / STYLES["Regular"][0],
                        help="NanumGothic.ttf (default: %(default)s)")
    parser.add_argument("bold", nargs="?", type=Path, default=NANUM_DIR / STYLES["Bold"][0],
                        help="NanumGothicBold.ttf (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: %(default)s)")
    args = parser.parse_args(argv)
    for style, source in (("Regular", args.regular), ("Bold", args.bold)):
        if not source.is_file():
            print(f"{source}: no such file (Debian/Ubuntu: apt install fonts-nanum)", file=sys.stderr)
            return 1
        _, subfamily, ps_name = STYLES[style]
        target = build(source, subfamily, ps_name, args.out)
        print(f"{target} ({target.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
