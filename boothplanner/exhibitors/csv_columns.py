"""Which exhibitor field each CSV header names: English and Korean spellings, any case."""

from __future__ import annotations

import re

# Field -> header spellings, written as people type them; matching ignores case, spaces,
# underscores, hyphens and dots, so "Booth No.", "booth_no" and "BOOTH NO" are one spelling.
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "exhibitor id", "company id", "참가사ID", "참가업체ID", "업체ID", "참가사코드", "업체코드"),
    "name": ("name", "company", "company name", "English name", "name (English)", "name (en)", "name_en",
             "company (English)", "회사명(영문)", "영문회사명", "영문명", "업체명(영문)",
             "참가사명(영문)", "기업명(영문)"),
    "name_ko": ("name_ko", "Korean name", "name (Korean)", "name (ko)", "company (Korean)", "회사명",
                "회사명(국문)", "회사명(한글)", "국문회사명", "한글회사명", "국문명", "한글명", "업체명",
                "업체명(국문)", "참가사명", "참가사명(국문)", "기업명", "기업명(국문)"),
    "category": ("category", "sector", "분류", "카테고리", "전시분야", "품목"),
    "contact_name": ("contact_name", "contact", "contact person", "담당자", "담당자명",
                     "담당자 이름", "담당자 성명"),
    "email": ("email", "mail", "email address", "이메일", "전자우편", "담당자 이메일"),
    "phone": ("phone", "telephone", "tel", "phone number", "mobile", "전화", "전화번호", "연락처",
              "휴대폰", "휴대전화", "담당자 연락처"),
    "website": ("website", "web", "url", "homepage", "웹사이트", "홈페이지"),
    "booth": ("booth", "booth number", "booth no", "booth #", "stand", "부스", "부스번호"),
}
FIELDS = tuple(ALIASES)
NAME_FIELDS = ("name", "name_ko")

_IGNORED = re.compile(r"[\s_\-.]+")


def header_key(text: str) -> str:
    """A header as compared: without case, spaces, underscores, hyphens, dots or a stray BOM."""
    return _IGNORED.sub("", text.replace("\ufeff", "")).casefold()


_BY_KEY = {header_key(alias): field for field, aliases in ALIASES.items() for alias in aliases}


def field_for_header(text: str) -> str | None:
    """The exhibitor field a header names, or None for a column the import does not use."""
    return _BY_KEY.get(header_key(text))


def column_letter(index: int) -> str:
    """Spreadsheet column name for a 0-based index: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
