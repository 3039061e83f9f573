"""Headless issuing: ``issue plan|report``, ``list issuers --json`` and
``export register ISSUER --year``, run as separate processes."""

from __future__ import annotations

import json

import pytest

from tests.unit.test_cli import run
from vnhr_desktop.paths import DataPaths


@pytest.fixture
def demo_dir(tmp_path):
    d = tmp_path / "data"
    run(d, "demo")
    return d


def _draft_copy_of_plan(data_dir, plan_id: int) -> int:
    from vnhr_desktop.persistence.database import open_database
    from vnhr_desktop.services.plan_copy import copy_to_next_year

    db = open_database(DataPaths(data_dir))
    try:
        with db.session() as session:
            return copy_to_next_year(session, plan_id)
    finally:
        db.close()


def test_issue_report_prints_number_and_symbol_and_registers_it(demo_dir, tmp_path):
    out = run(demo_dir, "issue", "report", "1", "--date", "2024-12-20").stdout
    assert "28/BC-BCĐNQ" in out and "20/12/2024" in out  # after the district's plan 27/KH-BCĐNQ
    again = run(demo_dir, "issue", "report", "1", expect=2)
    assert again.stderr.strip() == "Báo cáo đã ban hành với số 28/BC-BCĐNQ."
    reports = json.loads(run(demo_dir, "list", "reports", "--json").stdout)
    assert reports[0]["number_symbol"] == "28/BC-BCĐNQ"
    run(demo_dir, "export", "register", "1", "--year", "2024", "--out", str(tmp_path / "so.xlsx"))
    from openpyxl import load_workbook

    ws = load_workbook(tmp_path / "so.xlsx").active
    values = [c for row in ws.iter_rows(values_only=True) for c in row if c]
    assert "27/KH-BCĐNQ" in values and "28/BC-BCĐNQ" in values


def test_issue_plan_with_date_and_number(demo_dir):
    draft = _draft_copy_of_plan(demo_dir, 3)
    out = run(demo_dir, "issue", "plan", str(draft), "--date", "2025-11-03", "--number", "7").stdout
    assert "07/KH-BCĐNQ" in out and "03/11/2025" in out
    taken = _draft_copy_of_plan(demo_dir, 3)
    clash = run(demo_dir, "issue", "plan", str(taken), "--date", "2025-11-04", "--number", "7", expect=2)
    assert "đã được dùng trong năm 2025" in clash.stderr and len(clash.stderr.strip().splitlines()) == 1
    nxt = run(demo_dir, "issue", "plan", str(taken), "--date", "2025-11-04").stdout
    assert "08/KH-BCĐNQ" in nxt


@pytest.mark.parametrize(
    "args, message",
    [
        (["issue", "plan", "3"], "Kế hoạch đã ban hành với số 27/KH-BCĐNQ"),
        (["issue", "plan", "1"], "Chỉ kế hoạch của đơn vị mới được cấp số"),
        (["issue", "report", "1", "--date", "2024-13-01"], "Ngày ban hành '2024-13-01' không hợp lệ"),
        (["issue", "report", "99"], "Không tìm thấy báo cáo số 99"),
        (["issue", "report", "1", "--number", "0"], "Số văn bản bắt đầu từ 01"),
        (["export", "plan", "3", "--year", "2024", "--out", "x.pdf"], "--year chỉ dùng với: register"),
        (["export", "register", "9", "--year", "2024", "--out", "x.pdf"], "Không có cơ quan ban hành số 9"),
    ],
)
def test_issue_errors_are_one_vietnamese_line(demo_dir, args, message):
    result = run(demo_dir, *args, expect=2)
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_list_issuers_json(demo_dir):
    issuers = json.loads(run(demo_dir, "list", "issuers", "--json").stdout)
    by_code = {i["code"]: i for i in issuers}
    assert by_code["BCĐNQ"]["title"] == "Ban Chỉ đạo về Nhân quyền huyện Châu Thành"
    assert by_code["BCĐNQ"]["own"] is True and by_code["BCĐNQ"]["register_years"] == [2024]
    assert all("id" in i and i["title"] for i in issuers)
    text = run(demo_dir, "list", "issuers").stdout
    assert "BCĐNQ" in text and "UBND" in text
