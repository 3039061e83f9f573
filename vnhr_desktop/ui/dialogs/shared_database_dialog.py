"""Công cụ > Cơ sở dữ liệu dùng chung…: the office's PostgreSQL server for this
Windows user. "Kiểm tra kết nối" connects in a worker thread (5 s at most)
and shows the server version and what the database holds; Lưu keeps the
connection (the password in the OS credential store); the local SQLite file
can be chosen again. Changes take effect at the next start."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from vnhr_desktop.errors import UserError, ValidationError
from vnhr_desktop.services import shared_database as shared
from vnhr_desktop.ui.screen_fit import fit_dialog
from vnhr_desktop.ui.widgets.message_line import MessageLine
from vnhr_desktop.ui.workers import Job, start_job

log = logging.getLogger(__name__)


class SharedDatabaseDialog(QDialog):
    def __init__(self, paths, parent=None):
        super().__init__(parent)
        self.paths = paths
        self._job: Job | None = None
        self.setWindowTitle(self.tr("Shared database"))
        fit_dialog(self, 520)
        intro = QLabel(
            self.tr(
                "Officers of one office can work on the same records kept on a PostgreSQL server "
                "of the office network. Leave it unset to keep the data file on this PC."
            ),
            self,
        )
        intro.setWordWrap(True)
        saved = shared.load(paths)
        self.host = QLineEdit(saved.host if saved else "", self)
        self.host.setObjectName("host")
        self.host.setPlaceholderText(self.tr("e.g. 192.168.1.10 or may-chu"))
        self.port = QSpinBox(self)
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(saved.port if saved else shared.DEFAULT_PORT)
        self.port.setMaximumWidth(self.port.fontMetrics().horizontalAdvance("0000000") + 40)
        self.database = QLineEdit(saved.database if saved else "", self)
        self.database.setObjectName("database")
        self.user = QLineEdit(saved.user if saved else "", self)
        self.user.setObjectName("user")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if saved is not None and shared.stored_password(saved) is not None:
            self.password.setPlaceholderText(self.tr("unchanged when left empty"))
        else:
            self.password.setPlaceholderText(self.tr("asked for at start when left empty"))
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)

        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.check_result = QLabel(self)
        self.check_result.setObjectName("checkResult")
        self.check_result.setWordWrap(True)
        # Room for a three-line answer (the server's address is part of it), so none is cut.
        self.check_result.setMinimumHeight(self.check_result.fontMetrics().lineSpacing() * 3 + 4)
        self.backup_role = QCheckBox(self.tr("This PC makes the automatic backups"), self)
        self.backup_role.setObjectName("backupRole")
        self.backup_role.setChecked(bool(saved and saved.backup_role))
        self.backup_role.setToolTip(
            self.tr("Only one PC of the office should make the automatic backups of the shared database.")
        )
        where = QLabel(self._where_text(saved is not None), self)
        where.setObjectName("currentChoice")
        where.setWordWrap(True)
        note = QLabel(self.tr("Saved settings take effect the next time the program starts."), self)
        note.setWordWrap(True)
        self.message = MessageLine(self)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.local_button = buttons.addButton(self.tr("Use the file on this PC"), QDialogButtonBox.ButtonRole.ResetRole)
        self.local_button.setObjectName("useLocal")
        self.local_button.setEnabled(saved is not None)
        self.save_button.clicked.connect(self.save)
        self.local_button.clicked.connect(self.use_local)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addLayout(form)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout.addLayout(test_row)
        layout.addWidget(self.check_result)
        layout.addWidget(self.backup_role)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _where_text(self, shared_now: bool) -> str:
        if shared_now:
            return self.tr("This PC is set to use the shared database below.")
        return self.tr("This PC uses the data file in its data folder.")

    def _connection(self) -> shared.SharedConnection | None:
        try:
            connection = shared.make_connection(
                self.host.text(),
                self.port.value(),
                self.database.text(),
                self.user.text(),
                self.backup_role.isChecked(),
            )
        except ValidationError as exc:
            self.message.show_message(exc.message)
            return None
        self.message.clear_message()
        return connection

    def _password(self, connection: shared.SharedConnection) -> str:
        typed = self.password.text()
        return typed or shared.stored_password(connection) or ""

    # -- connection test ---------------------------------------------------
    def test_connection(self) -> None:
        connection = self._connection()
        if connection is None or self._job is not None:
            return
        password = self._password(connection)
        self.test_button.setEnabled(False)
        self.check_result.setStyleSheet("")
        self.check_result.setText(self.tr("Connecting…"))
        self._job = start_job(
            lambda: shared.check_connection(connection, password), self._show_check, self._check_failed
        )

    def _finished(self) -> None:
        self._job = None

    def _show_check(self, check: shared.ConnectionCheck) -> None:
        self._finished()
        self.test_button.setEnabled(True)
        self.check_result.setStyleSheet("" if check.ok else "color: #b00020;")
        lines = [check.message]
        if check.server_version:
            lines.insert(0, self.tr("Server: %1").replace("%1", check.server_version))
        self.check_result.setText("\n".join(lines))

    def _check_failed(self, exc: BaseException) -> None:
        self._finished()
        self.test_button.setEnabled(True)
        self.check_result.setStyleSheet("color: #b00020;")
        self.check_result.setText(getattr(exc, "message", "") or self.tr("The connection test failed."))
        if not isinstance(exc, UserError):  # not an expected failure: into the log with its traceback
            log.error("connection test failed", exc_info=exc)

    # -- saving ------------------------------------------------------------
    def save(self) -> None:
        connection = self._connection()
        if connection is None:
            return
        password = self._password(connection)
        stored = shared.save(self.paths, connection, password)
        if password and not stored:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr(
                    "This PC has no credential store the program can use, so the password was not saved. "
                    "The program will ask for it when it starts."
                ),
            )
        self.accept()

    def use_local(self) -> None:
        shared.use_local(self.paths)
        self.accept()


def ask_password(connection: shared.SharedConnection, parent=None) -> str | None:
    """At start, when the credential store holds no password for the saved
    connection: ask for it (``None`` when the officer cancels). Passed to
    services.shared_database.saved_url as ``ask_password``."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("SharedDatabaseDialog", "Shared database"),
        QCoreApplication.translate("SharedDatabaseDialog", "Password of %1 on %2:")
        .replace("%1", connection.user)
        .replace("%2", f"{connection.host}:{connection.port}/{connection.database}"),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None
