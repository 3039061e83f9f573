"""Composition root of the GUI: paths -> logging -> excepthook -> one instance
-> QApplication -> translator -> window painted -> database opened and
migrated -> tabs loaded. The plans list's first page is read without the
database layer and shown before it loads. ``--smoke`` prints "shown <ms>" at
the first paint and "ready <ms>" when the first tab has its rows, then exits."""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vnhr_desktop.errors import AlreadyRunning, DataFolderProblem, UserError
from vnhr_desktop.paths import DataPaths

if TYPE_CHECKING:
    from vnhr_desktop.persistence.database import Database
    from vnhr_desktop.ui.main_window import MainWindow

_T0 = time.perf_counter()
log = logging.getLogger(__name__)


@dataclass
class _GuiState:
    """What the GUI's callbacks share: the window on screen (replaced when the
    language changes), the open database, the exit code and whether the first
    tab has its rows."""

    window: MainWindow
    database: Database | None = None
    code: int = 0
    ready: bool = False


def _ms() -> int:
    return int((time.perf_counter() - _T0) * 1000)


def run_gui(paths: DataPaths, smoke: bool = False, local: bool = False) -> int:
    from vnhr_desktop.logging_setup import setup_logging
    from vnhr_desktop.persistence.lock import InstanceLock

    try:
        paths.ensure()
        setup_logging(paths.logs)
        if not local:
            paths = _with_saved_connection(paths)
        lock = InstanceLock(paths.lock_file)
        lock.acquire()
    except (AlreadyRunning, DataFolderProblem) as exc:
        return _tell_and_exit(exc)
    from vnhr_desktop.exports.safe_write import remove_data_leftovers

    remove_data_leftovers(paths)
    from vnhr_desktop.persistence.preflight import BackgroundPreflight

    # A server's database is checked when it is opened (within the connect timeout).
    preflight = None if paths.is_postgresql else BackgroundPreflight(paths.database)
    try:
        code = _run(paths, smoke, preflight)
    finally:
        lock.release()
    _exit_now(code)
    return code


def _with_saved_connection(paths: DataPaths) -> DataPaths:
    """Without --database-url or VNHR_DATABASE_URL, the shared database saved in
    Công cụ > Cơ sở dữ liệu dùng chung… (its password from the credential store,
    or asked for here); the local file when none is saved or the officer cancels."""
    import dataclasses

    from vnhr_desktop.services import shared_database

    if paths.is_postgresql or not shared_database.is_saved(paths):
        return paths

    cancelled = []

    def ask(connection: shared_database.SharedConnection) -> str | None:
        from PySide6.QtWidgets import QApplication

        from vnhr_desktop.ui.dialogs.shared_database_dialog import ask_password

        app = QApplication.instance() or QApplication(sys.argv[:1])
        _install_language(app, _settings(paths))
        password = ask_password(connection)
        if password is None:
            cancelled.append(True)
        return password

    url = shared_database.saved_url(paths, ask_password=ask)
    if url is None or cancelled:
        log.info("shared database not used at this start: %s", "password not given" if cancelled else "none saved")
        return paths
    return dataclasses.replace(paths, database_url=url)


def _exit_now(code: int) -> None:
    """Leave without the interpreter's slow teardown of Qt and SQLAlchemy objects:
    by now the database is closed, settings are written and the lock released, so
    only the logs and the console need flushing."""
    import os

    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _tell_and_exit(exc: UserError) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    _install_language(app, None)
    if app.platformName() != "offscreen":
        from vnhr_desktop.ui.product import product_name

        QMessageBox.information(None, product_name(), exc.message)
    print(exc.message, file=sys.stderr)
    return exc.exit_code


def _install_language(app, settings) -> str:
    from vnhr_desktop.ui.i18n import DEFAULT_LANGUAGE, current_language, install_translators

    language = current_language(settings) if settings is not None else DEFAULT_LANGUAGE
    install_translators(app, language)
    return language


def _settings(paths: DataPaths):
    from PySide6.QtCore import QSettings

    return QSettings(str(paths.root / "settings.ini"), QSettings.Format.IniFormat)


