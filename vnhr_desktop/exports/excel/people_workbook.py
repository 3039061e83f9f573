"""Tra cứu đại biểu as a workbook: one row per event a person was invited to,
grouped by person, with the attendance; a second sheet with one row per person.

    save_people_workbook(find_people(session, "nguyen van duc"), Path("tra-cuu.xlsx"))
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vnhr_desktop.domain.dates import fmt_datetime
from vnhr_desktop.exports.excel.workbook import SheetColumn, TableWorkbook


def build_people_workbook(result: Any) -> TableWorkbook:
    """``result`` is a services.people.PeopleResult (rendered, never queried;
    typed Any because exports import no service, tests/unit/test_layering.py)."""
    asked = result.name + (f" — {result.agency}" if result.agency else "")
    notes = [] if result.complete else ["Chỉ gồm những người đầu tiên tìm được; hãy tra cứu cụ thể hơn để xem đủ."]
    book = TableWorkbook()
    rows: list[tuple[object, ...]] = []
    for n, person in enumerate(result.people, 1):
        for i, event in enumerate(person.events):
            rows.append(
                (
                    n if i == 0 else None,
                    person.full_name if i == 0 else "",
                    person.agency if i == 0 else "",
                    fmt_datetime(event.starts_at),
                    event.title,
                    "Có mặt" if event.attended else "Vắng",
                )
            )
    book.add_sheet(
        "Tra cứu đại biểu",
        [
            SheetColumn("STT", 6, "int"),
            SheetColumn("Họ và tên", 24),
            SheetColumn("Cơ quan, đơn vị", 30),
            SheetColumn("Thời gian", 17, align="center"),
            SheetColumn("Hội nghị, tập huấn", 50),
            SheetColumn("Tham dự", 10, align="center"),
        ],
        rows,
        title_lines=["KẾT QUẢ TRA CỨU ĐẠI BIỂU"],
        subtitle_lines=[f"(Tìm: {asked})"],
        footer_lines=notes,
    )
    book.add_sheet(
        "Tổng hợp",
        [
            SheetColumn("STT", 6, "int"),
            SheetColumn("Họ và tên", 26),
            SheetColumn("Cơ quan, đơn vị", 36),
            SheetColumn("Số lần được mời", 12, "int"),
            SheetColumn("Số lần có mặt", 12, "int"),
        ],
        [(n, p.full_name, p.agency, p.invited, p.attended) for n, p in enumerate(result.people, 1)],
        title_lines=["TỔNG HỢP SỐ LẦN THAM DỰ CỦA ĐẠI BIỂU"],
        subtitle_lines=[f"(Tìm: {asked})"],
        footer_lines=notes,
        landscape=False,
    )
    return book


def save_people_workbook(result: Any, path: Path) -> Path:
    return build_people_workbook(result).save(path)
