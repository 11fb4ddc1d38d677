"""Importing exhibitor CSVs: encodings, delimiters, header spellings, bad rows, all-or-nothing, undo."""

from __future__ import annotations

import pytest

from boothplanner import io
from boothplanner.document import Document
from boothplanner.exhibitors.csv_import import (
    CsvImportError, import_plan, plan_exhibitor_import, plan_exhibitor_import_from_bytes,
)

from exhibitor_fixtures import booth, sales_layout

KOREAN_HEADER = "참가사ID,회사명,회사명(영문),분류,담당자,이메일,전화,웹사이트,부스번호"
KOREAN_ROWS = [
    "ex-2,엘지전자,LG Electronics,가전,김민수,minsu@lg.com,02-3777-1114,https://www.lg.com,A-01",
    ",네이버,,AI 플랫폼,이영희,,,,A-02",
]


def korean_csv(*rows: str, header: str = KOREAN_HEADER) -> str:
    return "\r\n".join([header, *rows]) + "\r\n"


ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8 with BOM": lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"),
    "cp949": lambda text: text.encode("cp949"),
}


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_korean_list_in_each_encoding_adds_exhibitors_and_assigns_booths(tmp_path, encoding):
    path = tmp_path / "exhibitors.csv"
    path.write_bytes(ENCODINGS[encoding](korean_csv(*KOREAN_ROWS)))
    layout = sales_layout()
    command = import_plan(layout, path)
    assert command.label == "Import 2 exhibitors"
    command.apply(layout)
    lg = layout.exhibitors["ex-2"]
    assert (lg.name, lg.name_ko, lg.category, lg.contact_name, lg.email, lg.phone, lg.website) == (
        "LG Electronics", "엘지전자", "가전", "김민수", "minsu@lg.com", "02-3777-1114", "https://www.lg.com")
    naver = layout.exhibitors["E001"]  # no id in the file: the first free generated one
    assert (naver.name, naver.name_ko, naver.contact_name) == ("", "네이버", "이영희")
    assert (layout.booths["b-1"].exhibitor, layout.booths["b-1"].status) == ("ex-2", "sold")  # was available
    assert (layout.booths["b-2"].exhibitor, layout.booths["b-2"].status) == ("E001", "sold")  # was reserved
    assert list(layout.exhibitors) == ["ex-1", "ex-2", "E001"]


