"""The figure lines that are new or changed in the records since a report
draft was composed, each with a tick: the officer keeps the ones to bring into
the draft. Nothing else in the draft changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from vnhr_desktop.domain.draft_updates import CHANGED


class DraftUpdatesDialog(QDialog):
    def __init__(self, updates, parent=None):
        super().__init__(parent)
        self.updates = tuple(updates)
        self.setWindowTitle(self.tr("Figures that changed in the records"))
        self.resize(760, 420)
        intro = QLabel(
            self.tr(
                "These figure lines are new or changed in the records. Ticked lines go into the draft; "
                "the text you wrote stays as it is."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("draftUpdates")
        self.list.setWordWrap(True)
        for update in self.updates:
            if update.kind == CHANGED:
                text = self.tr("Changed in “%1”:\n  was: %2\n  now: %3")
                text = text.replace("%1", update.heading).replace("%2", update.old).replace("%3", update.new)
            else:
                text = self.tr("New in “%1”:\n  %2").replace("%1", update.heading).replace("%2", update.new)
            item = QListWidgetItem(text, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Put ticked lines in the draft"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> tuple:
        return tuple(u for i, u in enumerate(self.updates) if self.list.item(i).checkState() == Qt.CheckState.Checked)
