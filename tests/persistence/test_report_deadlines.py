"""The two report deadlines of a plan: our agencies report to us by one day,
we report upwards by another; the printed sentence follows from them, and an
own plan's old single deadline becomes its agencies' deadline on upgrade."""

from __future__ import annotations

import datetime as dt
import sqlite3

from vnhr_desktop.domain.plan_data import PlanDetail
from vnhr_desktop.domain.plan_rules import check_plan
from vnhr_desktop.exports.pdf.plan_document import report_sentence
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.database import open_database
from vnhr_desktop.persistence.migrate import upgrade

D = dt.date
US = "Ủy ban nhân dân huyện Châu Thành"


def plan(**kw) -> PlanDetail:
    return PlanDetail(title="Tuyên truyền", **kw)


def test_sentence_names_who_reports_to_whom_by_when():
    both = plan(
        agencies_report_by=D(2024, 12, 20),
        agencies_report_to="Phòng Văn hóa và Thông tin huyện",
        report_deadline=D(2024, 12, 25),
        report_to="Ban Chỉ đạo về Nhân quyền tỉnh",
    )
    assert report_sentence(both, US) == (
        "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin huyện chậm nhất đến "
        "ngày 20 tháng 12 năm 2024 để tổng hợp, báo cáo Ban Chỉ đạo về Nhân quyền tỉnh chậm nhất đến "
        "ngày 25 tháng 12 năm 2024."
    )
    ours = plan(agencies_report_by=D(2024, 12, 20))
    assert report_sentence(ours, US) == (
        f"Các cơ quan, đơn vị báo cáo kết quả thực hiện về {US} chậm nhất đến ngày 20 tháng 12 năm 2024."
    )
    upward = plan(report_deadline=D(2024, 12, 25), report_to="Ban Chỉ đạo về Nhân quyền tỉnh")
    assert report_sentence(upward, US) == (
        f"{US} tổng hợp, báo cáo kết quả thực hiện về Ban Chỉ đạo về Nhân quyền tỉnh chậm nhất đến "
        "ngày 25 tháng 12 năm 2024."
    )
    assert report_sentence(plan(), US) == ""


def test_agencies_after_our_own_deadline_is_a_warning():
    late = plan(agencies_report_by=D(2024, 12, 28), report_deadline=D(2024, 12, 25))
    found = [f for f in check_plan(late, D(2024, 11, 1)) if f.field == "agencies_report_by"]
    assert found and found[0].severity == "warning"


def test_upgrade_moves_an_own_plans_deadline_to_its_agencies(tmp_path):
    paths = DataPaths(tmp_path / "d").ensure()
    upgrade(paths.database, None, target="0003")
    con = sqlite3.connect(paths.database)
    for kind in ("own", "received"):
        con.execute(
            "INSERT INTO plan (kind, status, symbol, issuer_name, title, implements_text, report_to, report_deadline, "
            "signer_authority, signer_title, signer_name, recipients, opening, closing, search_key) "
            f"VALUES ('{kind}','issued','KH','','{kind}','','Phòng Văn hóa','2025-01-05','','','','','','','')"
        )
    con.commit()
    con.close()
    db = open_database(paths)
    with db.Session() as s:
        from vnhr_desktop.persistence.models import Plan

        rows = {p.kind: p for p in s.query(Plan)}
        own, received = rows["own"], rows["received"]
        assert (own.agencies_report_by, own.agencies_report_to) == (D(2025, 1, 5), "Phòng Văn hóa")
        assert (own.report_deadline, own.report_to) == (D(2025, 1, 5), "")
        assert (received.agencies_report_by, received.report_to) == (None, "Phòng Văn hóa")
    db.close()
