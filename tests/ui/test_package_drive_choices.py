"""The USB dialog never picks a fixed disk for the officer, says when no stick is
plugged in, and asks before replacing an earlier package of the same report."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from vnhr_desktop.services.drives import Drive


@pytest.fixture
def issued(sample_db):
    from vnhr_desktop.persistence.models import Report
    from vnhr_desktop.services.reports import issue_report

    with sample_db.session() as s:
        report_id = s.query(Report.id).first()[0]
        issue_report(s, report_id, dt.date(2025, 1, 2))
    return report_id


def _dialog(qtbot, db, report_id, drives):
    from vnhr_desktop.ui.dialogs.package_drive_dialog import PackageDriveDialog

    dialog = PackageDriveDialog(db, report_id, volumes=lambda: drives, today=dt.date(2025, 1, 2))
    qtbot.addWidget(dialog)
    return dialog


def test_no_stick_no_choice_and_a_message(qtbot, sample_db, issued, tmp_path, vi):
    disk = tmp_path / "disk"
    disk.mkdir()
    dialog = _dialog(qtbot, sample_db, issued, [Drive("Local Disk", str(disk), removable=False)])
    assert dialog.target is None and not dialog.write_button.isEnabled()
    assert "Không thấy ổ USB" in dialog.message.text()


def test_an_earlier_package_is_replaced_only_when_the_officer_says_so(
    qtbot, sample_db, issued, tmp_path, vi, monkeypatch
):
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = _dialog(qtbot, sample_db, issued, [Drive("KINGSTON", str(usb), removable=True)])
    assert dialog.target == usb
    assert dialog.write()
    package = next(usb.iterdir())
    (package / "ghi-chu.txt").write_text("bản cũ", encoding="utf-8")

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.No)
    again = _dialog(qtbot, sample_db, issued, [Drive("KINGSTON", str(usb), removable=True)])
    assert not again.write()
    assert asked and str(package) in asked[0]
    assert (package / "ghi-chu.txt").exists()  # nothing replaced
