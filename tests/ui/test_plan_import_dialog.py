"""Kế hoạch > Nhập từ văn bản…: the preview of seed 004's PDF, highlighting,
missing fields flagged, edits, and the import that opens the implementing plan."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tests.plan_import.plan_docs import HEADER_004, SEED_004, read_seed, write_pdf
from vnhr_desktop.services.plans import get_plan
from vnhr_desktop.ui.dialogs.plan_editor import PlanEditorDialog
from vnhr_desktop.ui.dialogs.plan_import_dialog import PlanImportDialog


@pytest.fixture
def pdf_004(tmp_path):
    return write_pdf(read_seed(SEED_004), tmp_path / "004.pdf", HEADER_004)


def test_preview_highlights_fields_and_flags_missing_ones(qtbot, sample_db, pdf_004, vi):
    dialog = PlanImportDialog(sample_db, None, pdf_004)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert dialog.source.toPlainText().startswith("UBND TỈNH TRÀ VINH")
    assert form.widgets["number"].text() == "130" and form.widgets["symbol"].text() == "KH-BCĐNQ"
    assert form.widgets["issued_on"].text() == "15/11/2024" and form.widgets["report_deadline"].text() == "01/01/2025"
    assert form.kind.currentText() == "Kế hoạch"
    assert "05/KH-BCĐNQ" in form.references.text()
    assert form.widgets["slogans"].toPlainText().count("\n") == 7
    assert form.tasks.rowCount() == 3 and form.tasks.item(2, 0).text() == "Công an tỉnh"
    # Targets are the one thing seed 004 does not have: flagged, the rest not.
    assert form.labels["targets"].property("missing") is True
    assert form.labels["title"].property("missing") is False
    assert "17" in dialog.status.text() and "18" in dialog.status.text()
    selections = dialog.source.extraSelections()
    assert len(selections) == len(dialog.highlighted) > 20
    texts = {s.cursor.selectedText() for s in selections}
    assert "Lê Văn Hân" in texts and "KH-BCĐNQ" in texts
    # Focusing a field scrolls to its text and marks it.
    dialog.show_field("signer_name", -1)
    assert dialog.source.textCursor().position() == dialog.form.doc.signer_name.span.start


def test_pasted_text_and_bad_date_stay_in_the_dialog(qtbot, sample_db, vi):
    dialog = PlanImportDialog(sample_db)
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()
    dialog.source.setPlainText(read_seed(SEED_004))
    qtbot.mouseClick(dialog.read_button, qtbot_left())
    assert dialog.form.widgets["issuer"].text() == "Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh"
    assert dialog.form.labels["number"].property("missing") is True
    dialog.form.widgets["issued_on"].setText("31/02/2024")
    dialog.import_plan()
    assert dialog.result() == 0 and "Ngày không hợp lệ" in dialog.error.text()


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.LeftButton


def test_import_from_the_plans_tab_opens_the_implementing_plan(make_window, sample_db, pdf_004, monkeypatch):
    window = make_window(sample_db)
    tab = window.plans_tab
    assert tab.import_button.text() == "Nhập từ văn bản…"
    opened = []

    def fake_exec(dialog):
        dialog.form.widgets["title"].setPlainText(dialog.form.widgets["title"].toPlainText() + " (bản nhận)")
        dialog.start_own.setChecked(True)
        dialog.buttons.button(QDialogButtonBox.Ok).click()
        return dialog.result()

    monkeypatch.setattr(PlanImportDialog, "exec", fake_exec)
    monkeypatch.setattr(PlanEditorDialog, "exec", lambda dialog: opened.append(dialog.plan_id) or 0)
    rows_before = tab.model.rowCount()
    tab.import_document(pdf_004)
    assert tab.model.rowCount() == rows_before + 2
    assert len(opened) == 1
    with sample_db.Session() as session:
        own = get_plan(session, opened[0])
        received = get_plan(session, own.implements_plan_id)
    assert received.title.endswith("(bản nhận)") and received.number == 130
    assert received.issued_on == dt.date(2024, 11, 15)
    assert own.opening.startswith("Thực hiện Kế hoạch số 130/KH-BCĐNQ ngày 15 tháng 11 năm 2024 của Ban Chỉ đạo")
    # the district office: the province's departments fall to its own
    assert [t.lead_agency for t in own.tasks] == [
        "Phòng Văn hóa và Thông tin",
        "Trung tâm Văn hóa, Thông tin và Thể thao huyện",
        "Công an huyện",
    ]


def test_scanned_pdf_is_named_in_the_dialog(qtbot, sample_db, tmp_path, vi):
    from tests.plan_import.plan_docs import write_scanned_pdf

    dialog = PlanImportDialog(sample_db, None, write_scanned_pdf(tmp_path / "scan.pdf"))
    qtbot.addWidget(dialog)
    assert "bản PDF scan" in dialog.status.text()
    assert not dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()
    assert dialog.source.toPlainText() == ""
