"""What every PDF of the program shares: a canvas in reportlab's invariant mode (fixed dates and
ids, so the same input gives the same bytes), the bundled font as the only font, progress with
cancel, and writing the result whole (a cancelled export leaves no half-written file)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO, Callable, Union

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from boothplanner import __version__
from boothplanner.export.fonts import REGULAR, register_fonts
from boothplanner.io.atomic import write_atomically

# Streams as binary Flate, not Flate wrapped in ASCII85 (reportlab's default): a quarter smaller
# and, without reportlab's C accelerator, much faster to write.
rl_config.useA85 = 0

Output = Union[str, Path, BinaryIO]
ProgressCallback = Callable[[int, int], object]


class Cancelled(Exception):
    """The progress callback returned False: the export stopped and wrote nothing."""


class Progress:
    """Counts finished steps and tells the callback; a callback returning False cancels
    (one that raises stops the export with its own exception)."""

    def __init__(self, callback: ProgressCallback | None, total: int):
        self.callback = callback
        self.total = max(1, total)
        self.done = 0

    def step(self, n: int = 1) -> None:
        self.done = min(self.total, self.done + n)
        if self.callback is not None and self.callback(self.done, self.total) is False:
            raise Cancelled()

    def start(self) -> None:
        if self.callback is not None and self.callback(0, self.total) is False:
            raise Cancelled()


def new_canvas(buffer: BinaryIO, page_size: tuple[float, float], title: str, subject: str = "",
               author: str = "") -> Canvas:
    register_fonts()
    # initialFontName keeps reportlab's default Helvetica (never embedded) out of the file.
    c = Canvas(buffer, pagesize=page_size, invariant=1, pageCompression=1,
               initialFontName=REGULAR, initialFontSize=8)
    c.setTitle(title)
    c.setSubject(subject)
    c.setAuthor(author)
    c.setCreator(f"Boothplanner {__version__}")
    return c


def write_output(data: bytes, out: Output) -> None:
    """Bytes to a path (atomically, replacing any old file) or to an open binary file."""
    if isinstance(out, (str, Path)):
        write_atomically(Path(out), data)
    else:
        out.write(data)


def render(draw: Callable[[BinaryIO], None]) -> bytes:
    """Run `draw(buffer)` and return the PDF it wrote."""
    buffer = io.BytesIO()
    draw(buffer)
    return buffer.getvalue()
