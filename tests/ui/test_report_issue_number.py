"""The issue dialog tells the number the report will be given and keeps its
layout when it shows an error."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from vnhr_desktop.persistence.models import Report
from vnhr_desktop.ui.dialogs.report_issue_dialog import ReportIssueDialog


def test_number_to_be_given_and_steady_layout(qtbot, sample_db, vi):
    with sample_db.Session() as s:
        report_id = s.scalar(select(Report.id).where(Report.status == "draft"))
    dialog = ReportIssueDialog(sample_db, report_id, today=dt.date(2025, 1, 2))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.will_give.text() == "Số sẽ cấp: 01/BC-BCĐNQ"
    dialog.number.setValue(14)
    assert dialog.will_give.text() == "Số sẽ cấp: 14/BC-BCĐNQ"
    ok = dialog.findChild(QDialogButtonBox)
    before = (dialog.size(), ok.geometry())
    with sample_db.session() as s:
        s.get(Report, report_id).signer_name = ""  # issuing now fails with one clear line
    dialog.issue()
    assert dialog.isVisible() and "người ký" in dialog.error.text()
    assert (dialog.size(), ok.geometry()) == before


def test_a_date_that_is_no_date_is_one_line_not_a_crash(qtbot, sample_db, vi):
    from tests.ui.test_plan_editor import type_date

    with sample_db.Session() as s:
        report_id = s.scalar(select(Report.id).where(Report.status == "draft"))
    dialog = ReportIssueDialog(sample_db, report_id, today=dt.date(2025, 1, 2))
    qtbot.addWidget(dialog)
    type_date(dialog.date, "31/11/2025")
    assert dialog.will_give.text() == "" and "31/11/2025" in dialog.error.text()
    dialog.issue()
    assert dialog.result() != dialog.DialogCode.Accepted and "31/11/2025" in dialog.error.text()
    type_date(dialog.date, "02/01/2025")
    assert dialog.will_give.text() == "Số sẽ cấp: 01/BC-BCĐNQ" and not dialog.error.text()
