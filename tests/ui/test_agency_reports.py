"""The agencies' completeness panel: it says what it counts, takes an agency's
report as received, exports the late agencies as a reminder and opens an
agency's tasks."""

from __future__ import annotations

import datetime as dt
import subprocess

from tests.ui.test_reports_tab import tab  # noqa: F401  (fixture)
from vnhr_desktop.ui.dialogs.plan_editor import PAGE_TASKS


def row_of(panel, agency: str) -> int:
    return next(r for r in range(panel.model.rowCount()) if panel.model.index(r, 0).data() == agency)


def test_report_received_counts_and_late_reminder(tab, qtbot, tmp_path):  # noqa: F811
    panel = tab.completeness
    assert "cơ quan được giao nhiệm vụ" in panel.counts.text()
    assert panel.summary.text().startswith("3/9")
    row = row_of(panel, "Phòng Giáo dục và Đào tạo")
    panel.view.selectRow(row)
    assert panel.selected().agency == "Phòng Giáo dục và Đào tạo"
    panel.record_received("Phòng Giáo dục và Đào tạo", dt.date(2024, 12, 24), "Báo cáo số 210/BC-PGDĐT")
    row = row_of(panel, "Phòng Giáo dục và Đào tạo")
    assert panel.model.index(row, 4).data() == "24/12/2024"
    assert panel.model.index(row, 5).data() == "Đã có kết quả"
    assert panel.summary.text().startswith("4/9")

    tab.today = dt.date(2024, 12, 27)  # past the agencies' deadline of 25/12: the others are late
    tab._plan_changed()
    done = []
    panel.export_reminder(tmp_path / "nhac.pdf", on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    text = " ".join(subprocess.run(["pdftotext", str(done[0]), "-"], capture_output=True, text=True).stdout.split())
    assert "CHẬM BÁO CÁO" in text
    # a people's committee heads with its own name only, no parent body line
    assert "ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH" in text and "TỈNH TRÀ VINH" not in text
    assert "Phòng Văn hóa và Thông tin (2 quá hạn)" in text
    assert "Ủy ban nhân dân xã Song Lộc (2 quá hạn)" in text
    assert "Gửi báo cáo kết quả thực hiện Kế hoạch 27/KH-BCĐNQ 25/12/2024 Quá hạn 2 ngày" in text
    assert "Phòng Giáo dục và Đào tạo (" not in text  # its report came in
    assert "Phòng Tư pháp (" not in text and "Ủy ban nhân dân thị trấn Châu Thành (" not in text


def test_jump_to_an_agencys_tasks(tab, qtbot):  # noqa: F811
    panel = tab.completeness
    panel.view.selectRow(row_of(panel, "Phòng Văn hóa và Thông tin"))
    panel.tasks_button.click()
    dialog = tab.agency_tasks_dialog
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "dirty", False))
    assert dialog.pages.currentIndex() == PAGE_TASKS
    row = dialog.tasks.table.currentIndex().row()
    assert dialog.tasks.tasks()[row].lead_agency == "Phòng Văn hóa và Thông tin"
