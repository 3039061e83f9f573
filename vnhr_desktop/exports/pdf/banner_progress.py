"""The progress list of the hanging (tình hình treo băng rôn) on A4
landscape: the schedule with each placement's status, hung and removed dates,
then the totals by status and by commune. Status words are the app's.

    vnhr-desktop export banner-progress PLAN_ID --out tinh-hinh-treo.pdf
"""

from __future__ import annotations

import datetime as dt

from vnhr_desktop.domain.dates import fmt_date, fmt_int, place_date_line
from vnhr_desktop.domain.printouts.banner_progress import BannerProgress
from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.exports.pdf.document import PlainDocument
from vnhr_desktop.exports.pdf.labels import attachment_note
from vnhr_desktop.exports.pdf.model import Column, PlainTitle

TITLE = "Tình hình treo băng rôn, khẩu hiệu tuyên truyền"
COLUMNS = [
    Column("STT", align="center", width_mm=11),
    Column("Khẩu hiệu", 3.2),
    Column("Hình thức", 1.1, "center"),
    Column("Địa điểm", 2.2),
    Column("Xã, phường", 1.2),
    Column("Số lượng", align="center", width_mm=16),
    Column("Thời gian treo", align="center", width_mm=26),
    Column("Trạng thái", align="center", width_mm=22),
    Column("Ngày treo", align="center", width_mm=23),
    Column("Ngày tháo", align="center", width_mm=23),
]


def subtitle_lines(view: BannerProgress) -> tuple[str, ...]:
    if view.plan_number_symbol:
        first = attachment_note(
            "Kế hoạch", view.plan_number_symbol, view.plan_issued_on, view.issuer_name, view.plan_year
        )
    else:
        first = f"({clean_line(view.plan_title)})"
    return (first, f"Tính đến ngày {fmt_date(view.as_of)}")


def period(start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        return f"{fmt_date(start)} -\n{fmt_date(end)}"
    return fmt_date(start or end)


def status_columns(view: BannerProgress) -> list[Column]:
    return (
        [Column("STT", align="center", width_mm=11), Column("Xã, phường", 2.4)]
        + [Column(s.label, 1, "center") for s in view.statuses]
        + [Column("Số vị trí", 1, "center"), Column("Số lượng", 1, "center")]
    )


def build_banner_progress(view: BannerProgress) -> PlainDocument:
    doc = PlainDocument(
        PlainTitle(
            TITLE,
            subtitle_lines(view),
            issuer=view.issuer_header,
            top_right=place_date_line(view.place_name, view.as_of) if view.place_name else "",
        ),
        landscape=True,
    )
    rows = [
        [
            i,
            r.slogan,
            r.form_label,
            r.place,
            r.commune,
            fmt_int(r.quantity),
            period(r.start_date, r.end_date),
            r.status_label,
            fmt_date(r.hung_on),
            fmt_date(r.removed_on),
        ]
        for i, r in enumerate(view.rows, start=1)
    ]
    if not rows:
        doc.paragraph("Kế hoạch chưa có vị trí treo nào.", "center_italic")
        return doc
    total = len(rows) + 1
    rows.append(["Tổng cộng", "", "", f"{fmt_int(view.total_places)} vị trí", "", fmt_int(view.total_quantity)])
    doc.table(COLUMNS, rows, font_size=11, bold_rows=[len(rows) - 1], spans=[((0, total), (2, total))])
    doc.keep_space(45)
    doc.paragraph("Tổng hợp theo trạng thái", "item_title")
    status_rows = [[i, s.label, fmt_int(s.places), fmt_int(s.quantity)] for i, s in enumerate(view.statuses, 1)]
    status_rows.append(["Tổng cộng", "", fmt_int(view.total_places), fmt_int(view.total_quantity)])
    last = len(status_rows)
    doc.table(
        [
            Column("STT", align="center", width_mm=11),
            Column("Trạng thái", 2.4),
            Column("Số vị trí", 1, "center"),
            Column("Số lượng", 1, "center"),
        ],
        status_rows,
        bold_rows=[last - 1],
        spans=[((0, last), (1, last))],
    )
    doc.keep_space(45)
    doc.paragraph("Tổng hợp theo xã, phường (số vị trí)", "item_title")
    commune_rows = [
        [i, c.commune, *(fmt_int(n) for n in c.counts), fmt_int(c.places), fmt_int(c.quantity)]
        for i, c in enumerate(view.communes, 1)
    ]
    commune_rows.append(
        [
            "Tổng cộng",
            "",
            *(fmt_int(s.places) for s in view.statuses),
            fmt_int(view.total_places),
            fmt_int(view.total_quantity),
        ]
    )
    last = len(commune_rows)
    doc.table(status_columns(view), commune_rows, bold_rows=[last - 1], spans=[((0, last), (1, last))])
    return doc


def banner_progress_pdf(view: BannerProgress) -> bytes:
    """PDF bytes of the progress list (``export banner-progress PLAN_ID``)."""
    return build_banner_progress(view).build()
