"""Working together on one database: what another PC commits appears after the
light periodic check (or F5), and an editor refuses to save over another PC's
newer save, keeping what the officer typed. A second Database object on the
same file stands for the other PC."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from vnhr_desktop.persistence.database import open_database
from vnhr_desktop.persistence.models import MediaOutput, TrainingEvent


@pytest.fixture
def other_pc(sample_db):
    other = open_database(sample_db.paths)
    yield other
    other.close()


def _rename_first_event(database, title: str) -> int:
    with database.session() as session:
        event = session.scalars(select(TrainingEvent).order_by(TrainingEvent.id)).first()
        event.title = title
        return event.id


def _titles(window) -> list[str]:
    return [row.title for row in window.events_tab.model.rows()]


def test_another_pcs_change_appears_after_the_periodic_check(make_window, sample_db, other_pc, qtbot):
    window = make_window(sample_db)
    window.tabs.setCurrentWidget(window.events_tab)
    watch = window.change_watch
    model = window.events_tab.model
    with qtbot.assertNotEmitted(model.modelReset, wait=0):
        assert not watch.check()  # nothing changed: nothing is reloaded
    _rename_first_event(other_pc, "Hội nghị đổi tên trên máy khác")
    watch.timer.setInterval(20)
    qtbot.waitUntil(lambda: "Hội nghị đổi tên trên máy khác" in _titles(window), timeout=5000)


def test_f5_shows_another_pcs_change(make_window, sample_db, other_pc, qtbot):
    window = make_window(sample_db)
    window.tabs.setCurrentWidget(window.events_tab)
    window.change_watch.stop()
    _rename_first_event(other_pc, "Hội nghị sửa trên máy khác")
    assert "Hội nghị sửa trên máy khác" not in _titles(window)
    assert window.reload_action.shortcut().toString() == "F5"
    window.reload_action.trigger()
    assert "Hội nghị sửa trên máy khác" in _titles(window)


def test_the_editor_refuses_to_save_over_another_pcs_save_and_keeps_the_typing(sample_db, other_pc, qtbot, vi):
    from vnhr_desktop.services.record_versions import short_label
    from vnhr_desktop.ui.dialogs.media_edit_dialog import MediaEditDialog

    with sample_db.Session() as session:
        media = session.scalars(select(MediaOutput).order_by(MediaOutput.id)).first()
        media_id, original = media.id, media.title
    dialog = MediaEditDialog(sample_db, media_id)
    qtbot.addWidget(dialog)
    dialog.show()
    with other_pc.session() as session:  # the other PC saves first
        session.get_one(MediaOutput, media_id).title = "Tiêu đề của máy khác"
    dialog.fields.title.clear()
    qtbot.keyClicks(dialog.fields.title, "Ban tin dang go")  # typed (keyClicks types ASCII only)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    line = dialog.error.text()
    found = re.fullmatch(r"«(.+)» vừa được sửa trên máy khác lúc (\d\d:\d\d); hãy mở lại\.", line)
    assert found, line
    assert found.group(1) == short_label(original)  # a long title is cut to its first words
    assert dialog.error.isVisible()
    assert dialog.fields.title.text() == "Ban tin dang go"
    with sample_db.Session() as session:
        stored = session.get_one(MediaOutput, media_id)
        assert stored.title == "Tiêu đề của máy khác"
        assert stored.updated_at.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M") == found.group(2)


def test_the_periodic_check_runs_off_the_window_thread_one_at_a_time(make_window, sample_db, qtbot, monkeypatch):
    """A shared server that stops answering holds the check, not the window."""
    import threading

    window = make_window(sample_db)
    watch = window.change_watch
    watch.stop()
    started, release, threads = threading.Event(), threading.Event(), []

    def slow_poll():
        threads.append(threading.current_thread())
        started.set()
        release.wait(10)
        from vnhr_desktop.domain.changes import Change

        return Change()

    monkeypatch.setattr(sample_db, "poll_changes", slow_poll)
    watch.look_in_background()
    assert started.wait(5) and threads[0] is not threading.main_thread()
    watch.look_in_background()  # the first look still runs: no second one
    release.set()
    qtbot.waitUntil(lambda: watch.looking is None, timeout=5000)
    assert len(threads) == 1
