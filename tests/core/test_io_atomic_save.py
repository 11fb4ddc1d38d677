"""Saving is atomic and keeps the previous file as FILE.bak.

A full disk or a crash at any step of a save leaves the file (and its backup)
either as it was or completely new, never half written, and leaves no
temporary files behind.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from boothplanner.io import dumps, load, loads, save

DOC = {
    "format": "boothplan",
    "version": 1,
    "event": {"name": "AI SEOUL 2025"},
    "venue": {"name": "Hall C", "outline": [[0, 0], [40, 0], [40, 30], [0, 30]]},
    "exhibitors": [{"id": "ex-1", "name": "Samsung", "name_ko": "삼성"}],
    "booths": [{"id": "b-1", "number": "A01", "center": [5, 5], "size": [3, 3], "status": "sold", "exhibitor": "ex-1"}],
}


def layout(name: str = "AI SEOUL 2025", booths: int = 1):
    doc = json.loads(json.dumps(DOC))
    doc["event"]["name"] = name
    doc["booths"] = [{"id": f"b-{i}", "number": f"A{i:03}", "center": [5 + i % 10, 5 + i // 10], "size": [1, 1]}
                     for i in range(booths)]
    return loads(json.dumps(doc))


def old_file(tmp_path: Path, text: str | None = None) -> tuple[Path, bytes]:
    """A hand-written layout file (not in the program's own formatting) and its bytes."""
    path = tmp_path / "hall.boothplan"
    data = (text if text is not None else json.dumps(DOC, ensure_ascii=False)).encode("utf-8")
    path.write_bytes(data)
    return path, data


def disk_full(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_save_writes_a_loadable_file(tmp_path):
    path = tmp_path / "new.boothplan"
    save(layout(), path)
    assert load(path) == layout()
    assert path.read_text("utf-8") == dumps(layout())


def test_first_save_makes_no_backup_and_no_temporary_files(tmp_path):
    save(layout(), tmp_path / "new.boothplan")
    assert names(tmp_path) == {"new.boothplan"}


def test_saving_over_a_file_keeps_the_old_content_as_bak(tmp_path):
    path, before = old_file(tmp_path)
    save(layout("Second"), path)
    assert (tmp_path / "hall.boothplan.bak").read_bytes() == before
    assert load(path).event.name == "Second"
    assert names(tmp_path) == {"hall.boothplan", "hall.boothplan.bak"}


def test_each_save_moves_the_backup_on(tmp_path):
    path = tmp_path / "hall.boothplan"
    for name in ("one", "two", "three"):
        save(layout(name), path)
    assert load(path).event.name == "three"
    assert load(tmp_path / "hall.boothplan.bak").event.name == "two"
    assert names(tmp_path) == {"hall.boothplan", "hall.boothplan.bak"}


def test_save_accepts_text_paths(tmp_path):
    save(layout(), str(tmp_path / "text.boothplan"))
    assert load(str(tmp_path / "text.boothplan")) == layout()


def test_save_keeps_the_file_mode(tmp_path):
    path, _ = old_file(tmp_path)
    os.chmod(path, 0o640)
    save(layout("Second"), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_new_file_gets_the_usual_permissions_not_private_ones(tmp_path):
    """Temporary files are created 0600; a new layout must follow the umask like any saved file."""
    old = os.umask(0o022)
    try:
        save(layout(), tmp_path / "new.boothplan")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.boothplan").stat().st_mode) == 0o644


def test_data_reaches_the_disk_before_the_rename(tmp_path, monkeypatch):
    calls = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (calls.append(("replace", Path(b).name)), real_replace(a, b))[1])
    path, _ = old_file(tmp_path)
    save(layout("Second"), path)
    where = calls.index(("replace", "hall.boothplan"))
    assert "fsync" in calls[:where]
    assert load(path).event.name == "Second"


def test_disk_full_at_fsync_leaves_the_file_untouched(tmp_path, monkeypatch):
    path, before = old_file(tmp_path)
    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError) as info:
        save(layout("Second"), path)
    assert info.value.errno == errno.ENOSPC
    assert path.read_bytes() == before
    assert names(tmp_path) <= {"hall.boothplan", "hall.boothplan.bak"}
    if (tmp_path / "hall.boothplan.bak").exists():
        assert (tmp_path / "hall.boothplan.bak").read_bytes() == before


class _FillsUp:
    """A file object that writes part of the data, then finds the disk full."""

    def __init__(self, handle):
        self._handle = handle

    def write(self, data):
        self._handle.write(data[: len(data) // 2])
        self._handle.flush()
        disk_full()

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._handle.close()
        return False


def test_disk_full_during_the_write_leaves_the_file_untouched(tmp_path, monkeypatch):
    path, before = old_file(tmp_path)
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda *a, **k: _FillsUp(real_fdopen(*a, **k)))
    with pytest.raises(OSError) as info:
        save(layout("Second"), path)
    assert info.value.errno == errno.ENOSPC
    assert path.read_bytes() == before
    assert names(tmp_path) <= {"hall.boothplan", "hall.boothplan.bak"}
    if (tmp_path / "hall.boothplan.bak").exists():
        assert (tmp_path / "hall.boothplan.bak").read_bytes() == before


def test_disk_full_on_a_first_save_leaves_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError):
        save(layout(), tmp_path / "new.boothplan")
    assert names(tmp_path) == set()


def test_failed_rename_leaves_the_file_untouched(tmp_path, monkeypatch):
    path, before = old_file(tmp_path)
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(OSError(errno.EXDEV, "rename failed")))
    with pytest.raises(OSError):
        save(layout("Second"), path)
    assert path.read_bytes() == before
    assert names(tmp_path) <= {"hall.boothplan", "hall.boothplan.bak"}
    if (tmp_path / "hall.boothplan.bak").exists():
        assert (tmp_path / "hall.boothplan.bak").read_bytes() == before


