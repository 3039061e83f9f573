"""Attendance summary of an event as a workbook (shared styles): the totals and
the checks, then the figures by bridge point, by unit and by gender.

    export_attendance_xlsx(session, event_id, Path("tong-hop.xlsx"))
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from vnhr_desktop.domain.enums import vi_label
from vnhr_desktop.errors import NotFound


def _rate(part: int, whole: int | None) -> float | None:
    return part / whole if whole else None


def _summary_rows(stats) -> list[tuple]:
    return [
        ("Số đại biểu được mời", stats.invited, None),
        ("Số đại biểu trong danh sách", stats.registered, None),
        ("Có mặt theo danh sách", stats.attended, _rate(stats.attended, stats.registered)),
        ("Vắng theo danh sách", stats.absent, _rate(stats.absent, stats.registered)),
        ("Dự kiến tại các điểm cầu", stats.bridge_expected, None),
        ("Có mặt tại các điểm cầu", stats.bridge_actual, _rate(stats.bridge_actual, stats.bridge_expected)),
        ("Tổng số người tham dự", stats.present_total, _rate(stats.present_total, stats.invited)),
    ]


def build_attendance_workbook(session: Session, event_id: int):
    from vnhr_desktop.exports.excel.workbook import SheetColumn, TableWorkbook
    from vnhr_desktop.exports.pdf.signin_sheets import time_line
    from vnhr_desktop.persistence.models import TrainingEvent
    from vnhr_desktop.services.event_stats import bridge_figures, event_stats
    from vnhr_desktop.services.events import event_issues

    event = session.get(TrainingEvent, event_id)
    if event is None:
        raise NotFound(f"Không có hội nghị, sự kiện số {event_id}.")
    stats = event_stats(session, event_id)
    heading = ["TỔNG HỢP SỐ LIỆU THAM DỰ", event.title]
    when = [time_line(event.starts_at)]
    book = TableWorkbook()
    notes = [f"Lưu ý: {i.message}" for i in event_issues(session, event_id) if not i.is_error]
    book.add_sheet(
        "Tổng hợp",
        [SheetColumn("Chỉ tiêu", 40), SheetColumn("Số lượng", 14, "int"), SheetColumn("Tỷ lệ", 12, "percent")],
        _summary_rows(stats),
        title_lines=heading,
        subtitle_lines=when,
        footer_lines=notes,
        landscape=False,
    )
    points = bridge_figures(session, event_id)
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
    for name, label, pairs in (
        ("Theo đơn vị", "Đơn vị", stats.by_agency),
        ("Theo giới tính", "Giới tính", stats.by_gender),
    ):
        values = [
            (
                i,
                vi_label(p.label) if name == "Theo giới tính" else p.label,
                p.registered,
                p.attended,
                p.registered - p.attended,
            )
            for i, p in enumerate(pairs, 1)
        ]
        book.add_sheet(
            name,
            [
                SheetColumn("STT", 6, "int", "center"),
                SheetColumn(label, 40),
                SheetColumn("Trong danh sách", 15, "int"),
                SheetColumn("Có mặt", 11, "int"),
                SheetColumn("Vắng", 11, "int"),
            ],
            values,
            title_lines=heading,
            subtitle_lines=when,
            landscape=False,
            total_row=("", "Tổng cộng", stats.registered, stats.attended, stats.absent),
        )
    return book


def export_attendance_xlsx(session: Session, event_id: int, out: Path) -> Path:
    """The exporter behind ``vnhr-desktop export attendance EVENT_ID --out FILE.xlsx``."""
    return build_attendance_workbook(session, event_id).save(Path(out))
