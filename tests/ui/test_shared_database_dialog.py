"""Công cụ > Cơ sở dữ liệu dùng chung…: the connection test runs off the GUI
thread and answers in one Vietnamese line; Lưu writes the connection without
the password and gives the password to the credential store; without a
usable store nothing is stored and the start-up asks for it."""

from __future__ import annotations

import json

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtWidgets import QMessageBox

from vnhr_desktop.services import shared_database as shared
from vnhr_desktop.ui.dialogs.shared_database_dialog import SharedDatabaseDialog


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self):
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def _fill(dialog, host="127.0.0.1", port=1, database="vnhr_vanphong", user="canbo", password="mật-khẩu"):
    dialog.host.setText(host)
    dialog.port.setValue(port)
    dialog.database.setText(database)
    dialog.user.setText(user)
    dialog.password.setText(password)


def test_unreachable_server_answers_in_one_line_without_freezing(qtbot, data_paths, vi, memory_keyring):
    dialog = SharedDatabaseDialog(data_paths)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog)
    qtbot.mouseClick(dialog.test_button, qtbot_left())
    # the click returned at once: the test runs in a worker thread
    assert dialog.check_result.text() == "Đang kết nối…"
    assert not dialog.test_button.isEnabled()
    qtbot.waitUntil(lambda: "không kết nối được máy chủ" in dialog.check_result.text(), timeout=6500)
    assert len(dialog.check_result.text().splitlines()) == 1
    assert "127.0.0.1:1" in dialog.check_result.text()
    label = dialog.check_result  # the whole answer shows, even at three lines
    assert label.height() >= label.heightForWidth(label.width())
    assert dialog.test_button.isEnabled()


def test_a_silent_server_gives_up_after_the_timeout_and_the_window_stays_live(qtbot, data_paths, vi, memory_keyring):
    import socket

    from PySide6.QtCore import QTimer

    silent = socket.socket()  # accepts the connection, never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)
    try:
        dialog = SharedDatabaseDialog(data_paths)
        qtbot.addWidget(dialog)
        dialog.show()
        _fill(dialog, port=silent.getsockname()[1])
        ticks = []
        timer = QTimer(dialog, interval=100)
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start()
        dialog.test_connection()
        qtbot.waitUntil(lambda: "không trả lời sau 5 giây" in dialog.check_result.text(), timeout=9000)
        timer.stop()
        # the event loop kept running while the worker waited for the server
        assert len(ticks) >= 20
    finally:
        silent.close()


def test_missing_fields_are_named_before_connecting(qtbot, data_paths, vi):
    dialog = SharedDatabaseDialog(data_paths)
    qtbot.addWidget(dialog)
    _fill(dialog, host="  ")
    dialog.test_connection()
    assert dialog.message.text() == "Hãy nhập máy chủ."
    assert dialog._job is None


def test_save_keeps_the_password_out_of_the_file(qtbot, data_paths, vi, memory_keyring):
    dialog = SharedDatabaseDialog(data_paths)
    qtbot.addWidget(dialog)
    _fill(dialog, port=5433)
    dialog.backup_role.setChecked(True)
    qtbot.mouseClick(dialog.save_button, qtbot_left())
    assert dialog.result() == SharedDatabaseDialog.DialogCode.Accepted
    raw = (data_paths.root / shared.SETTINGS_FILE).read_text(encoding="utf-8")
    assert "mật-khẩu" not in raw
    assert json.loads(raw) == {
        "host": "127.0.0.1",
        "database": "vnhr_vanphong",
        "user": "canbo",
        "port": 5433,
        "backup_role": True,
    }
    assert memory_keyring.passwords == {("vnhr-desktop", "canbo@127.0.0.1:5433/vnhr_vanphong"): "mật-khẩu"}
    assert shared.is_backup_pc(data_paths)
    url = shared.saved_url(data_paths)
    assert url is not None and url.startswith("postgresql+psycopg://canbo:")
    assert url.endswith("@127.0.0.1:5433/vnhr_vanphong")
    from sqlalchemy.engine import make_url

    assert make_url(url).password == "mật-khẩu"

    # opened again: the fields are filled in, the password is not shown
    again = SharedDatabaseDialog(data_paths)
    qtbot.addWidget(again)
    assert (again.host.text(), again.port.value(), again.user.text()) == ("127.0.0.1", 5433, "canbo")
    assert again.password.text() == "" and again.backup_role.isChecked()
    # back to the file on this PC: the settings and the stored password go
    qtbot.mouseClick(again.local_button, qtbot_left())
    assert not (data_paths.root / shared.SETTINGS_FILE).exists()
    assert memory_keyring.passwords == {}
    assert shared.saved_url(data_paths) is None and not shared.is_backup_pc(data_paths)


