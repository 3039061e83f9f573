"""Printing the sign-in sheets from the Hội nghị - Tập huấn tab asks how many
blank rows for walk-ins each bridge point gets, remembers the answer, and
writes them; Hủy in that question writes nothing."""

from __future__ import annotations

import re

import pdfplumber
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from sqlalchemy import select

from vnhr_desktop.persistence.models import TrainingEvent
from vnhr_desktop.ui.workers import wait_for_jobs


@pytest.fixture
def detail(make_window, sample_db):
    window = make_window(sample_db)
    window.tabs.setCurrentIndex(2)
    with sample_db.Session() as s:
        conference = s.scalars(select(TrainingEvent).where(TrainingEvent.kind == "training")).one().id
    window.events_tab.select_event(conference)
    return window.events_tab.detail


def answer(rows: int | None) -> None:
    """Answer the blank-rows question when it shows (None: press Hủy)."""

    def respond():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, respond)
            return
        if rows is None:
            dialog.reject()
        else:
            dialog.setIntValue(rows)
            dialog.accept()

    QTimer.singleShot(0, respond)


def test_blank_rows_are_asked_remembered_and_printed(detail, qtbot, tmp_path):
    written = []
    answer(3)
    detail.export("signin", ".pdf", path=tmp_path / "ky-ten.pdf", on_done=written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=20000)
    wait_for_jobs()
    with pdfplumber.open(written[0]) as pdf:
        first = pdf.pages[0].extract_text()
    hall_people = int(re.search(r"Tổng số: (\d+) đại biểu", first).group(1))
    for n in range(hall_people + 1, hall_people + 4):  # numbered rows with nobody in them
        assert re.search(rf"^\s*{n}\s*$", first, re.M), n

    seen = {}

    def peek():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            seen["offered"] = dialog.intValue()
            dialog.reject()
        else:
            QTimer.singleShot(20, peek)

    QTimer.singleShot(0, peek)
    detail.export("signin", ".pdf", path=tmp_path / "lan-hai.pdf", on_done=written.append)
    wait_for_jobs()
    assert seen == {"offered": 3}  # the last answer is offered again
    assert not (tmp_path / "lan-hai.pdf").exists() and len(written) == 1  # Hủy: nothing written
