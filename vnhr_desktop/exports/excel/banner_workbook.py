"""The banner schedule workbook of a plan, in the shared workbook styles:

* "Lịch treo": one row per placement with every field, dates as real dates;
* "Tổng hợp": places and pieces per form;
* "Khẩu hiệu": the plan's slogans with their places and pieces.

    banner_workbook_xlsx(schedule) -> bytes   # schedule: services.banner_schedule.banner_schedule
"""

from __future__ import annotations

from vnhr_desktop.domain.banner_rules import STATUS_LABELS
from vnhr_desktop.domain.enums import vi_label
from vnhr_desktop.domain.printouts.banners import BannerSchedule
from vnhr_desktop.exports.excel.workbook import SheetColumn, TableWorkbook
from vnhr_desktop.exports.pdf.labels import attachment_note

TITLE = "DANH SÁCH TREO BĂNG RÔN, KHẨU HIỆU TUYÊN TRUYỀN"

SCHEDULE_COLUMNS = [
    SheetColumn("STT", 6, "int", "center"),
    SheetColumn("Khẩu hiệu", 48),
    SheetColumn("Hình thức", 14),
    SheetColumn("Địa điểm", 34),
    SheetColumn("Xã, phường", 14),
    SheetColumn("Kích thước", 12, align="center"),
    SheetColumn("Số lượng", 9, "int"),
    SheetColumn("Từ ngày", 12, "date"),
    SheetColumn("Đến ngày", 12, "date"),
    SheetColumn("Đơn vị thực hiện", 24),
    SheetColumn("Trạng thái", 11),
    SheetColumn("Ngày treo", 12, "date"),
    SheetColumn("Ngày tháo", 12, "date"),
    SheetColumn("Ghi chú", 24),
]
TOTAL_COLUMNS = [
    SheetColumn("STT", 6, "int", "center"),
    SheetColumn("Hình thức", 30),
    SheetColumn("Số vị trí", 12, "int"),
    SheetColumn("Số lượng", 12, "int"),
]
SLOGAN_COLUMNS = [
    SheetColumn("STT", 6, "int", "center"),
    SheetColumn("Khẩu hiệu", 80),
    SheetColumn("Số vị trí", 12, "int"),
    SheetColumn("Số lượng", 12, "int"),
]


def _subtitles(schedule: BannerSchedule) -> list[str]:
    lines = []
    if schedule.plan_number_symbol:
        lines.append(
            attachment_note(
                "Kế hoạch",
                schedule.plan_number_symbol,
                schedule.plan_issued_on,
                schedule.issuer_name,
                schedule.plan_year,
            )
        )
    start, end = schedule.window
    if start and end:
        lines.append(f"Thời gian treo: từ {start:%d/%m/%Y} đến hết {end:%d/%m/%Y}")
    return lines


def build_banner_workbook(schedule: BannerSchedule) -> TableWorkbook:
    book = TableWorkbook()
    subtitles = _subtitles(schedule)
    rows = [
        (
            i,
            r.slogan,
            vi_label(r.form),
            r.location,
            r.commune,
            r.size_text,
            r.quantity,
            r.start_date,
            r.end_date,
            r.agency,
            STATUS_LABELS.get(r.status, r.status),
            r.hung_on,
            r.removed_on,
            r.note,
        )
        for i, r in enumerate(schedule.rows, start=1)
    ]
    book.add_sheet(
        "Lịch treo",
        SCHEDULE_COLUMNS,
        rows,
        title_lines=[TITLE],
        subtitle_lines=subtitles,
        total_row=(None, "Tổng cộng", None, f"{len(rows)} vị trí", None, None, schedule.total_quantity),
    )
    totals = [(i, t.label, t.places, t.quantity) for i, t in enumerate(schedule.totals, start=1)]
    book.add_sheet(
        "Tổng hợp",
        TOTAL_COLUMNS,
        totals,
        title_lines=["TỔNG HỢP THEO HÌNH THỨC"],
        subtitle_lines=subtitles,
        landscape=False,
        total_row=(None, "Tổng cộng", schedule.total_places, schedule.total_quantity),
    )
    per_slogan: dict[int, list[int]] = {}
    for r in schedule.rows:
        entry = per_slogan.setdefault(r.slogan_id, [0, 0])
        entry[0] += 1
        entry[1] += r.quantity
    slogans = dict(schedule.slogans)  # the plan's own first, then any other slogan it hangs
    for r in schedule.rows:
        slogans.setdefault(r.slogan_id, r.slogan)
    slogan_rows = [(i, text, *per_slogan.get(sid, [0, 0])) for i, (sid, text) in enumerate(slogans.items(), start=1)]
    book.add_sheet(
        "Khẩu hiệu",
        SLOGAN_COLUMNS,
        slogan_rows,
        title_lines=["DANH MỤC KHẨU HIỆU"],
        subtitle_lines=subtitles,
        landscape=False,
    )
    return book


def banner_workbook_xlsx(schedule: BannerSchedule) -> bytes:
    """The workbook of ``vnhr-desktop export banners PLAN_ID --out FILE.xlsx``."""
    return build_banner_workbook(schedule).to_bytes()
