"""Sổ đăng ký văn bản đi: the numbers an issuer gave out in a year, printable
as PDF or Excel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from vnhr_desktop.domain.dates import fmt_date
from vnhr_desktop.ui.models.plan_item_models import ItemColumn, PlanItemModel
from vnhr_desktop.ui.screen_fit import fit_dialog


class RegisterDialog(QDialog):
    def __init__(self, database, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Register of outgoing documents"))
        fit_dialog(self, 900, 520)
        self.issuer = QComboBox(self)
        self.issuer.setObjectName("register_issuer")
        self.year = QSpinBox(self)
        self.year.setObjectName("register_year")
        self.year.setRange(2000, 2100)
        self.year.setValue((today or dt.date.today()).year)
        self.model = PlanItemModel(
            [
                ItemColumn(self.tr("Number/symbol"), lambda i, e: e.number_symbol),
                ItemColumn(self.tr("Date"), lambda i, e: fmt_date(e.issued_on)),
                ItemColumn(self.tr("Title"), lambda i, e: e.title),
                ItemColumn(self.tr("Signer"), lambda i, e: e.signer_name),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("register_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel(self)
        self.pdf_button = QPushButton(self.tr("Export PDF…"), self)
        self.xlsx_button = QPushButton(self.tr("Export Excel…"), self)
        close = QPushButton(self.tr("Close"), self)
        for button in (self.pdf_button, self.xlsx_button, close):
            button.setAutoDefault(False)  # Enter in the year box only shows that year
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export(".xlsx"))
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Issuer"), self))
        top.addWidget(self.issuer, 1)
        top.addWidget(QLabel(self.tr("Year"), self))
        top.addWidget(self.year)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        for b in (self.pdf_button, self.xlsx_button, close):
            bottom.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._load_issuers()
        self.issuer.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.refresh()

    def _load_issuers(self) -> None:
        from vnhr_desktop.services.issuers import list_issuers

        with self.database.Session() as session:
            for data in list_issuers(session, own_only=True):
                self.issuer.addItem(data.name, data.id)

    def refresh(self) -> None:
        from vnhr_desktop.services.register import register_entries

        issuer_id = self.issuer.currentData()
        entries = []
        if issuer_id is not None:
            with self.database.Session() as session:
                entries = register_entries(session, issuer_id, self.year.value())
        self.model.set_items(entries)
        self.table.resizeColumnToContents(0)
        self.count.setText(self.tr("%n document(s)", "", len(entries)))
        for b in (self.pdf_button, self.xlsx_button):
            b.setEnabled(issuer_id is not None)

    def export(self, suffix: str, path: Path | None = None, on_done=None) -> None:
        """The register of the chosen issuer and year as PDF or Excel, written in the background."""
        from vnhr_desktop.ui.export_file import ask_save_path, show_written, write_export
        from vnhr_desktop.ui.workers import run_job

        issuer_id, year = self.issuer.currentData(), self.year.value()
        if issuer_id is None:
            return
        target = path or ask_save_path(self, f"so-dang-ky-van-ban-di-{year}{suffix}", suffix)
        if target is None:
            return

        def write() -> Path:
            return write_export(self.database, "register", issuer_id, target, year=year)

        def done(written: Path) -> None:
            self.count.setText(self.tr("Saved %1").replace("%1", str(written)))
            (on_done or (lambda p: show_written(self, p)))(written)

        run_job(self, write, on_success=done)
