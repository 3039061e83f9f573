"""A first start that leads: office profile, then sample or blank; the starter
agencies; the profile as default issuer and signer; agencies typed once; the
bundled guide."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from vnhr_desktop.services.agencies import list_agencies
from vnhr_desktop.services.demo import is_empty
from vnhr_desktop.services.first_start import STARTER_AGENCIES
from vnhr_desktop.services.issuers import IssuerData, save_issuer
from vnhr_desktop.services.office import get_profile

PROFILE = {
    "office_name": "Ủy ban nhân dân huyện Châu Thành",
    "parent_body": "Ủy ban nhân dân tỉnh Trà Vinh",
    "place_name": "Châu Thành",
    "signer_authority": "TM. ỦY BAN NHÂN DÂN",
    "signer_title": "CHỦ TỊCH",
    "signer_name": "Nguyễn Văn An",
    "unit_code": "CT",
}


def first_run(qtbot, db):
    from vnhr_desktop.ui.dialogs.first_run_dialog import FirstRunDialog, needs_first_run

    assert needs_first_run(db)
    dialog = FirstRunDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    for name, text in PROFILE.items():
        dialog.edits[name].setText(text)
    return dialog


def test_first_run_blank_start_with_starter_agencies(qtbot, db, vi):
    from vnhr_desktop.ui.dialogs.first_run_dialog import needs_first_run

    dialog = first_run(qtbot, db)
    assert dialog.blank.isChecked() and dialog.starter.isChecked()
    assert dialog.edits["unit_code"].isVisibleTo(dialog)
    dialog.buttons.button(QDialogButtonBox.Save).click()
    assert dialog.result() == 1
    with db.Session() as s:
        assert get_profile(s).unit_code == "CT"
        assert is_empty(s)
        names = {a.name for a in list_agencies(s)}
    assert {name for name, _kind in STARTER_AGENCIES} <= names
    assert not needs_first_run(db)


def test_first_run_with_the_sample(qtbot, db, vi):
    dialog = first_run(qtbot, db)
    dialog.sample.setChecked(True)
    dialog.starter.setChecked(False)
    dialog.buttons.button(QDialogButtonBox.Save).click()
    with db.Session() as s:
        assert not is_empty(s)


def test_first_run_keeps_the_form_when_the_profile_is_incomplete(qtbot, db, vi):
    dialog = first_run(qtbot, db)
    dialog.edits["office_name"].setText("")
    dialog.buttons.button(QDialogButtonBox.Save).click()
    assert dialog.result() == 0 and dialog.errors["office_name"].text()
    with db.Session() as s:
        assert get_profile(s) is None and list_agencies(s) == []


def test_a_new_plan_is_issued_and_signed_as_the_profile_says(qtbot, db, vi):
    from vnhr_desktop.domain.office import OfficeProfileData
    from vnhr_desktop.services.office import save_profile
    from vnhr_desktop.ui.dialogs.plan_editor import PlanEditorDialog

    with db.session() as s:
        save_profile(s, OfficeProfileData(**PROFILE))
        issuer = save_issuer(s, IssuerData(name=PROFILE["office_name"], code="UBND")).id
    dialog = PlanEditorDialog(db)
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "dirty", False))
    detail = dialog.current()
    assert detail.issuer_id == issuer
    assert (detail.signer_authority, detail.signer_name) == ("TM. ỦY BAN NHÂN DÂN", "Nguyễn Văn An")


def test_an_agency_typed_in_one_task_is_offered_in_the_next(qtbot, db, vi):
    from vnhr_desktop.ui.dialogs.plan_editor import PlanEditorDialog

    dialog = PlanEditorDialog(db)
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "dirty", False))
    tasks = dialog.tasks
    tasks.add_task()
    tasks.lead.setEditText("Phòng Văn hóa - Thông tin")
    tasks.add_task()
    offered = [tasks.lead.itemText(i) for i in range(tasks.lead.count())]
    assert "Phòng Văn hóa - Thông tin" in offered
    assert tasks.lead.currentText() == ""


def test_agencies_dialog_adds_renames_and_removes(qtbot, db, vi, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from vnhr_desktop.ui.dialogs.agencies_dialog import AgenciesDialog

    dialog = AgenciesDialog(db)
    qtbot.addWidget(dialog)
    dialog.starter_button.click()
    assert dialog.list.count() == len(STARTER_AGENCIES)
    assert dialog.message.text() == f"Đã thêm {len(STARTER_AGENCIES)} cơ quan."
    dialog.starter_button.click()
    assert dialog.list.count() == len(STARTER_AGENCIES)  # twice adds nothing
    item = dialog.list.findItems("Công an huyện", Qt.MatchExactly)[0]
    dialog.list.setCurrentItem(item)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Công an huyện Châu Thành", True))
    dialog.rename()
    assert dialog.list.findItems("Công an huyện Châu Thành", Qt.MatchExactly)
    dialog.list.setCurrentItem(dialog.list.findItems("Công an huyện Châu Thành", Qt.MatchExactly)[0])
    dialog.remove()
    assert not dialog.list.findItems("Công an huyện Châu Thành", Qt.MatchExactly)
    assert dialog.list.count() == len(STARTER_AGENCIES) - 1


def test_guide_opens_in_vietnamese_with_pictures(qtbot, vi):
    from vnhr_desktop.ui.dialogs.guide_dialog import GuideDialog, guide_path

    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Hướng dẫn sử dụng" in text and "Báo cáo kết quả" in text
    html = guide_path().read_text(encoding="utf-8")
    pictures = [p for p in guide_path().parent.glob("*.png")]
    assert len(pictures) >= 5
    for picture in pictures:
        assert picture.name in html
