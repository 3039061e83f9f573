"""Attendance summary of an event as a workbook (shared styles), rendered from
:class:`domain.printouts.events.AttendanceSummary`: the totals and the checks,
then the figures by bridge point, by unit and by gender.

    book = build_attendance_workbook(attendance_summary(session, event_id))   # services.event_print
"""

from __future__ import annotations

from collections.abc import Callable

from vnhr_desktop.domain.printouts.events import AttendanceSummary, time_line
from vnhr_desktop.exports.excel.workbook import SheetColumn, TableWorkbook


def build_attendance_workbook(
    data: AttendanceSummary, progress: Callable[[int, int], None] | None = None
) -> TableWorkbook:
    heading = ["TỔNG HỢP SỐ LIỆU THAM DỰ", data.event_title]
    when = [time_line(data.starts_at)]
    book = TableWorkbook(streaming=True)
    book.add_sheet(
        "Tổng hợp",
        [SheetColumn("Chỉ tiêu", 40), SheetColumn("Số lượng", 14, "int"), SheetColumn("Tỷ lệ", 12, "percent")],
        data.figures,
        title_lines=heading,
        subtitle_lines=when,
        footer_lines=data.notes,
        landscape=False,
    )
    points = data.points
    book.add_sheet(
        "Theo điểm cầu",
        [
            SheetColumn("STT", 6, "int", "center"),
            SheetColumn("Điểm cầu", 32),
            SheetColumn("Địa điểm", 34),
            SheetColumn("Trung tâm", 10, align="center"),
            SheetColumn("Dự kiến", 11, "int"),
            SheetColumn("Có mặt", 11, "int"),
            SheetColumn("Trong danh sách", 15, "int"),
            SheetColumn("Có mặt theo danh sách", 16, "int"),
        ],
        [
            (i, p.name, p.place, "x" if p.is_main else "", p.expected, p.actual, p.listed, p.listed_present)
            for i, p in enumerate(points, 1)
        ],
        title_lines=heading,
        subtitle_lines=when,
        total_row=(
            "",
            "Tổng cộng",
            "",
            "",
            sum(p.expected or 0 for p in points),
            sum(p.actual or 0 for p in points),
            sum(p.listed for p in points),
            sum(p.listed_present for p in points),
        ),
    )
    for name, label, groups in (
        ("Theo đơn vị", "Đơn vị", data.by_agency),
        ("Theo giới tính", "Giới tính", data.by_gender),
    ):
        book.add_sheet(
            name,
            [
                SheetColumn("STT", 6, "int", "center"),
                SheetColumn(label, 40),
                SheetColumn("Trong danh sách", 15, "int"),
                SheetColumn("Có mặt", 11, "int"),
                SheetColumn("Vắng", 11, "int"),
            ],
            [(i, g.label, g.registered, g.attended, g.registered - g.attended) for i, g in enumerate(groups, 1)],
            title_lines=heading,
            subtitle_lines=when,
            landscape=False,
            total_row=("", "Tổng cộng", data.registered, data.attended, data.absent),
            progress=progress if name == "Theo đơn vị" else None,
        )
    return book
