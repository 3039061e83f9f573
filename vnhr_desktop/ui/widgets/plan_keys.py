"""Keyboard shortcuts of the plan screens, bound to the widget that owns them
(the shortcut works only while the focus is inside that widget)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut


def bind(parent, key, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QShortcut:
    """A shortcut for ``key`` ("Alt+Up", Qt.Key_Insert, QKeySequence.Save) calling ``slot``."""
    shortcut = QShortcut(key if isinstance(key, QKeySequence) else QKeySequence(key), parent)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut
