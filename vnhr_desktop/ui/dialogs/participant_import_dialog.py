"""Import participants from Excel, with a preview: the header row found under
any title block, the suggested column mapping (each column's field can be
changed), every row checked with its errors and warnings. Nothing is written
until "Import" is pressed; then a backup is made and all rows go in in one
transaction."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from vnhr_desktop.domain.dates import fmt_int
from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.models.participant_import_models import FieldDelegate, MappingModel, PreviewRowsModel
from vnhr_desktop.ui.screen_fit import fit_dialog

if TYPE_CHECKING:
    from vnhr_desktop.imports.participant_preview import ImportContext, ImportPreview
    from vnhr_desktop.imports.participant_sheet import LoadedSheet


class ParticipantImportDialog(QDialog):
    def __init__(self, database, event_id: int, parent=None):
        super().__init__(parent)
        self.database = database
        self.event_id = event_id
        self.sheet: LoadedSheet | None = None
        self.context: ImportContext | None = None
        self.preview: ImportPreview | None = None
        self.outcome = None
        self.setWindowTitle(self.tr("Import participants from Excel"))
        fit_dialog(self, 1120, 740, scroll=False)  # its tables shrink to fit the screen; nothing to scroll

        self.file_label = QLabel(self.tr("No file chosen."), self)
        self.file_label.setObjectName("fileLabel")
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose &file…"), self)
        choose.setObjectName("chooseFile")
        choose.clicked.connect(self.choose_file)
        self.reload_button = QPushButton(self.tr("&Read again"), self)
        self.reload_button.setObjectName("reload")
        self.reload_button.setToolTip(self.tr("Read the file again after correcting it in Excel"))
        self.reload_button.clicked.connect(lambda: self.load(self.sheet.source) if self.sheet else None)
        self.header_spin = QSpinBox(self)
        self.header_spin.setObjectName("headerRow")
        self.header_spin.setSpecialValueText(self.tr("none"))
        self.header_spin.valueChanged.connect(self._header_changed)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(QLabel(self.tr("Header row:"), self))
        top.addWidget(self.header_spin)
        top.addWidget(self.reload_button)
        top.addWidget(choose)

        self.mapping_model = MappingModel(self)
        self.mapping_model.mappingChanged.connect(self.rebuild)
        self.mapping_view = QTableView(self)
        self.mapping_view.setObjectName("mapping")
        self.mapping_view.setModel(self.mapping_model)
        self.mapping_view.setItemDelegateForColumn(MappingModel.FIELD_COLUMN, FieldDelegate(self.mapping_view))
        self.mapping_view.verticalHeader().hide()
        self.mapping_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.mapping_view.horizontalHeader().setStretchLastSection(False)
        self.mapping_errors = QLabel(self)
        self.mapping_errors.setObjectName("mappingErrors")
        self.mapping_errors.setStyleSheet("color: #b00020; font-weight: bold;")
        self.mapping_errors.setWordWrap(True)

        self.rows_model = PreviewRowsModel(self)
        self.rows_view = QTableView(self)
        self.rows_view.setObjectName("previewRows")
        self.rows_view.setModel(self.rows_model)
        self.rows_view.verticalHeader().hide()
        self.rows_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_view.horizontalHeader().setStretchLastSection(True)
        self.rows_view.setWordWrap(False)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_only = QCheckBox(self.tr("Show only rows with problems"), self)
        self.problems_only.setObjectName("problemsOnly")
        self.problems_only.toggled.connect(self.rows_model.set_problems_only)
        self.skip_errors = QCheckBox(self.tr("Leave out the rows with errors and import the others"), self)
        self.skip_errors.setObjectName("skipErrors")
        self.create_points = QCheckBox(self.tr("Add bridge points the event does not have yet"), self)
        self.create_points.setObjectName("createPoints")
        self.proper_names = QCheckBox(
            self.tr("Write names in proper case as offered (nguyễn văn an → Nguyễn Văn An)"), self
        )
        self.proper_names.setObjectName("properNames")
        for box in (self.skip_errors, self.create_points, self.proper_names):
            box.toggled.connect(self.rebuild)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        upper = QWidget(splitter)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(
            QLabel(self.tr("<b>Columns</b> — change “Import as” where the suggestion is wrong."), upper)
        )
        upper_layout.addWidget(self.mapping_view)
        upper_layout.addWidget(self.mapping_errors)
        lower = QWidget(splitter)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("<b>Rows</b>"), lower))
        row.addStretch(1)
        row.addWidget(self.problems_only)
        lower_layout.addLayout(row)
        lower_layout.addWidget(self.rows_view)
        lower_layout.addWidget(self.summary)
        splitter.setSizes([320, 380])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.save_errors_button = self.buttons.addButton(
            self.tr("Save the rows with errors…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_errors_button.setObjectName("saveErrorRows")
        self.save_errors_button.setToolTip(
            self.tr("A workbook of the rows left out, with the reason, to send back to the unit")
        )
        self.save_errors_button.setEnabled(False)
        self.save_errors_button.clicked.connect(lambda: self.save_error_rows())
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.skip_errors)
        layout.addWidget(self.create_points)
        layout.addWidget(self.proper_names)
        layout.addWidget(self.buttons)

    # -- reading ---------------------------------------------------------------
    def choose_file(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the participant list"),
            str(Path.home()),
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        return bool(name) and self.load(Path(name))

    def load(self, path: Path) -> bool:
        """Read ``path`` and show the preview; False (with a message) when refused."""
        from vnhr_desktop.imports.participant_sheet import open_participant_sheet
        from vnhr_desktop.services.participant_import import load_context

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.database.Session() as session:
                self.context = load_context(session, self.event_id)
            self.sheet = sheet = open_participant_sheet(Path(path))
        except UserError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("The file cannot be imported"), exc.message)
            return False
        QGuiApplication.restoreOverrideCursor()
        self.file_label.setText(self.tr("%1 — sheet “%2”").replace("%1", str(path)).replace("%2", sheet.grid.name))
        self.header_spin.blockSignals(True)
        self.header_spin.setRange(0, max(1, len(sheet.grid.rows)))
        self.header_spin.setValue(sheet.header_line or 0)
        self.header_spin.blockSignals(False)
        self._show_sheet()
        return True

    def _show_sheet(self, mapping: dict[int, str] | None = None) -> None:
        from vnhr_desktop.imports.header_mapping import suggest_mapping

        sheet = self.sheet
        if sheet is None:
            return
        samples = [", ".join(sheet.column_samples(i)) for i in range(sheet.width)]
        headers = sheet.headers + [""] * (sheet.width - len(sheet.headers))
        self.mapping_model.set_sheet(headers, samples, suggest_mapping(headers) if mapping is None else mapping)
        for r in range(self.mapping_model.rowCount()):
            self.mapping_view.openPersistentEditor(self.mapping_model.index(r, MappingModel.FIELD_COLUMN))
        self.mapping_view.resizeColumnsToContents()
        self.mapping_view.setColumnWidth(1, min(max(self.mapping_view.columnWidth(1), 160), 260))
        self.mapping_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mapping_view.setColumnWidth(MappingModel.FIELD_COLUMN, 240)
        self.rebuild()

    def _header_changed(self, value: int) -> None:
        from vnhr_desktop.imports.participant_sheet import with_header_row

        if self.sheet is None:
            return
        self.sheet = with_header_row(self.sheet, value - 1 if value else None)
        self._show_sheet()

    def options(self):
        from vnhr_desktop.imports.participants import ImportOptions

        return ImportOptions(
            skip_errors=self.skip_errors.isChecked(),
            create_bridge_points=self.create_points.isChecked(),
            proper_case_names=self.proper_names.isChecked(),
        )

    def rebuild(self) -> None:
        """Check every row again under the current mapping and options."""
        from vnhr_desktop.imports.participants import build_preview

        if self.sheet is None or self.context is None:
            return
        self.preview = p = build_preview(self.sheet, self.context, dict(self.mapping_model.mapping), self.options())
        self.mapping_errors.setText(" ".join(p.mapping_errors))
        self.mapping_errors.setVisible(bool(p.mapping_errors))
        self.rows_model.set_preview(p.rows, self.context.point_names)
        self.rows_view.resizeColumnsToContents()
        warned = sum(1 for r in p.rows if r.warnings and not r.errors)
        text = (
            self.tr("%1 rows: %2 ready, %3 with errors, %4 with warnings.")
            .replace("%1", str(len(p.rows)))
            .replace("%2", str(len(p.good_rows)))
            .replace("%3", str(len(p.error_rows)))
            .replace("%4", str(warned))
        )
        if p.skipped:
            left_out = "; ".join(
                self.tr("row %1 (%2)").replace("%1", str(n)).replace("%2", why) for n, why in p.skipped
            )
            text += " " + self.tr("Left out: %1.").replace("%1", left_out)
        refusal = p.refusal(self.options())
        if refusal:
            text += "\n" + refusal
        self.summary.setText(text)
        self.import_button.setEnabled(p.importable(self.options()))
        self.save_errors_button.setEnabled(bool(p.error_rows))
        count = len(p.good_rows)
        self.import_button.setText(self.tr("&Import %1 participants").replace("%1", str(count)))

    # -- writing ---------------------------------------------------------------
    def save_error_rows(self, path: Path | None = None) -> Path | None:
        """Save the rows with errors (and why) as a workbook for the unit to fix."""
        from vnhr_desktop.exports.excel.rejected_rows_workbook import save_rejected_rows

        if self.preview is None or not self.preview.error_rows:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the rows with errors"),
                str(self.preview.source.with_name(self.preview.source.stem + "-dong-loi.xlsx")),
                self.tr("Excel workbook (*.xlsx)"),
                options=QFileDialog.Option.DontUseNativeDialog,
            )
            if not name:
                return None
            path = Path(name)
        try:
            written = save_rejected_rows(self.preview, path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.message)
            return None
        self.summary.setText(
            self.summary.text() + "\n" + self.tr("Rows with errors saved to %1.").replace("%1", str(written))
        )
        return written

    # From this many rows an import runs in the background, with a progress bar and Hủy.
    BACKGROUND_ROWS = 1000

    def do_import(self) -> None:
        from vnhr_desktop.services.participant_import import commit_import
        from vnhr_desktop.ui.undo import run_undoable, run_undoable_job

        preview, sheet = self.preview, self.sheet
        if preview is None or sheet is None or not preview.importable(self.options()):
            return
        event_id = self.event_id
        mapping, options = dict(self.mapping_model.mapping), self.options()

        def action(session, report=None):
            return _with_state(commit_import(session, event_id, sheet, mapping, options, preview, progress=report))

        try:
            backup = self._backup()
            if len(preview.good_rows) >= self.BACKGROUND_ROWS:
                self.import_button.setEnabled(False)
                run_undoable_job(
                    self.parentWidget() or self,
                    self.database,
                    self.tr("Import participants"),
                    action,
                    undo_import,
                    redo_import,
                    on_done=lambda result: self._imported(result, backup),
                    on_failure=self._not_imported,
                    on_cancel=self._cancelled,
                    busy_text=self.tr("Importing %1 participants…").replace("%1", fmt_int(len(preview.good_rows))),
                    progress_parent=self,
                )
                return
            outcome = run_undoable(
                self.parentWidget() or self,
                self.database,
                self.tr("Import participants"),
                action,
                undo_import,
                redo_import,
            )
        except UserError as exc:
            self._not_imported(exc)
            return
        self._imported(outcome, backup)

    def _imported(self, outcome, backup) -> None:
        if not isValid(self):  # closed while the rows were being written
            return
        self.outcome = outcome
        message = self.tr("%1 participants were added.").replace("%1", str(outcome.added))
        if backup is not None:
            message += "\n" + self.tr("A backup was made first: %1").replace("%1", str(backup))
        QMessageBox.information(self, self.tr("Import done"), message)
        self.accept()

    def _not_imported(self, exc: UserError) -> None:
        if not isValid(self):  # closed while the rows were being written
            return
        self.import_button.setEnabled(self.preview is not None and self.preview.importable(self.options()))
        QMessageBox.warning(self, self.tr("Nothing was imported"), exc.message)

    def _cancelled(self) -> None:
        """Hủy during the import: the whole import was rolled back."""
        if not isValid(self):
            return
        self.import_button.setEnabled(self.preview is not None and self.preview.importable(self.options()))
        self.summary.setText(self.summary.text() + "\n" + self.tr("Import cancelled: nothing was added."))

    def _backup(self):
        from vnhr_desktop.services.backups import REASON_IMPORT, backup_now

        return backup_now(self.database.paths, reason=REASON_IMPORT, engine=self.database.engine)


def _with_state(result):
    """An import's undo state: its result, and (once undone) the rows removed."""
    return result, {"result": result, "removed": None}


def undo_import(session, state) -> None:
    """Remove exactly the rows the import added (and the bridge points it made)."""
    from vnhr_desktop.services.record_snapshots import remove_rows, snapshot_rows

    result = state["result"]
    participants = snapshot_rows(session, "participant", result.participant_ids)
    points = snapshot_rows(session, "bridge_point", result.point_ids)
    remove_rows(session, participants)
    remove_rows(session, points)
    state["removed"] = (points, participants)


def redo_import(session, state) -> None:
    from vnhr_desktop.services.record_snapshots import put_back

    for snapshot in state["removed"] or ():
        put_back(session, snapshot)
