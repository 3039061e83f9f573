"""Tệp > Khôi phục: the list, the confirmation and what the dialog says after."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from vnhr_desktop.persistence.location import set_drive_type_check
from vnhr_desktop.persistence.models import Plan, TrainingEvent
from vnhr_desktop.services.backups import backup_now
from vnhr_desktop.ui.dialogs.restore_dialog import RestoreDialog


@pytest.fixture(autouse=True)
def local_drive():
    set_drive_type_check(lambda _p: "local")
    yield
    set_drive_type_check(None)


def add(db, plans=0, events=0):
    with db.session() as session:
        session.add_all([Plan(title=f"Kế hoạch {i}") for i in range(plans)])
        session.add_all([TrainingEvent(title=f"Hội nghị {i}") for i in range(events)])


def cell(dialog, row, column):
    return dialog.model.index(row, column).data()


def test_lists_backups_with_date_size_and_counts(qtbot, db, data_paths, vi):
    add(db, plans=2, events=1)
    first = backup_now(data_paths)
    add(db, plans=1)
    backup_now(data_paths)
    dialog = RestoreDialog(data_paths)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    header = [dialog.model.headerData(c, Qt.Horizontal) for c in range(dialog.model.columnCount())]
    assert header == ["Ngày", "Tạo khi", "Dung lượng", "Kế hoạch", "Hội nghị", "Báo cáo", "Kiểm tra"]
    date = cell(dialog, 1, 0)
    assert len(date) == 16 and date[2] == "/" and date[5] == "/" and date[10] == " "
    assert cell(dialog, 1, 1) == "Tạo thủ công"
    assert cell(dialog, 1, 2).endswith("KB")
    assert [cell(dialog, r, 3) for r in range(2)] == ["3", "2"]
    assert cell(dialog, 1, 4) == "1" and cell(dialog, 1, 6) == "Tốt"
    assert dialog.selected().path != first  # newest first, preselected
    assert dialog.restore_button.text() == "&Khôi phục" and dialog.restore_button.isEnabled()


def test_restore_confirms_then_says_what_changed(qtbot, db, data_paths, vi):
    add(db, plans=2)
    backup_now(data_paths)
    add(db, plans=3, events=2)
    dialog = RestoreDialog(data_paths)
    qtbot.addWidget(dialog)
    asked = []
    dialog.confirm = lambda info: asked.append(info) or True
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    assert asked and asked[0].counts["plans"] == 2
    text = dialog.outcome.text()
    assert dialog.outcome.isVisibleTo(dialog)
    assert "Đã khôi phục bản sao lưu lúc" in text
    assert "Kế hoạch: 5 → 2" in text and "Hội nghị, tập huấn: 2 → 0" in text
    assert "Trước khi khôi phục" in text
    with db.Session() as session:
        assert session.query(Plan).count() == 2
    # the safety backup is now in the list
    assert dialog.model.rowCount() == 2
    qtbot.mouseClick(dialog.close_button, Qt.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_declining_the_confirmation_changes_nothing(qtbot, db, data_paths, vi):
    add(db, plans=1)
    backup_now(data_paths)
    add(db, plans=1)
    dialog = RestoreDialog(data_paths)
    qtbot.addWidget(dialog)
    dialog.confirm = lambda info: False
    dialog.restore_selected()
    assert not dialog.outcome.isVisibleTo(dialog)
    with db.Session() as session:
        assert session.query(Plan).count() == 2
    dialog.finish()
    assert dialog.result() == dialog.DialogCode.Rejected


def test_empty_list(qtbot, db, data_paths, vi):
    dialog = RestoreDialog(data_paths)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert dialog.empty.isVisibleTo(dialog) and not dialog.restore_button.isEnabled()


def test_damaged_backup_cannot_be_restored(qtbot, db, data_paths, vi):
    path = backup_now(data_paths)
    raw = bytearray(path.read_bytes())
    raw[:16] = b"x" * 16
    path.write_bytes(bytes(raw))
    dialog = RestoreDialog(data_paths)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    assert cell(dialog, 0, 6) == "Bị hỏng"
    assert not dialog.restore_button.isEnabled()
