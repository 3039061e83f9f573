"""The Plans tab: filters, actions, due counts on the tab and in the status bar."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from vnhr_desktop.persistence.models import Plan
from vnhr_desktop.ui.dialogs.plan_editor import PlanEditorDialog


@pytest.fixture
def window(make_window, sample_db):
    return make_window(sample_db)


def select_row(tab, predicate):
    for r in range(tab.model.rowCount()):
        if predicate(tab.model.row_at(r)):
            tab.view.table.selectRow(r)
            return tab.model.row_at(r)
    raise AssertionError("no such row")


def test_filters_by_year_kind_and_status(window):
    tab = window.plans_tab
    assert [tab.year_filter.itemText(i) for i in range(tab.year_filter.count())] == ["Tất cả các năm", "2024", "2023"]
    tab.year_filter.setCurrentIndex(2)
    assert tab.model.rowCount() == 1 and tab.model.row_at(0).number == 46
    tab.year_filter.setCurrentIndex(0)
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData("received"))
    assert [tab.model.row_at(r).number_symbol for r in range(tab.model.rowCount())] == ["12/KH-BCĐNQ"]
    tab.kind_filter.setCurrentIndex(0)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("draft"))
    assert tab.model.rowCount() == 0
    tab.status_filter.setCurrentIndex(0)
    assert tab.model.rowCount() == 3


def test_buttons_follow_the_selection(window):
    tab = window.plans_tab
    select_row(tab, lambda r: r.number == 27)
    assert tab.edit_button.isEnabled() and tab.pdf_button.isEnabled()
    assert not tab.issue_button.isEnabled() and not tab.delete_button.isEnabled()
    select_row(tab, lambda r: r.kind == "received")
    assert tab.delete_button.isEnabled()


def test_due_counts_on_the_tab_and_in_the_status_bar(make_window, sample_db):
    window = make_window(sample_db)
    tab = window.plans_tab
    tab.due_view.today = dt.date(2024, 12, 5)
    tab.due_view.refresh()
    index = window.tabs.indexOf(tab)
    assert window.tabs.tabText(index) == "Kế hoạch"
    assert not window.tabs.tabIcon(index).isNull()
    assert window.due_label.text() == "Nhiệm vụ: 1 quá hạn, 1 đến hạn trong 7 ngày tới"
    assert window.tabs.tabToolTip(index) == window.due_label.text()
    assert tab.inner.tabText(1) == "Sắp đến hạn, quá hạn (2)"
    tree = tab.due_view.model
    assert tree.rowCount() == 2
    assert tree.item(0).text() == "Phòng Giáo dục và Đào tạo (1 sắp đến hạn)"
    assert tree.item(1).text() == "Phòng Văn hóa và Thông tin (1 quá hạn)"
    tab.due_view.days.setValue(0)
    assert window.due_label.text() == "Nhiệm vụ: 1 quá hạn, 0 đến hạn trong 0 ngày tới"
    assert tree.rowCount() == 1
    tab.due_view.tree.setCurrentIndex(tree.item(0).child(0).index())
    tab.due_view.mark_done()
    assert window.due_label.text() == "" and window.tabs.tabIcon(index).isNull()


def test_counts_show_before_the_tab_is_opened(make_window, sample_db, data_paths):
    from PySide6.QtCore import QSettings

    settings = QSettings(str(data_paths.root / "settings.ini"), QSettings.IniFormat)
    settings.setValue("window/tab", 2)
    settings.sync()
    window = make_window(sample_db)
    assert window.tabs.currentIndex() == 2 and window.plans_tab.database is None
    assert window.due_label.text().startswith("Nhiệm vụ: ")  # the sample's tasks are long past due


def test_copy_to_next_year_opens_the_new_draft(window, sample_db, monkeypatch):
    tab = window.plans_tab
    opened = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    monkeypatch.setattr(tab, "edit_plan", opened.append)
    select_row(tab, lambda r: r.number == 27)
    tab.copy_button.trigger()
    assert len(opened) == 1
    with sample_db.Session() as s:
        copy = s.get(Plan, opened[0])
        assert copy.status == "draft" and copy.year == 2025 and "77 năm" in copy.title
    assert tab.year_filter.findData(2025) > 0
    assert tab.model.rowCount() == 4 and tab.model.row_at(0).id == opened[0]  # drafts first
    select_row(tab, lambda r: r.id == opened[0])
    assert tab.issue_button.isEnabled() and tab.delete_button.isEnabled()
    tab.delete_button.trigger()
    with sample_db.Session() as s:
        assert s.get(Plan, opened[0]) is None


def test_issued_plan_cannot_be_deleted(window, sample_db, monkeypatch):
    tab = window.plans_tab
    warnings = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    select_row(tab, lambda r: r.number == 27)
    tab.delete_selected()
    assert warnings and "không xóa được" in warnings[0]
    with sample_db.Session() as s:
        assert s.scalar(select(func.count(Plan.id))) == 3


def test_print_and_workbook_from_the_tab(window, qtbot, tmp_path, monkeypatch):
    from vnhr_desktop.ui import export_file

    tab = window.plans_tab
    row = select_row(tab, lambda r: r.number == 27)
    assert tab.file_stem(row) == "ke-hoach-27-KH-BCĐNQ"
    written = []
    monkeypatch.setattr(export_file, "show_written", lambda _parent, path: written.append(path))
    monkeypatch.setattr(export_file, "ask_save_path", lambda _p, name, _s: tmp_path / name)
    tab.export_pdf()
    qtbot.waitUntil(lambda: len(written) == 1, timeout=10000)
    tab.export_xlsx()
    qtbot.waitUntil(lambda: len(written) == 2, timeout=10000)
    # Export file names are lower-case ASCII.
    assert written == [tmp_path / "ke-hoach-27-kh-bcdnq.pdf", tmp_path / "ke-hoach-27-kh-bcdnq.xlsx"]
    assert written[0].read_bytes().startswith(b"%PDF") and written[1].stat().st_size > 0


def test_register_dialog(qtbot, sample_db, tmp_path, vi):
    from vnhr_desktop.ui.dialogs.register_dialog import RegisterDialog

    dialog = RegisterDialog(sample_db, today=dt.date(2024, 12, 31))
    qtbot.addWidget(dialog)
    dialog.issuer.setCurrentIndex(dialog.issuer.findText("Ban Chỉ đạo về Nhân quyền huyện Châu Thành"))
    assert dialog.model.rowCount() == 1 and dialog.count.text() == "1 văn bản"
    assert dialog.model.index(0, 0).data() == "27/KH-BCĐNQ" and dialog.model.index(0, 1).data() == "12/11/2024"
    dialog.year.setValue(2023)
    assert dialog.model.rowCount() == 0
    dialog.issuer.setCurrentIndex(dialog.issuer.findText("Ủy ban nhân dân huyện Châu Thành"))
    assert dialog.model.index(0, 0).data() == "46/KH-UBND"
    done = []
    dialog.export(".xlsx", path=tmp_path / "so.xlsx", on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    from openpyxl import load_workbook

    ws = load_workbook(done[0]).active
    assert ws["A2"].value == "Năm 2023" and dialog.count.text().startswith("Đã lưu")


def test_editor_and_issue_from_the_tab(window, sample_db, monkeypatch):
    from vnhr_desktop.ui.dialogs.plan_issue_dialog import PlanIssueDialog

    tab = window.plans_tab
    shown = []

    def fake_editor_exec(dialog):
        shown.append(dialog)
        if dialog.plan_id is not None:
            dialog.header.title_edit.setPlainText(dialog.header.title_edit.toPlainText() + " (bổ sung)")
            assert dialog.save()
        dialog.dirty = False
        return 1

    monkeypatch.setattr(PlanEditorDialog, "exec", fake_editor_exec)
    select_row(tab, lambda r: r.number == 27)
    tab.edit_button.trigger()
    assert any(tab.model.row_at(r).title.endswith("(bổ sung)") for r in range(tab.model.rowCount()))
    tab.new_button.trigger()
    assert shown[-1].windowTitle() == "Kế hoạch mới" and shown[-1].plan_id is None

    def fake_issue_exec(dialog):
        dialog.issue()
        return dialog.result()

    monkeypatch.setattr(PlanIssueDialog, "exec", fake_issue_exec)
    with sample_db.session() as s:
        from vnhr_desktop.domain.plan_data import PlanDetail
        from vnhr_desktop.persistence.models import Issuer
        from vnhr_desktop.services import plans

        issuer = s.scalar(select(Issuer.id).where(Issuer.code == "UBND"))
        today = dt.date.today()
        draft_id, _ = plans.save_plan(
            s, PlanDetail(title="Kế hoạch tuyên truyền năm nay", issuer_id=issuer, period_start=today, period_end=today)
        )
    tab.refresh()
    select_row(tab, lambda r: r.id == draft_id)
    tab.issue_button.trigger()
    assert window.statusBar().currentMessage() == "Đã ban hành với số 01/KH-UBND"
    with sample_db.Session() as s:
        assert s.get(Plan, draft_id).number == 1