def _run(paths: DataPaths, smoke: bool, preflight) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from vnhr_desktop.persistence.preflight import BackgroundPreflight
    from vnhr_desktop.ui.excepthook import install_excepthook
    from vnhr_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("vnhr-desktop")
    app.setOrganizationName("vnhr-desktop")
    _set_window_icon(app)
    install_excepthook(paths.logs)
    settings = _settings(paths)
    language = _install_language(app, settings)

    def make_window(lang: str) -> MainWindow:
        window = MainWindow(paths, settings, lang)
        window.languageChangeRequested.connect(switch_language)
        return window

    def switch_language(lang: str) -> None:
        from vnhr_desktop.ui.i18n import install_translators

        settings.setValue("language", lang)
        install_translators(app, lang)
        old = state.window
        old.save_state()
        new = make_window(lang)
        if state.database is not None:  # else open_data() attaches it to the new window
            new.attach(state.database)
        new.show()
        state.window = new
        old.close()
        old.deleteLater()

    def open_data() -> None:
        from vnhr_desktop.persistence.database import open_database

        try:
            database = open_database(paths, preflight=preflight.result() if preflight is not None else None)
        except UserError as exc:
            log.error("cannot open database: %s", exc.message)
            if _show_database_problem(state.window, paths, exc, smoke):
                # A backup was restored over the damaged file: open it afresh.
                again_check = None if paths.is_postgresql else BackgroundPreflight(paths.database)
                try:
                    database = open_database(paths, preflight=again_check.result() if again_check else None)
                except UserError as again:
                    state.code = again.exit_code
                    _show_database_problem(state.window, paths, again, smoke)
                    app.quit()
                    return
            else:
                state.code = exc.exit_code
                app.quit()
                return
        state.database = database
        _start_backups(app, paths, database, smoke)
        state.window.attach(database)
        if not smoke:
            QTimer.singleShot(0, state.window.offer_first_run)
        if smoke and not state.ready:
            print(f"ready {_ms()}", flush=True)
            QTimer.singleShot(0, app.quit)

    window = make_window(language)
    state = _GuiState(window)
    from vnhr_desktop.ui.busy_notice import install_busy_notice

    install_busy_notice(lambda: state.window)

    def first_page() -> None:
        # The plans list's first page comes straight from the file; the
        # database layer (SQLAlchemy) loads after it is on screen. A server's
        # database is read through the database layer only.
        if not paths.is_postgresql and state.window.show_first_page():
            state.ready = True
            if smoke:
                print(f"ready {_ms()}", flush=True)
                app.quit()
                return
        QTimer.singleShot(0, open_data)

    def on_first_paint() -> None:
        if smoke:
            print(f"shown {_ms()}", flush=True)
        QTimer.singleShot(0, first_page)

    window.firstPainted.connect(on_first_paint)
    window.show()
    code = app.exec()
    if state.database is not None:
        state.database.close()
    return state.code or code


def _set_window_icon(app) -> None:
    from PySide6.QtGui import QIcon

    from vnhr_desktop.paths import resources_dir

    icon = resources_dir() / "icons" / "app.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


def _show_database_problem(window, paths: DataPaths, exc: UserError, smoke: bool) -> bool:
    """Explain the problem; True when the user restored a backup over it."""
    print(exc.message, file=sys.stderr)
    if smoke:
        return False
    from PySide6.QtWidgets import QDialog

    from vnhr_desktop.ui.dialogs.database_problem_dialog import DatabaseProblemDialog

    return DatabaseProblemDialog(paths, exc, window).exec() == QDialog.DialogCode.Accepted


def _start_backups(app, paths: DataPaths, database, smoke: bool) -> None:
    """A backup at start (not in smoke runs) and every 30 minutes while there
    are changes since the last one."""
    if smoke:
        return
    from vnhr_desktop.ui.backup_timer import BackupTimer

    app._vnhr_backup_timer = BackupTimer(paths, database, app)
    app._vnhr_backup_timer.start_session()
