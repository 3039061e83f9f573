"""Windows that fit the screen the officer has: 1366x768 less the taskbar
(1366x728) or 1024x600.

``fit_dialog(dialog, width, height)`` replaces ``dialog.resize(width, height)``:
when the dialog is first shown, everything above its button row moves into a
QScrollArea (long forms scroll, the buttons stay in view) and the dialog takes
its preferred size, cut to the available geometry of its screen.
``fit_main_window`` does the same for the main window: centred on the first
start, a remembered geometry that no longer fits is pulled back inside.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QDialogButtonBox,
    QFrame,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

# Room left for the window manager's title bar and borders around a window.
FRAME_WIDTH = 16
FRAME_HEIGHT = 40
BODY_NAME = "fitBody"


def available_geometry(widget: QWidget) -> QRect:
    """The usable part (without taskbars) of the screen ``widget`` will open on."""
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def bounded(size: QSize, area: QRect) -> QSize:
    """``size`` cut so that the window with its frame stays inside ``area``."""
    return QSize(min(size.width(), area.width() - FRAME_WIDTH), min(size.height(), area.height() - FRAME_HEIGHT))


def _is_button_row(item) -> bool:
    widget = item.widget()
    if isinstance(widget, QDialogButtonBox):
        return True
    layout = item.layout()
    if layout is None or not isinstance(layout, QBoxLayout):
        return False
    items = (layout.itemAt(i) for i in range(layout.count()))
    widgets = [it.widget() for it in items if it is not None]
    return any(isinstance(w, QAbstractButton) for w in widgets) and all(
        w is None
        or not isinstance(w, (QScrollArea,))
        and w.sizePolicy().verticalPolicy() != QSizePolicy.Policy.Expanding
        for w in widgets
    )


def scroll_body(dialog: QWidget) -> QScrollArea | None:
    """Move every item of the dialog's top-level box layout above its trailing
    button rows into a scroll area. Returns the scroll area (None when the
    dialog has no box layout or was already done)."""
    layout = dialog.layout()
    if not isinstance(layout, QVBoxLayout) or dialog.findChild(QScrollArea, BODY_NAME) is not None:
        return None
    keep = layout.count()
    while keep > 0 and _is_button_row(layout.itemAt(keep - 1)):
        keep -= 1
    if keep == 0:
        return None
    body = QWidget()
    body_layout = QVBoxLayout(body)
    body_layout.setContentsMargins(0, 0, 0, 0)
    body_layout.setSpacing(layout.spacing())
    for _ in range(keep):
        stretch = layout.stretch(0)
        item = layout.takeAt(0)
        if item is None:
            break
        widget, child, spacer = item.widget(), item.layout(), item.spacerItem()
        if widget is not None:
            body_layout.addWidget(widget, stretch, item.alignment())
        elif child is not None:
            child.setParent(None)
            body_layout.addLayout(child, stretch)
        elif spacer is not None:
            body_layout.addItem(spacer)
    scroll = QScrollArea(dialog)
    scroll.setObjectName(BODY_NAME)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    body.setAutoFillBackground(False)
    scroll.viewport().setAutoFillBackground(False)
    layout.insertWidget(0, scroll, 1)
    if dialog.isVisible():
        scroll.show()
        body.show()
    return scroll


def preferred_size(dialog: QWidget, width: int = 0, height: int = 0) -> QSize:
    """``width``x``height``; what is not given comes from the layout's wish."""
    hint = dialog.sizeHint()
    layout = dialog.layout()
    if layout is not None:
        hint = hint.expandedTo(layout.sizeHint())
    least = layout.minimumSize() if layout is not None else QSize(0, 0)
    return QSize(max(width or hint.width(), least.width()), height or hint.height())


class _FitOnShow(QObject):
    def __init__(self, dialog: QWidget, width: int, height: int, scroll: bool):
        super().__init__(dialog)
        self.width = width
        self.height = height
        self.scroll = scroll
        self.done = False

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show and not self.done:
            self.done = True
            fit_now(watched, self.width, self.height, self.scroll)
        return False


