"""The report composer: the report's text on the left (editable while it is a
draft), its figures and the records behind each figure on the right."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.editor_guard import EditorDialog
from vnhr_desktop.ui.screen_fit import fit_dialog
from vnhr_desktop.ui.widgets.media_fields import date_edit, to_date, to_qdate
from vnhr_desktop.ui.widgets.report_figures_panel import ReportFiguresPanel
from vnhr_desktop.ui.widgets.report_sections_editor import ReportSectionsEditor

if TYPE_CHECKING:
    from vnhr_desktop.ui.dialogs.report_updates_dialog import DraftUpdatesDialog


def _text_box(parent, name: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class ReportComposerDialog(EditorDialog):
    def __init__(self, database, report_id: int, parent=None):
        super().__init__(parent)
        self.database = database
        self.report_id = report_id
        self.changed = False
        self.setWindowTitle(self.tr("Result report"))
        fit_dialog(self, 1360, 860)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        left = QWidget(self)
        form = QFormLayout()
        self.title = QLineEdit(left)
        self.title.setObjectName("title")
        self.period_start = date_edit(left, name="periodStart")
        self.period_end = date_edit(left, name="periodEnd")
        period = QHBoxLayout()
        period.addWidget(self.period_start)
        period.addWidget(QLabel(self.tr("to"), left))
        period.addWidget(self.period_end)
        period.addStretch(1)
        self.addressee = QLineEdit(left)
        self.addressee.setObjectName("addressee")
        self.addressee.setPlaceholderText(self.tr("Higher body the report goes to (printed after “Kính gửi:”)"))
        self.opening = _text_box(left, "opening", 4)
        self.signer_authority = QLineEdit(left)
        self.signer_title = QLineEdit(left)
        self.signer_name = QLineEdit(left)
        signer = QHBoxLayout()
        for edit, hint in (
            (self.signer_authority, self.tr("e.g. KT. GIÁM ĐỐC")),
            (self.signer_title, self.tr("e.g. PHÓ GIÁM ĐỐC")),
            (self.signer_name, self.tr("Full name")),
        ):
            edit.setPlaceholderText(hint)
            signer.addWidget(edit)
        self.recipients = _text_box(left, "recipients", 3)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Period"), period)
        form.addRow(self.tr("To"), self.addressee)
        form.addRow(self.tr("Opening"), self.opening)
        form.addRow(self.tr("Signer"), signer)
        form.addRow(self.tr("Recipients"), self.recipients)
        self.sections = ReportSectionsEditor(left)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        left_layout.addWidget(QLabel(self.tr("<b>Sections</b> (lines starting with “-” print as bullets)"), left))
        left_layout.addWidget(self.sections)
        left_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)

        self.figures = ReportFiguresPanel(self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(scroll)
        split.addWidget(self.figures)
        split.setSizes([760, 600])

        self.status = QLabel(self)
        self.status.setObjectName("composerStatus")
        self.status.setWordWrap(True)  # a long message wraps instead of widening the window
        self.redraft_button = QPushButton(self.tr("Draft again from the records"), self)
        self.redraft_button.setObjectName("redraft")
        self.redraft_button.clicked.connect(self.redraft)
        self.updates: tuple = ()
        self.updates_dialog: DraftUpdatesDialog | None = None
        self.update_button = QPushButton(self.tr("Bring figures up to date…"), self)
        self.update_button.setObjectName("updateFigures")
        self.update_button.setToolTip(
            self.tr("Show the figure lines that are new or changed in the records and put in those you choose")
        )
        self.update_button.clicked.connect(self.show_updates)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.issue_button = QPushButton(self.tr("Issue…"), self)
        self.issue_button.setObjectName("issue")
        self.issue_button.clicked.connect(self.issue)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close_asking)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.update_button, self.redraft_button, self.save_button, self.issue_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.load()

    # -- data ----------------------------------------------------------------
    def load(self) -> None:
        from vnhr_desktop.services.reports import report_edit, report_state

        with self.database.Session() as session:
            state = report_state(session, self.report_id)
            edit = report_edit(session, self.report_id)
            self.track_record(session, "report", self.report_id, edit.title)
            self.draft = state.draft
            label = state.label
        self.title.setText(edit.title)
        for widget, value in ((self.period_start, edit.period_start), (self.period_end, edit.period_end)):
            if value:
                widget.setDate(to_qdate(value))
        self.addressee.setText(edit.addressee)
        self.opening.setPlainText(edit.opening)
        self.signer_authority.setText(edit.signer_authority)
        self.signer_title.setText(edit.signer_title)
        self.signer_name.setText(edit.signer_name)
        self.recipients.setPlainText(edit.recipients)
        self.sections.set_sections(edit.sections)
        self._set_read_only(not self.draft)
        self.status.setText(
            self.tr("Draft – edit freely, then issue it to give it a number.")
            if self.draft
            else self.tr("Issued as %1; the text and figures can no longer change.").replace("%1", label)
        )
        self.figures.load(self.database, self.report_id)
        self._saved = self.edit_value()
        self.check_updates()

    def check_updates(self) -> None:
        """Compare the draft with the records; the status line says what is new."""
        from vnhr_desktop.services.report_updates import draft_updates

        self.updates = ()
        if self.draft:
            try:
                with self.database.Session() as session:
                    self.updates = draft_updates(session, self.report_id, self.sections.value())
            except UserError:
                self.updates = ()
        self.update_button.setEnabled(bool(self.updates))
        if self.updates:
            self.status.setText(
                self.tr("%n figure line(s) are new or changed in the records since this draft.", "", len(self.updates))
            )

    def show_updates(self) -> None:
        from vnhr_desktop.ui.dialogs.report_updates_dialog import DraftUpdatesDialog

        self.check_updates()
        if not self.updates:
            return
        self.updates_dialog = dialog = DraftUpdatesDialog(self.updates, self)
        dialog.accepted.connect(lambda: self.apply_updates(dialog.chosen()))
        dialog.open()

    def apply_updates(self, chosen) -> None:
        """Put the chosen lines in the section boxes (undoable typing); the
        officer's other text stays; saving keeps the result."""
        from vnhr_desktop.domain.draft_updates import apply_updates

        result = apply_updates(self.sections.value(), chosen)
        bodies = dict(result)
        present = set()
        for edit in self.sections.sections:
            heading = edit.heading.text()
            present.add(heading)
            if heading and heading in bodies and bodies[heading] != edit.body.toPlainText():
                cursor = edit.body.textCursor()
                cursor.select(cursor.SelectionType.Document)
                cursor.insertText(bodies[heading])
        for heading, body in result:
            if heading and heading not in present:
                self.sections.add_section(heading, body, before_closing=True)
        self.check_updates()
        self.status.setText(self.tr("%n line(s) put in the draft; save to keep them.", "", len(chosen)))

    def dirty(self) -> bool:
        return self.draft and self.edit_value() != self._saved

    def _set_read_only(self, read_only: bool) -> None:
        for edit in (self.title, self.addressee, self.signer_authority, self.signer_title, self.signer_name):
            edit.setReadOnly(read_only)
        for box in (self.opening, self.recipients):
            box.setReadOnly(read_only)
        for widget in (self.period_start, self.period_end):
            widget.setReadOnly(read_only)
        self.sections.set_read_only(read_only)
        for button in (self.redraft_button, self.save_button, self.issue_button, self.update_button):
            button.setEnabled(not read_only)

    def edit_value(self):
        from vnhr_desktop.services.reports import ReportEdit

        return ReportEdit(
            title=self.title.text(),
            period_start=to_date(self.period_start.date()),
            period_end=to_date(self.period_end.date()),
            addressee=self.addressee.text(),
            opening=self.opening.toPlainText(),
            signer_authority=self.signer_authority.text(),
            signer_title=self.signer_title.text(),
            signer_name=self.signer_name.text(),
            recipients=self.recipients.toPlainText(),
            sections=self.sections.value(),
        )

    # -- actions ---------------------------------------------------------------
    def save(self) -> bool:
        from vnhr_desktop.services.reports import update_report

        try:
            with self.database.session() as session:
                self.claim_record(session)
                update_report(session, self.report_id, self.edit_value())
                self.retrack_record(session)  # the version this save gives, in its own unit of work
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), exc.message)
            return False
        self.changed = True
        self.figures.load(self.database, self.report_id)
        self._saved = self.edit_value()
        self.status.setText(self.tr("Saved."))
        return True

    def redraft(self, confirm: bool = True) -> None:
        """Compute the figures again and write the sections anew (a consolidated
        draft: its consolidation composed again): first show, section by section,
        what changes (before → after) and ask; Sửa > Hoàn tác restores."""
        from vnhr_desktop.services.consolidated_report import consolidation_snapshot, restore_consolidation
        from vnhr_desktop.services.reports import redraft, redraft_preview, report_edit, update_report
        from vnhr_desktop.ui.undo import run_undoable

        edit = self.edit_value()
        typed = dataclasses.replace(edit, sections=edit.sections or (("", ""),))
        if confirm:
            try:
                with self.database.Session() as session:
                    _now, new = redraft_preview(session, self.report_id)
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Cannot draft"), exc.message)
                return
            if QMessageBox.question(self, self.tr("Draft again"), self._redraft_text(edit.sections, new)) != (
                QMessageBox.StandardButton.Yes
            ):
                return

        def state(session):  # a consolidated draft's unit figures are composed again too
            return report_edit(session, self.report_id), consolidation_snapshot(session, self.report_id)

        def put(session, kept):
            update_report(session, self.report_id, kept[0])
            restore_consolidation(session, self.report_id, kept[1])

        def action(session):
            before = state(session)
            update_report(session, self.report_id, typed)
            redraft(session, self.report_id)
            return None, (before, state(session))

        try:
            run_undoable(
                self.parentWidget() or self,
                self.database,
                self.tr("Draft the report again"),
                action,
                lambda s, kept: put(s, kept[0]),
                lambda s, kept: put(s, kept[1]),
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot draft"), exc.message)
            return
        self.changed = True
        self.load()

    def _redraft_text(self, now, new) -> str:
        """Each section's heading with its length now → after the redraft."""
        old = {heading: body for heading, body in now}
        lines = []
        for heading, body in new:
            label = heading or self.tr("(closing paragraph)")
            before = len(old.get(heading, "").split())
            after = len(body.split())
            mark = "" if old.get(heading, "") == body else " *"
            lines.append(
                self.tr("• %1: %2 → %3 words%4")
                .replace("%1", label[:60])
                .replace("%2", str(before))
                .replace("%3", str(after))
                .replace("%4", mark)
            )
        return self.tr(
            "Compute the figures again from the records and replace the sections with a new "
            "draft? Your edits to the sections will be replaced (Edit > Undo brings them back).\n\n%1"
        ).replace("%1", "\n".join(lines))

    def issue(self) -> None:
        from vnhr_desktop.ui.dialogs.report_issue_dialog import ReportIssueDialog

        if not self.save():
            return
        if ReportIssueDialog(self.database, self.report_id, self).exec():
            self.changed = True
            self.load()

    # -- closing: the shared guard asks Lưu / Không lưu / Hủy -------------------
    def is_dirty(self) -> bool:
        return self.dirty()

    def save_and_close(self) -> None:
        if self.save():
            self.done(QDialog.DialogCode.Accepted)

    def discard(self) -> None:
        self.done(QDialog.DialogCode.Accepted if self.changed else QDialog.DialogCode.Rejected)

    def close_asking(self) -> None:
        if self.is_dirty():
            self.confirm_close()
        else:
            self.discard()

    def reject(self) -> None:  # Esc and the window's close button ask too
        self.close_asking()
