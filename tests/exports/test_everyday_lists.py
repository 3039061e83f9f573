"""The everyday printouts read back: the due-tasks reminder, a plan's slogan
list and the progress list of the hanging (PDF and workbook)."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from openpyxl import load_workbook
from sqlalchemy import delete, select

from vnhr_desktop.domain.banner_rules import STATUS_LABELS
from vnhr_desktop.exports.excel.banner_progress_workbook import banner_progress_xlsx
from vnhr_desktop.exports.excel.due_list_workbook import due_list_xlsx
from vnhr_desktop.exports.pdf.banner_progress import banner_progress_pdf
from vnhr_desktop.exports.pdf.due_list import due_list_pdf
from vnhr_desktop.persistence.models import BannerPlacement, Plan, Slogan
from vnhr_desktop.services.banner_progress import banner_progress
from vnhr_desktop.services.document_export import export_document
from vnhr_desktop.services.due_list import due_list
from vnhr_desktop.services.sample_data import SLOGANS

TODAY = dt.date(2024, 12, 5)


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def pages(path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


@pytest.fixture
def campaign(sample_db):
    with sample_db.Session() as session:
        return session.scalar(select(Plan.id).where(Plan.number == 27))


def test_slogan_list_prints_every_slogan_of_the_plan_placed_or_not(sample_db, campaign, tmp_path):
    with sample_db.session() as session:
        slogans = list(session.scalars(select(Slogan.id).where(Slogan.plan_id == campaign).order_by(Slogan.position)))
        session.execute(
            delete(BannerPlacement).where(
                BannerPlacement.plan_id == campaign, BannerPlacement.slogan_id.not_in(slogans[:2])
            )
        )
    with sample_db.Session() as session:
        placed = set(session.scalars(select(BannerPlacement.slogan_id).where(BannerPlacement.plan_id == campaign)))
        assert len(placed) == 2
        path = export_document(session, "slogan-list", campaign, tmp_path / "danh-muc.pdf")
    assert pages(path) == 1
    text = flat(pdf_text(path))
    assert "Phụ lục" in text and "DANH MỤC KHẨU HIỆU TUYÊN TRUYỀN" in text
    assert "(Kèm theo Kế hoạch số 27/KH-BCĐNQ ngày 12 tháng 11 năm 2024" in text
    for number, slogan in enumerate(SLOGANS, start=1):
        assert f"{number}. {slogan}" in text
    assert text.index(SLOGANS[0]) < text.index(SLOGANS[7])
    # the print-shop sheets can cover every slogan too, not only the placed ones
    with sample_db.Session() as session:
        placed_only = export_document(session, "slogan-sheets", campaign, tmp_path / "in.pdf")
        every = export_document(session, "slogan-sheets-all", campaign, tmp_path / "in-tat-ca.pdf")
    assert pages(placed_only) == 2 and pages(every) == 8


def test_progress_list_has_app_statuses_and_totals(sample_db, campaign, tmp_path):
    with sample_db.Session() as session:
        view = banner_progress(session, campaign, TODAY)
    by_status = {s.status: s for s in view.statuses}
    assert [s.label for s in view.statuses] == ["Chưa treo", "Đang treo", "Đã tháo"]
    assert (by_status["planned"].places, by_status["up"].places, by_status["removed"].places) == (2, 9, 1)
    assert view.total_places == 12 and sum(c.places for c in view.communes) == 12

    pdf = tmp_path / "tinh-hinh.pdf"
    pdf.write_bytes(banner_progress_pdf(view))
    text = flat(pdf_text(pdf))
    assert "TÌNH HÌNH TREO BĂNG RÔN, KHẨU HIỆU TUYÊN TRUYỀN" in text
    assert "Tính đến ngày 05/12/2024" in text
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        tables = [t for p in doc.pages for t in p.extract_tables()]
    status_table = next(t for t in tables if t[0][:2] == ["STT", "Trạng thái"])
    assert [r[1:] for r in status_table[1:4]] == [
        ["Chưa treo", "2", "5"],
        ["Đang treo", "9", "21"],
        ["Đã tháo", "1", "1"],
    ]
    assert status_table[-1][0] == "Tổng cộng" and status_table[-1][2:] == ["12", "27"]
    commune_table = next(t for t in tables if t[0][:2] == ["STT", "Xã, phường"])
    assert commune_table[0][2:5] == ["Chưa treo", "Đang treo", "Đã tháo"]
    assert commune_table[-1][2:] == ["2", "9", "1", "12", "27"]
    statuses_in_rows = {row[7] for t in tables if t[0][0] == "STT" and len(t[0]) == 10 for row in t[1:-1]}
    assert statuses_in_rows == set(STATUS_LABELS.values())

    xlsx = tmp_path / "tinh-hinh.xlsx"
    xlsx.write_bytes(banner_progress_xlsx(view))
    book = load_workbook(xlsx)
    rows = [r for r in book["Tình hình treo"].iter_rows(values_only=True) if isinstance(r[0], int)]
    assert len(rows) == 12 and {r[8] for r in rows} == {"Chưa treo", "Đang treo", "Đã tháo"}
    removed = next(r for r in rows if r[8] == "Đã tháo")
    assert removed[10] == dt.datetime(2024, 12, 15)
    summary = [r for r in book["Theo trạng thái"].iter_rows(values_only=True) if r[1] in STATUS_LABELS.values()]
    assert [(r[1], r[2], r[3]) for r in summary] == [("Chưa treo", 2, 5), ("Đang treo", 9, 21), ("Đã tháo", 1, 1)]
    total = [r for r in book["Theo xã, phường"].iter_rows(values_only=True) if r[1] == "Tổng cộng"][0]
    assert total[2:] == (2, 9, 1, 12, 27)


def test_due_list_names_agencies_and_days(sample_db, tmp_path):
    with sample_db.Session() as session:
        view = due_list(session, TODAY, 7)
    names = [a.agency for a in view.agencies]
    assert names == ["Phòng Giáo dục và Đào tạo", "Phòng Văn hóa và Thông tin"]  # in alphabetical order
    assert "Công an huyện" not in names  # due 30/12/2024, outside the seven days

    pdf = tmp_path / "nhac-viec.pdf"
    pdf.write_bytes(due_list_pdf(view))
    text = flat(pdf_text(pdf))
    assert "DANH SÁCH NHIỆM VỤ ĐẾN HẠN, QUÁ HẠN THEO CƠ QUAN CHỦ TRÌ" in text
    assert "Tính đến ngày 05/12/2024" in text
    assert "Phòng Văn hóa và Thông tin (1 quá hạn)" in text
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        rows = [row for p in doc.pages for t in p.extract_tables() for row in t]
    by_due = {row[3]: row for row in rows if row[3] and row[3][:2].isdigit()}
    assert by_due["20/11/2024"][4] == "Quá hạn 15 ngày" and by_due["20/11/2024"][2] == "27/KH-BCĐNQ"
    assert by_due["10/12/2024"][4] == "Còn 5 ngày"
    heads = [row[1] for row in rows if row[0] and row[0].isdigit()]
    assert heads[: len(names)] == [f"{a.agency} ({a.summary})" for a in view.agencies]

    xlsx = tmp_path / "nhac-viec.xlsx"
    xlsx.write_bytes(due_list_xlsx(view))
    rows = [r for r in load_workbook(xlsx).active.iter_rows(values_only=True) if isinstance(r[0], int)]
    vh = next(r for r in rows if r[1] == "Phòng Văn hóa và Thông tin")
    assert vh[4] == dt.datetime(2024, 11, 20) and vh[5] == -15 and vh[6] == "Quá hạn 15 ngày"
    assert {r[1] for r in rows} == set(names)


def test_export_commands_write_the_new_lists(sample_db, campaign, data_paths, tmp_path, capsys):
    from vnhr_desktop.cli import main

    sample_db.close()
    for args in (
        ["due-tasks", "--out", str(tmp_path / "a.pdf")],
        ["due-tasks", "--out", str(tmp_path / "a.xlsx")],
        ["slogan-list", str(campaign), "--out", str(tmp_path / "b.pdf")],
        ["banner-progress", str(campaign), "--out", str(tmp_path / "c.pdf")],
        ["banner-progress", str(campaign), "--out", str(tmp_path / "c.xlsx")],
    ):
        assert main(["--data-dir", str(data_paths.root), "export", *args]) == 0
        assert (tmp_path / args[-1].rsplit("/", 1)[-1]).stat().st_size > 1000
    assert main(["--data-dir", str(data_paths.root), "export", "slogan-list", "--out", str(tmp_path / "d.pdf")]) != 0
    assert "Cần ghi số ID" in capsys.readouterr().err


def test_due_tasks_command_takes_the_days_ahead_zero_included(sample_db, data_paths, tmp_path, capsys):
    """``export due-tasks [DAYS] --out FILE``: 0 keeps only the overdue tasks and
    those due today; the number is days, not a record, so 0 is not refused."""
    from vnhr_desktop.cli import main
    from vnhr_desktop.persistence.models import PlanTask

    today = dt.date.today()
    with sample_db.session() as s:
        tasks = {t.lead_agency.name: t for t in s.scalars(select(PlanTask)) if t.status != "done"}
        tasks["Phòng Giáo dục và Đào tạo"].due_date = today
        tasks["Phòng Dân tộc"].due_date = today + dt.timedelta(days=1)
        for name in ("Phòng Văn hóa và Thông tin", "Công an huyện", "Ủy ban nhân dân xã Đa Lộc"):
            tasks[name].due_date = today + dt.timedelta(days=30)
        tasks["Ủy ban nhân dân xã Song Lộc"].due_date = today - dt.timedelta(days=3)
    sample_db.close()
    base = ["--data-dir", str(data_paths.root), "export", "due-tasks"]

    assert main([*base, "0", "--out", str(tmp_path / "hom-nay.pdf")]) == 0
    text = flat(pdf_text(tmp_path / "hom-nay.pdf"))
    assert f"(Tính đến ngày {today:%d/%m/%Y}: nhiệm vụ quá hạn và đến hạn hôm nay)" in text
    assert "Phòng Giáo dục và Đào tạo (1 sắp đến hạn)" in text and "Ủy ban nhân dân xã Song Lộc (1 quá hạn)" in text
    assert "Phòng Dân tộc" not in text and "Công an huyện (" not in text

    assert main([*base, "1", "--out", str(tmp_path / "mai.xlsx")]) == 0
    rows = [r for r in load_workbook(tmp_path / "mai.xlsx").active.iter_rows(values_only=True) if isinstance(r[0], int)]
    assert {r[1] for r in rows} == {"Phòng Giáo dục và Đào tạo", "Phòng Dân tộc", "Ủy ban nhân dân xã Song Lộc"}

    assert main([*base, "--out", str(tmp_path / "bay-ngay.pdf")]) == 0  # seven days by default
    assert "trong 7 ngày tới" in flat(pdf_text(tmp_path / "bay-ngay.pdf"))

    capsys.readouterr()
    assert main([*base, "366", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "từ 0 đến 365" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()
    assert main(["--data-dir", str(data_paths.root), "export", "plan", "0", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "Không tìm thấy bản ghi số “0”." in capsys.readouterr().err
