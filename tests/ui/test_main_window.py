from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox

from vnhr_desktop.ui.models.table_model import Column, RecordTableModel

TITLES = ["Kế hoạch", "Băng rôn - Khẩu hiệu", "Hội nghị - Tập huấn", "Báo cáo kết quả"]


def tab_titles(window):
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_four_vietnamese_tabs_with_sample_rows(make_window, sample_db):
    window = make_window(sample_db)
    assert tab_titles(window) == TITLES
    assert window.plans_tab.model.rowCount() == 3
    assert window.banners_tab.database is None  # loads when first shown
    for i in range(4):
        window.tabs.setCurrentIndex(i)
    assert window.banners_tab.model.rowCount() == 12
    assert window.events_tab.model.rowCount() == 4
    assert window.reports_tab.model.rowCount() == 1
    assert not window.sample_bar.isVisibleTo(window)
    header = window.plans_tab.model.headerData(0, Qt.Horizontal)
    assert header == "Số, ký hiệu"
    # dates dd/MM/yyyy, codes in Vietnamese
    texts = {window.plans_tab.model.index(r, 1).data() for r in range(3)}
    assert texts == {"05/11/2024", "12/11/2024", "06/03/2023"}
    statuses = {window.plans_tab.model.index(r, 4).data() for r in range(3)}
    assert statuses == {"Đã ban hành"}


def test_search_without_tone_marks(make_window, sample_db):
    window = make_window(sample_db)
    view = window.plans_tab.view
    view.set_search_now("de an truyen thong")
    assert window.plans_tab.model.rowCount() == 1
    assert "1" in view.count_label.text()
    view.set_search_now("")
    assert window.plans_tab.model.rowCount() == 3


def test_sort_by_clicking_a_header(make_window, sample_db, qtbot):
    window = make_window(sample_db)
    model = window.plans_tab.model
    model.sort(2, Qt.AscendingOrder)
    titles = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert titles == sorted(titles)


def test_empty_database_offers_sample_data(make_window, db, qtbot):
    window = make_window(db)
    window.show()
    assert window.sample_bar.isVisible()
    assert window.sample_button.text() == "Dùng dữ liệu mẫu"
    qtbot.mouseClick(window.sample_button, Qt.LeftButton)
    assert window.plans_tab.model.rowCount() == 3
    window.tabs.setCurrentIndex(1)
    assert window.banners_tab.model.rowCount() == 12
    assert not window.sample_bar.isVisible()
    assert "Ủy ban nhân dân huyện Châu Thành" in window.windowTitle()


def test_menus_are_vietnamese(make_window, sample_db):
    window = make_window(sample_db)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Tệp", "&Sửa", "&Công cụ", "Trợ &giúp"]
    file_items = [a.text() for a in window.menuBar().actions()[0].menu().actions() if a.text()]
    assert file_items == ["&Sao lưu", "Sao lưu &ra…", "&Khôi phục…", "&Thoát"]


def test_tab_and_geometry_are_remembered(make_window, sample_db, qtbot):
    window = make_window(sample_db)
    window.show()
    qtbot.waitExposed(window)
    window.resize(700, 450)
    qtbot.waitUntil(lambda: window.width() == 700)
    window.tabs.setCurrentIndex(2)
    window.close()
    again = make_window(sample_db)
    again.show()
    qtbot.waitExposed(again)
    assert again.tabs.currentIndex() == 2
    assert again.size().width() == 700


def test_qt_standard_buttons_read_vietnamese(vi):
    box = QDialogButtonBox(
        QDialogButtonBox.Ok
        | QDialogButtonBox.Cancel
        | QDialogButtonBox.Save
        | QDialogButtonBox.Yes
        | QDialogButtonBox.No
        | QDialogButtonBox.Close
    )
    texts = {
        b: box.button(b).text().replace("&", "")
        for b in (
            QDialogButtonBox.Ok,
            QDialogButtonBox.Cancel,
            QDialogButtonBox.Save,
            QDialogButtonBox.Yes,
            QDialogButtonBox.No,
            QDialogButtonBox.Close,
        )
    }
    assert texts == {
        QDialogButtonBox.Ok: "Đồng ý",
        QDialogButtonBox.Cancel: "Hủy",
        QDialogButtonBox.Save: "Lưu",
        QDialogButtonBox.Yes: "Có",
        QDialogButtonBox.No: "Không",
        QDialogButtonBox.Close: "Đóng",
    }


