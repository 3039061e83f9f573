"""Open every window and dialog on the screen this process was given and print,
as JSON, where each one landed. Run by test_screen_fit.py in a child process,
because the size of Qt's offscreen screen is fixed when QApplication starts:

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python tests/ui/screen_probe.py DATA_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)
from window_catalogue import Context, build, discover, visit


def _inside_scroller(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, (QAbstractScrollArea, QTabBar)):
            return True
        parent = parent.parentWidget()
    return False


def _in_layout(widget: QWidget) -> bool:
    def walk(layout) -> bool:
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item.widget() is widget or (item.layout() is not None and walk(item.layout())):
                return True
        return False

    parent = widget.parentWidget()
    return parent is not None and parent.layout() is not None and walk(parent.layout())


def _rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def measure(widget: QWidget, screen: QRect) -> dict:
    frame = widget.frameGeometry()
    outside = []
    for button in widget.findChildren(QAbstractButton):
        if not button.isVisibleTo(widget) or _inside_scroller(button, widget):
            continue
        top_left = button.mapToGlobal(button.rect().topLeft())
        area = QRect(top_left, button.size())
        if not screen.contains(area):
            outside.append(f"{button.text() or button.objectName() or type(button).__name__} at {_rect(area)}")
    minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    sideways = [
        area.objectName() or type(area.widget()).__name__
        for area in widget.findChildren(QScrollArea, "fitBody")
        if area.isVisibleTo(widget) and area.horizontalScrollBar().maximum() > 0
    ]
    clipped = []
    for combo in widget.findChildren(QComboBox):
        if not combo.isVisible() or combo.isEditable() or not combo.currentText():
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        room = combo.style().subControlRect(QStyle.CC_ComboBox, option, QStyle.SC_ComboBoxEditField, combo).width()
        if combo.fontMetrics().horizontalAdvance(combo.currentText()) > room and combo.toolTip() != combo.currentText():
            clipped.append(f"{combo.objectName() or 'combo'}: {combo.currentText()!r}")
    from vnhr_desktop.ui.widgets.message_line import MessageLine

    cut_labels = []
    for label in widget.findChildren(QLabel):
        if not label.isVisible() or not label.text() or isinstance(label, MessageLine):
            continue
        need = label.heightForWidth(label.width()) if label.wordWrap() else label.minimumSizeHint().height()
        if label.height() < need - 1:
            cut_labels.append(f"{label.text()[:40]!r} {label.height()}<{need}")

    floating = [
        line.objectName() or type(line.parentWidget()).__name__
        for line in widget.findChildren(MessageLine)
        if not line.isHidden() and not _in_layout(line)
    ]
    hidden = [
        area.objectName() for area in widget.findChildren(QScrollArea, "fitBody") if not area.widget().isVisible()
    ]
    # a form that scrolls although all of it would fit at its least height (its tables shrunk)
    needless = []
    for area in widget.findChildren(QScrollArea, "fitBody"):
        body = area.widget().layout()
        if not area.isVisibleTo(widget) or body is None or area.verticalScrollBar().maximum() == 0:
            continue
        least = body.totalMinimumHeightForWidth(area.viewport().width()) if body.hasHeightForWidth() else -1
        least = least if least > 0 else body.totalMinimumSize().height()
        if least <= area.viewport().height():
            needless.append(f"needs {least}, has {area.viewport().height()}")
    return {
        "frame": _rect(frame),
        "fits": screen.contains(frame),
        "minimum": [minimum.width(), minimum.height()],
        "buttons_outside": outside,
        "sideways": sideways,
        "hidden_body": hidden,
        "needless_scroll": needless,
        "clipped_combos": clipped,
        "floating_messages": floating,
        "cut_labels": cut_labels,
        "buttons": sum(1 for b in widget.findChildren(QAbstractButton) if b.isVisibleTo(widget)),
    }


def main(data_dir: str) -> int:
    from vnhr_desktop.paths import DataPaths
    from vnhr_desktop.persistence.database import open_database
    from vnhr_desktop.services.demo import load_sample
    from vnhr_desktop.ui.i18n import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, "vi")
    paths = DataPaths(Path(data_dir)).ensure()
    database = open_database(paths)
    with database.session() as session:
        load_sample(session)
    ctx = Context(database=database, paths=paths)
    screen = app.primaryScreen().availableGeometry()
    results = {}
    for cls in discover():
        name = f"{cls.__module__}.{cls.__qualname__}"
        try:
            widget = build(cls, ctx)
            widget.show()
            app.processEvents()
            pages = visit(widget, app) + visit(widget, app)
            app.processEvents()
            results[name] = measure(widget, screen) | {"pages": len(pages)}
            widget.hide()
            widget.deleteLater()
            app.processEvents()
        except Exception as exc:  # reported, not raised: one broken window must not hide the others
            results[name] = {"error": f"{type(exc).__name__}: {exc}"}
    database.close()
    print(json.dumps({"screen": _rect(screen), "windows": results}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
