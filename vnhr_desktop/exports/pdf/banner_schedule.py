"""The banner schedule of a plan on A4 landscape, for the hanging teams and the
office file: a title block, one table row per placement (STT, khẩu hiệu, hình
thức, địa điểm, kích thước, số lượng, thời gian treo, đơn vị thực hiện), a
total row, the totals by form and the plan's signer.

    banner_schedule_pdf(schedule) -> bytes   # schedule: services.banner_schedule.banner_schedule
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Paragraph, Table

from vnhr_desktop.domain.dates import date_words, fmt_date, fmt_int, place_date_line
from vnhr_desktop.domain.enums import vi_label
from vnhr_desktop.domain.printouts.banners import BannerSchedule
from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.exports.pdf.document import PlainDocument
from vnhr_desktop.exports.pdf.labels import attachment_note
from vnhr_desktop.exports.pdf.model import Column, PlainTitle, Signature
from vnhr_desktop.exports.pdf.signature import LEFT_FRACTION, signature_block
from vnhr_desktop.exports.pdf.styles import MM
from vnhr_desktop.exports.pdf.tables import build_table

TITLE = "Danh sách treo băng rôn, khẩu hiệu tuyên truyền"
COLUMNS = [
    Column("STT", align="center", width_mm=11),
    Column("Khẩu hiệu", 3.3),
    Column("Hình thức", 1.15, "center"),
    Column("Địa điểm", 2.45),
    Column("Kích thước", 1.1, "center"),
    Column("Số lượng", 0.75, "center"),
    Column("Thời gian treo", 1.15, "center"),
    Column("Đơn vị thực hiện", 1.6),
]
TOTAL_COLUMNS = [
    Column("STT", align="center", width_mm=11),
    Column("Hình thức", 2.6),
    Column("Số vị trí", 1, "center"),
    Column("Số lượng", 1, "center"),
]


def period_text(start: dt.date | None, end: dt.date | None) -> str:
    """ "20/11/2024 -\\n31/12/2024" (two lines fit the narrow column)."""
    if start and end:
        return f"{fmt_date(start)} -\n{fmt_date(end)}"
    if start:
        return f"Từ {fmt_date(start)}"
    if end:
        return f"Đến {fmt_date(end)}"
    return ""


def window_text(window: tuple[dt.date | None, dt.date | None]) -> str:
    start, end = window
    if start and end:
        return f"Thời gian treo: từ {date_words(start)} đến hết {date_words(end)}"
    return ""


def build_schedule_document(schedule: BannerSchedule, printed_on: dt.date | None = None) -> PlainDocument:
    printed_on = printed_on or dt.date.today()
    subtitle = []
    if schedule.plan_number_symbol:
        subtitle.append(
            attachment_note(
                "Kế hoạch",
                schedule.plan_number_symbol,
                schedule.plan_issued_on,
                schedule.issuer_name,
                schedule.plan_year,
            )
        )
    else:
        subtitle.append(f"({clean_line(schedule.plan_title)})")
    if window_text(schedule.window):
        subtitle.append(window_text(schedule.window))
    doc = PlainDocument(
        PlainTitle(
            TITLE,
            tuple(subtitle),
            issuer=schedule.issuer_header,
            top_right=place_date_line(schedule.place_name, printed_on),
        ),
        landscape=True,
    )
    rows = [
        [
            i,
            r.slogan,
            vi_label(r.form),
            r.place,
            r.size_text,
            fmt_int(r.quantity),
            period_text(r.start_date, r.end_date),
            r.agency,
        ]
        for i, r in enumerate(schedule.rows, start=1)
    ]
    if rows:
        total = len(rows) + 1  # counted from the header row
        rows.append(
            ["Tổng cộng", "", "", f"{fmt_int(len(schedule.rows))} vị trí", "", fmt_int(schedule.total_quantity), "", ""]
        )
        doc.table(COLUMNS, rows, font_size=11.5, bold_rows=[len(rows) - 1], spans=[((0, total), (2, total))])
    else:
        doc.paragraph("Kế hoạch chưa có vị trí treo nào.", "center_italic")
    doc.flowable(_closing(doc, schedule))
    return doc


def _closing(doc: PlainDocument, schedule: BannerSchedule) -> Table:
    """The totals by form on the left, the plan's signer on the right."""
    totals = [[i, t.label, fmt_int(t.places), fmt_int(t.quantity)] for i, t in enumerate(schedule.totals, start=1)]
    totals.append(["Tổng cộng", "", fmt_int(schedule.total_places), fmt_int(schedule.total_quantity)])
    last = len(totals)
    width = doc.frame_width * LEFT_FRACTION - 6 * MM
    table = build_table(
        TOTAL_COLUMNS, totals, width, font_size=12, bold_rows=[last - 1], spans=[((0, last), (1, last))]
    )
    left = [Paragraph("Tổng hợp theo hình thức", doc.styles["item_title"]), table]
    authority, title, name = schedule.signer
    signature = Signature.of(authority, title, name) if clean_line(name) or clean_line(title) else None
    return signature_block(signature, (), doc.frame_width, left=left, space_before=4)


def banner_schedule_pdf(schedule: BannerSchedule, printed_on: dt.date | None = None) -> bytes:
    """The PDF of ``vnhr-desktop export banners PLAN_ID --out FILE.pdf``."""
    return build_schedule_document(schedule, printed_on).build()
