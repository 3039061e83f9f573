"""The whole chain with real packages written by the app: two units write their
packages, the province office receives them, sees the rates, composes and issues
the consolidated report and packages it; the national office receives that
package and counts the province's totals."""

from __future__ import annotations

import datetime as dt
import io
import json

from tests.receiving.offices import UNITS, issue_and_package, national_office, province_office, unit_office
from vnhr_desktop.services.consolidated_report import (
    HEAD_MISSING,
    HEAD_TOTALS,
    HEAD_UNITS,
    compose_consolidated,
    load_consolidated,
)
from vnhr_desktop.services.receiving import receive_packages
from vnhr_desktop.services.receiving_list import received_file
from vnhr_desktop.services.reporting_rates import plan_dashboard

D = dt.date


def _pdf_text(raw: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(raw)) as pdf:
        return " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)


def test_units_to_province_to_national(office_db, tmp_path):
    from openpyxl import load_workbook

    from vnhr_desktop.services.document_export import export_document
    from vnhr_desktop.services.report_submission import submit_report
    from vnhr_desktop.services.reports import issue_report

    # 1. two units write their packages onto one stick
    stick = tmp_path / "usb-units"
    stick.mkdir()
    for (code, name, level), day, media in ((UNITS[0], D(2024, 12, 28), 3), (UNITS[2], D(2025, 1, 6), 5)):
        unit = office_db(f"unit-{code}")
        with unit.session() as s:
            report_id = unit_office(s, code, name, level, media=media)
        issue_and_package(unit, report_id, day, stick)

    # 2. the province office receives the whole stick
    province = office_db("province")
    with province.session() as s:
        plan_id = province_office(s).plan_id
    with province.session() as s:
        result = receive_packages(s, [stick], today=D(2025, 1, 8))
    assert not result.refused and len(result.accepted) == 2

    # 3. it sees the rates
    with province.Session() as s:
        board = plan_dashboard(s, plan_id, today=D(2025, 1, 8))
    assert (board.expected, board.received, board.on_time, board.late, board.missing) == (4, 2, 1, 1, 2)

    # 4. composes the consolidated report: totals, highlights per unit, missing units named
    with province.session() as s:
        report_id = compose_consolidated(s, plan_id, today=D(2025, 1, 8))
    with province.Session() as s:
        view = load_consolidated(s, report_id)
    assert view.own["media"] == 1 and view.totals["media"] == 9 and view.totals["banners"] == 4
    sections = dict(view.report.sections)
    assert "đã nhận báo cáo của 2/4 đơn vị (tỷ lệ 50 %" in sections[HEAD_TOTALS]
    assert "- Tin, bài, chương trình phát thanh, truyền hình: 9." in sections[HEAD_TOTALS]
    assert "- Công an tỉnh Trà Vinh (Báo cáo số 01/BC-CAT ngày 28/12/2024): tin, bài" in sections[HEAD_UNITS]
    assert "Sở Tư pháp tỉnh Trà Vinh, Ủy ban nhân dân xã Hòa Minh" in sections[HEAD_MISSING]

    # 5. issues it like any report, prints the PDF and the annex workbook
    with province.session() as s:
        assert issue_report(s, report_id, D(2025, 1, 9)) == "01/BC-BCĐNQ"
    with province.Session() as s:
        pdf = export_document(s, "consolidated", report_id, tmp_path / "tong-hop.pdf")
        xlsx = export_document(s, "consolidated", report_id, tmp_path / "phu-luc.xlsx")
    text = _pdf_text(pdf.read_bytes())
    assert "Số: 01/BC-BCĐNQ" in text and "BÁO CÁO" in text and "PHỤ LỤC I" in text.upper()
    assert "Công an tỉnh Trà Vinh" in text and "Tổng cộng" in text and "CÁC ĐƠN VỊ CHƯA GỬI BÁO CÁO" in text
    cells = [c for row in load_workbook(xlsx)["Phụ lục I"].iter_rows(values_only=True) for c in row if c is not None]
    assert "Ủy ban nhân dân xã Long Hòa (trễ hạn)" in cells and "Tổng cộng" in cells
    total_row = next(r for r in load_workbook(xlsx)["Phụ lục I"].iter_rows(values_only=True) if r[1] == "Tổng cộng")
    assert total_row[3] == 9

    # 6. packages it for the level above
    up = tmp_path / "usb-up"
    up.mkdir()
    with province.session() as s:
        folder = submit_report(s, report_id, up, today=D(2025, 1, 9)).folder
    data = json.loads((folder / "data.json").read_text(encoding="utf-8"))
    assert data["sender"]["code"] == "BCDNQ-TV" and data["consolidated"]["totals"]["media"] == 9
    assert data["upper_plan"]["number_symbol"] == "05/KH-BCĐNQ"
    assert [m["code"] for m in data["consolidated"]["missing"]] == ["STP", "29254"]
    # the package carries the consolidated report as it prints: the units table and the missing units
    sent_pdf = (folder / "bao-cao.pdf").read_bytes()
    sent = _pdf_text(sent_pdf)
    assert "Số: 01/BC-BCĐNQ" in sent and "PHỤ LỤC I" in sent.upper() and "CÁC ĐƠN VỊ CHƯA GỬI BÁO CÁO" in sent
    assert "Công an tỉnh Trà Vinh" in sent and "Tổng cộng" in sent and "Sở Tư pháp tỉnh Trà Vinh" in sent
    annex = load_workbook(folder / "phu-luc.xlsx")
    sent_rows = list(annex["Phụ lục I"].iter_rows(values_only=True))
    assert any(r[1] == "Ủy ban nhân dân xã Long Hòa (trễ hạn)" for r in sent_rows)
    assert next(r for r in sent_rows if r[1] == "Tổng cộng")[3] == 9

    # 7. the national office receives it, matched to its plan, counting the province's totals
    national = office_db("national")
    with national.session() as s:
        national_plan = national_office(s)
    with national.session() as s:
        got = receive_packages(s, [up], today=D(2025, 1, 10))
    assert not got.refused and got.accepted[0].plan_id == national_plan
    assert got.accepted[0].values["media"] == 9 and got.accepted[0].number_symbol == "01/BC-BCĐNQ"
    with national.Session() as s:
        assert received_file(s, got.accepted[0].received_id, "bao-cao.pdf") == sent_pdf
    with national.Session() as s:
        top = plan_dashboard(s, national_plan, today=D(2025, 1, 10))
    assert (top.expected, top.on_time, top.reporting_rate) == (1, 1, 100.0)
