"""Reading a CSV file as spreadsheets save it: UTF-8 (with or without BOM), CP949, UTF-16; , ; or tab."""

from __future__ import annotations

import csv
import io
import re

DELIMITERS = (",", ";", "\t")
_EXCEL_SEP_LINE = re.compile(r"^sep=(.)\r?$")


class CsvTextError(ValueError):
    """The file's bytes are not text this program can read; str() says why and what to do."""


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with.

    A BOM decides; otherwise strict UTF-8, then CP949 (what Korean Excel saves as "CSV").
    """
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"  # Excel's "Unicode text"
    else:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            encoding = "cp949"
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        tried = "UTF-8 or CP949" if encoding == "cp949" else encoding.upper().replace("-SIG", " with BOM")
        raise CsvTextError(
            f"not {tried} text (bad byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save it from the spreadsheet as \"CSV UTF-8\"") from None


def _delimiter(first_line: str) -> str:
    """The candidate occurring most in the header line (headers rarely contain one); comma on a tie."""
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def records(text: str) -> tuple[list[list[str]], str]:
    """The CSV records (header first) and the delimiter.

    A record is a spreadsheet row even when a quoted cell spans several lines. Excel's
    optional first line "sep=;" names the delimiter and is not shown as a row.
    """
    lines = text.splitlines(keepends=True)
    match = _EXCEL_SEP_LINE.match(lines[0].rstrip("\n")) if lines else None
    if match:
        delimiter = match.group(1)
        text = "".join(lines[1:])
    else:
        delimiter = _delimiter(lines[0] if lines else "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise CsvTextError(f"not readable as CSV near line {reader.line_num}: {exc}") from None
    return rows, delimiter
