"""Sign-in sheets (danh sách ký tên) of an event, rendered from
:class:`domain.printouts.events.SigninSheets`: one section per bridge point,
each on a new page with its own title block (event, time, bridge point), then
STT, Họ và tên, Chức vụ, Đơn vị, Ký tên with rows tall enough to sign in. On
every later page of a section the header row is repeated under a line naming
the bridge point ("... (tiếp theo)"); the page numbers run through the whole
document. A section may end with numbered blank rows for walk-ins. Built on
the shared document builder.

    pdf_bytes = build_signin_pdf(signin_sheets(session, event_id))   # services.event_print
"""

from __future__ import annotations

from collections.abc import Callable

from vnhr_desktop.domain.printouts.events import SigninSection, SigninSheets, time_line
from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.errors import UserError
from vnhr_desktop.exports.pdf.document import PlainDocument
from vnhr_desktop.exports.pdf.model import Column, PlainTitle

ROW_HEIGHT_MM = 13.0
TITLE = "Danh sách đại biểu ký tên"
COLUMNS = (
    Column("STT", align="center", width_mm=12),
    Column("Họ và tên", 1.45),
    Column("Chức vụ", 1.0),
    Column("Đơn vị", 1.45),
    Column("Ký tên", width_mm=30),
)


def section_title(sheets: SigninSheets, section: SigninSection) -> PlainTitle:
    lines = [sheets.event_title, time_line(sheets.starts_at)]
    if section.point:
        lines.append(f"Điểm cầu: {section.point}")
        if section.place and section.place != section.point:
            lines.append(f"Địa điểm: {section.place}")
    elif sheets.venue:
        lines.append(f"Địa điểm: {sheets.venue}")
    return PlainTitle(TITLE, tuple(line for line in lines if line), issuer=sheets.issuer, subtitle_italic=False)


def continued_line(sheets: SigninSheets, section: SigninSection) -> str:
    """The line above the header on a section's later pages."""
    name = clean_line(section.point or sheets.venue or sheets.event_title)
    return f"{name} (tiếp theo)"


def build_signin_pdf(sheets: SigninSheets, progress: Callable[[int, int], None] | None = None) -> bytes:
    """The PDF bytes; one section per entry of ``sheets.sections``.
    ``progress(done, total)`` is called with the rows laid out so far."""
    if not sheets.sections:
        raise UserError("Hội nghị chưa có đại biểu nào trong danh sách; chưa in được danh sách ký tên.")
    total = sum(len(s.people) + s.blank_rows for s in sheets.sections)
    done = 0
    doc: PlainDocument | None = None
    for section in sheets.sections:
        title = section_title(sheets, section)
        if doc is None:
            doc = PlainDocument(title, author=clean_line(sheets.issuer))
        else:
            doc.section(title, own_numbers=False)
        rows = [(i, name, position, unit, "") for i, (name, position, unit) in enumerate(section.people, start=1)]
        rows += [(len(rows) + i, "", "", "", "") for i in range(1, section.blank_rows + 1)]
        step: Callable[[int, int], None] | None = None
        if progress is not None:
            step = (lambda offset: lambda rows_done, _n: progress(offset + rows_done, total))(done)
        doc.table(
            COLUMNS,
            rows,
            font_size=12,
            body_valign="MIDDLE",
            plain=True,
            min_row_height_mm=ROW_HEIGHT_MM,
            continued=continued_line(sheets, section),
            progress=step,
        )
        doc.paragraph(f"Tổng số: {len(section.people)} đại biểu.", "note")
        done += len(rows)
    assert doc is not None  # there is a section at least
    return doc.build()
