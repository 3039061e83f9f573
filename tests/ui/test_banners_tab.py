"""The banner tab driven like an officer would: filters, bulk add, bulk status,
the timeline, the placement form's checks, printing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox

from vnhr_desktop.services.sample_data import SLOGANS

SAMPLE_DAY = QDate(2024, 12, 5)


@pytest.fixture
def tab(make_window, sample_db):
    window = make_window(sample_db)
    window.tabs.setCurrentWidget(window.banners_tab)
    window.banners_tab.placements.view_day.setDate(SAMPLE_DAY)
    return window.banners_tab


def statuses(panel):
    return [row.status for row in panel.model.rows()]


def select_all(panel):
    panel.view.table.selectAll()


def select_where(panel, predicate) -> int:
    """Select the rows whose record matches, as a ctrl-click would."""
    selection = panel.view.table.selectionModel()
    selection.clearSelection()
    chosen = 0
    for index, row in enumerate(panel.model.rows()):
        if predicate(row):
            selection.select(panel.model.index(index, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)
            chosen += 1
    return chosen


def test_sample_plan_is_chosen_with_its_placements_and_timeline(tab):
    assert tab.plan.currentText().startswith("27/KH-BCĐNQ")
    panel = tab.placements
    assert panel.model.rowCount() == 12
    assert len(panel.timeline.timeline.rows) == 12
    assert panel.timeline.counts() == {"upcoming": 0, "late": 2, "up": 9, "overdue": 0, "removed": 1}
    assert tab.inner.tabText(0) == "Vị trí treo và tiến độ"
    assert panel.up_button.text() == "Đã treo hôm nay" and panel.down_button.text() == "Đã tháo"


def test_filters_and_search(tab):
    panel, filters = tab.placements, tab.placements.filters
    filters.form.setCurrentIndex(filters.form.findData("pano"))
    assert panel.model.rowCount() == 3
    filters.form.setCurrentIndex(0)
    filters.commune.setCurrentIndex(filters.commune.findData("Xã Đa Lộc"))
    assert panel.model.rowCount() == 3
    filters.commune.setCurrentIndex(0)
    filters.status.setCurrentIndex(filters.status.findData("state:late"))
    assert statuses(panel) == ["planned", "planned"]
    filters.status.setCurrentIndex(0)
    filters.up_today.setChecked(True)
    assert panel.model.rowCount() == 9
    panel.view_day.setDate(QDate(2024, 11, 20))
    assert panel.model.rowCount() == 2
    filters.up_today.setChecked(False)
    panel.view.set_search_now("quyet tam day lui")
    assert [r.title for r in panel.model.rows()] == [SLOGANS[5]]


def test_bulk_status_hung_today_then_taken_down(tab, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.Yes)
    panel, filters = tab.placements, tab.placements.filters
    filters.status.setCurrentIndex(filters.status.findData("state:late"))
    select_all(panel)
    assert panel.up_button.isEnabled()
    qtbot.mouseClick(panel.up_button, Qt.LeftButton)
    assert panel.model.rowCount() == 0  # no longer late
    filters.status.setCurrentIndex(filters.status.findData("status:up"))
    today = [r for r in panel.model.rows() if r.hung_on == dt.date.today()]
    assert len(today) == 2
    assert select_where(panel, lambda r: r.hung_on == dt.date.today()) == 2
    assert len(panel.view.selected_rows()) == 2
    qtbot.mouseClick(panel.down_button, Qt.LeftButton)
    assert asked[-1].startswith("Đổi trạng thái của 2 dòng băng rôn?") and "Đang treo → Đã tháo" in asked[-1]
    filters.status.setCurrentIndex(filters.status.findData("status:removed"))
    assert panel.model.rowCount() == 3
    assert {r.removed_on for r in panel.model.rows()} >= {dt.date.today()}


def test_bulk_add_one_slogan_at_many_places_through_the_dialog(tab, qtbot, monkeypatch):
    from vnhr_desktop.ui.dialogs.banner_bulk_dialog import BulkPlacementDialog

    panel = tab.placements
    panel.view.table.selectRow(0)
    chosen = panel.view.selected_rows()[0]
    seen = {}

    def run(dialog):
        seen["slogans"] = [
            dialog.slogans.item(i).data(Qt.UserRole)
            for i in range(dialog.slogans.count())
            if dialog.slogans.item(i).checkState() == Qt.Checked
        ]
        dialog.places.item(0).setCheckState(Qt.Checked)
        dialog.new_places.setPlainText("Chợ Trà Vinh | Phường 3\nBến xe khách Trà Vinh | Phường 9")
        dialog.fields.quantity.setValue(7)
        dialog.recheck()
        seen["summary"] = dialog.summary.text()
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
        return dialog.result()

    monkeypatch.setattr(BulkPlacementDialog, "exec", run)
    panel.bulk_button.menu().actions()[0].trigger()
    assert seen["slogans"] == [chosen.slogan_id]
    assert seen["summary"].startswith("Sẽ thêm 3 vị trí treo")
    assert panel.model.rowCount() == 15
    added = [r for r in panel.model.rows() if r.quantity == 7]
    assert {r.location for r in added} >= {"Chợ Trà Vinh", "Bến xe khách Trà Vinh"}
    assert {r.title for r in added} == {chosen.title}
    assert len(panel.timeline.timeline.rows) == 15


def test_bulk_add_many_slogans_at_one_place(tab, qtbot, monkeypatch):
    from vnhr_desktop.ui.dialogs.banner_bulk_dialog import BulkPlacementDialog, set_all

    panel = tab.placements
    panel.view.table.selectRow(0)
    place = panel.view.selected_rows()[0].location

    def run(dialog):
        assert [
            dialog.places.item(i).data(Qt.UserRole)[0]
            for i in range(dialog.places.count())
            if dialog.places.item(i).checkState() == Qt.Checked
        ] == [place]
        set_all(dialog.slogans, True)
        dialog.fields.start.setDate(QDate(2025, 1, 2))
        dialog.fields.end.setDate(QDate(2025, 1, 20))
        dialog.recheck()
        assert "ngoài thời gian treo của kế hoạch" in dialog.summary.text()  # warning, not an error
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
        return dialog.result()

    monkeypatch.setattr(BulkPlacementDialog, "exec", run)
    panel.bulk_button.menu().actions()[1].trigger()
    assert panel.model.rowCount() == 12 + len(SLOGANS)


def test_placement_form_checks_as_it_is_filled(tab, qtbot):
    from vnhr_desktop.ui.dialogs.banner_placement_dialog import PlacementDialog

    dialog = PlacementDialog(tab.database, tab.plan_id())
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.Save)
    assert not save.isEnabled()  # no place yet
    dialog.location.setText("Chợ Cầu Kè")
    assert save.isEnabled()
    dialog.fields.end.setDate(QDate(2024, 11, 1))
    assert not save.isEnabled() and "trước ngày bắt đầu" in dialog.problems.text()
    dialog.fields.end.setDate(QDate(2025, 1, 15))
    assert save.isEnabled() and "ngoài thời gian treo" in dialog.problems.text()
    dialog.fields.size_edit.setText("3 x 5 m")
    dialog.fields.form.setCurrentIndex(dialog.fields.form.findData("led"))
    assert save.isEnabled() and "✖" not in dialog.problems.text()  # a size on a screen is no error
    assert not dialog.fields.size_edit.isEnabled() and dialog.fields.size_note.isVisibleTo(dialog)
    qtbot.mouseClick(save, Qt.LeftButton)
    assert dialog.result() == QDialog.Accepted
    with tab.database.Session() as session:
        from vnhr_desktop.services.banners import get_placement

        saved = get_placement(session, dialog.placement_id)
    assert (saved.form, saved.size_text, saved.location) == ("led", "", "Chợ Cầu Kè")


def test_copy_row_and_delete(tab, qtbot, monkeypatch):
    panel = tab.placements
    panel.view.table.selectRow(0)
    qtbot.mouseClick(panel.copy_button, Qt.LeftButton)
    assert panel.model.rowCount() == 13
    copies = [r for r in panel.model.rows() if r.status == "planned"]
    assert len(copies) == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    panel.view.table.selectRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.LeftButton)
    assert panel.model.rowCount() == 12


def test_timeline_draws_and_groups_by_place(tab):
    panel = tab.placements
    image = panel.timeline.grab()
    assert image.width() > 400 and image.height() > 300
    panel.by_location.setCurrentIndex(1)
    assert len(panel.timeline.timeline.rows) == 6
    panel.view_day.setDate(QDate(2024, 12, 21))
    assert panel.timeline.counts()["overdue"] == 3


def test_paste_slogans_with_preview(tab, qtbot):
    from vnhr_desktop.ui.dialogs.slogan_paste_dialog import SlogansPasteDialog

    text = (
        "Nội dung cụ thể như sau:\n"
        f"- *“{SLOGANS[0]}”;*\n"
        "- *“Quyền con người là giá trị chung của nhân loại”;*\n"
        "- *“Quyền con người là giá trị chung của nhân loại”.*\n"
        "Tham dự Tọa đàm “Hợp tác quốc tế về quyền con người” tại Sở Ngoại vụ."
    )
    dialog = SlogansPasteDialog(tab.database, tab.plan_id())
    qtbot.addWidget(dialog)
    dialog.source.setPlainText(text)
    dialog.refresh_preview()
    items = [dialog.preview.item(i) for i in range(dialog.preview.count())]
    assert len(items) == 4
    assert [i.checkState() == Qt.Checked for i in items] == [False, True, False, False]
    assert "đã có trong danh mục" in items[0].text()
    assert dialog.summary.text() == "Tìm thấy 4, sẽ lưu 1."
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    assert len(dialog.added) == 1
    tab.slogans.refresh()
    assert tab.slogans.model.rowCount() == 9


def test_export_from_the_tab(tab, tmp_path, monkeypatch):
    import pdfplumber

    from vnhr_desktop.ui import export_file
    from vnhr_desktop.ui.workers import wait_for_jobs

    target = tmp_path / "in-khau-hieu.pdf"
    shown = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(export_file, "show_written", lambda parent, path: shown.append(path))
    actions = tab.placements.print_button.menu().actions()
    actions[1].trigger()  # print-shop sheets, A4, written in the background
    wait_for_jobs()
    assert shown == [target]
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) == len(SLOGANS)


def test_empty_database_then_sample_loaded(make_window, db, qtbot):
    window = make_window(db)
    tab = window.banners_tab
    window.tabs.setCurrentWidget(tab)  # tabs load when first shown
    assert tab.plan.count() == 0 and tab.model.rowCount() == 0
    assert not tab.placements.add_button.isEnabled()
    assert tab.slogans.add_button.isEnabled()  # a slogan needs no plan
    window.show()
    qtbot.mouseClick(window.sample_button, Qt.LeftButton)
    assert tab.plan.currentText().startswith("27/KH-BCĐNQ")
    assert tab.model.rowCount() == 12 and tab.placements.add_button.isEnabled()
    assert tab.slogans.model.rowCount() == len(SLOGANS)


def test_dates_typed_as_officers_type_them(tab, qtbot):
    from vnhr_desktop.ui.dialogs.banner_placement_dialog import PlacementDialog

    dialog = PlacementDialog(tab.database, tab.plan_id())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.location.setText("Chợ Cầu Kè")
    end = dialog.fields.end
    save = dialog.buttons.button(QDialogButtonBox.Save)
    # Click into the field, then type: the click selects the date, typing replaces it.
    qtbot.mouseClick(end.edit, Qt.LeftButton)
    qtbot.waitUntil(lambda: end.edit.selectedText() == end.edit.text())
    qtbot.keyClicks(end.edit, "20122024")
    assert end.date() == QDate(2024, 12, 20)
    end.edit.selectAll()
    qtbot.keyClicks(end.edit, "25/12")
    assert end.date() == QDate(dt.date.today().year, 12, 25)
    end.edit.selectAll()
    qtbot.keyClicks(end.edit, "31/11/2024")
    qtbot.keyClick(end.edit, Qt.Key_Tab)
    assert end.edit.text() == "31/11/2024"  # never moved to 01/12 or 30/11
    assert not end.date().isValid()
    assert "Không có ngày 31/11/2024" in dialog.problems.text() and not save.isEnabled()
    end.edit.selectAll()
    qtbot.keyClicks(end.edit, "30/11/2024")
    assert save.isEnabled()
    assert not end.button.isHidden()  # the calendar popup is one click away


def test_event_end_follows_its_start(make_window, sample_db, qtbot):
    from PySide6.QtCore import QDateTime, QTime

    from vnhr_desktop.ui.dialogs.event_dialog import EventDialog

    dialog = EventDialog(sample_db)
    qtbot.addWidget(dialog)
    start = QDateTime(QDate(2024, 12, 12), QTime(14, 0))
    dialog.starts_at.setDateTime(start)
    assert dialog.ends_at.dateTime().date() == QDate(2024, 12, 12)
    assert dialog.ends_at.dateTime() >= start


def test_placement_form_stays_still_while_problems_come_and_go(tab, qtbot):
    from vnhr_desktop.ui.dialogs.banner_placement_dialog import PlacementDialog

    dialog = PlacementDialog(tab.database, tab.plan_id())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog.fields.form

    def where():
        return form.mapTo(dialog, form.rect().topLeft())

    dialog.location.setText("Chợ Cầu Kè")
    qtbot.wait(10)
    before = where()
    dialog.fields.end.setDate(QDate(2024, 11, 1))  # an error and a warning appear
    qtbot.wait(10)
    assert "trước ngày bắt đầu" in dialog.problems.text() and where() == before
    dialog.fields.end.setDate(QDate(2024, 12, 31))
    dialog.location.setText("")
    qtbot.wait(10)
    assert where() == before


def test_event_day_typed_wrong_is_refused_not_moved(make_window, sample_db, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox as Buttons

    from vnhr_desktop.ui.dialogs.event_dialog import EventDialog

    dialog = EventDialog(sample_db)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Hội nghị tập huấn")
    day = dialog.starts_at.day
    day.edit.selectAll()
    qtbot.keyClicks(day.edit, "31/11/2024")
    assert day.edit.text() == "31/11/2024"
    assert "Không có ngày 31/11/2024" in dialog.issues.text()
    assert not dialog.buttons.button(Buttons.Save).isEnabled()
    day.edit.selectAll()
    qtbot.keyClicks(day.edit, "20/11")
    assert dialog.starts_at.dateTime().date() == QDate(dt.date.today().year, 11, 20)
    assert "Không có ngày" not in dialog.issues.text()


def test_the_wheel_scrolls_the_form_and_leaves_the_form_combo_alone(tab, qtbot):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    from vnhr_desktop.ui.dialogs.banner_placement_dialog import PlacementDialog

    dialog = PlacementDialog(tab.database, tab.plan_id())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.fields.form
    before = combo.currentIndex()
    centre = QPointF(combo.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(combo.mapToGlobal(combo.rect().center())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.NoButton,
        Qt.NoModifier,
        Qt.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(combo, wheel)
    assert combo.currentIndex() == before  # not switched to "Màn hình LED" by a passing wheel
