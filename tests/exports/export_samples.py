"""Sample documents shared by the export tests (fixtures in conftest.py)."""

from __future__ import annotations

import datetime as dt
import unicodedata

SUMMARY = (
    "Triển khai đợt cao điểm tuyên truyền thành tựu đảm bảo quyền con người nhân kỷ niệm "
    "76 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024)"
)
POINT_TEXT = (
    "Nâng cao nhận thức của cán bộ, công chức, viên chức, người lao động và Nhân dân về "
    "vấn đề quyền con người; tầm quan trọng của công tác bảo vệ và đấu tranh nhân quyền."
)
SLOGAN = "Nhiệt liệt chào mừng kỷ niệm 76 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024)!"
# Typed with combining marks ("Unicode tổ hợp"); the PDF must carry the NFC form.
DECOMPOSED = unicodedata.normalize("NFD", "Tuyên truyền đến đồng bào dân tộc thiểu số ở ấp, khóm.")


def build_sample_plan() -> bytes:
    from vnhr_desktop.exports.pdf.document import NDDocument
    from vnhr_desktop.exports.pdf.labels import attachment_note
    from vnhr_desktop.exports.pdf.model import AppendixInfo, Column, HeaderInfo, Signature

    doc = NDDocument(
        HeaderInfo(
            issuing_body="Ủy ban nhân dân huyện Châu Thành",
            symbol="KH-UBND",
            number=5,
            place="Châu Thành",
            issued_on=dt.date(2025, 1, 5),
        ),
        kind="Kế hoạch",
        summary=SUMMARY,
    )
    doc.paragraph(
        "Thực hiện Kế hoạch số 05/KH-BCĐNQ ngày 14 tháng 10 năm 2024 của Trưởng Ban "
        "Chỉ đạo Nhân quyền Chính phủ, Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:"
    )
    doc.heading("Mục đích, yêu cầu", 1)
    doc.item(1, "Mục đích", bold=True)
    for n in range(1, 8):
        doc.point(n, POINT_TEXT)
    doc.paragraph('Ký hiệu <b> & "ngoặc" giữ nguyên.')
    doc.paragraph(DECOMPOSED)
    doc.heading("Khẩu hiệu tuyên truyền", 2)
    doc.table(
        [Column("STT", align="center", width_mm=12), Column("Nội dung khẩu hiệu", 5), Column("Số lượng", 1, "right")],
        [[i, SLOGAN, i * 3] for i in range(1, 25)],
    )
    doc.signature(
        Signature(("TM. Ủy ban nhân dân", "KT. Chủ tịch", "Phó Chủ tịch"), name="Nguyễn Văn Đức"),
        recipients=["Như trên", "UBND tỉnh (b/c);", "- Lưu: VT, VHTT."],
    )
    note = attachment_note("Kế hoạch", "05/KH-UBND", dt.date(2025, 1, 5), "Ủy ban nhân dân huyện Châu Thành")
    doc.appendix(AppendixInfo("Kết quả tuyên truyền", label="Phụ lục I", attached_to=note, landscape=True))
    doc.table(
        [Column("STT", align="center", width_mm=12)] + [Column(f"Cột {i}", 1.5) for i in range(8)],
        [[i] + [f"Giá trị {i}.{j}" for j in range(8)] for i in range(1, 40)],
    )
    doc.appendix(AppendixInfo("Danh sách điểm treo băng rôn", label="Phụ lục II", attached_to=note))
    doc.paragraph("Ấp Phú Hòa, xã Đa Lộc.", "body_flat")
    return doc.build()
