"""The fit helper on its own: the main window centred on the first start, a
remembered geometry that no longer fits pulled back inside the screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize

from vnhr_desktop.ui.screen_fit import FRAME_HEIGHT, FRAME_WIDTH, available_geometry, bounded, placed


def _inside(window) -> bool:
    area = available_geometry(window)
    outer = QRect(window.pos(), QSize(window.width() + FRAME_WIDTH, window.height() + FRAME_HEIGHT))
    return area.contains(outer)


def test_first_start_is_centred_and_inside(make_window, sample_db):
    window = make_window(sample_db)
    area = available_geometry(window)
    assert _inside(window)
    assert window.size() == bounded(QSize(1280, 780), area)
    centre = window.pos().x() + (window.width() + FRAME_WIDTH) // 2
    assert abs(centre - area.center().x()) <= 2


def test_remembered_geometry_that_no_longer_fits_is_clamped(make_window, sample_db, data_paths, qtbot):
    from vnhr_desktop.ui.main_window import MainWindow

    first = make_window(sample_db)
    first.setGeometry(QRect(1500, 900, 2400, 1600))  # saved on a larger monitor
    first.save_state()
    settings = QSettings(str(data_paths.root / "settings.ini"), QSettings.IniFormat)
    again = MainWindow(data_paths, settings, "vi")
    qtbot.addWidget(again)
    assert _inside(again)
    area = available_geometry(again)
    assert again.width() <= area.width() - FRAME_WIDTH and again.height() <= area.height() - FRAME_HEIGHT


def test_placed_keeps_the_frame_inside():
    area = QRect(0, 0, 1024, 600)
    corner = placed(QSize(1008, 560), area)
    assert (corner.x(), corner.y()) == (0, 0)
    corner = placed(QSize(400, 300), area, where=area.bottomRight())
    assert corner.x() + 400 + FRAME_WIDTH <= 1024 and corner.y() + 300 + FRAME_HEIGHT <= 600


def test_event_detail_uses_the_width_it_is_given(qtbot, vi):
    """Its buttons wrap instead of pushing the panel past a 1024 px screen."""
    from vnhr_desktop.ui.widgets.event_detail import EventDetail

    detail = EventDetail()
    qtbot.addWidget(detail)
    assert detail.minimumSizeHint().width() <= 420
    detail.resize(420, 600)
    detail.show()
    qtbot.waitExposed(detail)
    for button in (detail.edit_button, detail.signin_button, detail.list_button, detail.summary_button):
        corner = button.mapTo(detail, button.rect().bottomRight())
        assert corner.x() <= detail.width()
