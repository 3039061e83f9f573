"""Slow work off the GUI thread: one small helper with success and failure
callbacks and a busy indicator.

    run_job(parent, lambda: export(...), on_success=show_file, busy_text="Đang xuất tệp…")

The job runs in Qt's thread pool and must open its own database session. The
callbacks run on the GUI thread. Expected failures (``UserError``) go to
``on_failure`` (default: a warning with the message); anything else goes to
the excepthook's dialog, which names the log folder.

With ``with_progress=True`` the job is called as ``fn(report)``; each
``report(done, total)`` moves a determinate bar, and once the user has pressed
Hủy the next call raises :class:`Cancelled`, which ends the job quietly.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from vnhr_desktop.errors import Cancelled, UserError

log = logging.getLogger(__name__)
_running: set[Job] = set()


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]):
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # handed to the GUI thread
            log.debug("background job failed", exc_info=True)
            self.signals.failed.emit(exc)
            return
        self.signals.succeeded.emit(result)


def _warn(parent, exc: UserError) -> None:
    QMessageBox.warning(parent, QApplication.translate("Workers", "Could not finish"), exc.message)


def start_job(
    fn: Callable[[], Any], on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None]
) -> Job:
    """Run ``fn()`` in the thread pool with no busy dialog (a connection test, a
    periodic look); ``on_success(result)`` or ``on_failure(exc)`` runs on the GUI
    thread. The job is kept alive until it ends, even if its window closes first."""
    job = Job(fn)

    def ended(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def call(value: Any) -> None:
            _running.discard(job)
            callback(value)

        return call

    job.signals.succeeded.connect(ended(on_success), Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(ended(on_failure), Qt.ConnectionType.QueuedConnection)
    _running.add(job)
    QThreadPool.globalInstance().start(job)
    return job


def run_job(
    parent,
    fn: Callable[..., Any],  # fn() or, with_progress, fn(report)
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[UserError], None] | None = None,
    busy_text: str = "",
    show_after_ms: int = 400,
    with_progress: bool = False,
    on_cancel: Callable[[], None] | None = None,
) -> Job:
    """Run ``fn`` in the background; a busy dialog appears if it takes a while.
    ``on_cancel`` runs (GUI thread) when the job ended because of Hủy."""
    job = Job(fn)
    progress = QProgressDialog(busy_text or QApplication.translate("Workers", "Working…"), "", 0, 0, parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setCancelButton(None)
    if with_progress:
        stop = threading.Event()

        def report(done: int, total: int) -> None:
            if stop.is_set():
                raise Cancelled()
            job.signals.progressed.emit(done, total)

        def moved(done: int, total: int) -> None:
            if total <= 0:  # no count to show (a step without rows)
                return
            progress.setMaximum(total)
            progress.setValue(min(done, total))

        job.fn = lambda: fn(report)
        progress.setAutoReset(False)
        progress.setCancelButtonText(QApplication.translate("Workers", "Cancel"))
        progress.canceled.connect(stop.set)
        job.signals.progressed.connect(moved, Qt.ConnectionType.QueuedConnection)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.hide()
    timer = QTimer(progress, singleShot=True, interval=show_after_ms)
    timer.timeout.connect(progress.show)
    timer.start()

    def finish() -> None:
        timer.stop()
        progress.close()
        progress.deleteLater()
        _running.discard(job)

    def succeeded(result) -> None:
        finish()
        if on_success is not None:
            on_success(result)

    def failed(exc) -> None:
        finish()
        if isinstance(exc, Cancelled):
            if on_cancel is not None:
                on_cancel()
            return
        if isinstance(exc, UserError):
            (on_failure or (lambda e: _warn(parent, e)))(exc)
        else:
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)

    job.signals.succeeded.connect(succeeded, Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    _running.add(job)
    QThreadPool.globalInstance().start(job)
    return job


def wait_for_jobs(timeout_ms: int = 30000) -> bool:
    """Tests and shutdown: wait for background jobs and deliver their callbacks."""
    done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    QApplication.processEvents()
    return done