def fit_now(dialog: QWidget, width: int = 0, height: int = 0, scroll: bool = True) -> QSize:
    area = available_geometry(dialog)
    wanted = preferred_size(dialog, width, height)
    if scroll:
        scroll_body(dialog)
    layout = dialog.layout()
    if layout is not None:
        layout.invalidate()
        layout.activate()
    if scroll and wanted.height() > area.height() - FRAME_HEIGHT:
        # The form will scroll: leave room for its scroll bar so it never scrolls sideways.
        wanted.setWidth(wanted.width() + dialog.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 4)
    size = bounded(wanted, area)
    dialog.resize(size)
    return size


def fit_dialog(dialog: QWidget, width: int = 0, height: int = 0, scroll: bool = True) -> None:
    """Size ``dialog`` to ``width``x``height`` (or its own wish when larger), never
    beyond the available screen; long forms scroll above the buttons."""
    dialog.installEventFilter(_FitOnShow(dialog, width, height, scroll))
    guard_wheel()


class _WheelGuard(QObject):
    """The mouse wheel scrolls a form; it changes a combo or a number only in
    the field the officer has clicked into (never one the pointer passes over)."""

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox

        if event.type() != QEvent.Type.Wheel or not isinstance(watched, (QComboBox, QAbstractSpinBox)):
            return False
        if watched.hasFocus():
            return False
        parent = watched.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is None:
            return False
        from PySide6.QtWidgets import QApplication

        QApplication.sendEvent(parent.verticalScrollBar(), event)
        return True


_wheel_guard: list[_WheelGuard] = []


def guard_wheel() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None and not _wheel_guard:
        _wheel_guard.append(_WheelGuard(app))
        app.installEventFilter(_wheel_guard[0])


def placed(size: QSize, area: QRect, where=None):
    """Top-left corner of the window frame (title bar included) that keeps a
    window of client ``size`` inside ``area``: at ``where`` when given and
    possible, else centred."""
    from PySide6.QtCore import QPoint

    outer = QSize(size.width() + FRAME_WIDTH, size.height() + FRAME_HEIGHT)
    if where is None:
        where = QPoint(area.center().x() - outer.width() // 2, area.center().y() - outer.height() // 2)
    x = min(max(where.x(), area.left()), area.right() + 1 - outer.width())
    y = min(max(where.y(), area.top()), area.bottom() + 1 - outer.height())
    return QPoint(x, y)


def fit_main_window(window: QWidget, geometry, width: int, height: int) -> None:
    """Restore the remembered ``geometry`` (bytes from saveGeometry, or None)
    pulled back inside the screen; without one, open centred at
    ``width``x``height`` or less."""
    area = available_geometry(window)
    if geometry is not None and window.restoreGeometry(geometry):
        if window.isMaximized() or window.isFullScreen():
            return
        size = bounded(window.size(), area)
        window.resize(size)
        window.move(placed(size, area, window.pos()))
        return
    size = bounded(QSize(width, height), area)
    window.resize(size)
    window.move(placed(size, area))


def long_choice(combo, chars: int = 40) -> None:
    """A combo of long items (plan titles, slogans): as wide as ``chars``
    characters in the form, every item whole in the open list and the tooltip."""
    from PySide6.QtWidgets import QComboBox

    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, combo.sizePolicy().verticalPolicy())
    combo.currentTextChanged.connect(combo.setToolTip)
    combo.setToolTip(combo.currentText())
    combo.view().setTextElideMode(Qt.TextElideMode.ElideRight)
    combo.view().setMinimumWidth(700)


def whole_text(combo) -> None:
    """A filter combo that always shows its whole "all …" text; a longer choice
    shows whole in the open list and in the tooltip. Call again after refilling."""
    from PySide6.QtWidgets import QComboBox

    metrics = combo.fontMetrics()
    texts = [combo.itemText(i) for i in range(combo.count())]
    first = metrics.horizontalAdvance(texts[0]) if texts else 60
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(1)
    combo.setMinimumWidth(first + combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 24)
    combo.view().setMinimumWidth(min(max((metrics.horizontalAdvance(t) for t in texts), default=0) + 40, 900))
    if not combo.property("tipFollows"):
        combo.setProperty("tipFollows", True)
        combo.currentTextChanged.connect(combo.setToolTip)
    combo.setToolTip(combo.currentText())


def reserve_lines(label, lines: int = 3) -> None:
    """A problems list that keeps ``lines`` lines of room while empty, so the
    fields above it never move when messages come and go."""
    metrics = label.fontMetrics()
    label.setMinimumHeight(lines * metrics.lineSpacing() + 6)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
