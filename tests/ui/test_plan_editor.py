"""The plan editor driven through its widgets: enter, save, reopen, check messages."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select

from vnhr_desktop.persistence.models import Agency, Issuer, Plan
from vnhr_desktop.services import plans
from vnhr_desktop.services.issuers import IssuerData, save_issuer
from vnhr_desktop.ui.dialogs.plan_editor import PAGE_HEADER, PAGE_TARGETS, PAGE_TASKS, PlanEditorDialog


def editor(qtbot, database, plan_id=None) -> PlanEditorDialog:
    dialog = PlanEditorDialog(database, plan_id)
    # closing a dialog with unsaved changes asks first; tests close without asking
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "dirty", False))
    return dialog


def type_date(widget, text):
    widget.edit.setText(text)
    widget.edit.editingFinished.emit()


def fill_new_plan(qtbot, dialog, issuer_id):
    h = dialog.header
    h.issuer.setCurrentIndex(h.issuer.findData(issuer_id))
    h.title_edit.setPlainText("Tuyên truyền kỷ niệm 76 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024)")
    h.implements_text.setText("Kế hoạch số 05/KH-BCĐNQ ngày 14/10/2024 của Ban Chỉ đạo Nhân quyền Chính phủ")
    type_date(h.dates["period_start"], "05/11/2024")
    type_date(h.dates["period_end"], "31/12/2024")
    type_date(h.dates["report_deadline"], "1/1/2025")
    h.report_to.setText("Phòng Văn hóa - Thông tin")
    h.recipients.setPlainText("UBND tỉnh (b/c)\nLưu: VT, VHTT")
    purpose = dialog.sections["purpose"]
    purpose.add_paragraph()
    purpose.text.setPlainText("Nâng cao nhận thức của cán bộ và Nhân dân.")
    purpose.add_paragraph()
    purpose.text.setPlainText("Bảo đảm phối hợp chặt chẽ.")
    tasks = dialog.tasks
    tasks.add_task()
    tasks.content.setPlainText("Treo băng rôn, khẩu hiệu")
    tasks.lead.setEditText("Phòng Văn hóa - Thông tin")
    tasks.add_agency_name("Công an huyện", cooperating=True)
    type_date(tasks.due, "20/11/2024")
    tasks.add_task()
    tasks.content.setPlainText("Viết tin, bài tuyên truyền")
    tasks.lead.setEditText("Đài Truyền thanh huyện")
    tasks.status.setCurrentIndex(tasks.status.findData("in_progress"))
    targets = dialog.targets
    targets.add_target()
    targets.description.setPlainText("Cán bộ, công chức được phổ biến")
    targets.value.setText("100")
    targets.achieved.setText("92,5")


def test_new_plan_round_trip(qtbot, db, vi):
    with db.session() as s:
        issuer = save_issuer(
            s,
            IssuerData(
                name="Ủy ban nhân dân huyện Châu Thành",
                code="UBND",
                signer_authority="TM. ỦY BAN NHÂN DÂN",
                signer_title="CHỦ TỊCH",
                signer_name="Nguyễn Văn Đức",
            ),
        ).id
    dialog = editor(qtbot, db)
    fill_new_plan(qtbot, dialog, issuer)
    assert dialog.header.symbol.text() == "KH-UBND"
    assert dialog.header.signer_name.text() == "Nguyễn Văn Đức"  # the issuer's signer as default
    assert dialog.targets.share.text().startswith("= 92,5 %")
    assert dialog.dirty
    assert dialog.save()
    assert not dialog.dirty and dialog.plan_id is not None
    with db.Session() as s:
        saved = plans.get_plan(s, dialog.plan_id)
        assert {a.name for a in s.scalars(select(Agency))} == {
            "Phòng Văn hóa - Thông tin",
            "Công an huyện",
            "Đài Truyền thanh huyện",
        }
    assert saved.status == "draft" and saved.number is None and saved.symbol == "KH-UBND"
    assert saved.period_start == dt.date(2024, 11, 5) and saved.report_deadline == dt.date(2025, 1, 1)
    assert saved.purpose == ("Nâng cao nhận thức của cán bộ và Nhân dân.", "Bảo đảm phối hợp chặt chẽ.")
    assert [(t.content, t.lead_agency, t.cooperators, t.status) for t in saved.tasks] == [
        ("Treo băng rôn, khẩu hiệu", "Phòng Văn hóa - Thông tin", ("Công an huyện",), "not_started"),
        ("Viết tin, bài tuyên truyền", "Đài Truyền thanh huyện", (), "in_progress"),
    ]
    assert saved.targets[0].achieved_value == 92.5 and saved.recipients == ("UBND tỉnh (b/c)", "Lưu: VT, VHTT")
    # reopened, the editor shows what was saved
    again = editor(qtbot, db, dialog.plan_id)
    assert again.header.title_edit.toPlainText().startswith("Tuyên truyền kỷ niệm 76 năm")
    assert again.header.dates["period_end"].edit.text() == "31/12/2024"
    assert again.sections["purpose"].texts() == saved.purpose
    assert again.tasks.model.rowCount() == 2 and again.targets.value.text() == "100"
    assert again.pages.tabText(PAGE_TASKS).startswith("Nhiệm vụ (2)")


def test_reorder_and_delete_with_the_keyboard(qtbot, sample_db, vi):
    with sample_db.Session() as s:
        plan_id = s.scalar(select(Plan.id).where(Plan.number == 27))
    dialog = editor(qtbot, sample_db, plan_id)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.pages.setCurrentIndex(PAGE_TASKS)
    tasks = dialog.tasks
    first = tasks.tasks()[0].content
    tasks.table.setFocus()
    tasks.table.setCurrentIndex(tasks.model.index(0, 0))
    qtbot.wait(10)
    qtbot.keyClick(tasks.table, Qt.Key_Down, Qt.AltModifier)
    assert tasks.tasks()[1].content == first and tasks.current_row() == 1
    qtbot.keyClick(tasks.table, Qt.Key_Delete)
    assert tasks.model.rowCount() == 8 and first not in [t.content for t in tasks.tasks()]
    qtbot.keyClick(tasks.table, Qt.Key_Insert)
    assert tasks.model.rowCount() == 9 and tasks.content.hasFocus()
    qtbot.keyClicks(tasks.content, "Toa dam ve quyen con nguoi")
    tasks.lead.setEditText("Phòng Nội vụ")
    dialog.pages.setCurrentIndex(1)
    content = dialog.sections["content"]
    content.list.setFocus()
    content.list.setCurrentRow(3)
    qtbot.wait(10)
    fourth = content.texts()[3]
    qtbot.keyClick(content.list, Qt.Key_Up, Qt.AltModifier)
    assert content.texts()[2] == fourth
    assert dialog.save()
    with sample_db.Session() as s:
        saved = plans.get_plan(s, plan_id)
    assert saved.tasks[2].content == "Toa dam ve quyen con nguoi" and saved.tasks[2].lead_agency == "Phòng Nội vụ"
    assert saved.content[2] == fourth and saved.number == 27  # corrections keep the number


def test_messages_next_to_the_fields_and_errors_stop_the_save(qtbot, db, vi):
    with db.session() as s:
        issuer = save_issuer(s, IssuerData(name="Ủy ban nhân dân huyện Châu Thành", code="UBND")).id
    dialog = editor(qtbot, db)
    fill_new_plan(qtbot, dialog, issuer)
    type_date(dialog.header.dates["period_end"], "01/11/2024")
    dialog.targets.value.setText("120")
    dialog.tasks.table.setCurrentIndex(dialog.tasks.model.index(1, 0))
    dialog.tasks.lead.setEditText("")
    dialog.check()
    note = dialog.header.notes["period_end"]
    assert note.isVisibleTo(dialog) and note.text() == "Ngày kết thúc phải sau ngày bắt đầu (05/11/2024)."
    assert note.severity == "error"
    assert dialog.targets.notes["target_value"].text() == "Chỉ tiêu 1: chỉ tiêu phần trăm không được vượt quá 100 %."
    lead_note = dialog.tasks.notes["lead_agency"]
    assert lead_note.text() == "Nhiệm vụ 2 chưa có cơ quan chủ trì." and lead_note.severity == "warning"
    assert dialog.page_mark(PAGE_TARGETS) == "error" and dialog.page_mark(PAGE_TASKS) == "warning"
    assert not dialog.pages.tabIcon(PAGE_TARGETS).isNull() and "lỗi" in dialog.pages.tabToolTip(PAGE_TARGETS)
    assert "lỗi" in dialog.summary.text()
    assert not dialog.save()
    assert dialog.pages.currentIndex() == PAGE_HEADER
    with db.Session() as s:
        assert s.scalar(select(Plan.id)) is None
    type_date(dialog.header.dates["period_end"], "31/12/2024")
    dialog.targets.value.setText("95")
    type_date(dialog.header.dates["period_start"], "31/02/2024")
    assert dialog.header.typing_errors() == {
        "period_start": "Không có ngày 31/02/2024: tháng 2 năm 2024 chỉ có 29 ngày."
    }
    assert not dialog.save()
    type_date(dialog.header.dates["period_start"], "05/11/2024")
    assert dialog.save()
    assert "cảnh báo" in dialog.summary.text()  # the task without a lead agency is only a warning


def test_issue_dialog_gives_the_next_number(qtbot, sample_db, vi):
    from vnhr_desktop.ui.dialogs.plan_issue_dialog import PlanIssueDialog

    with sample_db.session() as s:
        issuer = s.scalar(select(Issuer.id).where(Issuer.code == "BCĐNQ"))
        plan_id, _ = plans.save_plan(
            s,
            plans.PlanDetail(
                title="Kế hoạch tổng kết năm 2024",
                issuer_id=issuer,
                period_start=dt.date(2024, 12, 1),
                period_end=dt.date(2024, 12, 31),
            ),
            today=dt.date(2024, 12, 1),
        )
    dialog = PlanIssueDialog(sample_db, plan_id, today=dt.date(2024, 12, 20))
    qtbot.addWidget(dialog)
    assert "28/KH-BCĐNQ" in dialog.preview.text()
    type_date(dialog.date, "05/01/2025")
    assert "01/KH-BCĐNQ" in dialog.preview.text()
    dialog.own_number.setChecked(True)
    dialog.number.setValue(27)
    type_date(dialog.date, "20/12/2024")
    dialog.issue()
    assert dialog.note.text() == "Số 27/KH-BCĐNQ đã được dùng trong năm 2024." and dialog.result() == 0
    dialog.own_number.setChecked(False)
    dialog.issue()
    assert dialog.issued_as == "28/KH-BCĐNQ" and dialog.result() == 1
    with sample_db.Session() as s:
        assert s.get(Plan, plan_id).status == "issued"
    reopened = editor(qtbot, sample_db, plan_id)
    assert reopened.header.number.text() == "28" and reopened.header.number.isReadOnly()
    assert not reopened.header.issuer.isEnabled()


def test_new_issuer_from_the_editor(qtbot, db, monkeypatch):
    from vnhr_desktop.ui.dialogs.plan_issuer_dialog import PlanIssuerDialog

    dialog = editor(qtbot, db)
    assert dialog.header.issuer.count() == 1  # only "(choose ...)"

    def fake_exec(self):
        self.edits["name"].setText("Ban Chỉ đạo về Nhân quyền huyện Châu Thành")
        self.edits["code"].setText("")
        self.save()
        assert self.notes["code"].isVisibleTo(self)
        self.edits["code"].setText("BCĐNQ")
        self.save()
        return self.result()

    monkeypatch.setattr(PlanIssuerDialog, "exec", fake_exec)
    dialog.header.title_edit.setPlainText("Kế hoạch đã gõ dở")
    dialog.new_issuer()
    assert dialog.header.issuer.currentText() == "Ban Chỉ đạo về Nhân quyền huyện Châu Thành (BCĐNQ)"
    assert dialog.header.symbol.text() == "KH-BCĐNQ"
    assert dialog.header.title_edit.toPlainText() == "Kế hoạch đã gõ dở"


def test_marks_clear_when_fixed_and_a_new_plan_starts_without_red(qtbot, db, vi):
    with db.session() as s:
        issuer = save_issuer(s, IssuerData(name="Ủy ban nhân dân huyện Châu Thành", code="UBND")).id
    dialog = editor(qtbot, db)
    # Nothing red before the officer could type.
    assert all(not note.text() for note in dialog.header.notes.values())
    assert dialog.summary.text() == "" and all(dialog.page_mark(p) == "" for p in range(4))
    fill_new_plan(qtbot, dialog, issuer)
    dialog.targets.value.setText("120")
    dialog.check()
    assert dialog.page_mark(PAGE_TARGETS) == "error"
    dialog.targets.value.setText("95")
    dialog.tasks.table.setCurrentIndex(dialog.tasks.model.index(1, 0))
    dialog.tasks.lead.setEditText("Sở Ngoại vụ")
    dialog.check()
    assert dialog.page_mark(PAGE_TARGETS) == "" and dialog.pages.tabIcon(PAGE_TARGETS).isNull()
    assert dialog.pages.tabToolTip(PAGE_TARGETS) == ""


def test_a_message_keeps_the_form_still(qtbot, db, vi):
    dialog = editor(qtbot, db)
    dialog.show()
    qtbot.waitExposed(dialog)
    title = dialog.header.title_edit
    before = title.mapTo(dialog, title.rect().topLeft())
    note = dialog.header.notes["issuer"]
    note.show_message("Cần chọn cơ quan ban hành.")
    qtbot.wait(10)
    assert title.mapTo(dialog, title.rect().topLeft()) == before
    line = note.line
    assert line.text() == "Cần chọn cơ quan ban hành." and line.isVisibleTo(dialog)
    assert line.height() >= line.fontMetrics().height() + 4  # tone marks are not clipped
    note.clear_message()
    qtbot.wait(10)
    assert title.mapTo(dialog, title.rect().topLeft()) == before


def test_a_new_task_gets_the_keyboard_focus(qtbot, db, vi):
    dialog = editor(qtbot, db)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.pages.setCurrentIndex(PAGE_TASKS)
    dialog.tasks.add_task()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.tasks.first_field())
