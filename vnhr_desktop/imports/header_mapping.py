"""Which column of a participant list holds what.

Real lists word their headers many ways ("Họ và tên", "Họ tên", "Họ, tên đại
biểu", "Đơn vị công tác", "SĐT"...), put a title block above the header row and
sometimes split a header over two rows ("Giới tính" over "Nam" | "Nữ").
Headers are compared folded (no tone marks, đ -> d, lower case, punctuation
as spaces), so "HỌ VÀ TÊN" and "Ho va ten" match alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from vnhr_desktop.domain.text import clean_line, fold

# One row of a sheet: the cell values as openpyxl gives them (str, int, float,
# bool, datetime or None).
SheetRow = tuple[object, ...]

# Field codes of a mapping. "ignore" leaves a column out.
STT = "stt"
FULL_NAME = "full_name"
FAMILY_NAME = "family_name"  # "Họ và tên đệm" when "Tên" is its own column
GIVEN_NAME = "given_name"
GENDER = "gender"
MALE_MARK = "male_mark"  # a "Nam" column with a mark or a birth year
FEMALE_MARK = "female_mark"
POSITION = "position_title"
AGENCY = "agency_name"
PHONE = "phone"
BRIDGE_POINT = "bridge_point"
ATTENDED = "attended"
IGNORE = "ignore"

FIELDS = (
    FULL_NAME,
    FAMILY_NAME,
    GIVEN_NAME,
    GENDER,
    MALE_MARK,
    FEMALE_MARK,
    POSITION,
    AGENCY,
    PHONE,
    BRIDGE_POINT,
    ATTENDED,
    STT,
    IGNORE,
)

# Vietnamese names of the fields, for the command line and documents.
FIELD_LABELS_VI = {
    STT: "STT",
    FULL_NAME: "Họ và tên",
    FAMILY_NAME: "Họ và tên đệm",
    GIVEN_NAME: "Tên",
    GENDER: "Giới tính",
    MALE_MARK: "Nam (đánh dấu)",
    FEMALE_MARK: "Nữ (đánh dấu)",
    POSITION: "Chức vụ",
    AGENCY: "Đơn vị",
    PHONE: "Điện thoại",
    BRIDGE_POINT: "Điểm cầu",
    ATTENDED: "Có mặt",
    IGNORE: "(bỏ qua)",
}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    STT: ("stt", "tt", "so tt", "so thu tu", "thu tu", "no"),
    FULL_NAME: (
        "ho va ten",
        "ho ten",
        "ho va ten dai bieu",
        "ho ten dai bieu",
        "ho, ten",
        "ten dai bieu",
        "dai bieu",
        "ho va ten can bo",
        "ho ten can bo",
        "ho va ten hoc vien",
        "ho ten hoc vien",
        "ho va ten nguoi tham du",
        "full name",
        "name",
    ),
    FAMILY_NAME: ("ho", "ho dem", "ho va ten dem", "ho va dem", "ho va chu lot", "ho lot"),
    GIVEN_NAME: ("ten",),
    GENDER: ("gioi tinh", "gioi", "phai", "nam nu", "nam/nu", "gender", "sex"),
    MALE_MARK: ("nam",),
    FEMALE_MARK: ("nu",),
    POSITION: (
        "chuc vu",
        "chuc danh",
        "chuc vu chuc danh",
        "chuc vu/chuc danh",
        "chuc vu, chuc danh",
        "chuc vu hien nay",
        "chuc danh cong tac",
        "cap bac chuc vu",
        "position",
    ),
    AGENCY: (
        "don vi",
        "don vi cong tac",
        "co quan",
        "co quan don vi",
        "co quan, don vi",
        "noi cong tac",
        "co quan cong tac",
        "don vi cong tac hien nay",
        "dia phuong",
        "don vi/dia phuong",
        "ten don vi",
        "ten co quan",
        "ten co quan don vi",
        "agency",
        "organisation",
        "organization",
    ),
    PHONE: (
        "sdt",
        "so dt",
        "dt",
        "dien thoai",
        "so dien thoai",
        "dien thoai lien he",
        "dtdd",
        "so dien thoai lien he",
        "di dong",
        "phone",
    ),
    BRIDGE_POINT: ("diem cau", "diem cau tham du", "tham du tai diem cau", "dia diem tham du", "diem cau truc tuyen"),
    ATTENDED: ("co mat", "tham du", "diem danh", "da den", "da tham du", "attended"),
    IGNORE: ("ghi chu", "ky ten", "ky nhan", "chu ky", "nam sinh", "ngay sinh", "email", "gmail"),
}
_LOOKUP = {phrase: f for f, phrases in _SYNONYMS.items() for phrase in phrases}
# The same without spaces and separators ("hovaten", "sdt"), for headers typed run together.
_COMPACT = {p.replace(" ", "").replace(",", "").replace("/", ""): f for p, f in reversed(list(_LOOKUP.items()))}
# Headers that name a field with extra words ("Họ và tên (ghi rõ)", "Đơn vị công tác/Địa chỉ").
_PREFIXES = sorted(((p, f) for p, f in _LOOKUP.items() if len(p) >= 5), key=lambda x: -len(x[0]))
_PUNCT = re.compile(r"[\s.,:;()\[\]/\\\-–_*'\"“”]+")
_STT_VALUE = re.compile(r"^\s*\d{1,6}\s*\.?\s*$")


def header_key(text: object) -> str:
    """Folded header text with punctuation as single spaces."""
    return _PUNCT.sub(" ", fold(str(text))).strip() if text is not None else ""


def field_for_header(text: object) -> str | None:
    """The field a header names, or ``None`` when it is not a known header."""
    key = header_key(text)
    if not key:
        return None
    if key in _LOOKUP:
        return _LOOKUP[key]
    compact = _COMPACT.get(key.replace(" ", ""))
    if compact is not None:
        return compact
    for phrase, name in _PREFIXES:
        if key.startswith(phrase + " ") and len(key) <= len(phrase) + 30:
            return name
    return None


def header_score(values: Iterable[object]) -> int:
    """How much a row looks like a header row: the number of distinct known
    fields it names, or 0 when no name column is among them."""
    found = {field_for_header(v) for v in values if isinstance(v, str)}
    found.discard(None)
    if not found & {FULL_NAME, GIVEN_NAME, FAMILY_NAME}:
        return 0
    return len(found - {IGNORE}) + (1 if IGNORE in found else 0)


def find_header_row(rows: Sequence[SheetRow], limit: int = 40) -> int | None:
    """0-based index of the header row among the first ``limit`` rows (the one
    naming the most fields; at least a name column and one other), else None."""
    best, best_score = None, 1
    for index, row in enumerate(rows[:limit]):
        score = header_score(row)
        if score > best_score:
            best, best_score = index, score
    return best


def is_sub_header(row: SheetRow) -> bool:
    """A second header row under a split header ("Nam" | "Nữ" under "Giới tính")."""
    texts = [v for v in row if v is not None and str(v).strip()]
    if not texts or any(not isinstance(v, str) for v in texts):
        return False
    return all(field_for_header(v) is not None for v in texts)


def combined_headers(main: SheetRow, sub: SheetRow | None, width: int) -> list[str]:
    """One header text per column; a sub-header that names a field wins."""
    out = []
    for i in range(width):
        top = main[i] if i < len(main) else None
        low = sub[i] if sub is not None and i < len(sub) else None
        if low is not None and field_for_header(low) is not None:
            out.append(clean_line(str(low)))
        else:
            out.append(clean_line(str(top)) if top is not None else "")
    return out


def suggest_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> field for every column with a recognised header; each
    field is used once (the first column wins). A lone "Tên" after a "Họ"
    column is the given name; without one it is the full name."""
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for index, text in enumerate(clean_line(h) for h in headers):
        name = field_for_header(text)
        if name is None:
            continue
        if name != IGNORE and name in used:
            continue
        mapping[index] = name
        used.add(name)
    if GIVEN_NAME in used and FAMILY_NAME not in used and FULL_NAME not in used:
        for index, name in mapping.items():
            if name == GIVEN_NAME:
                mapping[index] = FULL_NAME
    if FAMILY_NAME in used and GIVEN_NAME not in used and FULL_NAME not in used:
        for index, name in mapping.items():
            if name == FAMILY_NAME:
                mapping[index] = FULL_NAME
    return mapping


def mapping_problems(mapping: dict[int, str]) -> list[str]:
    """What makes a mapping unusable, in Vietnamese (empty when it is fine)."""
    fields = [f for f in mapping.values() if f != IGNORE]
    problems = []
    if FULL_NAME not in fields and GIVEN_NAME not in fields:
        problems.append("Chưa chọn cột Họ và tên.")
    if FULL_NAME in fields and (GIVEN_NAME in fields or FAMILY_NAME in fields):
        problems.append("Đã có cột Họ và tên thì không chọn thêm cột Họ đệm hoặc Tên.")
    doubled = sorted({f for f in fields if fields.count(f) > 1})
    for name in doubled:
        problems.append(f"Cột “{FIELD_LABELS_VI[name]}” được chọn hai lần.")
    return problems


def looks_like_number(value: object) -> bool:
    """An STT cell: a whole number (also "12." typed as text)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return float(value).is_integer()
    return isinstance(value, str) and bool(_STT_VALUE.match(value))