def test_failed_rename_of_the_layout_keeps_the_old_backup_or_a_whole_one(tmp_path, monkeypatch):
    path, before = old_file(tmp_path)
    backup = tmp_path / "hall.boothplan.bak"
    backup.write_bytes(b"the backup from last time")
    real_replace = os.replace

    def replace(src, dst):
        if Path(dst) == path:
            raise OSError(errno.EIO, "I/O error")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OSError):
        save(layout("Second"), path)
    assert path.read_bytes() == before
    assert backup.read_bytes() in (b"the backup from last time", before)
    assert names(tmp_path) == {"hall.boothplan", "hall.boothplan.bak"}


def test_interrupt_mid_save_cleans_up(tmp_path, monkeypatch):
    """Ctrl+C (KeyboardInterrupt) during the flush: same guarantees as a disk error."""
    path, before = old_file(tmp_path)

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save(layout("Second"), path)
    assert path.read_bytes() == before
    assert names(tmp_path) <= {"hall.boothplan", "hall.boothplan.bak"}


def test_save_over_a_folder_fails_cleanly(tmp_path):
    (tmp_path / "plans.boothplan").mkdir()
    with pytest.raises(OSError):
        save(layout(), tmp_path / "plans.boothplan")
    assert names(tmp_path) == {"plans.boothplan"}
    assert (tmp_path / "plans.boothplan").is_dir()


def test_save_into_a_missing_folder_fails_cleanly(tmp_path):
    with pytest.raises(OSError):
        save(layout(), tmp_path / "missing" / "x.boothplan")
    assert names(tmp_path) == set()


# A real full disk, as the kernel reports it: RLIMIT_FSIZE makes every write past
# the limit fail (EFBIG), whichever Python call does the writing.

resource = pytest.importorskip("resource") if sys.platform != "win32" else None


@contextmanager
def file_size_limit(limit: int):
    import signal
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)


@pytest.mark.skipif(sys.platform == "win32", reason="needs RLIMIT_FSIZE")
def test_file_too_big_for_the_disk_leaves_the_old_file_and_backup(tmp_path):
    path = tmp_path / "hall.boothplan"
    save(layout("one"), path)
    save(layout("two"), path)
    before, backup_before = path.read_bytes(), (tmp_path / "hall.boothplan.bak").read_bytes()
    big = layout("three", booths=300)
    assert len(dumps(big).encode()) > 4 * len(before)
    with file_size_limit(2 * len(before)):
        with pytest.raises(OSError):
            save(big, path)
    assert path.read_bytes() == before
    assert (tmp_path / "hall.boothplan.bak").read_bytes() in (backup_before, before)
    assert names(tmp_path) == {"hall.boothplan", "hall.boothplan.bak"}


@pytest.mark.skipif(sys.platform == "win32", reason="needs RLIMIT_FSIZE")
def test_disk_full_while_keeping_the_backup_never_leaves_a_cut_backup(tmp_path):
    """The old file is large, the new one small: the copy to FILE.bak is what runs out of room."""
    path = tmp_path / "hall.boothplan"
    save(layout("one"), path)
    save(layout("two", booths=300), path)
    before, backup_before = path.read_bytes(), (tmp_path / "hall.boothplan.bak").read_bytes()
    small = layout("three")
    assert len(dumps(small).encode()) < len(before) // 4
    try:
        with file_size_limit(len(before) // 2):
            save(small, path)
    except OSError:
        assert path.read_bytes() == before
    else:  # a backup made without copying (a hard link, say) is fine too
        assert load(path).event.name == "three"
    backup = (tmp_path / "hall.boothplan.bak").read_bytes()
    assert backup in (backup_before, before), f"damaged backup of {len(backup)} bytes"
    assert names(tmp_path) == {"hall.boothplan", "hall.boothplan.bak"}
