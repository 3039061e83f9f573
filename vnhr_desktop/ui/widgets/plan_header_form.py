"""The header of the plan editor: kind, issuer, number and symbol, dates, title
(trích yếu), the document it implements, period, report deadline, signer,
recipients, opening and closing. Messages appear under the field they concern."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vnhr_desktop.domain.enums import PlanKind, PlanStatus
from vnhr_desktop.domain.numbering import number_text, symbol
from vnhr_desktop.domain.plan_data import PlanDetail, default_opening, implements_reference
from vnhr_desktop.ui.labels import code_label
from vnhr_desktop.ui.widgets.message_line import SharedMessageLine
from vnhr_desktop.ui.widgets.plan_date_edit import PlanDateEdit

NOTE_FIELDS = (
    "kind",
    "issuer",
    "number",
    "issued_on",
    "title",
    "implements",
    "period_end",
    "display_end",
    "report_deadline",
    "agencies_report_by",
    "signer_name",
    "period_start",
    "display_start",
)
DATE_FIELDS = (
    "issued_on",
    "period_start",
    "period_end",
    "display_start",
    "display_end",
    "report_deadline",
    "agencies_report_by",
)


def _text_box(parent, height: int, name: str) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMaximumHeight(height)
    return box


class PlanHeaderForm(QWidget):
    changed = Signal()
    newIssuerRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._detail = PlanDetail(title="")
        self._issuers: list = []
        self._received: list = []
        self._loading = False
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for code in (PlanKind.OWN, PlanKind.RECEIVED):
            self.kind.addItem(code_label(code), str(code))
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        self.issuer = QComboBox(self)
        self.issuer.setObjectName("issuer")
        self.new_issuer = QPushButton(self.tr("New issuer…"), self)
        self.new_issuer.clicked.connect(self.newIssuerRequested.emit)
        self.issuer_name = QLineEdit(self)
        self.issuer_name.setObjectName("issuer_name")
        self.issuer_name.setPlaceholderText(self.tr("e.g. Ban Chỉ đạo Nhân quyền Chính phủ"))
        self.number = QLineEdit(self)
        self.number.setObjectName("number")
        self.number.setFixedWidth(80)
        self.symbol = QLineEdit(self)
        self.symbol.setObjectName("symbol")
        self.symbol.setFixedWidth(160)
        self.issued_on = PlanDateEdit(self)
        self.issued_on.setObjectName("issued_on")
        self.title_edit = _text_box(self, 64, "title")
        self.title_edit.setPlaceholderText(self.tr("What the plan is about (trích yếu)"))
        self.implements = QComboBox(self)
        self.implements.setObjectName("implements")
        self.implements_text = QLineEdit(self)
        self.implements_text.setObjectName("implements_text")
        self.implements_text.setPlaceholderText(
            self.tr("e.g. Kế hoạch số 05/KH-BCĐNQ ngày 14/10/2024 của Ban Chỉ đạo Nhân quyền Chính phủ")
        )
        self.dates = {name: PlanDateEdit(self) for name in DATE_FIELDS if name != "issued_on"}
        self.dates["issued_on"] = self.issued_on
        for name, edit in self.dates.items():
            edit.setObjectName(name)
        self.report_to = QLineEdit(self)
        self.report_to.setObjectName("report_to")
        self.report_to.setPlaceholderText(self.tr("Body we report the results to"))
        self.agencies_report_to = QLineEdit(self)
        self.agencies_report_to.setObjectName("agencies_report_to")
        self.agencies_report_to.setPlaceholderText(self.tr("Us (the issuing body), or e.g. its standing office"))
        self.signer_authority = QLineEdit(self)
        self.signer_authority.setObjectName("signer_authority")
        self.signer_authority.setPlaceholderText(self.tr("e.g. TM. ỦY BAN NHÂN DÂN"))
        self.signer_title = _text_box(self, 48, "signer_title")
        self.signer_title.setPlaceholderText(self.tr("e.g. KT. CHỦ TỊCH / PHÓ CHỦ TỊCH (one line each)"))
        self.signer_name = QLineEdit(self)
        self.signer_name.setObjectName("signer_name")
        self.recipients = _text_box(self, 110, "recipients")
        self.recipients.setPlaceholderText(self.tr("One recipient per line; the last: Lưu: VT, ..."))
        self.opening = _text_box(self, 80, "opening")
        self.closing = _text_box(self, 60, "closing")
        self.note = _text_box(self, 60, "plan_note")
        self.note.setPlaceholderText(self.tr("Your note on this plan (not printed)"))
        # One message line per form row, shared by the fields of that row.
        self.note_lines = {
            row: SharedMessageLine(self)
            for row in (
                "issuer",
                "number",
                "title",
                "implements",
                "period",
                "display",
                "agencies_deadline",
                "deadline",
                "signer",
            )
        }
        line_of = {
            "kind": "issuer",
            "issuer": "issuer",
            "number": "number",
            "issued_on": "number",
            "title": "title",
            "implements": "implements",
            "period_start": "period",
            "period_end": "period",
            "display_start": "display",
            "display_end": "display",
            "report_deadline": "deadline",
            "agencies_report_by": "agencies_deadline",
            "signer_name": "signer",
        }
        self.notes = {name: self.note_lines[line_of[name]].slot() for name in NOTE_FIELDS}
        self._build_layout()
        self._connect()

    # -- layout ------------------------------------------------------------
    def _row(self, *widgets, stretch: bool = True, grow=()) -> QHBoxLayout:
        row = QHBoxLayout()
        for w in widgets:
            if isinstance(w, str):
                row.addWidget(QLabel(w, self))
            else:
                row.addWidget(w, 1 if w in grow else 0)
        if stretch:
            row.addStretch(1)
        return row

    def _build_layout(self) -> None:
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setVerticalSpacing(2)
        outer.addLayout(form)
        outer.addStretch(1)  # rows stay together when a received plan hides its own-plan rows
        n = self.note_lines
        form.addRow(self.tr("Kind"), self._row(self.kind, self.tr("Status"), self.status))
        form.addRow(
            self.tr("Issuer"),
            self._row(
                self.issuer, self.new_issuer, self.issuer_name, stretch=False, grow=(self.issuer, self.issuer_name)
            ),
        )
        form.addRow("", n["issuer"])
        form.addRow(
            self.tr("Number / symbol"), self._row(self.number, "/", self.symbol, self.tr("Issued on"), self.issued_on)
        )
        form.addRow("", n["number"])
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow("", n["title"])
        form.addRow(self.tr("Implements"), self.implements)
        form.addRow("", self.implements_text)
        form.addRow("", n["implements"])
        form.addRow(
            self.tr("Period"),
            self._row(self.tr("from"), self.dates["period_start"], self.tr("to"), self.dates["period_end"]),
        )
        form.addRow("", n["period"])
        form.addRow(
            self.tr("Slogans displayed"),
            self._row(self.tr("from"), self.dates["display_start"], self.tr("to"), self.dates["display_end"]),
        )
        form.addRow("", n["display"])
        self._agencies_row = self._row(
            self.dates["agencies_report_by"],
            self.tr("to"),
            self.agencies_report_to,
            stretch=False,
            grow=(self.agencies_report_to,),
        )
        form.addRow(self.tr("Our agencies report by"), self._agencies_row)
        form.addRow("", n["agencies_deadline"])
        form.addRow(
            self.tr("We report by"),
            self._row(
                self.dates["report_deadline"], self.tr("to"), self.report_to, stretch=False, grow=(self.report_to,)
            ),
        )
        form.addRow("", n["deadline"])
        form.addRow(self.tr("Signing authority"), self.signer_authority)
        form.addRow(self.tr("Signer's title"), self.signer_title)
        form.addRow(self.tr("Signer's name"), self.signer_name)
        form.addRow("", n["signer"])
        form.addRow(self.tr("Recipients (Nơi nhận)"), self.recipients)
        form.addRow(self.tr("Opening"), self.opening)
        form.addRow(self.tr("Closing"), self.closing)
        form.addRow(self.tr("Note"), self.note)
        self.issuer.setMinimumWidth(280)
        self._form = form
        # Rows only an own plan has; a received plan's form hides them.
        self._own_rows: list[QWidget | QLayout] = [
            self.implements,
            self.implements_text,
            self._agencies_row,
            n["agencies_deadline"],
            self.signer_authority,
            self.signer_title,
            self.signer_name,
            n["signer"],
            self.recipients,
            self.opening,
            self.closing,
        ]

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.issuer.currentIndexChanged.connect(lambda _i: self._issuer_changed())
        self.implements.currentIndexChanged.connect(lambda _i: self._implements_picked())
        for edit in (
            self.issuer_name,
            self.number,
            self.symbol,
            self.implements_text,
            self.report_to,
            self.agencies_report_to,
            self.signer_authority,
            self.signer_name,
        ):
            edit.textChanged.connect(lambda _t: self._edited())
        for box in (self.title_edit, self.signer_title, self.recipients, self.opening, self.closing, self.note):
            box.textChanged.connect(self._edited)
        for date_edit in self.dates.values():
            date_edit.changed.connect(self._edited)
        self.status.currentIndexChanged.connect(lambda _i: self._edited())

    # -- choices -----------------------------------------------------------
    def set_choices(self, issuers, received) -> None:
        self._loading = True
        self._issuers, self._received = list(issuers), list(received)
        current = self._detail.issuer_id
        self.issuer.clear()
        self.issuer.addItem(self.tr("(choose the issuing body)"), None)
        for data in self._issuers:
            self.issuer.addItem(f"{data.name} ({data.code})", data.id)
        self.issuer.setCurrentIndex(max(0, self.issuer.findData(current)))
        self.implements.clear()
        self.implements.addItem(self.tr("(type the reference below, or pick a received plan)"), None)
        for ref in self._received:
            label = " - ".join(p for p in (ref.number_symbol, ref.title[:90]) if p)
            self.implements.addItem(label, ref.id)
        self.implements.setCurrentIndex(max(0, self.implements.findData(self._detail.implements_plan_id)))
        self._loading = False

    def select_issuer(self, issuer_id: int) -> None:
        self.issuer.setCurrentIndex(max(0, self.issuer.findData(issuer_id)))

    # -- data --------------------------------------------------------------
    def set_detail(self, detail: PlanDetail) -> None:
        self._loading = True
        self._detail = detail
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(detail.kind))))
        self._fill_status(detail)
        self.issuer.setCurrentIndex(max(0, self.issuer.findData(detail.issuer_id)))
        self.issuer_name.setText(detail.issuer_name)
        self.number.setText(number_text(detail.number))
        self.symbol.setText(detail.symbol)
        for name, edit in self.dates.items():
            edit.set_date(getattr(detail, name))
        self.title_edit.setPlainText(detail.title)
        self.implements.setCurrentIndex(max(0, self.implements.findData(detail.implements_plan_id)))
        self.implements_text.setText(detail.implements_text)
        self.implements_text.setCursorPosition(0)
        self.report_to.setText(detail.report_to)
        self.agencies_report_to.setText(detail.agencies_report_to)
        self.signer_authority.setText(detail.signer_authority)
        self.signer_title.setPlainText(detail.signer_title)
        self.signer_name.setText(detail.signer_name)
        self.recipients.setPlainText("\n".join(detail.recipients))
        self.opening.setPlainText(detail.opening)
        self.closing.setPlainText(detail.closing)
        self.note.setPlainText(detail.note)
        self._loading = False
        self._apply_kind_rules()
        self._refresh_opening_hint()

    def apply_to(self, detail: PlanDetail) -> PlanDetail:
        """``detail`` with every header field taken from the form."""
        number_raw = self.number.text().strip().lstrip("0") or ("0" if self.number.text().strip() else "")
        number = int(number_raw) if number_raw.isdigit() else None
        # Keyword names from DATE_FIELDS, each a date or None (replace() refuses an unknown name).
        values: dict[str, Any] = {name: edit.value() for name, edit in self.dates.items()}
        return replace(
            detail,
            kind=self.kind.currentData(),
            status=self.status.currentData() or detail.status,
            issuer_id=self.issuer.currentData() if self.kind.currentData() == PlanKind.OWN else None,
            issuer_name=self.issuer_name.text(),
            number=number,
            symbol=self.symbol.text(),
            title=self.title_edit.toPlainText(),
            implements_plan_id=self.implements.currentData(),
            implements_text=self.implements_text.text(),
            report_to=self.report_to.text(),
            agencies_report_to=self.agencies_report_to.text(),
            signer_authority=self.signer_authority.text(),
            signer_title=self.signer_title.toPlainText(),
            signer_name=self.signer_name.text(),
            recipients=tuple(self.recipients.toPlainText().split("\n")),
            opening=self.opening.toPlainText(),
            closing=self.closing.toPlainText(),
            note=self.note.toPlainText(),
            **values,
        )

    def typing_errors(self) -> dict[str, str]:
        """Fields whose text cannot be read (dates, the number)."""
        errors = {name: edit.error() for name, edit in self.dates.items() if edit.error()}
        if self.number.text().strip() and not self.number.text().strip().isdigit():
            errors["number"] = self.tr("The number is digits only, e.g. 05.")
        return errors

    def show_findings(self, found: dict[str, tuple[str, str]]) -> None:
        for name, note in self.notes.items():
            if name in found:
                note.show_message(*found[name])
            else:
                note.clear_message()

    # -- reactions ---------------------------------------------------------
    def _fill_status(self, detail: PlanDetail) -> None:
        self.status.blockSignals(True)
        self.status.clear()
        own = detail.kind == PlanKind.OWN
        if own and detail.status == PlanStatus.DRAFT:
            codes = [PlanStatus.DRAFT]
        elif own:
            codes = [PlanStatus.ISSUED, PlanStatus.DONE]
        else:
            codes = [PlanStatus.ISSUED, PlanStatus.DONE]
        for code in codes:
            self.status.addItem(code_label(code), str(code))
        wanted = detail.status if detail.status in codes else codes[0]
        self.status.setCurrentIndex(max(0, self.status.findData(str(wanted))))
        self.status.blockSignals(False)

    def _apply_kind_rules(self) -> None:
        own = self.kind.currentData() == PlanKind.OWN
        issued = self._detail.id is not None and self._detail.status != PlanStatus.DRAFT and own
        self.kind.setEnabled(self._detail.id is None)  # a saved plan keeps its kind
        self.issuer.setVisible(own)
        self.new_issuer.setVisible(own)
        self.issuer.setEnabled(not issued)
        self.issuer_name.setVisible(not own)
        self.number.setReadOnly(own)
        self.symbol.setReadOnly(own)
        self.issued_on.setEnabled(not own)
        self.number.setPlaceholderText(self.tr("given on issue") if own else "")
        self.status.setEnabled(self.status.count() > 1)
        for row in self._own_rows:
            self._form.setRowVisible(row, own)

    def _kind_changed(self) -> None:
        if self._loading:
            return
        kind = self.kind.currentData()
        self._detail = replace(
            self._detail, kind=kind, status=PlanStatus.DRAFT if kind == PlanKind.OWN else PlanStatus.ISSUED
        )
        self._fill_status(self._detail)
        if kind == PlanKind.OWN:
            self.number.clear()
            self.issued_on.set_date(None)
        self._apply_kind_rules()
        self._issuer_changed()

    def _issuer_changed(self) -> None:
        if self._loading:
            return
        issuer_id = self.issuer.currentData()
        data = next((i for i in self._issuers if i.id == issuer_id), None)
        if self.kind.currentData() == PlanKind.OWN:
            self.symbol.setText(symbol("plan", data.code) if data else "")
            if data:
                self.issuer_name.setText(data.name)
            if data and not self.signer_name.text().strip():
                self.signer_authority.setText(data.signer_authority)
                self.signer_title.setPlainText(data.signer_title)
                self.signer_name.setText(data.signer_name)
        self._edited()

    def _implements_picked(self) -> None:
        if self._loading:
            return
        ref = next((r for r in self._received if r.id == self.implements.currentData()), None)
        if ref is not None:
            self.implements_text.setText(
                implements_reference(ref.number_symbol, ref.issued_on, ref.issuer_name, ref.title)
            )
            self.implements_text.setCursorPosition(0)
        self._edited()

    def _refresh_opening_hint(self) -> None:
        detail = self.apply_to(self._detail)
        self.opening.setPlaceholderText(
            self.tr("Left empty, the plan opens with: %1").replace("%1", default_opening(detail.cleaned()))
        )

    def _edited(self) -> None:
        if self._loading:
            return
        self._refresh_opening_hint()
        self.changed.emit()
