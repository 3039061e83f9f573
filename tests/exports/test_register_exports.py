"""The register of outgoing documents (sổ đăng ký văn bản đi), PDF and Excel."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
from openpyxl import load_workbook
from sqlalchemy import select

from vnhr_desktop.cli import main
from vnhr_desktop.domain.plan_data import PlanDetail
from vnhr_desktop.persistence.models import Issuer
from vnhr_desktop.services import plans
from vnhr_desktop.services.plan_issue import issue_plan


def bcd_id(db) -> int:
    with db.Session() as s:
        return s.scalar(select(Issuer.id).where(Issuer.code == "BCĐNQ"))


def test_register_pdf_for_a_year(sample_db, tmp_path):
    from vnhr_desktop.services.document_export import export_document

    issuer = bcd_id(sample_db)
    with sample_db.session() as s:
        plan_id, _ = plans.save_plan(
            s,
            PlanDetail(
                title="Kế hoạch tổng kết công tác nhân quyền năm 2024",
                issuer_id=issuer,
                period_start=dt.date(2024, 12, 1),
                period_end=dt.date(2024, 12, 31),
            ),
            today=dt.date(2024, 12, 1),
        )
        issue_plan(s, plan_id, dt.date(2024, 12, 20))
        out = export_document(s, "register", issuer, tmp_path / "so.pdf", year=2024, today=dt.date(2024, 12, 31))
    with pdfplumber.open(io.BytesIO(out.read_bytes())) as pdf:
        page = pdf.pages[0]
        text = " ".join((page.extract_text() or "").split())
        assert page.width > page.height  # a wide register prints landscape
        assert len(pdf.pages) == 1
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐI" in text and "Năm 2024" in text
    assert "Số, ký hiệu Ngày tháng Tên loại và trích yếu nội dung Người ký Nơi nhận Ghi chú" in text
    assert text.index("27/KH-BCĐNQ") < text.index("28/KH-BCĐNQ")
    assert "Kế hoạch: Triển khai đợt cao điểm" in text and "20/12/2024" in text
    assert "Tổng số: 2 văn bản." in text and "Châu Thành, ngày 31 tháng 12 năm 2024" in text


def test_register_export_command_uses_this_year(sample_db, data_paths, tmp_path):
    issuer = bcd_id(sample_db)
    today = dt.date.today()
    with sample_db.session() as s:
        plan_id, _ = plans.save_plan(
            s,
            PlanDetail(title="Kế hoạch tuyên truyền năm nay", issuer_id=issuer, period_start=today, period_end=today),
            today=today,
        )
        issue_plan(s, plan_id, today)
    out = tmp_path / "so.xlsx"
    code = main(["--data-dir", str(data_paths.root), "export", "register", str(issuer), "--out", str(out)])
    assert code == 0
    ws = load_workbook(out).active
    assert ws.title == f"Văn bản đi {today.year}"
    assert ws["A1"].value == "SỔ ĐĂNG KÝ VĂN BẢN ĐI" and ws["A2"].value == f"Năm {today.year}"
    head = ws[ws.freeze_panes].row - 1
    assert [c.value for c in ws[head]][:3] == ["Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung"]
    row = [c.value for c in ws[head + 1]]
    assert row[0] == "01/KH-BCĐNQ" and row[2] == "Kế hoạch: Kế hoạch tuyên truyền năm nay"
    assert row[1].date() == today and ws.cell(head + 1, 2).number_format == "dd/mm/yyyy"
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == f"${head}:${head}"


def test_register_of_an_unknown_issuer_is_a_plain_error(sample_db, data_paths, tmp_path, capsys):
    code = main(["--data-dir", str(data_paths.root), "export", "register", "999", "--out", str(tmp_path / "x.pdf")])
    assert code != 0
    assert "Không có cơ quan ban hành số 999" in capsys.readouterr().err
