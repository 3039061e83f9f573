"""Every editor asks "Lưu / Không lưu / Hủy" when it is closed with changes (Esc,
the window's ×, its Hủy/Đóng button, or the main window closing) and asks
nothing when nothing changed. The question is answered by clicking its buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QPlainTextEdit, QPushButton
from sqlalchemy import select

from vnhr_desktop.persistence import models as m

MARK = "Ghi chú mới của cán bộ"


@pytest.fixture(autouse=True)
def _real_question(monkeypatch):
    """These tests click the real Lưu / Không lưu / Hủy box."""
    from vnhr_desktop.ui import editor_guard

    monkeypatch.setattr(editor_guard, "ask_unsaved", editor_guard.ask_with_box)


def answer(choice: str) -> list[str]:
    """Click ``choice`` (Save, Discard, Cancel) in the next unsaved-changes
    question; returns the list the question's text is put in."""
    asked: list[str] = []

    def click(tries=[0]):  # noqa: B006  (a counter kept between retries)
        box = next(
            (w for w in QApplication.topLevelWidgets() if w.objectName() == "unsavedChanges" and w.isVisible()),
            None,
        )
        if box is None:
            tries[0] += 1
            if tries[0] < 100:
                QTimer.singleShot(10, click)
            return
        asked.append(box.text())
        box.findChild(QPushButton, f"unsaved{choice}").click()

    QTimer.singleShot(0, click)
    return asked


def _first(db, column):
    with db.Session() as session:
        return session.scalars(select(column).order_by(column)).first()


def _find(dialog, name: str):
    for kind in (QLineEdit, QPlainTextEdit):
        found = dialog.findChild(kind, name)
        if found is not None:
            return found
    raise LookupError(name)


def _set(widget, text: str) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        widget.setText(text)


# name: (make dialog, field to type in, read the saved value back)
def _plan(db):
    from vnhr_desktop.ui.dialogs.plan_editor import PlanEditorDialog

    return PlanEditorDialog(db, 3)


def _event(db):
    from vnhr_desktop.ui.dialogs.event_dialog import EventDialog

    return EventDialog(db, 1)


def _participant(db):
    from vnhr_desktop.services.events import bridge_points
    from vnhr_desktop.ui.dialogs.participant_dialog import ParticipantDialog

    pid = _first(db, m.Participant.id)
    with db.Session() as session:
        event_id = session.get(m.Participant, pid).event_id
        points = bridge_points(session, event_id)
    return ParticipantDialog(db, event_id, points, pid)


def _placement(db):
    from vnhr_desktop.ui.dialogs.banner_placement_dialog import PlacementDialog

    pid = _first(db, m.BannerPlacement.id)
    with db.Session() as session:
        plan_id = session.get(m.BannerPlacement, pid).plan_id
    return PlacementDialog(db, plan_id, pid)


def _slogan(db):
    from vnhr_desktop.ui.dialogs.slogan_dialog import SloganDialog

    return SloganDialog(db, _first(db, m.Slogan.id))


def _media(db):
    from vnhr_desktop.ui.dialogs.media_edit_dialog import MediaEditDialog

    return MediaEditDialog(db, _first(db, m.MediaOutput.id))


def _composer(db):
    from vnhr_desktop.ui.dialogs.report_composer_dialog import ReportComposerDialog

    return ReportComposerDialog(db, _first(db, m.Report.id))


def _office(db):
    from vnhr_desktop.ui.dialogs.office_dialog import OfficeDialog

    return OfficeDialog(db)


def _issuer(db):
    from vnhr_desktop.ui.dialogs.plan_issuer_dialog import PlanIssuerDialog

    return PlanIssuerDialog(db)


def _saved_plan(db):
    with db.Session() as s:
        return s.get(m.Plan, 3).title


def _saved_event(db):
    with db.Session() as s:
        return s.get(m.TrainingEvent, 1).note


def _saved_participant(db):
    with db.Session() as s:
        return s.get(m.Participant, _first(db, m.Participant.id)).position_title


def _saved_placement(db):
    with db.Session() as s:
        return s.get(m.BannerPlacement, _first(db, m.BannerPlacement.id)).location


