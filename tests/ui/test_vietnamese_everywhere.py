"""With the Vietnamese translator installed, no window or dialog shows a word
of the English source text: labels, buttons, titles, tooltips, placeholders,
menus and actions, tab names, combo items and table headers are all checked
against every English source string of translations/*.ts."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from window_catalogue import Context, build, discover, visit

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"


def english_sources() -> set[str]:
    """Source strings whose Vietnamese differs (a source kept as is, such as "PDF", is fine)."""
    found = set()
    for ts in TRANSLATIONS.glob("*_vi.ts"):
        for message in ET.parse(ts).iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            numerus = [n.text for n in translation.iter("numerusform")] if translation is not None else []
            target = (translation.text or "") if translation is not None else ""
            if source and source != target and source not in numerus:
                found.add(_plain(source))
    return {s for s in found if s}


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _action_texts(actions, out: list[tuple[str, str]], where: str) -> None:
    for action in actions:
        out += [(f"{where} action", action.text()), (f"{where} action tooltip", action.toolTip())]
        if action.menu() is not None:
            _action_texts(action.menu().actions(), out, where)


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = [("title", window.windowTitle())]
    for w in [window, *window.findChildren(QWidget)]:
        name = f"{type(w).__name__} {w.objectName()}".strip()
        if w.toolTip():
            out.append((f"{name} tooltip", w.toolTip()))
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((name, w.title()))
        elif isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            out.append((f"{name} placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox):
            out += [(f"{name} item", w.itemText(i)) for i in range(w.count())]
            if w.lineEdit() is not None:
                out.append((f"{name} placeholder", w.lineEdit().placeholderText()))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                out += [(f"{name} tab", w.tabText(i)), (f"{name} tab tooltip", w.tabToolTip(i))]
        elif isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w, QListView):
            model = w.model()
            for i in range(model.columnCount(QModelIndex())):
                out.append((f"{name} header", str(model.headerData(i, Qt.Horizontal, Qt.DisplayRole) or "")))
        elif isinstance(w, QMenu):
            _action_texts(w.actions(), out, name)
        out += [(f"{name} action", a.text()) for a in w.actions()]
    if isinstance(window, QMainWindow):
        _action_texts(window.menuBar().actions(), out, "menu")
    return out


def english_on_screen(window: QWidget, english: set[str]) -> list[str]:
    found = []
    for where, text in visible_texts(window):
        plain = _plain(text)
        if plain in english:
            found.append(f"{where}: {plain!r}")
    return sorted(set(found))


def test_the_check_sees_english(qtbot, qapp):
    from PySide6.QtWidgets import QPushButton

    english = english_sources()
    assert "Save and close" in english
    box = QWidget()
    qtbot.addWidget(box)
    QPushButton("Save and close", box)
    assert english_on_screen(box, english) == ["QPushButton: 'Save and close'"]


@pytest.mark.parametrize("cls", discover(), ids=lambda c: c.__name__)
def test_window_speaks_vietnamese(cls, qtbot, sample_db, data_paths, vi):
    window = build(cls, Context(database=sample_db, paths=data_paths))
    qtbot.addWidget(window)
    window.show()
    visit(window, vi)
    visit(window, vi)
    assert english_on_screen(window, english_sources()) == []


def test_export_flow_speaks_vietnamese(qtbot, vi, tmp_path):
    from vnhr_desktop.ui import export_file

    box = export_file.written_box(None, tmp_path / "ke-hoach.pdf")
    qtbot.addWidget(box)
    box.show()
    assert english_on_screen(box, english_sources()) == []
    assert box.windowTitle() == "Đã lưu tệp"
    assert {b.text() for b in box.buttons()} == {"Mở tệp", "Mở thư mục", "Đóng"}


def test_titles_carry_the_vietnamese_product_name(make_window, sample_db, vi):
    from vnhr_desktop.ui.product import product_name

    assert product_name() == "Tuyên truyền quyền con người"
    assert vi.applicationDisplayName() == product_name()
    window = make_window(sample_db)
    assert "vnhr-desktop" not in window.windowTitle()


def test_export_file_names_are_lower_case_ascii():
    from vnhr_desktop.ui.export_file import file_name

    assert file_name("ke-hoach-12-KH-BCĐNQ.pdf") == "ke-hoach-12-kh-bcdnq.pdf"
    assert file_name("khau-hieu-in-A4.PDF") == "khau-hieu-in-a4.pdf"
    assert file_name("Báo cáo 05/BC-UBND.xlsx") == "bao-cao-05-bc-ubnd.xlsx"
    assert file_name("so-dang-ky-van-ban-di-2024.xlsx") == "so-dang-ky-van-ban-di-2024.xlsx"


def test_wording_days_drafts_and_one_word_for_a_hung_banner(vi, sample_db):
    from vnhr_desktop.domain.banner_rules import STATUS_LABELS
    from vnhr_desktop.domain.enums import VI_LABELS, PlacementStatus
    from vnhr_desktop.services.listing import LISTS
    from vnhr_desktop.ui.labels import code_label, days_text, number_text
    from vnhr_desktop.ui.models.plan_models import PlanTableModel

    assert [days_text(n) for n in (-4, 0, 3, None)] == ["quá 4 ngày", "hạn hôm nay", "còn 3 ngày", ""]
    # The app, the PDF and the workbook call a hung banner the same.
    assert code_label("up") == STATUS_LABELS["up"] == VI_LABELS[PlacementStatus.UP] == "Đang treo"
    with sample_db.Session() as session:
        plans = LISTS["plans"].query(session)
    columns = {c.key: c for c in PlanTableModel().columns}
    overdue = next(p for p in plans if p.days_left is not None and p.days_left < 0)
    assert columns["days_left"].display(overdue) == f"quá {-overdue.days_left} ngày"
    draft = type("Row", (), {"number": None, "symbol": "BC-UBND", "number_symbol": "     /BC-UBND"})()
    assert number_text(draft) == "Dự thảo /BC-UBND"
