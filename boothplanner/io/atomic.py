"""Atomic file replacement: a crash or a full disk mid-save never leaves a damaged file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _default_mode() -> int:
    """Permissions a newly created file gets (0o666 less the umask), as open() would give it."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _write_temp(folder: Path, name: str, data: bytes, mode: int) -> Path:
    """A flushed, fsynced temporary copy of `data` beside the target; removed again on any failure."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _replace(tmp: Path, path: Path) -> None:
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: bytes, keep_backup: bool = False) -> None:
    """Write beside `path`, flush to disk, then rename over it; the old file becomes path.bak.

    The backup is written the same way, so a full disk never leaves a cut-off .bak either.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    exists = path.exists()
    mode = path.stat().st_mode & 0o777 if exists else _default_mode()
    tmp = _write_temp(folder, path.name, data, mode)
    try:
        if exists and keep_backup:
            backup = path.with_name(path.name + ".bak")
            _replace(_write_temp(folder, backup.name, path.read_bytes(), mode), backup)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _replace(tmp, path)
    _fsync_dir(folder)
