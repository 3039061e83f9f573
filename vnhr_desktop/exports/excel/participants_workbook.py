"""The participant list of an event as a workbook (shared styles), rendered from
:class:`domain.printouts.events.ParticipantList`: one row per person in
Vietnamese order, the bridge point and whether they attended. Long lists are
streamed row by row (the workbook's streaming mode).

    book = build_participants_workbook(participant_list(session, event_id))   # services.event_print
"""

from __future__ import annotations

from collections.abc import Callable

from vnhr_desktop.domain.printouts.events import ParticipantList, time_line
from vnhr_desktop.exports.excel.workbook import SheetColumn, TableWorkbook

COLUMNS = (
    SheetColumn("STT", 6, "int", "center"),
    SheetColumn("Họ và tên", 28),
    SheetColumn("Giới tính", 10),
    SheetColumn("Chức vụ", 24),
    SheetColumn("Đơn vị", 36),
    SheetColumn("Điện thoại", 15),
    SheetColumn("Điểm cầu", 28),
    SheetColumn("Có mặt", 9, align="center"),
)


def build_participants_workbook(
    data: ParticipantList, progress: Callable[[int, int], None] | None = None
) -> TableWorkbook:
    """The TableWorkbook (not yet saved); ``progress(done, total)`` as rows are written."""
    book = TableWorkbook(streaming=True)
    book.add_sheet(
        "Danh sách đại biểu",
        COLUMNS,
        data.rows,
        title_lines=["DANH SÁCH ĐẠI BIỂU", data.event_title],
        subtitle_lines=[time_line(data.starts_at), f"Tổng số: {data.listed} đại biểu; có mặt: {data.present}."],
        progress=progress,
    )
    return book
