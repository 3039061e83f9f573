"""The "Báo cáo nhận" page of the Reports tab, driven as a user would: receive a
USB stick (preview first, refused packages named), the rates, opening a
received PDF, exporting the dashboard and the reminder, composing the
consolidated report."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtGui import QDesktopServices

from tests.conftest import _copy_template
from tests.receiving.offices import UNITS, issue_and_package, province_office, unit_office
from vnhr_desktop.paths import DataPaths

TODAY = dt.date(2025, 1, 8)


@pytest.fixture
def stick(_template_dbs, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    for (code, name, level), day in ((UNITS[0], dt.date(2024, 12, 28)), (UNITS[2], dt.date(2025, 1, 6))):
        unit = _copy_template(_template_dbs["empty"], DataPaths(tmp_path / f"unit-{code}"))
        with unit.session() as s:
            report_id = unit_office(s, code, name, level)
        issue_and_package(unit, report_id, day, folder)
        unit.close()
    return folder


@pytest.fixture
def view(make_window, db, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    with db.session() as s:
        plan_id = province_office(s).plan_id
    window = make_window(db)
    window.tabs.setCurrentIndex(3)
    tab = window.reports_tab
    tab.today = TODAY
    tab.refresh()
    tab.plan_combo.setCurrentIndex(tab.plan_combo.findData(plan_id))
    tab.pages.setCurrentIndex(2)
    view = tab.received
    view.opened_urls = opened
    return view


def test_receive_preview_then_rates_and_open(view, stick, qtbot):
    assert view.units_model.rowCount() == 4
    assert "chưa báo cáo 4" in view.summary.text().lower() or "4" in view.summary.text()
    broken = stick / "BaoCao_hong"
    shutil.copytree(next(stick.iterdir()), broken)
    (broken / "ghi-chu.txt").write_text("x", encoding="utf-8")
    dialog = view.receive([stick], show=False)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
    assert dialog.model.rowCount() == 3
    texts = [dialog.model.index(r, 1).data() for r in range(3)]
    assert texts.count("Mới") == 2 and any("có tệp lạ" in t for t in texts)
    assert dialog.receive_button.isEnabled()
    dialog.receive()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
    assert not dialog.receive_button.isEnabled() and dialog.outcome.counts["new"] == 2
    view.after_receive()
    summary = view.summary.text()
    assert "50 %" in summary and "25 %" in summary
    statuses = {view.units_model.index(r, 0).data(): view.units_model.index(r, 2).data() for r in range(4)}
    assert statuses["CAT"] == "Đúng hạn" and statuses["29251"] == "Trễ hạn (5 ngày)"
    assert statuses["STP"] == "Chưa báo cáo"
    assert view.received_model.rowCount() == 2
    view.received.table.selectRow(0)
    assert view.buttons["openPdf"].isEnabled()
    path = view.open_file("bao-cao.pdf")
    assert path.read_bytes().startswith(b"%PDF") and view.opened_urls


def test_dashboard_exports_and_consolidated_report(view, stick, qtbot, tmp_path):
    dialog = view.receive([stick], show=False)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
    dialog.receive()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
    view.after_receive()
    written = []
    view.export("rates", path=tmp_path / "tl.xlsx", on_done=written.append)
    view.export("reminder", path=tmp_path / "dd.pdf", on_done=written.append)
    qtbot.waitUntil(lambda: len(written) == 2, timeout=20000)
    assert (tmp_path / "dd.pdf").read_bytes().startswith(b"%PDF")
    report_id = view.compose()
    assert report_id is not None and view.consolidated_id == report_id
    assert view.buttons["consolidatedPdf"].isEnabled()
    tab = view.parent()
    while not hasattr(tab, "pages"):
        tab = tab.parent()
    assert tab.pages.currentIndex() == 0 and tab.current_report().id == report_id
    view.export_consolidated(".xlsx", path=tmp_path / "th.xlsx", on_done=written.append)
    qtbot.waitUntil(lambda: len(written) == 3, timeout=20000)
    assert (tmp_path / "th.xlsx").read_bytes().startswith(b"PK")


def test_expected_units_dialog(view, qtbot):
    from vnhr_desktop.ui.dialogs.expected_reporters_dialog import ExpectedReportersDialog

    dialog = ExpectedReportersDialog(view.database, view.plan_id, view)
    qtbot.addWidget(dialog)
    assert dialog.editor.toPlainText().splitlines()[0] == "CAT; Công an tỉnh Trà Vinh"
    dialog.editor.setPlainText("CAT; Công an tỉnh Trà Vinh\nCAT; Trùng mã")
    dialog.save()
    assert dialog.error.isVisibleTo(dialog) and "hai lần" in dialog.error.text()
    dialog.editor.setPlainText("CAT; Công an tỉnh Trà Vinh\nSở Y tế")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    view.refresh()
    assert view.units_model.rowCount() == 2


def test_expected_units_dialog_does_not_save_over_a_list_changed_elsewhere(view, qtbot):
    from vnhr_desktop.services.expected_reporters import add_expected_unit
    from vnhr_desktop.ui.dialogs.expected_reporters_dialog import ExpectedReportersDialog

    dialog = ExpectedReportersDialog(view.database, view.plan_id, view)
    qtbot.addWidget(dialog)
    with view.database.session() as s:  # another PC adds a commune while the dialog is open
        add_expected_unit(s, view.plan_id, "29260", "Ủy ban nhân dân xã Đa Lộc")
    dialog.editor.setPlainText("CAT; Công an tỉnh Trà Vinh")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.isVisibleTo(dialog) and "vừa được sửa trên máy khác" in dialog.error.text()
    view.refresh()
    assert view.units_model.rowCount() == 5 and dialog.editor.toPlainText() == "CAT; Công an tỉnh Trà Vinh"


def test_search_in_unit_list(view, qtbot):
    view.units.set_search_now("hoa minh")
    assert view.units_model.rowCount() == 1
    assert view.units_model.index(0, 1).data() == "Ủy ban nhân dân xã Hòa Minh"
    view.units.set_search_now("")
    assert view.units_model.rowCount() == 4


def test_redraft_of_the_consolidated_draft_composes_it_again_and_undo_restores(view, stick, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from vnhr_desktop.services.consolidated_report import HEAD_MISSING, HEAD_UNITS, load_consolidated
    from vnhr_desktop.services.receiving import receive_packages
    from vnhr_desktop.services.reports import report_edit
    from vnhr_desktop.ui.dialogs.report_composer_dialog import ReportComposerDialog

    cat, long_hoa = sorted(stick.iterdir(), key=lambda p: "29251" in p.name)
    with view.database.session() as s:
        receive_packages(s, [cat], today=TODAY)
    view.refresh()
    report_id = view.compose()
    with view.database.Session() as s:
        composed = report_edit(s, report_id).sections
    with view.database.session() as s:
        receive_packages(s, [long_hoa], today=TODAY)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.Yes)
    dialog = ReportComposerDialog(view.database, report_id, view.window().reports_tab)
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "_clean", None))
    dialog.redraft()
    assert asked and HEAD_UNITS in asked[0]
    with view.database.Session() as s:
        sections = dict(report_edit(s, report_id).sections)
        assert "Ủy ban nhân dân xã Long Hòa (Báo cáo số" in sections[HEAD_UNITS]
        assert "Long Hòa" not in sections[HEAD_MISSING] and len(load_consolidated(s, report_id).units) == 2
    view.window().undo_action.trigger()
    with view.database.Session() as s:
        assert report_edit(s, report_id).sections == composed and len(load_consolidated(s, report_id).units) == 1


def _pdf_text(path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return " ".join(" ".join((p.extract_text() or "") for p in pdf.pages).split())


def test_reminder_dialog_issues_a_numbered_reminder_and_saves_it_again(view, stick, qtbot, tmp_path):
    from vnhr_desktop.ui.dialogs.reminder_dialog import AGAIN, DRAFT

    dialog = view.remind(show=False)
    qtbot.addWidget(dialog)
    assert dialog.findChild(type(dialog.will_give), "missingCount").text() == "4/4 đơn vị chưa báo cáo."
    assert dialog.will_give.text() == "Số sẽ cấp: 01/BCĐNQ"
    dialog.number.setValue(7)
    assert dialog.will_give.text() == "Số sẽ cấp: 07/BCĐNQ"
    dialog.number.setValue(0)
    dialog.issue_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.reminder_id is not None
    written = []
    view.after_remind(dialog, path=tmp_path / "dd.pdf", on_done=written.append)
    qtbot.waitUntil(lambda: len(written) == 1, timeout=20000)
    text = _pdf_text(tmp_path / "dd.pdf")
    assert "Số: 01/BCĐNQ" in text and "Công an tỉnh Trà Vinh (mã CAT)" in text

    again = view.remind(show=False)  # the last one issued is offered again, with the same figures
    qtbot.addWidget(again)
    assert again.findChild(type(again.will_give), "lastReminder").text() == "Đã ban hành: 01/BCĐNQ ngày 08/01/2025."
    assert again.will_give.text() == "Số sẽ cấp: 02/BCĐNQ"
    again.findChild(type(again.issue_button), "againReminder").click()
    assert again.choice == AGAIN and again.reminder_id == dialog.reminder_id
    view.after_remind(again, path=tmp_path / "lai.pdf", on_done=written.append)
    qtbot.waitUntil(lambda: len(written) == 2, timeout=20000)
    assert _pdf_text(tmp_path / "lai.pdf") == text

    draft = view.remind(show=False)
    qtbot.addWidget(draft)
    draft.draft_button.click()
    assert draft.choice == DRAFT
    view.after_remind(draft, path=tmp_path / "nhap.pdf", on_done=written.append)
    qtbot.waitUntil(lambda: len(written) == 3, timeout=20000)
    assert "Số: 01/BCĐNQ" not in _pdf_text(tmp_path / "nhap.pdf")


def test_reminder_with_a_taken_number_says_so_in_the_dialog(view, qtbot):
    first = view.remind(show=False)
    qtbot.addWidget(first)
    first.issue_button.click()
    second = view.remind(show=False)
    qtbot.addWidget(second)
    second.number.setValue(1)
    second.issue_button.click()
    assert second.result() != second.DialogCode.Accepted
    assert second.error.isVisibleTo(second) and "01/BCĐNQ đã được dùng" in second.error.text()


def test_reminder_dialog_says_a_bad_date_and_comes_back_with_a_good_one(view, qtbot):
    from tests.ui.test_plan_editor import type_date

    dialog = view.remind(show=False)
    qtbot.addWidget(dialog)
    type_date(dialog.date, "31/11/2025")
    assert not dialog.issue_button.isEnabled() and dialog.error.text() and dialog.will_give.text() == ""
    type_date(dialog.date, "20/01/2025")
    assert dialog.issue_button.isEnabled() and not dialog.error.text()
    assert dialog.will_give.text() == "Số sẽ cấp: 01/BCĐNQ"
