"""Nothing typed is lost without asking: the one guard every editor shares.

An editor dialog derives from :class:`EditorDialog`. When it is shown, the
guard takes a snapshot of what its fields hold; when it is closed with changes
(Esc, the window's ×, Đóng or Hủy, or the main window closing while it is
open) it asks "Lưu / Không lưu / Hủy":

* Lưu runs the editor's own save; the editor stays open when the save fails;
* Không lưu closes and drops the changes;
* Hủy keeps the editor open as it was.

Nothing asks when nothing changed. The snapshot reads every input widget of the
dialog (text, choices, numbers, dates, ticks, and the cells of editable
tables), so an editor needs no code of its own; an editor with a better idea of
"changed" overrides :meth:`EditorDialog.form_value` or :meth:`EditorDialog.is_dirty`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from vnhr_desktop.services.record_versions import LoadedVersion

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
_INPUTS = (QComboBox, QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QAbstractButton, QAbstractItemView)
_TABLE_CELLS = 5000  # a larger table is compared by its row count only
_ROLES = (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.CheckStateRole)


def _model_value(model) -> tuple:
    rows = model.rowCount(QModelIndex())
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount private: one column
        columns = 1
    if rows * max(columns, 1) > _TABLE_CELLS:
        return ("rows", rows)
    out = []
    for r in range(rows):
        for c in range(columns):
            index = model.index(r, c)
            out.append(tuple(_plain(model.data(index, role)) for role in _ROLES))
    return (rows, columns, tuple(out))


def _plain(value):
    """A comparable stand-in for what a model cell holds."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _widget_value(widget):
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText(), widget.currentData())
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QLineEdit):
        parent = widget.parentWidget()
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return None  # read through its owner
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model() is not None:
        if widget.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers:
            return None  # a read-only list (results, lookups) is not what was typed
        return _model_value(widget.model())
    return None


def form_snapshot(root) -> tuple:
    """What the input widgets under ``root`` hold, in a comparable tuple."""
    out = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, _INPUTS) or widget.window() is not root:
            continue  # a popup's insides (calendar, completer, drop-down list)
        value = _widget_value(widget)
        if value is not None:
            out.append((widget.metaObject().className(), widget.objectName(), value))
    return tuple(out)


def ask_with_box(parent, title: str) -> str:
    """Ask Lưu / Không lưu / Hủy; returns SAVE, DISCARD or CANCEL."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("EditorGuard", "Unsaved changes"),
        "",
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("unsavedChanges")
    box.setText(
        QCoreApplication.translate("EditorGuard", "The changes in “%1” are not saved yet. Save them?").replace(
            "%1", title
        )
    )
    save = box.addButton(QCoreApplication.translate("EditorGuard", "Save"), QMessageBox.ButtonRole.AcceptRole)
    save.setObjectName("unsavedSave")
    discard = box.addButton(
        QCoreApplication.translate("EditorGuard", "Don't save"), QMessageBox.ButtonRole.DestructiveRole
    )
    discard.setObjectName("unsavedDiscard")
    cancel = box.addButton(QCoreApplication.translate("EditorGuard", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("unsavedCancel")
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return SAVE if clicked is save else DISCARD if clicked is discard else CANCEL


# What the editors call to ask (tests of other behaviour answer it themselves).
ask_unsaved = ask_with_box


class EditorDialog(QDialog):
    """A dialog that edits records and asks before dropping changes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._clean = None
        self._loaded: LoadedVersion | None = None

    # -- another PC saving the same record --------------------------------------
    def track_record(self, session: Session, kind: str, record_id: int | None, label: str) -> None:
        """Remember the version of the record this editor opened (``kind`` is its
        table); ``record_id`` None: a new record, nothing to compare."""
        from vnhr_desktop.services.record_versions import loaded

        self._loaded = loaded(session, kind, record_id, label) if record_id else None

    def claim_record(self, session: Session) -> None:
        """First step of the save's unit of work: refused with one line (StaleRecord)
        when another PC saved the record since it was opened here; the fields keep
        what the officer typed."""
        from vnhr_desktop.services.record_versions import claim

        claim(session, self._loaded)

    def retrack_record(self, session: Session) -> None:
        """After a save when the editor stays open: what it holds now is current.
        Called inside the save's unit of work, so another PC's save right after
        is not taken for this one."""
        if self._loaded is not None:
            self.track_record(session, self._loaded.kind, self._loaded.id, self._loaded.label)

    # -- what "changed" means -------------------------------------------------
    def form_value(self):
        return form_snapshot(self)

    def mark_clean(self) -> None:
        """The form as it is now counts as saved."""
        self._clean = self.form_value()

    def is_dirty(self) -> bool:
        return self._clean is not None and self.form_value() != self._clean

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._clean is None:
            self.mark_clean()

    # -- closing -------------------------------------------------------------
    # Each editor defines ``save()``: save the form, ending with ``accept()`` when it succeeds.
    save: Callable[[], object]

    def save_and_close(self) -> None:
        """Save; the editor closes itself when the save succeeds (the editors'
        ``save`` ends with ``accept()``)."""
        self.save()

    def confirm_close(self) -> bool:
        """Ask when there are changes; True when the editor closed (or may close)."""
        if not self.isVisible() or not self.is_dirty():
            return True
        answer = ask_unsaved(self, self.windowTitle())
        if answer == CANCEL:
            return False
        if answer == SAVE:
            self.save_and_close()
            return not self.isVisible()
        self.discard()
        return True

    def discard(self) -> None:
        """Close without saving."""
        self._clean = self.form_value()
        QDialog.reject(self)

    def reject(self) -> None:  # Esc, the window's ×, Đóng and Hủy all come here
        if self.is_dirty():
            self.confirm_close()
        else:
            super().reject()


def open_editors() -> list[EditorDialog]:
    """The editors open now, the most recently opened (innermost) first."""
    editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, EditorDialog) and w.isVisible()]

    def depth(widget) -> int:
        n = 0
        while widget.parentWidget() is not None:
            widget, n = widget.parentWidget(), n + 1
        return n

    return sorted(editors, key=depth, reverse=True)


def close_open_editors() -> bool:
    """Before the main window closes: every open editor asks about its changes.
    False when the officer chose Hủy in one of them (the window stays open)."""
    return all(editor.confirm_close() for editor in open_editors())
