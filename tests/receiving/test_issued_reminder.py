"""The reminder (công văn đôn đốc) issued with a number from the register: the
next number of the office's series, a line in the register, and the dashboard
of the issue day kept so that the issued document prints the same after more
reports arrive. Through the service, the PDF read back and the commands."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from tests.receiving.offices import UNITS
from tests.unit.test_cli import run
from vnhr_desktop.errors import UserError, ValidationError
from vnhr_desktop.services.expected_reporters import ExpectedUnit, set_expected_units
from vnhr_desktop.services.receiving import receive_packages
from vnhr_desktop.services.register import register_entries
from vnhr_desktop.services.reminders import (
    issue_reminder,
    latest_reminder,
    load_issued_reminder,
    preview_reminder_number,
)

TODAY = dt.date(2025, 1, 8)
# the first package is Công an tỉnh's: three units are left
MISSING_AFTER_FIRST = [UNITS[1][1], UNITS[2][1], UNITS[3][1]]


def _text(pdf_bytes: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        return " ".join(" ".join((p.extract_text() or "") for p in pdf.pages).split())


def _render(session, what, record_id, **options) -> str:
    from vnhr_desktop.services.document_export import render_document

    return _text(render_document(session, what, record_id, ".pdf", **options))


@pytest.fixture
def first_two(province, two_packages):
    db, office = province
    with db.session() as s:
        receive_packages(s, [two_packages[0]], today=TODAY)
    return db, office, two_packages


def test_reminder_takes_the_next_number_and_a_register_line(first_two):
    db, office, _packages = first_two
    with db.session() as s:
        assert preview_reminder_number(s, office.plan_id, TODAY).number_symbol == "01/BCĐNQ"
        first = issue_reminder(s, office.plan_id, TODAY)
        second = issue_reminder(s, office.plan_id, TODAY + dt.timedelta(days=3))
    assert (first.number_symbol, second.number_symbol) == ("01/BCĐNQ", "02/BCĐNQ")
    with db.Session() as s:
        entries = register_entries(s, office.issuer_id, 2025)
        assert latest_reminder(s, office.plan_id).id == second.id
    assert [(e.number_symbol, e.doc_kind, e.doc_id) for e in entries] == [
        ("01/BCĐNQ", "dispatch", first.id),
        ("02/BCĐNQ", "dispatch", second.id),
    ]
    assert entries[0].title.startswith(
        "V/v đôn đốc gửi báo cáo kết quả thực hiện Kế hoạch số 12/KH-BCĐNQ ngày 05/11/2024"
    )
    assert entries[0].recipients == "; ".join(MISSING_AFTER_FIRST)


def test_issued_reminder_prints_its_number_and_the_figures_of_its_day(first_two):
    db, office, packages = first_two
    with db.session() as s:
        issued = issue_reminder(s, office.plan_id, TODAY)
    with db.session() as s:  # a unit reports after the reminder went out
        receive_packages(s, [packages[1]], today=TODAY + dt.timedelta(days=2))
    with db.Session() as s:
        text = _render(s, "issued-reminder", issued.id)
        draft = _render(s, "reminder", office.plan_id, today=TODAY + dt.timedelta(days=2))
    assert "Số: 01/BCĐNQ" in text
    assert "Ủy ban nhân dân xã Long Hòa (mã 29251)" in text  # still missing on the issue day
    assert "1/4 đơn vị (tỷ lệ 25 %" in text and f"Đến ngày {TODAY:%d/%m/%Y}" in text
    assert "Số: 01/BCĐNQ" not in draft and "2/4 đơn vị (tỷ lệ 50 %" in draft
    assert "Ủy ban nhân dân xã Long Hòa (mã 29251)" not in draft


def test_reminder_with_a_taken_number_or_nobody_missing_is_refused(first_two):
    db, office, packages = first_two
    with db.session() as s:
        issue_reminder(s, office.plan_id, TODAY, number=4)
    with db.session() as s, pytest.raises(ValidationError, match="04/BCĐNQ đã được dùng"):
        issue_reminder(s, office.plan_id, TODAY, number=4)
    with db.session() as s:
        receive_packages(s, [packages[1]], today=TODAY)
        set_expected_units(
            s, office.plan_id, [ExpectedUnit(UNITS[0][0], UNITS[0][1]), ExpectedUnit("29251", UNITS[2][1])]
        )
    with db.session() as s, pytest.raises(UserError, match="không cần công văn đôn đốc"):
        issue_reminder(s, office.plan_id, TODAY)
    with db.Session() as s:
        assert [e.number for e in register_entries(s, office.issuer_id, 2025)] == [4]


def test_unknown_issued_reminder_is_a_plain_message(province):
    from vnhr_desktop.errors import NotFound

    db, _office = province
    with db.Session() as s, pytest.raises(NotFound, match="công văn đôn đốc"):
        load_issued_reminder(s, 99)


def test_issue_reminder_command_writes_the_numbered_pdf(first_two, tmp_path):
    db, office, _packages = first_two
    data_dir = db.paths.root
    db.close()
    plan = str(office.plan_id)
    bad = run(data_dir, "issue", "reminder", plan, "--out", str(tmp_path / "dd.xlsx"), expect=2)
    assert "xuất được các dạng: .pdf" in bad.stderr
    out = run(data_dir, "issue", "reminder", plan, "--date", "2025-01-08", "--out", str(tmp_path / "dd.pdf")).stdout
    assert "Đã ban hành công văn đôn đốc số 01/BCĐNQ ngày 08/01/2025 (3 đơn vị chưa báo cáo; ID " in out
    assert "Số: 01/BCĐNQ" in _text((tmp_path / "dd.pdf").read_bytes())
    reminder_id = out.split("; ID ")[1].split(")")[0]
    run(data_dir, "export", "issued-reminder", reminder_id, "--out", str(tmp_path / "lai.pdf"))
    assert _text((tmp_path / "lai.pdf").read_bytes()) == _text((tmp_path / "dd.pdf").read_bytes())
    register = json.loads(run(data_dir, "list", "issuers", "--json").stdout)
    assert register  # the office's issuer is listed with its register
    run(data_dir, "export", "register", str(office.issuer_id), "--year", "2025", "--out", str(tmp_path / "so.pdf"))
    assert "Công văn: V/v đôn đốc gửi báo cáo" in _text((tmp_path / "so.pdf").read_bytes())
