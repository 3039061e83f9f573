"""The progress list of the hanging as a workbook: "Tình hình treo" (one row
per placement with its status and dates as real dates), "Theo trạng thái" and
"Theo xã, phường". Status words are the app's.

    vnhr-desktop export banner-progress PLAN_ID --out tinh-hinh-treo.xlsx
"""

from __future__ import annotations

from vnhr_desktop.domain.printouts.banner_progress import BannerProgress
from vnhr_desktop.exports.excel.workbook import SheetColumn, TableWorkbook
from vnhr_desktop.exports.pdf.banner_progress import TITLE, subtitle_lines

ROW_COLUMNS = [
    SheetColumn("STT", 6, "int", "center"),
    SheetColumn("Khẩu hiệu", 44),
    SheetColumn("Hình thức", 12),
    SheetColumn("Địa điểm", 30),
    SheetColumn("Xã, phường", 14),
    SheetColumn("Số lượng", 9, "int"),
    SheetColumn("Từ ngày", 12, "date"),
    SheetColumn("Đến ngày", 12, "date"),
    SheetColumn("Trạng thái", 12),
    SheetColumn("Ngày treo", 12, "date"),
    SheetColumn("Ngày tháo", 12, "date"),
    SheetColumn("Đơn vị thực hiện", 24),
]
STATUS_COLUMNS = [
    SheetColumn("STT", 6, "int", "center"),
    SheetColumn("Trạng thái", 24),
    SheetColumn("Số vị trí", 12, "int"),
    SheetColumn("Số lượng", 12, "int"),
]


def build_banner_progress_workbook(view: BannerProgress) -> TableWorkbook:
    book = TableWorkbook()
    subtitles = list(subtitle_lines(view))
    rows = [
        (
            i,
            r.slogan,
            r.form_label,
            r.place,
            r.commune,
            r.quantity,
            r.start_date,
            r.end_date,
            r.status_label,
            r.hung_on,
            r.removed_on,
            r.agency,
        )
        for i, r in enumerate(view.rows, start=1)
    ]
    book.add_sheet(
        "Tình hình treo",
        ROW_COLUMNS,
        rows,
        title_lines=[TITLE.upper()],
        subtitle_lines=subtitles,
        total_row=(None, "Tổng cộng", None, f"{view.total_places} vị trí", None, view.total_quantity),
    )
    book.add_sheet(
        "Theo trạng thái",
        STATUS_COLUMNS,
        [(i, s.label, s.places, s.quantity) for i, s in enumerate(view.statuses, start=1)],
        title_lines=["TỔNG HỢP THEO TRẠNG THÁI"],
        subtitle_lines=subtitles,
        landscape=False,
        total_row=(None, "Tổng cộng", view.total_places, view.total_quantity),
    )
    commune_columns = (
        [SheetColumn("STT", 6, "int", "center"), SheetColumn("Xã, phường", 24)]
        + [SheetColumn(s.label, 11, "int") for s in view.statuses]
        + [SheetColumn("Số vị trí", 10, "int"), SheetColumn("Số lượng", 10, "int")]
    )
    book.add_sheet(
        "Theo xã, phường",
        commune_columns,
        [(i, c.commune, *c.counts, c.places, c.quantity) for i, c in enumerate(view.communes, start=1)],
        title_lines=["TỔNG HỢP THEO XÃ, PHƯỜNG"],
        subtitle_lines=subtitles,
        landscape=False,
        total_row=(None, "Tổng cộng", *(s.places for s in view.statuses), view.total_places, view.total_quantity),
    )
    return book


def banner_progress_xlsx(view: BannerProgress) -> bytes:
    return build_banner_progress_workbook(view).to_bytes()