def test_english_on_request(make_window, sample_db, qapp):
    from vnhr_desktop.ui.i18n import install_translators

    install_translators(qapp, "en")
    window = make_window(sample_db, language="en")
    assert tab_titles(window) == ["Plans", "Banners - Slogans", "Conferences - Trainings", "Result reports"]
    install_translators(qapp, "vi")


def test_sort_key_matches_qcollator(vi):
    from PySide6.QtCore import QCollator

    from vnhr_desktop.domain.text import sort_key

    words = [
        "Đức",
        "Dũng",
        "Ân",
        "An",
        "Bình",
        "Ánh",
        "Anh",
        "Ơn",
        "Oanh",
        "ướt",
        "ưu",
        "uống",
        "Ý",
        "yến",
        "huyền",
        "hoàng",
        "hoa",
        "hỏa",
        "hõa",
        "hóa",
        "họa",
        "Tâm",
        "tầm",
        "tăm",
        "Thảo",
        "thạo",
        "Ê",
    ]
    collator = QCollator(QLocale(QLocale.Vietnamese, QLocale.Vietnam))
    from functools import cmp_to_key

    by_qt = sorted(words, key=cmp_to_key(collator.compare))
    assert sorted(words, key=sort_key) == by_qt


class FakeSource:
    def __init__(self, n):
        self.items = list(range(n))

    def query(self, request):
        end = None if request.limit is None else request.offset + request.limit
        return self.items[request.offset : end]

    def count(self, request):
        return len(self.items)


def test_generic_model_fetches_page_by_page(qtbot):
    model = RecordTableModel([Column("real", "N", lambda r: r)], FakeSource(1000))
    model.refresh()
    assert model.rowCount() == 200 and model.total() == 1000
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    assert model.index(399, 0).data() == "399"


def test_file_dialog_reads_vietnamese(vi, qtbot):
    from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

    dialog = QFileDialog()
    dialog.setOption(QFileDialog.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptSave)
    qtbot.addWidget(dialog)
    labels = {w.text().replace("&", "") for w in dialog.findChildren(QLabel) if w.text()}
    buttons = {w.text().replace("&", "") for w in dialog.findChildren(QPushButton) if w.text()}
    assert {"Tìm trong:", "Tên tệp:", "Loại tệp:"} <= labels
    assert {"Lưu", "Hủy"} <= buttons


def test_first_page_shows_before_the_database_layer_then_the_same_rows(make_window, sample_db):
    window = make_window()
    assert window.show_first_page()
    model = window.plans_tab.model
    early = model.rows()
    assert len(early) == 3 and model.total() == 3
    assert "3" in window.plans_tab.view.count_label.text()
    window.attach(sample_db)
    assert model.rows() == early
    assert not window.show_first_page()  # attached: the ordinary way from now on


def test_status_bar_names_the_shared_database_without_the_login(qtbot, sample_db, vi):
    """On a shared database the status bar names the server and the database,
    never the user or the password; on the local file, the data folder."""
    import dataclasses

    from PySide6.QtCore import QSettings

    from vnhr_desktop.ui.main_window import MainWindow

    paths = dataclasses.replace(
        sample_db.paths, database_url="postgresql+psycopg://canbo:mat-khau@May-Chu.local:5433/vanphong"
    )
    window = MainWindow(paths, QSettings(str(paths.root / "s.ini"), QSettings.Format.IniFormat), "vi")
    qtbot.addWidget(window)
    window.attach(sample_db)
    text = window.status_label.text()
    assert text == "Cơ sở dữ liệu dùng chung: may-chu.local:5433/vanphong"
    assert "canbo" not in text and "mat-khau" not in text
