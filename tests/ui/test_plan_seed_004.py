"""Acceptance: the 2024 peak-campaign plan of seed 004 entered from scratch in the
editor, issued with a register number and printed."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber

from vnhr_desktop.domain.office import OfficeProfileData
from vnhr_desktop.services.office import save_profile
from vnhr_desktop.services.sample_province import (
    PROVINCE_CLOSING,
    PROVINCE_CONTENT,
    PROVINCE_IMPLEMENTS,
    PROVINCE_ORGANISATION,
    PROVINCE_PURPOSE,
    PROVINCE_RECIPIENTS,
    PROVINCE_TITLE,
)
from vnhr_desktop.ui.dialogs.plan_editor import PlanEditorDialog
from vnhr_desktop.ui.dialogs.plan_issue_dialog import PlanIssueDialog
from vnhr_desktop.ui.dialogs.plan_issuer_dialog import PlanIssuerDialog

TASKS = [
    (
        "Chỉ đạo các cơ quan truyền thông viết bài, xây dựng phóng sự,... và đăng tải, phát sóng bài viết, "
        "phóng sự tuyên truyền thành tựu đảm bảo quyền con người của địa phương.",
        "Sở Thông tin và Truyền thông",
    ),
    (
        "Phối hợp với các đơn vị liên quan tổ chức treo băng rôn, áp phích, biểu ngữ kỷ niệm 76 năm Ngày Nhân "
        "quyền thế giới (10/12/1948 - 10/12/2024), theo các nội dung và thời gian nêu trên.",
        "Sở Văn hóa, Thể thao và Du lịch",
    ),
    (
        "Theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch này; tổng hợp tình hình, kết quả thực hiện báo cáo "
        "Ban Chỉ đạo Nhân quyền Chính phủ theo đúng thời gian quy định.",
        "Công an tỉnh",
    ),
]


def test_enter_issue_and_print_the_2024_plan(qtbot, db, vi, tmp_path, monkeypatch):
    with db.session() as s:
        save_profile(
            s,
            OfficeProfileData(
                office_name="Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh",
                place_name="Trà Vinh",
                parent_body="Ủy ban nhân dân tỉnh Trà Vinh",
            ),
        )
    editor = PlanEditorDialog(db)
    qtbot.addWidget(editor, before_close_func=lambda d: setattr(d, "dirty", False))

    def make_issuer(dialog):
        dialog.edits["name"].setText("Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh")
        dialog.edits["code"].setText("BCĐNQ")
        dialog.edits["parent_line"].setText("UBND TỈNH TRÀ VINH")
        dialog.header_lines.setPlainText("BAN CHỈ ĐẠO VỀ NHÂN QUYỀN")
        dialog.edits["signer_authority"].setText("TRƯỞNG BAN")
        dialog.signer_title.setPlainText("CHỦ TỊCH UBND TỈNH")
        dialog.edits["signer_name"].setText("Lê Văn Hân")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(PlanIssuerDialog, "exec", make_issuer)
    editor.new_issuer()
    h = editor.header
    assert h.symbol.text() == "KH-BCĐNQ" and h.signer_name.text() == "Lê Văn Hân"
    h.title_edit.setPlainText(PROVINCE_TITLE)
    h.implements_text.setText(PROVINCE_IMPLEMENTS)
    for name, text in (
        ("period_start", "05/11/2024"),
        ("period_end", "31/12/2024"),
        ("display_start", "20/11/2024"),
        ("display_end", "31/12/2024"),
        ("report_deadline", "01/01/2025"),
    ):
        h.dates[name].edit.setText(text)
    h.report_to.setText("Cơ quan Thường trực Ban Chỉ đạo về Nhân quyền tỉnh (Công an tỉnh)")
    h.recipients.setPlainText("\n".join(PROVINCE_RECIPIENTS))
    h.closing.setPlainText(PROVINCE_CLOSING)  # "Trong quá trình ..." closes the plan, unnumbered
    for name, texts in (
        ("purpose", PROVINCE_PURPOSE),
        ("content", PROVINCE_CONTENT),
        ("organisation", PROVINCE_ORGANISATION),
    ):
        for text in texts:
            editor.sections[name].add_paragraph()
            editor.sections[name].text.setPlainText(text)
    for content, agency in TASKS:
        editor.tasks.add_task()
        editor.tasks.content.setPlainText(content)
        editor.tasks.lead.setEditText(agency)
        editor.tasks.due.edit.setText("15/12/2024")
    assert editor.save()
    plan_id = editor.plan_id

    issue = PlanIssueDialog(db, plan_id, today=dt.date(2024, 11, 5))
    qtbot.addWidget(issue)
    assert "01/KH-BCĐNQ" in issue.preview.text()
    issue.issue()
    assert issue.issued_as == "01/KH-BCĐNQ"

    from vnhr_desktop.services.document_export import export_document

    with db.Session() as s:
        pdf = export_document(s, "plan", plan_id, tmp_path / "ke-hoach-01-KH-BCĐNQ.pdf").read_bytes()
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        text = " ".join(" ".join((p.extract_text() or "") for p in doc.pages).split())
        first = doc.pages[0].extract_text()
    assert "UBND TỈNH TRÀ VINH" in first and "BAN CHỈ ĐẠO VỀ NHÂN QUYỀN" in first
    assert "Số: 01/KH-BCĐNQ" in first and "Trà Vinh, ngày 05 tháng 11 năm 2024" in first
    assert "KẾ HOẠCH" in first
    assert "Thực hiện Kế hoạch số 05/KH-BCĐNQ ngày 14 tháng 10 năm 2024 của Trưởng Ban Chỉ đạo" in text
    # as in the seed: item 1 of section III, then the tasks by agency as items 2-4, then the closing
    assert "2. Sở Thông tin và Truyền thông: Chỉ đạo các cơ quan truyền thông" in text
    assert "3. Sở Văn hóa, Thể thao và Du lịch: Phối hợp với các đơn vị liên quan" in text
    assert "4. Công an tỉnh: Theo dõi, đôn đốc" in text
    assert "để được hướng dẫn thực hiện./. Nơi nhận:" in text
    assert "- Lưu: VT, NC." in text and "TRƯỞNG BAN" in text and "CHỦ TỊCH UBND TỈNH" in text