def test_plan_says_what_it_does_and_which_encoding_it_read(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(korean_csv(*KOREAN_ROWS).encode("cp949"))
    plan = plan_exhibitor_import(sales_layout(), path)
    assert (plan.encoding, plan.added, plan.updated, plan.assigned_booths, plan.sold_booths) == (
        "cp949", ["ex-2", "E001"], [], ["b-1", "b-2"], ["b-1", "b-2"])


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_english_headers_in_any_case_and_each_delimiter(delimiter):
    header = delimiter.join(["ID", "COMPANY", "Korean Name", "category", "Contact Person", "E-Mail", "Tel",
                             "Web site", "Booth No."])
    row = delimiter.join(["ex-9", "Kakao, Inc.", "카카오", "AI", "Park", "park@kakao.com", "1577-3754",
                          "kakao.com", "A-01"])
    if delimiter == ",":
        row = row.replace("Kakao, Inc.", '"Kakao, Inc."')
    layout = sales_layout()
    plan_exhibitor_import_from_bytes(layout, f"{header}\n{row}\n".encode(), "k.csv").command.apply(layout)
    kakao = layout.exhibitors["ex-9"]
    assert (kakao.name, kakao.name_ko, kakao.email, kakao.phone, kakao.website) == (
        "Kakao, Inc.", "카카오", "park@kakao.com", "1577-3754", "kakao.com")
    assert layout.booths["b-1"].exhibitor == "ex-9"


def test_excel_sep_line_names_the_delimiter_and_is_not_a_row():
    data = "sep=;\nname;email\nAcme;acme@example.com\nBad;nope\n".encode()
    with pytest.raises(CsvImportError) as caught:
        plan_exhibitor_import_from_bytes(sales_layout(), data, "s.csv")
    assert str(caught.value.problems[0]) == "s.csv: row 3, column B (email): email 'nope' has no @"


def test_existing_exhibitor_is_updated_in_place_keeping_what_the_file_does_not_mention():
    layout = sales_layout()
    data = "id,name,email,booth\nex-1,Samsung Electronics,pr@samsung.com,A-03\n".encode()
    plan = plan_exhibitor_import_from_bytes(layout, data, "u.csv")
    assert (plan.updated, plan.added, plan.assigned_booths) == (["ex-1"], [], [])  # A-03 was already theirs
    plan.command.apply(layout)
    samsung = layout.exhibitors["ex-1"]
    assert (samsung.name, samsung.name_ko, samsung.category, samsung.email) == (
        "Samsung Electronics", "삼성전자", "Chips", "pr@samsung.com")
    assert samsung.extra == {"x-crm": 17}
    assert set(plan.command.after) == {"ex-1"}


def test_rows_without_ids_match_existing_names_so_importing_twice_adds_nothing():
    layout = sales_layout()
    data = "회사명,회사명(영문),부스번호\n삼성전자,Samsung,A-03\n엘지전자,LG,A-01\n".encode()
    first = plan_exhibitor_import_from_bytes(layout, data, "a.csv")
    assert first.added == ["E001"] and first.updated == [] and first.unchanged == ["ex-1"]
    first.command.apply(layout)
    again = plan_exhibitor_import_from_bytes(layout, data, "a.csv")
    assert again.added == [] and again.command.after == {} and len(layout.exhibitors) == 2


def test_generated_ids_skip_every_id_in_the_layout():
    layout = sales_layout()
    layout.booths["E001"] = booth("E001", (20, 10), number="Z-1")
    layout.exhibitors["E002"] = layout.exhibitors["ex-1"].__class__("E002", "Other")
    plan = plan_exhibitor_import_from_bytes(layout, "name\nNew One\nNew Two\n".encode(), "g.csv")
    assert plan.added == ["E003", "E004"]


def test_several_booths_in_one_cell_and_booth_numbers_without_case():
    layout = sales_layout()
    plan_exhibitor_import_from_bytes(layout, 'name,booth\nBig Co,"a-01; A-02"\n'.encode(), "m.csv").command.apply(layout)
    assert layout.booths["b-1"].exhibitor == layout.booths["b-2"].exhibitor == "E001"


BAD_ROWS = "\r\n".join([
    "id,name,name_ko,email,booth",  # row 1
    "ok-1,Good Co,좋은회사,good@example.com,A-01",  # row 2: fine
    "ok-2,,,,",  # row 3: no name
    "ok-1,Again,,again@example.com,",  # row 4: id already on row 2
    "ok-4,Nowhere,,,Z-99",  # row 5: no such booth
    "ok-5,Second,,,A-01",  # row 6: A-01 already given to row 2
    "ok-6,Mailer,,mailer.example.com,",  # row 7: email without @
    "ok-7,Wide,,,,extra",  # row 8: a cell beyond the header
    ",,,,",  # row 9: empty, skipped silently
    "ok-9,Blocked,,,A-04",  # row 10: blocked booth
    "ok-10,Taker,,,A-03",  # row 11: A-03 belongs to Samsung
    "b-2,Clash,,,",  # row 12: id of a booth
]) + "\r\n"


def test_bad_rows_are_each_named_and_nothing_changes(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(BAD_ROWS.encode("cp949"))
    layout = sales_layout()
    before = io.dumps(layout)
    with pytest.raises(CsvImportError) as caught:
        import_plan(layout, path)
    assert io.dumps(layout) == before
    lines = [str(p) for p in caught.value.problems]
    expected = [
        f"{path}: row 3, column B (name): missing name: give the company's English or Korean name",
        f"{path}: row 4, column A (id): exhibitor 'ok-1' is already on row 2",
        f"{path}: row 5, column E (booth): no booth numbered 'Z-99' in the layout",
        f"{path}: row 6, column E (booth): booth A-01 is already given to row 2",
        f"{path}: row 7, column D (email): email 'mailer.example.com' has no @",
        f"{path}: row 8: too many cells: column F has a value but the header has only 5 columns "
        "(a comma inside a name needs quotes)",
        f"{path}: row 10, column E (booth): booth A-04 is blocked; change its status before assigning it",
        f"{path}: row 11, column E (booth): booth A-03 already belongs to Samsung (ex-1); unassign it first",
        f"{path}: row 12, column A (id): id 'b-2' belongs to a booth in the layout; choose another id",
    ]
    assert lines == expected
    assert caught.value.details() == "\n".join(expected)
    assert caught.value.summary() == f"{expected[0]} (and 8 more problems)"


def test_one_bad_row_among_good_ones_imports_nothing():
    layout = sales_layout()
    before = io.dumps(layout)
    data = "name,email\nA,a@x.kr\nB,b@x.kr\nC,c-at-x.kr\nD,d@x.kr\n".encode()
    with pytest.raises(CsvImportError) as caught:
        plan_exhibitor_import_from_bytes(layout, data, "one.csv")
    assert [p.row for p in caught.value.problems] == [4]
    assert io.dumps(layout) == before


def test_rows_count_as_in_a_spreadsheet_when_a_cell_spans_lines():
    data = 'name,email\n"Two\nLine Co",a@b.kr\nSecond,bad\n'.encode()
    with pytest.raises(CsvImportError) as caught:
        plan_exhibitor_import_from_bytes(sales_layout(), data, "ml.csv")
    assert caught.value.problems[0].row == 3


def test_import_is_one_undoable_step_and_undo_restores_everything(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(korean_csv(*KOREAN_ROWS, "ex-1,삼성전자,Samsung,반도체,,,,,").encode("utf-8-sig"))
    document = Document(sales_layout())
    before = io.dumps(document.layout)
    document.execute(import_plan(document.layout, path))
    after = io.dumps(document.layout)
    assert after != before and document.history.can_undo()
    assert document.layout.exhibitors["ex-1"].category == "반도체"
    document.undo()
    assert io.dumps(document.layout) == before
    assert list(document.layout.exhibitors) == ["ex-1"]
    document.redo()
    assert io.dumps(document.layout) == after


@pytest.mark.parametrize("data, message", [
    (b"", "the file is empty"),
    (b"\r\n ,\r\n", "the file is empty"),
    (b"name,email\r\n", "no exhibitors in the file, only a header row"),
    (b"\x80\x80name\n", "not UTF-8 or CP949 text (bad byte 0x80 at offset 0); save it from the spreadsheet as \"CSV UTF-8\""),
])
def test_unusable_files_say_why(data, message):
    with pytest.raises(CsvImportError) as caught:
        plan_exhibitor_import_from_bytes(sales_layout(), data, "f.csv")
    assert [str(p) for p in caught.value.problems] == [f"f.csv: {message}"]


def test_header_without_a_name_column_or_with_a_field_twice():
    with pytest.raises(CsvImportError) as caught:
        plan_exhibitor_import_from_bytes(sales_layout(), "id,email,이메일\nx,a@b.kr,a@b.kr\n".encode(), "h.csv")
    assert [str(p) for p in caught.value.problems] == [
        "h.csv: row 1, column C (이메일): means the same as column B (email); keep one of the two columns",
        "h.csv: row 1: no name column: the header needs a company name column "
        "(name, company, 회사명(영문), name_ko, 회사명, ...)",
    ]


def test_unknown_columns_are_ignored_and_reported():
    plan = plan_exhibitor_import_from_bytes(sales_layout(), "No.,name,비고\n1,Acme,VIP\n".encode(), "i.csv")
    assert plan.ignored_columns == ["column A (No.)", "column C (비고)"]
    assert plan.added == ["E001"]


def test_same_name_twice_without_ids_is_a_problem():
    with pytest.raises(CsvImportError) as caught:
        plan_exhibitor_import_from_bytes(sales_layout(), "name\nAcme\n acme \n".encode(), "d.csv")
    assert str(caught.value.problems[0]) == (
        "d.csv: row 3, column A (name): same name as row 2 and neither row has an id; add ids to tell them apart")


def test_missing_file_is_a_problem_not_a_crash(tmp_path):
    with pytest.raises(CsvImportError) as caught:
        import_plan(sales_layout(), tmp_path / "nope.csv")
    assert str(caught.value) == f"{tmp_path / 'nope.csv'}: no such file"


def test_excel_unicode_text_utf16_with_tabs_is_read_too():
    data = "name\tname_ko\tbooth\r\nHyundai\t현대자동차\tA-01\r\n".encode("utf-16")
    plan = plan_exhibitor_import_from_bytes(sales_layout(), data, "u16.txt")
    assert plan.encoding == "utf-16" and plan.command.after["E001"].name_ko == "현대자동차"
