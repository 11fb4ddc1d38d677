"""`boothplanner import-exhibitors` and `boothplanner schedule`: exit codes, messages, files touched or not."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from boothplanner import io
from boothplanner.cli import main

from exhibitor_fixtures import sales_layout

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def plan_file(tmp_path) -> Path:
    path = tmp_path / "hall.boothplan"
    io.save(sales_layout(), path)
    return path


def write_csv(tmp_path, text: str, encoding: str = "cp949") -> Path:
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_import_saves_over_the_layout_and_keeps_a_backup(tmp_path, plan_file, capsys):
    original = plan_file.read_bytes()
    csv_path = write_csv(tmp_path, "회사명,회사명(영문),부스번호,비고\n엘지전자,LG,A-01,VIP\n")
    assert main(["import-exhibitors", str(plan_file), "--csv", str(csv_path)]) == 0
    out = capsys.readouterr().out
    assert f"{csv_path}: column D (비고) is not an exhibitor field; ignored" in out
    assert f"{plan_file}: import 1 exhibitor from {csv_path} (1 added, 0 updated, 0 unchanged; " \
           "1 booth assigned, 1 marked sold)" in out
    layout = io.load(plan_file)
    assert layout.exhibitors["E001"].name_ko == "엘지전자"
    assert layout.booths["b-1"].exhibitor == "E001"
    assert (plan_file.parent / "hall.boothplan.bak").read_bytes() == original


def test_import_to_another_file_leaves_the_layout_alone(tmp_path, plan_file):
    original = plan_file.read_bytes()
    out = tmp_path / "out.boothplan"
    csv_path = write_csv(tmp_path, "name,email\nAcme,sales@acme.kr\n", "utf-8")
    assert main(["import-exhibitors", str(plan_file), "--csv", str(csv_path), "-o", str(out)]) == 0
    assert plan_file.read_bytes() == original
    assert io.load(out).exhibitors["E001"].email == "sales@acme.kr"


def test_import_with_problems_prints_each_and_exits_1_with_the_file_untouched(tmp_path, plan_file, capsys):
    original = plan_file.read_bytes()
    csv_path = write_csv(tmp_path, "name,email,booth\n좋은회사,good@x.kr,A-01\n,,A-02\nMailer,nope,Z-9\n")
    assert main(["import-exhibitors", str(plan_file), "--csv", str(csv_path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{csv_path}: row 3, column A (name): missing name: give the company's English or Korean name",
        f"{csv_path}: row 4, column B (email): email 'nope' has no @",
        f"{csv_path}: row 4, column C (booth): no booth numbered 'Z-9' in the layout",
        f"Nothing imported: 3 problems in {csv_path}.",
    ]
    assert plan_file.read_bytes() == original
    assert not (plan_file.parent / "hall.boothplan.bak").exists()


def test_import_of_a_missing_csv_exits_1(tmp_path, plan_file, capsys):
    assert main(["import-exhibitors", str(plan_file), "--csv", str(tmp_path / "none.csv")]) == 1
    assert f"{tmp_path / 'none.csv'}: no such file" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["import-exhibitors", "--csv", "x.csv"], ["schedule", "-o", "x.csv"]])
def test_an_unreadable_layout_exits_2_with_the_loader_message(tmp_path, command, capsys):
    bad = tmp_path / "bad.boothplan"
    bad.write_text('{"format": "boothplan", "version": 1}', "utf-8")
    argv = [command[0], str(bad), *command[1:]]
    argv = [str(tmp_path / a) if a.endswith(".csv") else a for a in argv]
    assert main(argv) == 2
    assert capsys.readouterr().err.strip() == f"{bad}: $: missing required field 'venue'"


def test_schedule_writes_csv_and_pdf(tmp_path, plan_file, capsys):
    csv_out, pdf_out = tmp_path / "s.csv", tmp_path / "s.pdf"
    assert main(["schedule", str(plan_file), "-o", str(csv_out)]) == 0
    assert main(["schedule", str(plan_file), "--output", str(pdf_out)]) == 0
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbfBooth,")
    assert pdf_out.read_bytes().startswith(b"%PDF")
    assert capsys.readouterr().out.splitlines() == [f"{csv_out}: 4 booths", f"{pdf_out}: 4 booths"]


def test_schedule_refuses_an_unknown_output_kind(tmp_path, plan_file, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["schedule", str(plan_file), "-o", str(tmp_path / "s.xlsx")])
    assert caught.value.code == 2
    assert "the output must end in .csv or .pdf" in capsys.readouterr().err


def test_schedule_into_a_missing_folder_exits_1(tmp_path, plan_file, capsys):
    assert main(["schedule", str(plan_file), "-o", str(tmp_path / "no" / "s.csv")]) == 1
    assert "cannot be written" in capsys.readouterr().err


def test_exhibitor_commands_run_with_qt_blocked(tmp_path, plan_file):
    csv_path = write_csv(tmp_path, "name\nAcme\n", "utf-8")
    code = f"""
        import sys
        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                    raise ImportError("Qt is blocked in this test: " + name)
        sys.meta_path.insert(0, BlockQt())
        from boothplanner.cli import main
        assert main(["import-exhibitors", {str(plan_file)!r}, "--csv", {str(csv_path)!r}]) == 0
        assert main(["schedule", {str(plan_file)!r}, "-o", {str(tmp_path / 'q.pdf')!r}]) == 0
        assert not [m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))]
        print("headless ok")
    """
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "headless ok" in result.stdout
