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
    assert panel.summary.text().startswith("2/6")
    row = row_of(panel, "Công an tỉnh")
    panel.view.selectRow(row)
    assert panel.selected().agency == "Công an tỉnh"
    panel.record_received("Công an tỉnh", dt.date(2024, 12, 30), "Báo cáo số 25/BC-CAT")
    row = row_of(panel, "Công an tỉnh")
    assert panel.model.index(row, 4).data() == "30/12/2024"
    assert panel.model.index(row, 5).data() == "Đã có kết quả"
    assert panel.summary.text().startswith("3/6")

    tab.today = dt.date(2025, 1, 3)  # past the deadline: the others are late
    tab._plan_changed()
    done = []
    panel.export_reminder(tmp_path / "nhac.pdf", on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    text = " ".join(subprocess.run(["pdftotext", str(done[0]), "-"], capture_output=True, text=True).stdout.split())
    assert "CHẬM BÁO CÁO" in text
    assert "Đài Phát thanh và Truyền hình Trà Vinh (2 quá hạn)" in text
    assert "Gửi báo cáo kết quả thực hiện Kế hoạch 12/KH-BCĐNQ 01/01/2025 Quá hạn 2 ngày" in text
    assert "Công an tỉnh (" not in text  # its report came in


def test_jump_to_an_agencys_tasks(tab, qtbot):  # noqa: F811
    panel = tab.completeness
    panel.view.selectRow(row_of(panel, "Sở Văn hóa, Thể thao và Du lịch"))
    panel.tasks_button.click()
    dialog = tab.agency_tasks_dialog
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "dirty", False))
    assert dialog.pages.currentIndex() == PAGE_TASKS
    row = dialog.tasks.table.currentIndex().row()
    assert dialog.tasks.tasks()[row].lead_agency == "Sở Văn hóa, Thể thao và Du lịch"
