"""Receiving a stick of packages in the GUI: a determinate bar with Hủy; a
cancel while receiving rolls the whole batch back (nothing received)."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from tests.receiving.conftest import office_db, province, stick, two_packages  # noqa: F401 (fixtures)
from vnhr_desktop.persistence.models import ReceivedFile, ReceivedReport
from vnhr_desktop.services import receiving
from vnhr_desktop.ui.workers import wait_for_jobs


def _bar():
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
    return found[0] if found else None


def _received(db) -> tuple[int, int]:
    with db.Session() as s:
        return s.query(ReceivedReport).count(), s.query(ReceivedFile).count()


@pytest.fixture
def dialog(province, two_packages, stick, qtbot, vi):  # noqa: F811
    from vnhr_desktop.ui.dialogs.receive_packages_dialog import ReceivePackagesDialog

    db, _office = province
    d = ReceivePackagesDialog(db, [stick], today=dt.date(2025, 1, 8))
    qtbot.addWidget(d)
    wait_for_jobs()
    qtbot.waitUntil(lambda: d.receive_button.isEnabled(), timeout=10000)  # the preview is shown
    return d


def test_hu_y_while_receiving_leaves_nothing_received(dialog, province, qtbot, monkeypatch):  # noqa: F811
    db, _office = province
    read_one, release = threading.Event(), threading.Event()
    original = receiving.read_received_package

    def read(path):
        package = original(path)
        if read_one.is_set():
            return package
        read_one.set()
        release.wait(10)
        return package

    monkeypatch.setattr(receiving, "read_received_package", read)
    try:
        dialog.receive()
        qtbot.waitUntil(lambda: read_one.is_set() and _bar() is not None, timeout=10000)
        bar = _bar()
        assert bar.labelText() == "Đang nhận các gói…"
        buttons = bar.findChildren(QPushButton)
        assert [b.text() for b in buttons] == ["Hủy"]
        buttons[0].click()
    finally:
        release.set()
    wait_for_jobs()
    qtbot.waitUntil(lambda: _bar() is None and not dialog.busy, timeout=5000)
    assert _received(db) == (0, 0)
    assert dialog.summary.text() == "Đã hủy nhận: chưa nhận gói nào."
    assert dialog.receive_button.isEnabled()
    dialog.receive()  # received afterwards, all of it
    wait_for_jobs()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert _received(db) == (2, 4)
    assert dialog.outcome.counts["new"] == 2
