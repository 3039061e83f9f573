"""The first start on an empty database: the office profile first (office,
parent body, place name, default signer, unit code), then the sample campaign
or a blank start, with or without the starter list of agencies."""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QButtonGroup, QCheckBox, QGroupBox, QLabel, QRadioButton, QVBoxLayout

from vnhr_desktop.ui.dialogs.office_dialog import OfficeDialog


class FirstRunDialog(OfficeDialog):
    def __init__(self, database, parent=None):
        super().__init__(database, parent)
        self.setObjectName("firstRun")
        self.setWindowTitle(self.tr("Welcome"))
        intro = QLabel(
            self.tr(
                "Enter your office once: it is printed on every plan and report, and it is the "
                "issuing body and signer of new documents. You can change it later under "
                "Tools > Office information."
            ),
            self,
        )
        intro.setWordWrap(True)
        start = QGroupBox(self.tr("How to start"), self)
        self.sample = QRadioButton(self.tr("With the sample 2024 campaign, to see how the work is done"), start)
        self.sample.setObjectName("startSample")
        self.blank = QRadioButton(self.tr("Blank, with my own records"), start)
        self.blank.setObjectName("startBlank")
        self.blank.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.sample)
        group.addButton(self.blank)
        self.starter = QCheckBox(
            self.tr("Add the agencies a district or commune office usually assigns (you can edit the list)"), start
        )
        self.starter.setObjectName("starterAgencies")
        self.starter.setChecked(True)
        box = QVBoxLayout(start)
        for widget in (self.sample, self.blank, self.starter):
            box.addWidget(widget)
        layout = cast(QVBoxLayout, self.layout())
        layout.insertWidget(0, intro)
        layout.insertWidget(layout.count() - 1, start)

    def accept(self) -> None:
        """The profile is saved; now the chosen start."""
        from vnhr_desktop.services.demo import load_sample
        from vnhr_desktop.services.first_start import add_starter_agencies

        with self.database.session() as session:
            if self.starter.isChecked():
                add_starter_agencies(session)
            if self.sample.isChecked():
                load_sample(session)
        super().accept()


def needs_first_run(database) -> bool:
    """True on an empty database without an office profile."""
    from vnhr_desktop.services.demo import is_empty
    from vnhr_desktop.services.office import get_profile

    with database.Session() as session:
        return get_profile(session) is None and is_empty(session)


def run_first_start(window) -> bool:
    return bool(FirstRunDialog(window.database, window).exec())
