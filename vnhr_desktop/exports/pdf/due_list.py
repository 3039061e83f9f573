"""The reminder of due and overdue tasks, per lead agency, on the shared
builder: issuer and place-date at the top, the title and the date it counts
to, one table with a bold row per agency and its tasks under it.

    vnhr-desktop export due-tasks --out nhac-viec.pdf
"""

from __future__ import annotations

from typing import Any

from vnhr_desktop.domain.dates import fmt_date, place_date_line
from vnhr_desktop.domain.printouts.due_list import DueList
from vnhr_desktop.exports.pdf.document import PlainDocument
from vnhr_desktop.exports.pdf.model import Column, PlainTitle

TITLE = "Danh sách nhiệm vụ đến hạn, quá hạn theo cơ quan chủ trì"
COLUMNS = [
    Column("STT", align="center", width_mm=11),
    Column("Nhiệm vụ", 4.6),
    Column("Kế hoạch", align="center", width_mm=31),
    Column("Thời hạn", align="center", width_mm=24),
    Column("Tình trạng", align="center", width_mm=34),
]


def build_due_list(view: DueList) -> PlainDocument:
    doc = PlainDocument(
        PlainTitle(
            view.title or TITLE,
            (view.scope_line,),
            issuer=view.issuer_header,
            top_right=place_date_line(view.place_name, view.today) if view.place_name else "",
        )
    )
    if not view.agencies:
        doc.paragraph("Không có nhiệm vụ nào đến hạn hoặc quá hạn.", "center_italic")
        return doc
    rows: list[list[object]] = []
    bold: list[int] = []
    spans: list[tuple[Any, ...]] = []
    for number, agency in enumerate(view.agencies, start=1):
        bold.append(len(rows))
        spans.append(((1, len(rows) + 1), (4, len(rows) + 1)))  # counted from the header row
        rows.append([number, f"{agency.agency} ({agency.summary})", "", "", ""])
        for index, line in enumerate(agency.lines, start=1):
            rows.append([f"{number}.{index}", line.content, line.plan_label, fmt_date(line.due_date), line.days_text])
    doc.table(COLUMNS, rows, font_size=12, bold_rows=bold, spans=spans)
    doc.paragraph(
        f"Tổng cộng: {view.overdue} nhiệm vụ quá hạn, {view.due_soon} nhiệm vụ sắp đến hạn "
        f"của {len(view.agencies)} cơ quan, đơn vị.",
        "body_flat",
    )
    return doc


def due_list_pdf(view: DueList) -> bytes:
    """PDF bytes of the reminder (``export due-tasks``, the late agencies of a plan)."""
    return build_due_list(view).build()
