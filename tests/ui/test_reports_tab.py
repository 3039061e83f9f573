"""The Báo cáo kết quả tab: deadline, completeness, results log quick entry and
filters, the composer with figures next to their records, issuing, exports and
the USB package dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from vnhr_desktop.persistence.models import MediaOutput, Report
from vnhr_desktop.services.drives import Drive


@pytest.fixture
def tab(make_window, sample_db):
    window = make_window(sample_db)
    window.tabs.setCurrentIndex(3)
    tab = window.reports_tab
    tab.today = dt.date(2024, 12, 27)
    tab.refresh()
    return tab


def test_deadline_and_completeness(tab):
    assert tab.model.rowCount() == 1
    assert tab.plan_combo.currentText().startswith("27/KH-BCĐNQ")  # the district's own plan, not the received one
    tab.today = dt.date(2024, 12, 20)
    tab._plan_changed()
    # the day the district's agencies report to it by
    assert tab.deadline.text() == "Hạn báo cáo 25/12/2024 – còn 5 ngày"
    assert tab.deadline.property("level") == "close"
    panel = tab.completeness
    assert panel.model.rowCount() == 9
    assert panel.summary.text() == "3/9 cơ quan, đơn vị được giao nhiệm vụ đã gửi đủ kết quả."
    statuses = {panel.model.index(r, 0).data(): panel.model.index(r, 5).data() for r in range(9)}
    assert statuses["Phòng Tư pháp"] == "Đã có kết quả" and statuses["Công an huyện"] == "Chưa có kết quả"
    tab.today = dt.date(2024, 12, 27)
    tab._plan_changed()
    assert tab.deadline.text() == "Hạn báo cáo 25/12/2024 – đã quá hạn 2 ngày"
    assert tab.deadline.property("level") == "past"
    assert "#fde2e1" in tab.deadline.styleSheet()
    assert {panel.model.index(r, 5).data() for r in range(9)} == {"Đã có kết quả", "Chậm hạn"}


def test_quick_entry_keeps_channel_and_date(tab, qtbot, sample_db):
    log = tab.media
    tab.pages.setCurrentIndex(1)
    before = log.model.total()
    f = log.entry.fields
    f.kind.setCurrentIndex(f.kind.findData("article"))
    f.channel.setEditText("Cổng thông tin điện tử tỉnh")
    f.date.setDate(dt.date(2024, 12, 11))
    for title in ("Bài viết thứ nhất", "Bài viết thứ hai"):
        f.title.setText(title)  # QTest types ASCII only
        qtbot.keyClick(f.title, Qt.Key_Return)
        assert f.title.text() == ""
        assert f.channel.currentText() == "Cổng thông tin điện tử tỉnh"
        assert f.date.date().toPython() == dt.date(2024, 12, 11)
        assert f.kind.currentData() == "article"
    assert log.model.total() == before + 2
    with sample_db.Session() as s:
        rows = s.query(MediaOutput).filter(MediaOutput.channel == "Cổng thông tin điện tử tỉnh").all()
        assert {r.plan_id for r in rows} == {tab.plan_id()} and len(rows) == 2
    qtbot.keyClick(f.title, Qt.Key_Return)  # empty title: a message, nothing added
    assert log.entry.error.isVisibleTo(log) and "tiêu đề" in log.entry.error.text()
    assert log.model.total() == before + 2


def test_log_search_and_filters(tab):
    log = tab.media
    total = log.model.total()
    log.view.set_search_now("to roi")
    assert log.model.rowCount() == 1
    log.view.set_search_now("")
    log.kind_filter.setCurrentIndex(log.kind_filter.findData("broadcast"))
    assert log.model.rowCount() == 3
    log.kind_filter.setCurrentIndex(0)
    log.channel_filter.setCurrentIndex(log.channel_filter.findData("Trang thông tin điện tử huyện"))
    assert log.model.rowCount() == 12
    log.channel_filter.setCurrentIndex(0)
    log.date_from.setDate(dt.date(2024, 12, 8))
    log.use_from.setChecked(True)
    log.date_to.setDate(dt.date(2024, 12, 9))
    log.use_to.setChecked(True)
    assert {log.model.row_at(r).published_on for r in range(log.model.rowCount())} == {
        dt.date(2024, 12, 8),
        dt.date(2024, 12, 9),
    }
    log.use_from.setChecked(False)
    log.use_to.setChecked(False)
    assert log.model.total() == total


def test_composer_shows_figures_with_their_records_and_issues(tab, qtbot, sample_db):
    from vnhr_desktop.ui.dialogs.report_composer_dialog import ReportComposerDialog
    from vnhr_desktop.ui.dialogs.report_issue_dialog import ReportIssueDialog

    report_id = tab.current_report().id
    dialog = ReportComposerDialog(sample_db, report_id, tab)
    qtbot.addWidget(dialog)
    panel = dialog.figures
    labels = [panel.figures.index(r, 1).data() for r in range(panel.figures.rowCount())]
    row = labels.index("Tin - Trang thông tin điện tử huyện")
    assert panel.figures.index(row, 2).data() == "8"
    panel.figure_view.selectRow(row)
    assert panel.records.rowCount() == 8
    assert panel.records.index(0, 0).data() == "01/12/2024"
    assert "(8)" in panel.record_title.text()
    assert "Dự thảo" in panel.state.text()
    # edit a section, save, the database has it
    section = dialog.sections.sections[1]
    section.body.setPlainText(section.body.toPlainText() + "\n- Đoạn do cán bộ thêm.")
    assert dialog.dirty()
    assert dialog.save() and not dialog.dirty()
    section.body.setPlainText(section.body.toPlainText() + "\n- Đoạn thứ hai.")
    assert dialog.save()  # its own first save is not taken for another PC's
    with sample_db.Session() as s:
        assert "Đoạn thứ hai." in s.get(Report, report_id).sections[1].body
    issue = ReportIssueDialog(sample_db, report_id, dialog, today=dt.date(2024, 12, 28))
    qtbot.addWidget(issue)
    issue.issue()
    assert issue.issued_as == "28/BC-BCĐNQ"  # after the district's plan 27/KH-BCĐNQ in the same register
    dialog.load()
    assert dialog.title.isReadOnly() and not dialog.save_button.isEnabled()
    assert "28/BC-BCĐNQ" in dialog.status.text()
    assert "chốt khi ban hành báo cáo ngày 28/12/2024" in dialog.figures.state.text()


def test_new_report_dialog_composes_a_draft(tab, qtbot, sample_db, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from vnhr_desktop.ui.dialogs.report_new_dialog import ReportNewDialog

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.No)

    dialog = ReportNewDialog(sample_db, tab.plan_id(), tab)
    qtbot.addWidget(dialog)
    assert dialog.start.date().toPython() == dt.date(2024, 11, 12)
    dialog.start.setDate(dt.date(2024, 12, 1))
    dialog.end.setDate(dt.date(2024, 12, 15))
    dialog.make_report()  # the sample's draft covers this period: the officer is shown it, says no
    assert asked and "(dự thảo)" in asked[0] and dialog.report_id is None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    dialog.make_report()
    with sample_db.Session() as s:
        report = s.get(Report, dialog.report_id)
        assert (report.period_start, report.period_end) == (dt.date(2024, 12, 1), dt.date(2024, 12, 15))
        assert "12 tin, bài viết" in report.sections[1].body
    tab._changed(dialog.report_id)
    assert tab.model.rowCount() == 2 and tab.current_report().id == dialog.report_id


def test_exports_from_the_tab(tab, tmp_path):
    import pdfplumber
    from openpyxl import load_workbook

    from vnhr_desktop.ui.workers import wait_for_jobs

    written = []
    tab.export("report", tmp_path / "bao-cao", on_done=written.append)
    tab.export("annex", tmp_path / "phu-luc.xlsx", on_done=written.append)
    wait_for_jobs()
    pdf, annex = sorted(written, key=lambda p: p.suffix)
    assert pdf.name == "bao-cao.pdf"
    with pdfplumber.open(pdf) as doc:
        assert "BÁO CÁO" in doc.pages[0].extract_text()
    assert "Truyền thông" in load_workbook(annex).sheetnames
    assert tab.buttons["delete"].isEnabled() and not tab.buttons["package"].isEnabled()


def test_package_dialog_lists_removable_first_and_writes(tab, qtbot, sample_db, tmp_path):
    from vnhr_desktop.services.reports import issue_report
    from vnhr_desktop.ui.dialogs.package_drive_dialog import PackageDriveDialog

    report_id = tab.current_report().id
    with sample_db.session() as s:
        issue_report(s, report_id, dt.date(2025, 1, 2))
    usb, disk, cd = tmp_path / "usb", tmp_path / "disk", tmp_path / "cd"
    for folder in (usb, disk, cd):
        folder.mkdir()

    def volumes():
        from vnhr_desktop.services.drives import usable_drives

        return usable_drives(
            [
                Drive("Local Disk", str(disk), removable=False, free_bytes=50 << 30, total_bytes=200 << 30),
                Drive("CD-ROM", str(cd), read_only=True, removable=True),
                Drive("KINGSTON", str(usb), removable=True, free_bytes=3 << 30, total_bytes=8 << 30),
                Drive("proc", "/proc", fs_type="proc"),
            ]
        )

    dialog = PackageDriveDialog(sample_db, report_id, tab, volumes=volumes, today=dt.date(2025, 1, 2))
    qtbot.addWidget(dialog)
    texts = [dialog.drives.item(i).text() for i in range(dialog.drives.count())]
    assert texts[0].startswith("CD-ROM") and "(chỉ đọc)" in texts[0]
    assert texts[1].startswith("KINGSTON  (ổ rời) – còn trống 3 GB / 8 GB")
    assert texts[2].startswith("Local Disk  (ổ cố định)") and len(texts) == 3
    assert dialog.target == usb  # the read-only drive cannot be chosen
    assert dialog.write()
    assert "Có thể rút ổ USB an toàn" in dialog.message.text()
    assert [p.name for p in usb.iterdir()] == ["BaoCao_01-BC-BCDNQ_2025-01-02"]
    with sample_db.Session() as s:
        report = s.get(Report, report_id)
        assert (report.status, report.submitted_on) == ("submitted", dt.date(2025, 1, 2))


def test_package_dialog_reports_a_pulled_stick(tab, qtbot, sample_db, tmp_path):
    from vnhr_desktop.services.reports import issue_report
    from vnhr_desktop.ui.dialogs.package_drive_dialog import PackageDriveDialog

    report_id = tab.current_report().id
    with sample_db.session() as s:
        issue_report(s, report_id, dt.date(2025, 1, 2))
    gone = tmp_path / "gone"
    gone.mkdir()
    dialog = PackageDriveDialog(sample_db, report_id, tab, volumes=lambda: [Drive("USB", str(gone), removable=True)])
    qtbot.addWidget(dialog)
    gone.rmdir()
    assert not dialog.write()
    assert "ổ USB đã bị rút ra" in dialog.message.text()
    with sample_db.Session() as s:
        assert s.get(Report, report_id).status == "issued"
