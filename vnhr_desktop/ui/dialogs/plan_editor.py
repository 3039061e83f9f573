"""The plan editor: header, the three body sections, tasks and targets on four
pages. The plan is checked as the officer types (messages under the fields);
Ctrl+S saves the whole plan in one transaction, Ctrl+Enter saves and closes."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vnhr_desktop.domain.plan_data import SECTIONS, PlanDetail
from vnhr_desktop.errors import UserError, ValidationError
from vnhr_desktop.ui.editor_guard import EditorDialog
from vnhr_desktop.ui.screen_fit import fit_dialog
from vnhr_desktop.ui.widgets.plan_header_form import PlanHeaderForm
from vnhr_desktop.ui.widgets.plan_keys import bind
from vnhr_desktop.ui.widgets.plan_paragraphs import PlanParagraphList
from vnhr_desktop.ui.widgets.target_editor import TargetEditor
from vnhr_desktop.ui.widgets.task_editor import TaskEditor

PAGE_HEADER, PAGE_SECTIONS, PAGE_TASKS, PAGE_TARGETS = range(4)


def split_findings(findings):
    """(header {field: (msg, sev)}, tasks {row: {...}}, targets {row: {...}}); errors win."""
    header: dict = {}
    rows: dict[str, dict] = {"task": {}, "target": {}}
    for f in sorted(findings, key=lambda f: not f.is_error):
        parts = f.field.split(":")
        if len(parts) == 3 and parts[0] in rows:
            rows[parts[0]].setdefault(int(parts[1]), {}).setdefault(parts[2], (f.message, f.severity))
        else:
            header.setdefault(f.field, (f.message, f.severity))
    return header, rows["task"], rows["target"]


class PlanEditorDialog(EditorDialog):
    saved = Signal(int)

    def __init__(self, database, plan_id: int | None = None, parent=None, initial: PlanDetail | None = None):
        super().__init__(parent)
        self.database = database
        self.plan_id = plan_id
        self.detail = initial or PlanDetail(title="")
        self._office_defaults = initial is None and plan_id is None
        self.dirty = False
        self.setObjectName("planEditor")
        fit_dialog(self, 1000, 760)
        self.header = PlanHeaderForm(self)
        self.sections = {
            "purpose": PlanParagraphList(self.tr("I. Purposes and requirements"), self),
            "content": PlanParagraphList(self.tr("II. Content"), self),
            "organisation": PlanParagraphList(self.tr("III. Implementation"), self),
        }
        self.tasks = TaskEditor(self)
        self.targets = TargetEditor(self)
        self.pages = QTabWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.header)
        self.pages.addTab(scroll, self.tr("General"))
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        for name in SECTIONS:
            body_layout.addWidget(self.sections[name])
        self.pages.addTab(body, self.tr("Sections"))
        self.pages.addTab(self.tasks, self.tr("Tasks"))
        self.pages.addTab(self.targets, self.tr("Targets"))

        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.setToolTip("Ctrl+S")
        self.save_close_button = QPushButton(self.tr("Save and close"), self)
        self.save_close_button.setObjectName("saveClose")
        self.save_close_button.setToolTip("Ctrl+Enter")
        self.save_close_button.setDefault(False)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.save_button.clicked.connect(self.save)
        self.save_close_button.clicked.connect(self.save_and_close)
        self.close_button.clicked.connect(self.reject)
        for b in (self.save_button, self.save_close_button, self.close_button):
            b.setAutoDefault(False)
        bind(self, QKeySequence.StandardKey.Save, self.save)
        bind(self, "Ctrl+Return", self.save_and_close)
        bind(self, "Ctrl+Enter", self.save_and_close)
        for i in range(4):
            bind(self, f"Alt+{i + 1}", lambda i=i: self.pages.setCurrentIndex(i))
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_close_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self._check_timer = QTimer(self, singleShot=True, interval=250)
        self._check_timer.timeout.connect(self.check)
        self.header.changed.connect(self._changed)
        self.header.newIssuerRequested.connect(self.new_issuer)
        self.tasks.changed.connect(self._changed)
        self.targets.changed.connect(self._changed)
        for box in self.sections.values():
            box.changed.connect(self._changed)
        self.load()

    # -- loading -----------------------------------------------------------
    def _load_choices(self, session) -> None:
        from vnhr_desktop.services.agencies import list_agencies
        from vnhr_desktop.services.issuers import list_issuers
        from vnhr_desktop.services.plans import received_plans

        self.header.set_choices(list_issuers(session), received_plans(session, self.plan_id))
        self.tasks.set_agencies([a.name for a in list_agencies(session)])

    def load(self) -> None:
        from vnhr_desktop.services.plans import get_plan

        with self.database.Session() as session:
            self._load_choices(session)
            if self._office_defaults:
                from vnhr_desktop.services.first_start import new_plan_defaults

                # A new plan is issued and signed as the office profile says.
                self.detail = new_plan_defaults(session)
                self._office_defaults = False
            if self.plan_id is not None:
                self.detail = get_plan(session, self.plan_id)
                self.track_record(session, "plan", self.plan_id, self.detail.title)
        self.header.set_detail(self.detail)
        for name in SECTIONS:
            self.sections[name].set_texts(self.detail.section(name))
        self.tasks.set_tasks(self.detail.tasks)
        self.targets.set_targets(self.detail.targets)
        self.dirty = False
        self._quiet = self.plan_id is None
        self._update_title()
        self.check()

    def _update_title(self) -> None:
        if self.plan_id is None:
            self.setWindowTitle(self.tr("New plan"))
        else:
            label = self.detail.number_symbol or self.tr("draft")
            self.setWindowTitle(self.tr("Plan %1").replace("%1", label))
        self._page_titles()

    def _page_titles(self, marks: dict[int, str] | None = None) -> None:
        if marks is None:
            marks = getattr(self, "_marks", {})
        self._marks = marks
        titles = {
            PAGE_HEADER: self.tr("General"),
            PAGE_SECTIONS: self.tr("Sections"),
            PAGE_TASKS: self.tr("Tasks (%1)").replace("%1", str(len(self.tasks.tasks()))),
            PAGE_TARGETS: self.tr("Targets (%1)").replace("%1", str(len(self.targets.targets()))),
        }
        # The marks are the style's own icons, so no font needs the glyphs.
        icons = {
            "error": (
                QStyle.StandardPixmap.SP_MessageBoxCritical,
                self.tr("This page has errors to fix before saving."),
            ),
            "warning": (QStyle.StandardPixmap.SP_MessageBoxWarning, self.tr("This page has warnings.")),
        }
        for page, title in titles.items():
            self.pages.setTabText(page, title)
            mark = marks.get(page, "")
            icon, tip = icons.get(mark, (None, ""))
            self.pages.setTabIcon(page, self.style().standardIcon(icon) if icon is not None else QIcon())
            self.pages.setTabToolTip(page, tip)

    def page_mark(self, page: int) -> str:
        """ "error", "warning" or "" for the page's tab."""
        return self._marks.get(page, "")

    # -- the plan being edited --------------------------------------------
    def current(self) -> PlanDetail:
        detail = self.header.apply_to(self.detail)
        # Keyword names from SECTIONS, each a tuple of texts (replace() refuses an unknown name).
        sections: dict[str, Any] = {name: self.sections[name].texts() for name in SECTIONS}
        return replace(detail, **sections, tasks=self.tasks.tasks(), targets=self.targets.targets(), id=self.plan_id)

    def _changed(self) -> None:
        self.dirty = True
        self._quiet = False
        self._update_title()
        self._check_timer.start()

    def check(self) -> list:
        """Run the plan's checks and show every message next to its field."""
        from vnhr_desktop.services.plans import check

        typing = self.header.typing_errors()
        with self.database.Session() as session:
            try:
                findings = check(session, self.current())
            except UserError:
                findings = []
        if getattr(self, "_quiet", False):
            # A new plan shows nothing red before the officer has typed anything.
            findings, typing = [], {}
        header, task_rows, target_rows = split_findings(findings)
        for name, message in typing.items():
            header[name] = (message, "error")
        self.header.show_findings(header)
        self.tasks.show_findings(task_rows)
        self.targets.show_findings(target_rows)
        marks = {}
        for page, found in ((PAGE_HEADER, header), (PAGE_TASKS, task_rows), (PAGE_TARGETS, target_rows)):
            severities = (
                [s for _, s in found.values()]
                if page == PAGE_HEADER
                else [s for row in found.values() for _, s in row.values()]
            )
            if severities:
                marks[page] = "error" if "error" in severities else "warning"
        self._page_titles(marks)
        errors = sum(1 for f in findings if f.is_error) + len(typing)
        warnings = sum(1 for f in findings if not f.is_error)
        self._show_summary(errors, warnings)
        return findings

    def _show_summary(self, errors: int, warnings: int, saved: bool = False) -> None:
        parts = []
        if saved:
            parts.append(self.tr("Saved."))
        if errors:
            parts.append(self.tr("%n error(s) to fix before saving.", "", errors))
        if warnings:
            parts.append(self.tr("%n warning(s).", "", warnings))
        self.summary.setText(" ".join(parts))
        self.summary.setStyleSheet("color: #b00020;" if errors else "color: #8a5a00;" if warnings else "")

    # -- saving ------------------------------------------------------------
    def save(self) -> bool:
        from vnhr_desktop.services.plans import save_plan

        self._quiet = False
        if self.header.typing_errors() or self.targets.has_typing_errors():
            self.check()
            self.pages.setCurrentIndex(PAGE_TARGETS if self.targets.has_typing_errors() else PAGE_HEADER)
            return False
        try:
            with self.database.session() as session:
                self.claim_record(session)
                plan_id, warnings = save_plan(session, self.current())
        except ValidationError as exc:
            self._show_errors(exc)
            return False
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Plan not saved"), exc.message)
            return False
        self.plan_id = plan_id
        self.load()
        self._show_summary(0, len(warnings), saved=True)
        self.saved.emit(plan_id)
        return True

    def _show_errors(self, exc: ValidationError) -> None:
        self.check()
        first = next(iter(exc.fields), "")
        page = PAGE_TASKS if first.startswith("task:") else PAGE_TARGETS if first.startswith("target:") else PAGE_HEADER
        self.pages.setCurrentIndex(page)

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def is_dirty(self) -> bool:  # the guard asks on Esc, ×, Đóng and when the app closes
        return self.dirty

    # -- issuers -----------------------------------------------------------
    def new_issuer(self) -> None:
        from vnhr_desktop.services.issuers import list_issuers
        from vnhr_desktop.services.plans import received_plans
        from vnhr_desktop.ui.dialogs.plan_issuer_dialog import PlanIssuerDialog

        dialog = PlanIssuerDialog(self.database, self)
        if dialog.exec() and dialog.issuer_id is not None:
            keep = self.current()
            with self.database.Session() as session:
                self.header.set_choices(list_issuers(session), received_plans(session, self.plan_id))
            self.detail = keep
            self.header.select_issuer(dialog.issuer_id)
            self.pages.setCurrentIndex(PAGE_HEADER)
            self.header.setFocus(Qt.FocusReason.OtherFocusReason)