def test_without_a_credential_store_nothing_is_stored_and_start_up_asks(qtbot, data_paths, vi, no_keyring, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    dialog = SharedDatabaseDialog(data_paths)
    qtbot.addWidget(dialog)
    _fill(dialog)
    dialog.save()
    assert told and "không được lưu" in told[0]
    assert "mật-khẩu" not in (data_paths.root / shared.SETTINGS_FILE).read_text(encoding="utf-8")
    asked = []

    def ask(connection):
        asked.append(connection.account)
        return "gõ-lúc-khởi-động"

    url = shared.saved_url(data_paths, ask)
    assert asked == ["canbo@127.0.0.1:1/vnhr_vanphong"]
    from sqlalchemy.engine import make_url

    assert make_url(url).password == "gõ-lúc-khởi-động"


def test_the_tools_menu_opens_it(make_window, monkeypatch):
    window = make_window()
    opened = []
    monkeypatch.setattr(SharedDatabaseDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    window.shared_database_action.trigger()
    assert opened == ["Cơ sở dữ liệu dùng chung"]


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_automatic_backups_of_a_shared_database_only_on_the_backup_pc(qapp, data_paths, memory_keyring, monkeypatch):
    from types import SimpleNamespace

    from vnhr_desktop.services import backups
    from vnhr_desktop.ui.backup_timer import BackupTimer

    made = []
    monkeypatch.setattr(backups, "backup_now", lambda paths, reason, engine: made.append((reason, engine)))
    server = SimpleNamespace(dialect=SimpleNamespace(name="postgresql"))
    database = SimpleNamespace(engine=server, on_commit=lambda _cb: None)
    timer = BackupTimer(data_paths, database)
    timer.start_session()
    assert made == [] and not timer.timer.isActive()
    shared.save(data_paths, shared.make_connection("may-chu", 5432, "vnhr", "canbo", backup_role=True), "pw")
    timer.start_session()
    assert made == [("khoi-dong", server)] and timer.timer.isActive()
    timer.timer.stop()


def test_the_start_up_prompt_gives_the_typed_password(qapp, vi, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from vnhr_desktop.ui.dialogs.shared_database_dialog import ask_password

    asked = []

    def answer(parent, title, label, echo):
        asked.append((title, label, echo))
        return "gõ-vào", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    connection = shared.make_connection("may-chu", 5432, "vnhr", "canbo")
    assert ask_password(connection) == "gõ-vào"
    assert asked[0][1] == "Mật khẩu của canbo trên may-chu:5432/vnhr:"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("", False))
    assert ask_password(connection) is None


def test_the_password_hint_says_whether_a_password_is_stored(qtbot, data_paths, vi, memory_keyring):
    fresh = SharedDatabaseDialog(data_paths)
    qtbot.addWidget(fresh)
    assert fresh.password.placeholderText() == "để trống thì chương trình hỏi khi khởi động"
    shared.save(data_paths, shared.make_connection("may-chu", 5432, "vnhr", "canbo"), "pw")
    again = SharedDatabaseDialog(data_paths)
    qtbot.addWidget(again)
    assert again.password.placeholderText() == "để trống thì giữ mật khẩu đã lưu"


def test_saving_without_a_password_stores_none_and_says_nothing(qtbot, data_paths, vi, memory_keyring):
    dialog = SharedDatabaseDialog(data_paths)
    qtbot.addWidget(dialog)
    _fill(dialog, password="")
    dialog.save()  # no message box: the autouse fixture would fail the test
    assert memory_keyring.passwords == {}
    assert shared.load(data_paths) is not None


def test_start_up_opens_the_saved_shared_database(qapp, data_paths, memory_keyring, monkeypatch):
    """A saved connection is what the app opens at start, with the password from
    the credential store; the lock then belongs to that database."""
    from vnhr_desktop import app

    assert app._with_saved_connection(data_paths) is data_paths  # nothing saved: the local file
    connection = shared.make_connection("127.0.0.1", 5433, "vnhr_vanphong", "canbo")
    shared.save(data_paths, connection, "mật-khẩu")
    opened = app._with_saved_connection(data_paths)
    assert opened.is_postgresql
    assert opened.database_url == connection.url("mật-khẩu")
    assert opened.lock_file != data_paths.lock_file


def test_start_up_without_a_stored_password_asks_and_a_cancel_keeps_the_local_file(
    qapp, data_paths, no_keyring, monkeypatch
):
    from vnhr_desktop import app
    from vnhr_desktop.ui.dialogs import shared_database_dialog

    shared.save(data_paths, shared.make_connection("127.0.0.1", 5433, "vnhr_vanphong", "canbo"), "")
    monkeypatch.setattr(shared_database_dialog, "ask_password", lambda connection: None)
    assert not app._with_saved_connection(data_paths).is_postgresql
    monkeypatch.setattr(shared_database_dialog, "ask_password", lambda connection: "gõ-lúc-mở")
    from sqlalchemy.engine import make_url

    url = app._with_saved_connection(data_paths).database_url
    assert url is not None and make_url(url).password == "gõ-lúc-mở"
