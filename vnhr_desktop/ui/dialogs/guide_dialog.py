"""Trợ giúp > Hướng dẫn sử dụng: the short Vietnamese guide bundled with the
app (resources/guide/huong-dan.html and its pictures), following the steps of a
campaign. It reads from disk only; nothing is fetched."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from vnhr_desktop.paths import resources_dir
from vnhr_desktop.ui.screen_fit import fit_dialog

GUIDE_FILE = "huong-dan.html"


def guide_path():
    return resources_dir() / "guide" / GUIDE_FILE


class GuideDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        fit_dialog(self, 860, 700)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        path = guide_path()
        if path.exists():
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:
            self.browser.setPlainText(self.tr("The guide is missing from this installation."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
