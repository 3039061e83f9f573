from PySide6.QtCore import Qt

from vnhr_desktop.services.office import get_profile
from vnhr_desktop.ui.dialogs.office_dialog import OfficeDialog


def test_office_dialog_validates_next_to_the_field(qtbot, db, vi):
    dialog = OfficeDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits["office_name"].setText("")
    dialog.edits["place_name"].setText("Phường 7")
    dialog.save()
    assert dialog.errors["office_name"].isVisible()
    assert "tên cơ quan" in dialog.errors["office_name"].text()
    assert dialog.errors["place_name"].isVisible()
    assert dialog.result() == 0
    with db.Session() as s:
        assert get_profile(s) is None


def test_office_dialog_saves(qtbot, db, vi):
    dialog = OfficeDialog(db)
    qtbot.addWidget(dialog)
    # QTest can only type characters that map to keys; Vietnamese text arrives
    # through the input method, which setText stands in for.
    qtbot.keyClicks(dialog.edits["office_name"], "UBND huyen ")
    dialog.edits["office_name"].setText("Ủy ban nhân dân huyện Châu Thành")
    dialog.edits["place_name"].setText("Châu Thành")
    dialog.edits["signer_title"].setText("CHỦ TỊCH")
    dialog.edits["signer_name"].setText("Nguyễn Văn An")
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert save.text() == "Lưu"
    qtbot.mouseClick(save, Qt.LeftButton)
    assert dialog.result() == 1
    with db.Session() as s:
        assert get_profile(s).place_name == "Châu Thành"
