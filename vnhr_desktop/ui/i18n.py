"""Language: Vietnamese by default whatever the Windows locale; English on
request. Loads every compiled translation of the chosen language, including the
app's own translation of the Qt buttons and dialogs it shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from vnhr_desktop.paths import translations_dir
from vnhr_desktop.ui.product import show_product_name

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
_installed: list[QTranslator] = []


def current_language(settings: QSettings) -> str:
    lang = str(settings.value("language", DEFAULT_LANGUAGE))
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[str]:
    """Replace the installed translators; returns the .qm files loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    if language == "vi":
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        for qm in sorted(translations_dir().glob("*_vi.qm")):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                app.installTranslator(translator)
                _installed.append(translator)
                loaded.append(qm.name)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    show_product_name(app)
    return loaded
