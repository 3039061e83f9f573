import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def _no_unanswered_questions(monkeypatch):
    """A message box nobody answers would wait for ever under the offscreen
    platform; a test that expects one answers it with its own monkeypatch."""

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected message box: {args[2] if len(args) > 2 else args}")

    for name in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    # An editor closed with changes (also when a test ends) drops them, as it did
    # before editors asked; tests/ui/test_unsaved_guards.py answers the real question.
    from vnhr_desktop.ui import editor_guard

    monkeypatch.setattr(editor_guard, "ask_unsaved", lambda *_a, **_k: editor_guard.DISCARD)


@pytest.fixture
def vi(qapp):
    from vnhr_desktop.ui.i18n import install_translators

    install_translators(qapp, "vi")
    yield qapp
    install_translators(qapp, "vi")


@pytest.fixture
def make_window(qtbot, data_paths, vi):
    from vnhr_desktop.ui.main_window import MainWindow

    def make(database=None, language="vi"):
        settings = QSettings(str(data_paths.root / "settings.ini"), QSettings.IniFormat)
        window = MainWindow(data_paths, settings, language)
        qtbot.addWidget(window)
        if database is not None:
            window.attach(database)
        return window

    return make
