"""Every window and dialog of the app, found by walking vnhr_desktop/ui, and a
way to open each one over the sample campaign.

A new QDialog or QMainWindow subclass is picked up without editing this file.
Its constructor arguments are filled in by name (``database``, ``paths``,
``plan_id``, ``event_id``, ...); an argument nobody knows makes :func:`build`
fail loudly, so a new kind of argument is added here once, on purpose.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from dataclasses import dataclass, field

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget
from sqlalchemy import text

import vnhr_desktop.ui

# Tables whose first row stands in for an ``<name>_id`` argument.
ID_TABLES = {
    "plan_id": "SELECT id FROM plan WHERE kind = 'own' ORDER BY id",
    "event_id": "SELECT event_id FROM bridge_point ORDER BY id",
    "report_id": "SELECT id FROM report ORDER BY id",
    "media_id": "SELECT id FROM media_output ORDER BY id",
    "placement_id": "SELECT id FROM banner_placement ORDER BY id",
    "slogan_id": "SELECT id FROM slogan ORDER BY id",
    "participant_id": "SELECT id FROM participant ORDER BY id",
}


def discover() -> list[type]:
    """Every QDialog/QMainWindow subclass defined in a module under vnhr_desktop/ui."""
    found: list[type] = []
    for info in pkgutil.walk_packages(vnhr_desktop.ui.__path__, "vnhr_desktop.ui."):
        module = importlib.import_module(info.name)
        for _name, obj in inspect.getmembers(module, inspect.isclass):
            if obj.__module__ == module.__name__ and issubclass(obj, (QDialog, QMainWindow)):
                found.append(obj)
    return sorted(found, key=lambda c: c.__qualname__)


@dataclass
class Context:
    database: object
    paths: object
    extra: dict = field(default_factory=dict)

    def first_id(self, name: str):
        with self.database.Session() as session:
            return session.execute(text(ID_TABLES[name])).scalar()


def _argument(ctx: Context, name: str, param: inspect.Parameter):
    if name in ctx.extra:
        return ctx.extra[name]
    if name == "database":
        return ctx.database
    if name == "paths":
        return ctx.paths
    if name == "settings":
        return QSettings(str(ctx.paths.root / "settings.ini"), QSettings.IniFormat)
    if name == "language":
        return "vi"
    if name in ID_TABLES:
        return ctx.first_id(name)
    if name == "points":
        from vnhr_desktop.services.events import bridge_points

        with ctx.database.Session() as session:
            return bridge_points(session, ctx.first_id("event_id"))
    if name == "choices":  # the print-shop sheets chooser: the plan's slogans
        from vnhr_desktop.services.slogan_list import slogan_choices

        with ctx.database.Session() as session:
            return slogan_choices(session, ctx.first_id("plan_id"))
    if name == "updates":  # figure lines new or changed in the records since a draft
        from vnhr_desktop.domain.draft_updates import CHANGED, NEW, LineUpdate

        return (
            LineUpdate("Kết quả thực hiện", CHANGED, "- Đã đăng tải 13 tin, bài.", old="- Đã đăng tải 12 tin, bài."),
            LineUpdate("Kết quả thực hiện", NEW, "- Tổ chức 01 hội nghị với 120 đại biểu."),
        )
    if name == "agency":
        return "Công an tỉnh"
    if name == "today":
        import datetime as dt

        return dt.date(2024, 12, 27)
    if name == "sources":  # folders or .zip files of report packages (an empty folder here)
        return [ctx.paths.root]
    if name == "exc":
        from vnhr_desktop.errors import DatabaseCorrupt

        return DatabaseCorrupt("Tệp dữ liệu bị hỏng.")
    if param.default is not inspect.Parameter.empty:
        return param.default
    raise LookupError(f"no value for argument {name!r}: teach tests/ui/window_catalogue.py")


def build(cls: type, ctx: Context) -> QWidget:
    """``cls`` opened as the app opens it, over the data of ``ctx``."""
    params = list(inspect.signature(cls.__init__).parameters.items())[1:]
    kwargs = {}
    for name, param in params:
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        kwargs[name] = _argument(ctx, name, param)
    widget = cls(**kwargs)
    if isinstance(widget, QMainWindow) and hasattr(widget, "attach"):
        widget.attach(ctx.database)
    return widget


def visit(widget: QWidget, app) -> list[str]:
    """Show every page a window holds (main window tabs, editor tabs); returns their names."""
    from PySide6.QtWidgets import QTabWidget

    seen = []
    for tabs in widget.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            app.processEvents()
            seen.append(tabs.tabText(index))
    return seen