def _saved_slogan(db):
    with db.Session() as s:
        return s.get(m.Slogan, _first(db, m.Slogan.id)).text


def _saved_media(db):
    with db.Session() as s:
        return s.get(m.MediaOutput, _first(db, m.MediaOutput.id)).title


def _saved_report(db):
    with db.Session() as s:
        return s.get(m.Report, _first(db, m.Report.id)).title


def _saved_office(db):
    from vnhr_desktop.services.office import get_profile

    with db.Session() as s:
        profile = get_profile(s)
        return profile.signer_name if profile else None


def _saved_issuer(db):
    with db.Session() as s:
        return s.scalars(select(m.Issuer.name).where(m.Issuer.name == MARK)).first()


EDITORS = {
    "plan": (_plan, "title", _saved_plan),
    "event": (_event, "note", _saved_event),
    "participant": (_participant, "position_title", _saved_participant),
    "placement": (_placement, "location", _saved_placement),
    "slogan": (_slogan, "text", _saved_slogan),
    "media": (_media, "title", _saved_media),
    "composer": (_composer, "title", _saved_report),
    "office": (_office, "signer_name", _saved_office),
    "issuer": (_issuer, "name", _saved_issuer),
}


def _field(dialog, name):
    if name == "title" and hasattr(dialog, "header"):
        return dialog.header.title_edit
    return _find(dialog, name)


def _open(qtbot, db, key):
    make, _field_name, _saved = EDITORS[key]
    dialog = make(db)
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "_clean", None))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _close_button(dialog):
    """The editor's Hủy (or Đóng) button."""
    box = dialog.findChild(QDialogButtonBox)
    if box is not None and box.button(QDialogButtonBox.Cancel) is not None:
        return box.button(QDialogButtonBox.Cancel)
    for button in dialog.findChildren(QPushButton):
        if button.text() in ("Đóng", "Close", "Hủy", "Cancel"):
            return button
    raise LookupError("close button")


@pytest.mark.parametrize("key", list(EDITORS))
def test_nothing_asks_when_nothing_changed(qtbot, sample_db, vi, key):
    dialog = _open(qtbot, sample_db, key)
    asked = answer("Cancel")
    qtbot.keyClick(dialog, Qt.Key_Escape)
    qtbot.wait(30)
    assert asked == []
    assert not dialog.isVisible()


@pytest.mark.parametrize("key", list(EDITORS))
def test_esc_and_close_ask_and_keep_or_drop(qtbot, sample_db, vi, key):
    _make, name, saved = EDITORS[key]
    before = saved(sample_db)
    dialog = _open(qtbot, sample_db, key)
    _set(_field(dialog, name), MARK)

    asked = answer("Cancel")  # Esc, then Hủy in the question: the editor stays as it was
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert asked and "chưa được lưu" in asked[0]
    assert dialog.isVisible()
    field = _field(dialog, name)
    assert (field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()) == MARK

    asked = answer("Discard")  # the window's ×, then Không lưu: closed, nothing written
    dialog.close()
    assert asked
    assert not dialog.isVisible()
    assert saved(sample_db) == before


@pytest.mark.parametrize("key", [k for k in EDITORS if k != "issuer"])
def test_cancel_button_then_save_writes_the_change(qtbot, sample_db, vi, key):
    _make, name, saved = EDITORS[key]
    dialog = _open(qtbot, sample_db, key)
    _set(_field(dialog, name), MARK)
    asked = answer("Save")
    qtbot.mouseClick(_close_button(dialog), Qt.LeftButton)
    assert asked
    assert not dialog.isVisible()
    assert saved(sample_db) == MARK


def test_closing_the_main_window_asks_for_an_open_editor(make_window, sample_db, qtbot):
    from vnhr_desktop.ui.dialogs.event_dialog import EventDialog

    window = make_window(sample_db)
    window.show()
    dialog = EventDialog(sample_db, 1, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.note.setPlainText(MARK)
    dialog.invited.setValue(645)

    asked = answer("Cancel")
    window.close()
    assert asked
    assert window.isVisible() and dialog.isVisible()  # Hủy: nothing closes

    asked = answer("Save")
    window.close()
    assert asked
    assert not window.isVisible()
    assert _saved_event(sample_db) == MARK
