"""Targets with a free unit ("băng rôn", "lượt người") next to "%": saved,
shown, and printed in the plan, the report and its annex."""

from __future__ import annotations

import datetime as dt
import io
import subprocess

from openpyxl import load_workbook

from tests.persistence.test_plan_services import D, draft, new_issuer
from tests.report_seed import PERIOD, enter_seed_000
from vnhr_desktop.domain.plan_data import TargetItem
from vnhr_desktop.domain.target_units import shown_unit, unit_column, value_with_unit
from vnhr_desktop.persistence import models as m
from vnhr_desktop.services import plans


def flat(text: str) -> str:
    return " ".join(text.split())


def test_shown_units():
    assert shown_unit("percent", "băng rôn") == "percent"
    assert shown_unit("count", " lượt  người ") == "lượt người"
    assert shown_unit("count", "") == "count"
    assert value_with_unit(85, "percent") == "85 %"
    assert value_with_unit(120, "băng rôn") == "120 băng rôn"
    assert value_with_unit(6, "count") == "6"
    assert unit_column("count") == "số lượng" and unit_column("tin, bài") == "tin, bài"


def test_free_unit_is_saved_and_printed_in_the_plan(db):
    from pypdf import PdfReader

    from vnhr_desktop.services.document_export import render_document

    targets = (
        TargetItem("Cán bộ được tập huấn", 100, "percent", 92),
        TargetItem("Treo băng rôn tuyên truyền", 120, "count", 96, unit_label="băng rôn"),
        TargetItem("Tuyên truyền miệng", 3000, "count", unit_label="lượt người"),
    )
    with db.session() as s:
        plan_id, _ = plans.save_plan(s, draft(new_issuer(s), targets=targets), today=D(2024, 11, 1))
    with db.Session() as s:
        got = plans.get_plan(s, plan_id)
        pdf = render_document(s, "plan", plan_id, ".pdf")
    assert [t.shown_unit for t in got.targets] == ["percent", "băng rôn", "lượt người"]
    text = flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    assert "Cán bộ được tập huấn: đạt 100 %" in text
    assert "Treo băng rôn tuyên truyền: đạt 120 băng rôn" in text
    assert "Tuyên truyền miệng: đạt 3.000 lượt người" in text


def test_report_and_annex_print_the_unit(db, tmp_path):
    from vnhr_desktop.services.document_export import export_document
    from vnhr_desktop.services.reports import create_report, issue_report

    with db.session() as s:
        seed = enter_seed_000(s)
        plan = s.get(m.Plan, seed.plan_id)
        plan.targets.append(
            m.Target(position=9, description="Treo băng rôn", target_value=40, unit="count", unit_label="băng rôn")
        )
        plan.targets[-1].achieved_value = 36
        s.flush()
        report_id = create_report(s, seed.plan_id, *PERIOD, today=dt.date(2020, 12, 16))
        issue_report(s, report_id, dt.date(2020, 12, 16))
        annex = export_document(s, "annex", report_id, tmp_path / "phu-luc.xlsx")
        pdf = export_document(s, "report", report_id, tmp_path / "bao-cao.pdf")
    text = flat(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout)
    assert "Treo băng rôn: chỉ tiêu 40 băng rôn, đạt 36 băng rôn" in text
    rows = [r for ws in load_workbook(annex).worksheets for r in ws.iter_rows(values_only=True)]
    row = next(r for r in rows if "Treo băng rôn" in r)
    assert "băng rôn" in row and 40 in row and 36 in row
