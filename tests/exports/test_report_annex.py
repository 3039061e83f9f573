"""The annex workbook read back with openpyxl: one sheet per figure table and a
bar chart of targets against achieved values."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from tests.report_seed import PERIOD, WEBSITE, enter_seed_000


@pytest.fixture
def annex(db, tmp_path):
    from vnhr_desktop.services.document_export import export_document
    from vnhr_desktop.services.reports import create_report, issue_report

    with db.session() as s:
        seed = enter_seed_000(s)
        report_id = create_report(s, seed.plan_id, *PERIOD, today=dt.date(2020, 12, 16))
        issue_report(s, report_id, dt.date(2020, 12, 16))
        return export_document(s, "annex", report_id, tmp_path / "phu-luc.xlsx")


def rows_of(ws):
    return [[c for c in row] for row in ws.iter_rows(values_only=True)]


def test_sheets_titles_and_tables(annex):
    from openpyxl import load_workbook

    wb = load_workbook(annex)
    assert wb.sheetnames == ["Truyền thông", "Băng rôn", "Hội nghị", "Điểm cầu", "Cử cán bộ", "Nhiệm vụ", "Chỉ tiêu"]
    media = wb["Truyền thông"]
    rows = rows_of(media)
    assert rows[0][0] == "PHỤ LỤC - SỐ LIỆU KẾT QUẢ THỰC HIỆN"
    assert rows[1][0] == "1. TIN, BÀI VÀ SẢN PHẨM TRUYỀN THÔNG THEO LOẠI VÀ KÊNH"
    assert rows[2][0].startswith("(Kèm theo Báo cáo số 01/BC-SNV ngày 16 tháng 12 năm 2020")
    header = rows.index(
        ["STT", "Loại", "Kênh đăng, phát", "Số bản ghi", "Số lượng", "Thời lượng (phút)", "Thời gian, số lượng"]
    )
    data = rows[header + 1 : header + 4]
    assert data[0][:5] == [1, "Tin", WEBSITE, 6, 6] and data[1][:5] == [2, "Bài viết", WEBSITE, 6, 6]
    assert data[2][1] == "Tổng cộng" and data[2][4] == 12
    assert data[0][6].startswith("từ ngày 01/12 đến ngày") and data[0][6].endswith("đăng 06 tin")
    assert media.cell(header + 2, 1).font.name == "Times New Roman"
    assert media.freeze_panes == f"A{header + 2}"
    banners = rows_of(wb["Băng rôn"])
    assert any(r[1] == "Không có số liệu trong kỳ báo cáo." for r in banners)
    outside = rows_of(wb["Cử cán bộ"])
    assert [r[5] for r in outside if r[2] == "Tổng cộng"] == [3]
    tasks = rows_of(wb["Nhiệm vụ"])
    assert [r[2:7] for r in tasks if r[1] == "Tổng cộng"] == [[3, 2, 1, 0, 0]]


def test_chart_of_targets_against_achieved(annex):
    from openpyxl import load_workbook

    with zipfile.ZipFile(annex) as zf:
        charts = [n for n in zf.namelist() if n.startswith("xl/charts/chart")]
        xml = zf.read(charts[0]).decode("utf-8")
    assert len(charts) == 1
    assert "<barChart>" in xml and '<barDir val="bar"' in xml
    assert "'Chỉ tiêu'!$C$" in xml and "'Chỉ tiêu'!$D$" in xml and "'Chỉ tiêu'!$B$" in xml
    ws = load_workbook(annex)["Chỉ tiêu"]
    assert len(ws._charts) == 1
    rows = rows_of(ws)
    block = next(i for i, r in enumerate(rows) if r[1] and str(r[1]).startswith("Số liệu biểu đồ"))
    assert rows[block + 1][1:4] == ["Nội dung", "Chỉ tiêu, kế hoạch", "Đạt được"]
    first = rows[block + 2]
    assert first[1].startswith("1. Nhiệm vụ được giao") and first[2] == 100
    assert first[3] == pytest.approx(66.7)


def test_user_text_stays_text(db, tmp_path):
    from openpyxl import load_workbook

    from vnhr_desktop.services.document_export import export_document
    from vnhr_desktop.services.media import MediaInput, add_media
    from vnhr_desktop.services.reports import create_report

    with db.session() as s:
        seed = enter_seed_000(s)
        add_media(s, MediaInput("news", "Tin", dt.date(2020, 12, 2), '=HYPERLINK("x")', plan_id=seed.plan_id))
        report_id = create_report(s, seed.plan_id, *PERIOD)
        out = export_document(s, "annex", report_id, tmp_path / "a.xlsx")
    ws = load_workbook(out)["Truyền thông"]
    cells = [c for row in ws.iter_rows() for c in row if c.value == '=HYPERLINK("x")']
    assert cells and all(c.data_type == "s" for c in cells)


def test_export_commands(sample_db, data_paths, tmp_path, capsys):
    import pdfplumber
    from openpyxl import load_workbook

    from vnhr_desktop.cli import main

    sample_db.close()
    base = ["--data-dir", str(data_paths.root), "export"]
    assert main([*base, "report", "1", "--out", str(tmp_path / "bc.pdf")]) == 0
    assert main([*base, "annex", "1", "--out", str(tmp_path / "pl.xlsx")]) == 0
    with pdfplumber.open(tmp_path / "bc.pdf") as pdf:
        assert (
            "Kính gửi: Cơ quan Thường trực Ban Chỉ đạo về Nhân quyền tỉnh (Công an tỉnh)."
            in pdf.pages[0].extract_text()
        )
    assert load_workbook(tmp_path / "pl.xlsx")["Chỉ tiêu"]._charts
    capsys.readouterr()
    assert main([*base, "report", "99", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "Không tìm thấy báo cáo số 99." in capsys.readouterr().err
    assert main([*base, "annex", "1", "--out", str(tmp_path / "x.pdf")]) == 2
