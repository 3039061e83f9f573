"""The rows a participant import left out because of errors, as a workbook to send
back to the unit that made the list: each row as it was read, with the reason."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from vnhr_desktop.domain.enums import vi_label
from vnhr_desktop.exports.excel.workbook import SheetColumn, TableWorkbook

if TYPE_CHECKING:
    from vnhr_desktop.imports.participant_preview import ImportPreview

COLUMNS = (
    SheetColumn("Dòng trong tệp", 9, "int"),
    SheetColumn("Họ và tên", 26),
    SheetColumn("Giới tính", 9),
    SheetColumn("Chức vụ", 22),
    SheetColumn("Cơ quan, đơn vị", 30),
    SheetColumn("Điện thoại", 14),
    SheetColumn("Điểm cầu", 20),
    SheetColumn("Lý do chưa nhập", 44),
)


def build_rejected_rows_workbook(preview: ImportPreview) -> TableWorkbook:
    """``preview`` is an imports ImportPreview; only its rows with errors are listed."""
    rows = [
        (
            r.line,
            r.data.full_name,
            vi_label(r.data.gender) if r.data.gender else "",
            r.data.position_title,
            r.data.agency_name,
            r.data.phone,
            r.bridge_text,
            "; ".join(r.errors),
        )
        for r in preview.error_rows
    ]
    book = TableWorkbook()
    book.add_sheet(
        "Dòng chưa nhập",
        COLUMNS,
        rows,
        title_lines=("CÁC DÒNG CHƯA NHẬP ĐƯỢC TỪ DANH SÁCH ĐẠI BIỂU",),
        subtitle_lines=(f"(Tệp {preview.source.name}; sửa các dòng này rồi gửi lại)",),
    )
    return book


def save_rejected_rows(preview: ImportPreview, out: Path) -> Path:
    """Write the workbook through safe_write; returns the path."""
    return build_rejected_rows_workbook(preview).save(out)
