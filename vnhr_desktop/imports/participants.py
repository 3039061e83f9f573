"""Read and check a participant list from Excel (reliability §7). This module
reads files and returns plain data; the database side (the event's context,
writing the rows in one transaction) is services/participant_import.py.

    sheet = open_participant_sheet(path)                 # guarded, nothing written
    preview = build_preview(sheet, load_context(session, event_id))   # services.participant_import
    preview.mapping                                     # suggested; the user may change it
    preview = build_preview(sheet, context, mapping)    # again after a change
    result = commit_import(session, event_id, sheet, mapping, options)   # services.participant_import

Every row is checked: a name is required; a bridge point must be one of the
event's (or is added, when the user asks); a person already on the list (same
name after NFC and folding, and the same unit or no unit) or twice in the file
is refused. Heading rows ("I. ĐIỂM CẦU HUYỆN CẦU KÈ") and signature lines under
the table are skipped, a heading that names a bridge point assigns it to the
rows under it.
"""

from __future__ import annotations

from vnhr_desktop.domain.events import ParticipantData
from vnhr_desktop.domain.text import fold, proper_name
from vnhr_desktop.imports import header_mapping as hm
from vnhr_desktop.imports.participant_preview import (
    ImportContext,
    ImportOptions,
    ImportPreview,
    ImportResult,
    ImportRow,
)
from vnhr_desktop.imports.participant_sheet import LoadedSheet, open_participant_sheet
from vnhr_desktop.imports.participant_values import attended_flag, cell_text, folded, gender_code, is_marked, phone_text

__all__ = [
    "ImportContext",
    "ImportOptions",
    "ImportPreview",
    "ImportResult",
    "ImportRow",
    "LoadedSheet",
    "build_preview",
    "open_participant_sheet",
]

_FOOTER_WORDS = (
    "tong cong",
    "tong so",
    "cong:",
    "nguoi lap",
    "ghi chu",
    "xac nhan",
    "thu truong",
    "tm ",
    "tm.",
    "kt ",
    "kt.",
    "danh sach nay",
    "an dinh danh sach",
    "noi nhan",
    "lanh dao don vi",
)


def _row_texts(values: hm.SheetRow, columns: dict[str, int]) -> dict[str, str]:
    out = {}
    for name, index in columns.items():
        value = values[index] if index < len(values) else None
        out[name] = phone_text(value) if name == hm.PHONE else cell_text(value)
    return out


def _full_name(texts: dict[str, str]) -> str:
    if hm.FULL_NAME in texts:
        return texts[hm.FULL_NAME]
    return " ".join(t for t in (texts.get(hm.FAMILY_NAME, ""), texts.get(hm.GIVEN_NAME, "")) if t)


def _gender(texts: dict[str, str], row: ImportRow) -> str | None:
    if hm.GENDER in texts:
        code, understood = gender_code(texts[hm.GENDER])
        if not understood:
            row.warnings.append(f"Không hiểu giới tính “{texts[hm.GENDER]}”; để trống.")
        return code
    male, female = is_marked(texts.get(hm.MALE_MARK, "")), is_marked(texts.get(hm.FEMALE_MARK, ""))
    if male and female:
        row.warnings.append("Đánh dấu cả Nam và Nữ; để trống giới tính.")
        return None
    return "male" if male else "female" if female else None


def _same_person(units: list[str], unit: str) -> bool:
    """Same folded name counts as the same person unless both units are given and differ."""
    return any(not other or not unit or other == unit for other in units)


def _is_heading(line: int, sheet: LoadedSheet, texts: dict[str, str], name: str, numbered: bool) -> bool:
    """A group heading: a merged row across the table, an "I."/"A." row, or (in a
    numbered list) a row without a number that holds just one piece of text."""
    if line in sheet.heading_lines:
        return True
    stt = texts.get(hm.STT, "")
    filled = [t for k, t in texts.items() if t and k != hm.STT]
    if stt and not hm.looks_like_number(stt):
        return len(filled) <= 1
    return numbered and not stt and len(filled) == 1 and bool(name)


