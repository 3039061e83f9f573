"""The main window: four tabs, menus, status bar. It paints before the
database layer loads; :meth:`attach` then gives the tabs their data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vnhr_desktop import __version__
from vnhr_desktop.paths import DataPaths, database_label
from vnhr_desktop.ui.product import PROGRAM, product_name
from vnhr_desktop.ui.tabs.plans_tab import PlansTab

if TYPE_CHECKING:
    from vnhr_desktop.services.database_handle import DatabaseHandle
    from vnhr_desktop.ui.tabs.banners_tab import BannersTab
    from vnhr_desktop.ui.tabs.list_tab import ListTab
    from vnhr_desktop.ui.tabs.reports_tab import ReportsTab

# The other tabs are imported and built when first shown (start-up stays quick).
LAZY_TABS = {
    "banners": ("vnhr_desktop.ui.tabs.banners_tab", "BannersTab"),
    "events": ("vnhr_desktop.ui.tabs.events_tab", "EventsTab"),
    "reports": ("vnhr_desktop.ui.tabs.reports_tab", "ReportsTab"),
}
TAB_ORDER = ("plans", "banners", "events", "reports")


class MainWindow(QMainWindow):
    firstPainted = Signal()
    languageChangeRequested = Signal(str)
    # After every commit (any thread), on the GUI thread: a domain Change saying
    # which kinds of record changed and which ids. Tabs and open panels listen.
    recordsChanged = Signal(object)
    _committed = Signal(object)

    def __init__(self, paths: DataPaths, settings: QSettings, language: str = "vi"):
        super().__init__()
        self.paths = paths
        self.settings = settings
        self.language = language
        self.database: DatabaseHandle | None = None
        self._painted = False
        self._pending_change = None
        self._change_timer = QTimer(self, singleShot=True, interval=0)
        self._change_timer.timeout.connect(self._apply_change)
        self._committed.connect(self._queue_change)
        # Sửa > Hoàn tác / Làm lại: the destructive and bulk actions of this session.
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(product_name())

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self._titles = {
            "plans": self.tr("Plans"),
            "banners": self.tr("Banners - Slogans"),
            "events": self.tr("Conferences - Trainings"),
            "reports": self.tr("Result reports"),
        }
        # The plans tab is always built: its due-task counts show from start-up.
        self._built: dict[str, BannersTab | ListTab | ReportsTab] = {"plans": PlansTab()}
        for key in TAB_ORDER:
            self.tabs.addTab(self._built.get(key) or QWidget(), self._titles[key])

        self.sample_bar = self._build_sample_bar()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.sample_bar)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self._build_menus()
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)
        self._hook_plan_counts()
        self._restore_state()
        self._tab(TAB_ORDER[self.tabs.currentIndex()])
        self.tabs.currentChanged.connect(self._ensure_attached)

    # -- construction ------------------------------------------------------
    def _build_sample_bar(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("sampleBar")
        bar.setStyleSheet("#sampleBar { background: #fff6d8; border: 1px solid #e0c060; border-radius: 4px; }")
        text = QLabel(
            self.tr(
                "The database is empty. Enter your own records, or load the sample "
                "2024 campaign to see how the work is done."
            ),
            bar,
        )
        text.setWordWrap(True)
        self.sample_button = QPushButton(self.tr("Use sample data"), bar)
        self.sample_button.setObjectName("useSample")
        self.sample_button.clicked.connect(self.load_sample)
        row = QHBoxLayout(bar)
        row.addWidget(text, 1)
        row.addWidget(self.sample_button)
        bar.hide()
        return bar

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.triggered.connect(self.backup_now)
        self.backup_to_action = QAction(self.tr("Back up &to…"), self)
        self.backup_to_action.triggered.connect(self.backup_to)
        self.restore_action = QAction(self.tr("&Restore…"), self)
        self.restore_action.triggered.connect(self.restore)
        quit_action = QAction(self.tr("E&xit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.backup_action, self.backup_to_action, self.restore_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.reload_action = QAction(self.tr("Re&load"), self)
        self.reload_action.setShortcut(QKeySequence("F5"))
        self.reload_action.triggered.connect(self.refresh_all)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.reload_action)

        tools = self.menuBar().addMenu(self.tr("&Tools"))
        self.office_action = QAction(self.tr("&Office information…"), self)
        self.office_action.triggered.connect(self.edit_office)
        tools.addAction(self.office_action)
        self.agencies_action = QAction(self.tr("&Agencies…"), self)
        self.agencies_action.triggered.connect(self.edit_agencies)
        tools.addAction(self.agencies_action)
        self.lookup_action = QAction(self.tr("&Find a participant…"), self)
        self.lookup_action.setObjectName("participantLookupAction")
        self.lookup_action.triggered.connect(self.find_participant)
        tools.addAction(self.lookup_action)
        self.shared_database_action = QAction(self.tr("&Shared database…"), self)
        self.shared_database_action.setObjectName("sharedDatabaseAction")
        self.shared_database_action.triggered.connect(self.shared_database)
        tools.addAction(self.shared_database_action)
        language_menu = tools.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("vi", "Tiếng Việt"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.language)
            action.setData(code)
            action.triggered.connect(lambda _c=False, c=code: self._request_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("&User guide"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.show_guide)
        help_menu.addAction(self.guide_action)
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self.about)
        open_data = QAction(self.tr("Open &data folder"), self)
        open_data.triggered.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.root))))
        help_menu.addAction(about)
        help_menu.addAction(open_data)

    # -- plans: due/overdue task counts on the tab and in the status bar ----
    def _hook_plan_counts(self) -> None:
        self.due_label = QLabel(self)
        self.due_label.setObjectName("dueTasks")
        self.due_label.setStyleSheet("color: #b00020;")
        self.statusBar().addPermanentWidget(self.due_label)
        self.plans_tab.dueCountsChanged.connect(self._show_plan_counts)

    def _show_plan_counts(self, _due_soon: int, _overdue: int) -> None:
        index = self.tabs.indexOf(self.plans_tab)
        self.tabs.setTabIcon(index, self.plans_tab.tab_badge())
        self.tabs.setTabToolTip(index, self.plans_tab.tab_tooltip())
        self.due_label.setText(self.plans_tab.due_status_text())

    # -- state -------------------------------------------------------------
    def _restore_state(self) -> None:
        from vnhr_desktop.ui.screen_fit import fit_main_window

        fit_main_window(self, self.settings.value("window/geometry"), 1280, 780)
        index = int(str(self.settings.value("window/tab", 0) or 0))
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        self.settings.sync()

    def closeEvent(self, event) -> None:
        from vnhr_desktop.ui.editor_guard import close_open_editors

        if not close_open_editors():  # an editor with changes, and the officer chose Hủy
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()

    # -- data --------------------------------------------------------------
    def _tab(self, key: str) -> BannersTab | ListTab | ReportsTab:
        """The tab ``key``, importing and building it on first use."""
        if key not in self._built:
            import importlib

            module, name = LAZY_TABS[key]
            tab = getattr(importlib.import_module(module), name)()
            self._built[key] = tab
            index = TAB_ORDER.index(key)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            placeholder = self.tabs.widget(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, self._titles[key])
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            if placeholder is not None:
                placeholder.deleteLater()
        return self._built[key]

    @property
    def plans_tab(self) -> PlansTab:
        tab = self._built["plans"]
        assert isinstance(tab, PlansTab)
        return tab

    @property
    def banners_tab(self):
        return self._tab("banners")

    @property
    def events_tab(self):
        return self._tab("events")

    @property
    def reports_tab(self):
        return self._tab("reports")

    def all_tabs(self):
        """The tabs built so far (the others have nothing to refresh yet)."""
        return [self._built[key] for key in TAB_ORDER if key in self._built]

    def show_first_page(self) -> bool:
        """Fill the plans list's first page straight from the file, before the
        database layer loads (start-up). False when the plans tab is not the
        one shown or the page cannot be read that way."""
        tab = self.plans_tab
        if self.tabs.currentWidget() is not tab or tab.database is not None:
            return False
        from vnhr_desktop.services.first_page import first_plans_page

        page = first_plans_page(self.paths.database, tab.model.PAGE_SIZE)
        if page is None:
            return False
        tab.model.preload(*page)
        return True

    def attach(self, database: DatabaseHandle) -> None:
        """Give the tabs their data. Only the visible tab loads now; each other
        tab loads when it is first shown, so start-up stays quick."""
        self.database = database
        database.on_commit(self._committed.emit)
        from vnhr_desktop.ui.change_watch import ChangeWatch

        self.change_watch = ChangeWatch(database, self)  # other PCs' changes on a shared database
        self._ensure_attached(self.tabs.currentIndex())
        self.refresh_office()

    def _queue_change(self, change) -> None:
        """Gather the commits of one moment into one refresh."""
        self._pending_change = change if self._pending_change is None else self._pending_change.merged(change)
        self._change_timer.start()

    def flush_changes(self) -> None:
        """Refresh now for the commits made so far (instead of a moment later)."""
        self._change_timer.stop()
        self._apply_change()

    def _apply_change(self) -> None:
        change, self._pending_change = self._pending_change, None
        if change is None or self.database is None:
            return
        self.refresh_all()
        self.recordsChanged.emit(change)

    def _ensure_attached(self, index: int) -> None:
        if not 0 <= index < len(TAB_ORDER):
            return
        tab = self._tab(TAB_ORDER[index])
        if self.database is not None and tab.database is None:
            tab.attach(self.database)

    def refresh_all(self) -> None:
        """Reload every tab built so far (after any change, and on F5); each
        keeps its chosen rows and scroll position."""
        if self.database is None:
            return
        for tab in self.all_tabs():
            if tab.database is not None:
                tab.refresh()
        self.refresh_office()

    def refresh_office(self) -> None:
        from vnhr_desktop.services.demo import is_empty
        from vnhr_desktop.services.office import get_profile

        assert self.database is not None  # attached before the widget is used
        with self.database.Session() as session:
            profile = get_profile(session)
            empty = is_empty(session)
        name = profile.office_name if profile else self.tr("(office information not entered)")
        # Qt appends the product name (the application display name) to the title.
        self.setWindowTitle(name)
        if self.paths.database_url is not None:
            where = self.tr("Shared database: %1").replace("%1", database_label(self.paths.database_url))
        else:
            where = self.tr("Data: %1").replace("%1", str(self.paths.root))
        self.status_label.setText(where)
        self.sample_bar.setVisible(empty)
        self.plans_tab.refresh_due_counts(self.database)

    def load_sample(self) -> None:
        from vnhr_desktop.errors import UserError
        from vnhr_desktop.services.demo import load_sample

        try:
            assert self.database is not None  # attached before the widget is used
            with self.database.session() as session:
                load_sample(session)
        except UserError as exc:  # the office's own records are there: the sample stays out
            QMessageBox.warning(self, self.tr("Sample data not loaded"), exc.message)
            self.refresh_office()
            return
        self.flush_changes()
        self.statusBar().showMessage(self.tr("Sample campaign loaded."), 5000)

    # -- actions -----------------------------------------------------------
    def edit_office(self) -> None:
        from vnhr_desktop.ui.dialogs.office_dialog import OfficeDialog

        if OfficeDialog(self.database, self).exec():
            self.refresh_office()

    def find_participant(self) -> None:
        from vnhr_desktop.ui.dialogs.participant_lookup_dialog import ParticipantLookupDialog

        if self.database is not None:
            ParticipantLookupDialog(self.database, self).exec()

    def edit_agencies(self) -> None:
        from vnhr_desktop.ui.dialogs.agencies_dialog import AgenciesDialog

        AgenciesDialog(self.database, self).exec()

    def shared_database(self) -> None:
        from vnhr_desktop.ui.dialogs.shared_database_dialog import SharedDatabaseDialog

        SharedDatabaseDialog(self.paths, self).exec()

    def show_guide(self) -> None:
        from vnhr_desktop.ui.dialogs.guide_dialog import GuideDialog

        self._guide = GuideDialog(self)
        self._guide.show()

    def offer_first_run(self) -> None:
        """On an empty database, ask for the office profile and how to start."""
        from vnhr_desktop.ui.dialogs.first_run_dialog import needs_first_run, run_first_start

        if self.database is not None and needs_first_run(self.database) and run_first_start(self):
            self.refresh_all()

    def backup_now(self) -> None:
        from vnhr_desktop.services.backups import backup_now

        target = backup_now(self.paths, engine=self.database.engine if self.database is not None else None)
        self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(target)), 8000)

    def backup_to(self) -> None:
        from vnhr_desktop.ui.dialogs.save_copy import ask_backup_target

        ask_backup_target(self, self.paths, self.database.engine if self.database is not None else None)

    def restore(self) -> None:
        from vnhr_desktop.ui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.paths, self, self.database.engine if self.database is not None else None)
        if dialog.exec():
            self.refresh_all()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr(
                "<b>%3</b><p>Program %4, version %1</p><p>Plans, banner schedules, training events and "
                "result reports of the human-rights communication work, kept safely on this computer.</p>"
                "<p>Data folder: %2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.paths.root))
            .replace("%3", product_name())
            .replace("%4", PROGRAM),
        )

    def _request_language(self, code: str) -> None:
        if code != self.language:
            self.languageChangeRequested.emit(code)
