"""Tiled printing and the two commands (exit codes and one-line messages)."""

from __future__ import annotations

import io

import pytest
from pdfread import open_pdf, page_text, squeeze

from boothplanner.cli import main
from boothplanner.export.options import PlanOptions
from boothplanner.export.page import OptionError, paper_size
from boothplanner.export.sheet import export_plan
from boothplanner.resources import DEFAULT_LAYOUT

LAYOUT = str(DEFAULT_LAYOUT)


def test_tiled_a3_sheet_on_a4_pages(layout):
    buffer = io.BytesIO()
    result = export_plan(layout, buffer, PlanOptions(paper="A3", tile="A4"))
    pdf = open_pdf(buffer.getvalue())
    assert result.tiles == 4 and len(pdf) == 5
    index = squeeze(page_text(pdf[0]))
    assert "Assemblyindex" in index and "Page1of5" in index and all(label in index for label in ("A1", "A2", "B1", "B2"))
    a4 = sorted(paper_size("A4"))
    for i, label in enumerate(("A1", "A2", "B1", "B2"), start=1):
        page = pdf[i]
        assert sorted(page.get_size()) == pytest.approx(a4, abs=0.01)
        assert f"{label} AI SEOUL 2025 · 1:200 on A3 landscape" in page_text(page)
        assert squeeze(f"page {i + 1} of 5") in squeeze(page_text(page))


def test_tiles_at_a_chosen_scale_grow_the_sheet(layout):
    buffer = io.BytesIO()
    result = export_plan(layout, buffer, PlanOptions(scale="1:50", tile="A3"))
    assert result.scale == "1:50" and result.tiles > 4
    assert len(open_pdf(buffer.getvalue())) == result.tiles + 1


def test_too_many_tiles_is_refused(layout):
    with pytest.raises(OptionError, match="limit"):
        export_plan(layout, io.BytesIO(), PlanOptions(scale="1:1", tile="A4"))


def test_export_command_writes_the_sheet(tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    assert main(["export", LAYOUT, "-o", str(out), "--paper", "tabloid", "--revision", "2"]) == 0
    assert "tabloid" in capsys.readouterr().out
    assert sorted(open_pdf(out.read_bytes())[0].get_size()) == sorted(paper_size("tabloid"))


def test_maps_command(tmp_path):
    assert main(["maps", LAYOUT, "-o", str(tmp_path / "m.pdf"), "--split", str(tmp_path / "each")]) == 0
    assert len(open_pdf((tmp_path / "m.pdf").read_bytes())) == 25
    assert len(list((tmp_path / "each").glob("*.pdf"))) == 25


@pytest.mark.parametrize("args, message", [
    (["export", "missing.boothplan", "-o", "{out}"], "missing.boothplan: no such file"),
    (["export", "{bad}", "-o", "{out}"], "bad.boothplan: "),
    (["export", LAYOUT, "-o", "{out}", "--scale", "1:abc"], "bad scale '1:abc'"),
    (["export", LAYOUT, "-o", "{out}", "--scale", "1:10"], "does not fit A3 at 1:10"),
    (["export", LAYOUT, "-o", "{out}", "--scale", "1:1", "--tile", "A4"], "the limit is 400"),
    (["export", LAYOUT, "-o", "{out}", "--paper", "B4"], "unknown paper size 'B4'"),
    (["export", LAYOUT, "-o", "{out}", "--revision-date", "2025-02-30"], "YYYY-MM-DD"),
    (["export", LAYOUT, "-o", "{out}", "--portrait", "--landscape"], "not allowed with"),
    (["export", LAYOUT, "-o", "{tmp}/no/such/folder/x.pdf"], "cannot write"),
    (["maps", "missing.boothplan", "-o", "{out}"], "no such file"),
    (["maps", LAYOUT], "give -o"),
])
def test_bad_input_exits_2_with_one_line(tmp_path, capsys, args, message):
    bad = tmp_path / "bad.boothplan"
    bad.write_text('{"format": "boothplan", "version": 1}', encoding="utf-8")
    args = [a.format(out=tmp_path / "out.pdf", bad=bad, tmp=tmp_path) for a in args]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "out.pdf").exists()