def _check_row(
    row: ImportRow,
    texts: dict[str, str],
    context: ImportContext,
    options: ImportOptions,
    point: int | None,
    seen: dict[str, list[tuple[str, int]]],
    new_points: dict[str, str],
) -> None:
    name = row.data.full_name
    if not name:
        row.errors.append("Thiếu họ và tên.")
    elif len(name) > 200:
        row.errors.append("Họ và tên quá dài (tối đa 200 ký tự).")
    offered = proper_name(name)
    if name and offered != name:  # offered with a warning, changed only when the officer says so
        if options.proper_case_names:
            row.warnings.append(f"Đã viết hoa họ tên: “{name}” thành “{offered}”.")
            name = offered
        else:
            row.warnings.append(f"Họ tên “{name}” chưa viết hoa; đề nghị: “{offered}”.")
    gender = _gender(texts, row)
    attended = False
    if texts.get(hm.ATTENDED):
        attended, understood = attended_flag(texts[hm.ATTENDED])
        if not understood:
            row.warnings.append(f"Không hiểu cột Có mặt “{texts[hm.ATTENDED]}”; ghi là chưa có mặt.")
    if row.bridge_text:
        point = context.resolve_point(row.bridge_text)
        if point is None and options.create_bridge_points:
            new_points.setdefault(fold(row.bridge_text), row.bridge_text)
            row.warnings.append(f"Sẽ thêm điểm cầu mới “{row.bridge_text}”.")
        elif point is None:
            row.errors.append(f"Điểm cầu “{row.bridge_text}” không có trong hội nghị này.")
    unit = texts.get(hm.AGENCY, "")
    if name:
        key, unit_key = fold(name), folded(unit)
        if _same_person(context.existing.get(key, []), unit_key):
            row.errors.append(f"Trùng với đại biểu đã có trong danh sách: {name}" + (f" ({unit})." if unit else "."))
        else:
            earlier = [ln for u, ln in seen.get(key, []) if _same_person([u], unit_key)]
            if earlier:
                row.errors.append(f"Trùng với dòng {earlier[0]} trong tệp ({name}).")
        seen.setdefault(key, []).append((unit_key, row.line))
    phone = texts.get(hm.PHONE, "")
    if len(phone) > 40:
        row.warnings.append("Số điện thoại quá dài; đã cắt bớt.")
    row.data = ParticipantData(
        full_name=name,
        gender=gender,
        position_title=texts.get(hm.POSITION, ""),
        agency_name=unit,
        phone=phone[:40],
        bridge_point_id=point,
        attended=attended,
    )


def build_preview(
    sheet: LoadedSheet,
    context: ImportContext,
    mapping: dict[int, str] | None = None,
    options: ImportOptions = ImportOptions(),
) -> ImportPreview:
    """Check every row of ``sheet`` under ``mapping`` (the suggested one when None)."""
    mapping = dict(hm.suggest_mapping(sheet.headers) if mapping is None else mapping)
    preview = ImportPreview(
        sheet.source,
        sheet.grid.name,
        sheet.header_line,
        list(sheet.headers),
        mapping,
        hm.mapping_problems(mapping),
        options=options,
        stamp=context.stamp,
    )
    if preview.mapping_errors:
        return preview
    columns = {name: index for index, name in mapping.items() if name != hm.IGNORE}
    table: list[tuple[int, dict[str, str], str]] = []
    for line, values in sheet.data_rows():
        texts = _row_texts(values, columns)
        stt = texts.get(hm.STT, "")
        if any(t for k, t in texts.items() if k != hm.STT) or (stt and not hm.looks_like_number(stt)):
            table.append((line, texts, _full_name(texts)))
    numbered = hm.STT in columns and sum(hm.looks_like_number(t.get(hm.STT)) for _l, t, _n in table) >= 0.8 * len(table)
    seen: dict[str, list[tuple[str, int]]] = {}
    new_points: dict[str, str] = {}
    current_point: int | None = None
    for line, texts, name in table:
        if not texts.get(hm.STT) and fold(name).startswith(_FOOTER_WORDS):
            preview.skipped.append((line, f"Không phải đại biểu: {name}"))
            continue
        if _is_heading(line, sheet, texts, name, numbered):
            heading = " ".join(t for t in texts.values() if t)
            current_point = context.resolve_point(name or heading) or current_point
            preview.skipped.append((line, f"Dòng tiêu đề nhóm: {heading}"))
            continue
        row = ImportRow(line, ParticipantData(full_name=name), texts.get(hm.BRIDGE_POINT, ""))
        _check_row(row, texts, context, options, current_point, seen, new_points)
        preview.rows.append(row)
    preview.new_points = list(new_points.values())
    return preview
