"""The import preview dialog: mapping the user can change, row errors shown,
nothing written until "Import", then everything at once after a backup."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from tests.persistence.participant_workbooks import messy_workbook, plain_workbook
from vnhr_desktop.imports import header_mapping as hm
from vnhr_desktop.persistence.models import Participant, TrainingEvent


@pytest.fixture
def event_id(sample_db):
    with sample_db.Session() as s:
        return s.scalars(select(TrainingEvent).where(TrainingEvent.kind == "training")).one().id


@pytest.fixture
def dialog(sample_db, event_id, qtbot, vi, monkeypatch):
    from vnhr_desktop.ui.dialogs.participant_import_dialog import ParticipantImportDialog

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.Ok)
    d = ParticipantImportDialog(sample_db, event_id)
    qtbot.addWidget(d)
    return d


def count(db, event_id):
    with db.Session() as s:
        return s.scalar(select(func.count(Participant.id)).where(Participant.event_id == event_id))


def test_preview_then_import(dialog, sample_db, event_id, tmp_path):
    assert not dialog.import_button.isEnabled()
    assert dialog.load(messy_workbook(tmp_path / "ds.xlsx"))
    assert dialog.header_spin.value() == 6
    assert dialog.mapping_model.rowCount() == 8
    assert dialog.mapping_model.index(1, 3).data() == "Họ và tên"
    assert dialog.rows_model.rowCount() == 5
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "&Nhập 5 đại biểu"
    assert "5 dòng: 5 dòng nhập được" in dialog.summary.text()
    # the user says column D is not a position
    assert dialog.mapping_model.setData(dialog.mapping_model.index(3, 3), hm.IGNORE)
    assert all(dialog.rows_model.row_at(i).data.position_title == "" for i in range(5))
    before = count(sample_db, event_id)
    backups = set((sample_db.paths.backups).glob("*"))
    dialog.do_import()
    assert dialog.outcome.added == 5 and count(sample_db, event_id) == before + 5
    assert set(sample_db.paths.backups.glob("*")) - backups  # a backup was made first


def test_errors_block_the_import_until_the_user_leaves_them_out(dialog, sample_db, event_id, tmp_path):
    path = plain_workbook(
        tmp_path / "e.xlsx",
        [
            [1, "Trần Văn Bình", "Sở Ngoại vụ", None],
            [2, None, "Sở Ngoại vụ", None],
            [3, "Lê Thị Hoa", "Công an tỉnh", "Nơi khác"],
        ],
    )
    assert dialog.load(path)
    assert not dialog.import_button.isEnabled()
    assert "2 dòng có lỗi (dòng " in dialog.summary.text() and "chưa nhập gì" in dialog.summary.text()
    assert "“Bỏ qua các dòng có lỗi, nhập các dòng còn lại”" in dialog.summary.text()
    error_row = next(i for i in range(dialog.rows_model.rowCount()) if dialog.rows_model.row_at(i).errors)
    assert dialog.rows_model.index(error_row, 0).data(Qt.BackgroundRole) is not None
    dialog.problems_only.setChecked(True)
    assert dialog.rows_model.rowCount() == 2
    before = count(sample_db, event_id)
    dialog.do_import()  # refused: nothing written
    assert count(sample_db, event_id) == before
    dialog.create_points.setChecked(True)
    assert "1 dòng có lỗi" in dialog.summary.text()
    dialog.skip_errors.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.do_import()
    assert count(sample_db, event_id) == before + 2


def test_a_file_that_is_not_a_workbook_is_refused(dialog, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    bad = tmp_path / "ds.xlsx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert not dialog.load(bad)
    assert "định dạng Excel cũ (.xls)" in shown[0]
    assert dialog.sheet is None and not dialog.import_button.isEnabled()


def test_header_row_can_be_changed(dialog, tmp_path):
    assert dialog.load(messy_workbook(tmp_path / "ds.xlsx"))
    dialog.header_spin.setValue(3)  # the title line is not a header
    assert dialog.mapping_errors.isVisibleTo(dialog)
    assert not dialog.import_button.isEnabled()
    dialog.header_spin.setValue(6)
    assert dialog.import_button.isEnabled()


def test_rows_with_errors_are_saved_as_a_workbook_with_the_reason(dialog, tmp_path):
    from openpyxl import load_workbook

    path = plain_workbook(
        tmp_path / "e.xlsx",
        [
            [1, "Trần Văn Bình", "Sở Ngoại vụ", None],
            [2, None, "Sở Ngoại vụ", None],
            [3, "Lê Thị Hoa", "Công an tỉnh", "Nơi khác"],
        ],
    )
    assert dialog.load(path)
    assert dialog.save_errors_button.isEnabled()
    out = dialog.save_error_rows(tmp_path / "dong-loi.xlsx")
    rows = [r for r in load_workbook(out).active.iter_rows(values_only=True)]
    header = rows.index(
        (
            "Dòng trong tệp",
            "Họ và tên",
            "Giới tính",
            "Chức vụ",
            "Cơ quan, đơn vị",
            "Điện thoại",
            "Điểm cầu",
            "Lý do chưa nhập",
        )
    )
    data = rows[header + 1 :]
    assert len(data) == 2
    assert data[1][1] == "Lê Thị Hoa" and data[1][6] == "Nơi khác" and data[1][7]
    assert all(r[7] for r in data)  # each says why
    assert "Đã lưu các dòng lỗi vào" in dialog.summary.text()
