"""Expected reporters and the reporting dashboard of a plan, with its workbook
and its reminder PDF, from packages written by the app."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from tests.receiving.offices import UNITS
from vnhr_desktop.errors import ValidationError
from vnhr_desktop.services.expected_reporters import (
    ExpectedUnit,
    add_expected_unit,
    expected_units,
    remove_expected_unit,
    set_expected_units,
)
from vnhr_desktop.services.receiving import receive_packages
from vnhr_desktop.services.reporting_rates import LATE, MISSING, ON_TIME, OUTSIDE, plan_dashboard

TODAY = dt.date(2025, 1, 8)


@pytest.fixture
def received(province, two_packages, stick):
    db, office = province
    with db.session() as session:
        receive_packages(session, [stick], today=TODAY)
    return db, office.plan_id


def test_expected_units_start_from_task_agencies_and_can_be_edited(province):
    db, office = province
    with db.session() as s:
        assert [(u.code, u.name) for u in expected_units(s, office.plan_id)] == [(c, n) for c, n, _ in UNITS]
        add_expected_unit(s, office.plan_id, "29260", "Ủy ban nhân dân xã Đa Lộc")
        remove_expected_unit(s, office.plan_id, ExpectedUnit("STP", "").key)
    with db.session() as s:
        codes = [u.code for u in expected_units(s, office.plan_id)]
        assert codes == ["CAT", "29251", "29254", "29260"]
        with pytest.raises(ValidationError, match="hai lần"):
            set_expected_units(s, office.plan_id, [ExpectedUnit("CAT", "A"), ExpectedUnit("cat", "B")])


def test_list_changed_on_another_pc_is_not_saved_over(province):
    from vnhr_desktop.errors import StaleRecord

    db, office = province
    with db.Session() as s:
        opened = expected_units(s, office.plan_id)  # officer A opens the list
    with db.session() as s:  # officer B adds a commune meanwhile
        add_expected_unit(s, office.plan_id, "29260", "Ủy ban nhân dân xã Đa Lộc")
    with db.session() as s, pytest.raises(StaleRecord, match="vừa được sửa trên máy khác; hãy mở lại"):
        set_expected_units(s, office.plan_id, opened[:2], loaded=opened)
    with db.Session() as s:
        assert [u.code for u in expected_units(s, office.plan_id)] == ["CAT", "STP", "29251", "29254", "29260"]
        reopened = expected_units(s, office.plan_id)
    with db.session() as s:
        set_expected_units(s, office.plan_id, reopened[:2], loaded=reopened)
    with db.Session() as s:
        assert [u.code for u in expected_units(s, office.plan_id)] == ["CAT", "STP"]


def test_dashboard_counts_on_time_late_missing_and_rates(received):
    db, plan_id = received
    with db.Session() as s:
        board = plan_dashboard(s, plan_id, today=TODAY)
    status = {u.code: u.status for u in board.units}
    assert status == {"CAT": ON_TIME, "STP": MISSING, "29251": LATE, "29254": MISSING}
    assert (board.expected, board.received, board.on_time, board.late, board.missing) == (4, 2, 1, 1, 2)
    assert board.reporting_rate == 50.0 and board.on_time_rate == 25.0
    late = next(u for u in board.units if u.code == "29251")
    assert late.days_late == 5 and late.status_text == "Trễ hạn 5 ngày" and late.values["media"] == 5


def test_reports_from_units_outside_the_list_are_shown_apart(received):
    db, plan_id = received
    with db.session() as s:
        set_expected_units(s, plan_id, [ExpectedUnit("CAT", "Công an tỉnh Trà Vinh"), ExpectedUnit("", "Sở Y tế")])
        board = plan_dashboard(s, plan_id, today=TODAY)
    assert [(u.name, u.status) for u in board.units] == [("Công an tỉnh Trà Vinh", ON_TIME), ("Sở Y tế", MISSING)]
    assert [(u.code, u.status) for u in board.outside] == [("29251", OUTSIDE)]
    assert board.reporting_rate == 50.0


def test_dashboard_workbook(received, tmp_path):
    from openpyxl import load_workbook

    from vnhr_desktop.services.document_export import export_document

    db, plan_id = received
    with db.Session() as s:
        export_document(s, "rates", plan_id, tmp_path / "tl.xlsx", today=TODAY)
    ws = load_workbook(tmp_path / "tl.xlsx").active
    rows = [[c for c in r if c is not None] for r in ws.iter_rows(values_only=True)]
    text = "\n".join(" | ".join(str(c) for c in r) for r in rows)
    assert "Tỷ lệ báo cáo: 50 %. Tỷ lệ đúng hạn: 25 %." in text
    assert "Công an tỉnh Trà Vinh | Đúng hạn | 01/BC-CAT" in text
    assert "Ủy ban nhân dân xã Long Hòa | Trễ hạn 5 ngày" in text
    assert "Sở Tư pháp tỉnh Trà Vinh | Chưa báo cáo" in text
    total = next(r for r in rows if "Tổng cộng (đơn vị đã báo cáo)" in r)
    assert total[1] == 8  # news items: 3 + 5


def test_reminder_pdf_names_missing_units_and_deadline(received, tmp_path):
    import pdfplumber

    from vnhr_desktop.services.document_export import export_document

    db, plan_id = received
    with db.Session() as s:
        export_document(s, "reminder", plan_id, tmp_path / "dd.pdf", today=TODAY)
    with pdfplumber.open(io.BytesIO((tmp_path / "dd.pdf").read_bytes())) as pdf:
        text = " ".join((p.extract_text() or "") for p in pdf.pages)
    text = " ".join(text.split())
    assert "V/v đôn đốc gửi báo cáo" in text and "Kính gửi" in text
    assert "Sở Tư pháp tỉnh Trà Vinh (mã STP)" in text and "Ủy ban nhân dân xã Hòa Minh (mã 29254)" in text
    assert "Công an tỉnh" not in text.split("gồm:")[1].split("Để kịp thời")[0]
    packed = text.replace(" ", "")
    assert "trướcngày01/01/2025" in packed and "2/4đơnvị(tỷlệ50%" in packed
    assert "trướcngày15/01/2025" in packed  # a week from today, the deadline having passed


def test_consolidated_draft_takes_in_later_reports_until_issued(province, two_packages):
    from vnhr_desktop.errors import UserError
    from vnhr_desktop.services.consolidated_report import (
        compose_consolidated,
        latest_consolidated,
        load_consolidated,
        refresh_consolidated,
    )
    from vnhr_desktop.services.reports import issue_report

    db, office = province
    with db.session() as s:
        receive_packages(s, [two_packages[0]], today=TODAY)
        report_id = compose_consolidated(s, office.plan_id, today=TODAY)
        assert load_consolidated(s, report_id).received == 1
        assert latest_consolidated(s, office.plan_id) == report_id
        receive_packages(s, [two_packages[1]], today=TODAY)
        refresh_consolidated(s, report_id, today=TODAY)
        view = load_consolidated(s, report_id)
        assert view.received == 2 and [n for _c, n in view.missing] == [UNITS[1][1], UNITS[3][1]]
        issue_report(s, report_id, dt.date(2025, 1, 9))
        with pytest.raises(UserError, match="đã ban hành"):
            refresh_consolidated(s, report_id, today=TODAY)


def test_completeness_panel_counts_the_received_packages(received):
    """A report that came in as a package counts in the agencies' completeness
    panel as received on the day it was handed over, without typing it again."""
    from vnhr_desktop.services.completeness import IN, plan_completeness, record_agency_report
    from vnhr_desktop.services.completeness import LATE as PANEL_LATE

    db, plan_id = received
    with db.Session() as s:
        panel = {a.agency: a for a in plan_completeness(s, plan_id, today=TODAY).agencies}
    police, commune = panel["Công an tỉnh Trà Vinh"], panel["Ủy ban nhân dân xã Long Hòa"]
    assert (police.report_received_on, police.status) == (dt.date(2024, 12, 28), IN)
    assert (commune.report_received_on, commune.status) == (dt.date(2025, 1, 6), PANEL_LATE)  # after 01/01/2025
    assert panel["Sở Tư pháp tỉnh Trà Vinh"].report_received_on is None
    assert panel["Ủy ban nhân dân xã Hòa Minh"].status != IN
    assert len(panel) == 4  # the same four agencies, none twice
    # a report recorded by hand earlier than its package: the first word of it counts
    with db.session() as s:
        record_agency_report(s, plan_id, "Ủy ban nhân dân xã Long Hòa", dt.date(2024, 12, 30))
    with db.Session() as s:
        commune = next(a for a in plan_completeness(s, plan_id, today=TODAY).agencies if a.agency.endswith("Long Hòa"))
    assert (commune.report_received_on, commune.status) == (dt.date(2024, 12, 30), IN)
