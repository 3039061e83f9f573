"""Sửa > Hoàn tác / Làm lại: the destructive and bulk actions of this session.

An action runs at once, through the services, in one unit of work; when it
succeeds its undo step goes on the main window's QUndoStack. Undo and redo run
through the services too, each in its own unit of work, so the change
notification reaches every tab as for any other change."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox

from vnhr_desktop.errors import UserError

log = logging.getLogger(__name__)
_fallback: QUndoStack | None = None


def undo_stack_for(widget) -> QUndoStack:
    """The main window's undo stack (a stack of its own for a widget shown alone)."""
    global _fallback
    w = widget
    while w is not None:
        stack = getattr(w, "undo_stack", None)
        if isinstance(stack, QUndoStack):
            return stack
        w = w.parentWidget()
    if _fallback is None:
        _fallback = QUndoStack()
    return _fallback


class ServiceCommand(QUndoCommand):
    """One step: ``undo(session)`` and ``redo(session)`` each run in a unit of work.
    The first redo is the action itself, already done when the step is pushed."""

    def __init__(self, database, text: str, undo: Callable, redo: Callable, parent_widget=None):
        super().__init__(text)
        self.database = database
        self._undo, self._redo = undo, redo
        self._widget = parent_widget
        self._first = True

    def _run(self, step: Callable) -> None:
        try:
            with self.database.session() as session:
                step(session)
        except UserError as exc:
            log.warning("undo step failed: %s", exc.message)
            QMessageBox.warning(self._widget, self.text(), exc.message)
        except Exception:
            log.exception("undo step failed")
            QMessageBox.warning(
                self._widget, self.text(), QCoreApplication.translate("QMessageBox", "The step could not be undone.")
            )

    def undo(self) -> None:
        self._run(self._undo)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo)


def run_undoable(widget, database, text: str, action: Callable, undo: Callable, redo: Callable | None = None):
    """Run ``action(session)`` now (a UserError reaches the caller, nothing is
    pushed); then push the step. ``action`` returns (result, state); ``undo(session,
    state)`` and ``redo(session, state)`` receive that state. ``redo`` defaults to
    running ``action`` again."""
    with database.session() as session:
        result, state = action(session)
    _push(widget, database, text, state, undo, redo or (lambda s, _state: action(s)))
    return result


def _push(widget, database, text: str, state, undo: Callable, redo: Callable) -> None:
    command = ServiceCommand(database, text, lambda s: undo(s, state), lambda s: redo(s, state), widget)
    undo_stack_for(widget).push(command)


def run_undoable_job(
    widget,
    database,
    text: str,
    action: Callable,
    undo: Callable,
    redo: Callable,
    on_done: Callable,
    on_failure: Callable | None = None,
    on_cancel: Callable | None = None,
    busy_text: str = "",
    progress_parent=None,
) -> None:
    """:func:`run_undoable` for a long action: ``action(session, report)`` runs
    in the background (ui.workers.run_job) with a determinate bar and Hủy;
    ``report(done, total)`` moves the bar. Its unit of work commits only when
    the action ends uncancelled, so a cancel leaves nothing written and pushes
    no step. ``on_done(result)`` runs on the GUI thread after the step is pushed.
    The bar is window-modal over ``progress_parent`` (default ``widget``)."""
    from vnhr_desktop.ui.workers import run_job

    def work(report):
        with database.session() as session:
            result, state = action(session, report)
            report(0, 0)  # a last chance to stop before the commit
        return result, state

    def done(outcome) -> None:
        result, state = outcome
        _push(widget, database, text, state, undo, redo)
        on_done(result)

    run_job(
        progress_parent or widget,
        work,
        on_success=done,
        on_failure=on_failure,
        on_cancel=on_cancel,
        busy_text=busy_text,
        with_progress=True,
    )


def delete_undoable(widget, database, text: str, table: str, ids, delete: Callable):
    """Delete through ``delete(session)``; undo puts the rows (and all that went
    with them) back with their ids; redo deletes them again."""
    from vnhr_desktop.services.record_snapshots import put_back, snapshot_rows

    def action(session):
        snapshot = snapshot_rows(session, table, ids)
        return delete(session), snapshot

    return run_undoable(
        widget,
        database,
        text,
        action,
        lambda s, snap: put_back(s, snap),
        lambda s, _snap: delete(s),
    )


def values_undoable(widget, database, text: str, table: str, ids, columns, change: Callable):
    """A bulk change of ``columns`` on rows ``ids`` through ``change(session)``;
    undo writes the old values back, redo the new ones."""
    from vnhr_desktop.services.record_snapshots import put_values, snapshot_values

    def action(session):
        before = snapshot_values(session, table, ids, columns)
        result = change(session)
        return result, (before, snapshot_values(session, table, ids, columns))

    return run_undoable(
        widget,
        database,
        text,
        action,
        lambda s, kept: put_values(s, kept[0]),
        lambda s, kept: put_values(s, kept[1]),
    )
