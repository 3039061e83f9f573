"""Save a plan's banner printouts from the tab: the schedule (PDF or Excel) and
the print-shop sheets (A4 or A3). The same exporters as
``vnhr-desktop export banners|slogan-sheets|slogan-sheets-a3``."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from vnhr_desktop.domain.text import fold
from vnhr_desktop.errors import UserError

# kind -> (EXPORTERS key, suffix, default file name stem)
KINDS = {
    "schedule_pdf": ("banners", ".pdf", "lich-treo-bang-ron"),
    "schedule_xlsx": ("banners", ".xlsx", "lich-treo-bang-ron"),
    "sheets_a4": ("slogan-sheets", ".pdf", "khau-hieu-in-A4"),
    "sheets_a3": ("slogan-sheets-a3", ".pdf", "khau-hieu-in-A3"),
}


def _filter(suffix: str) -> str:
    if suffix == ".xlsx":
        return QCoreApplication.translate("BannerExport", "Excel workbooks (*.xlsx)")
    return QCoreApplication.translate("BannerExport", "PDF files (*.pdf)")


def default_name(kind: str, plan_label: str) -> str:
    _, suffix, stem = KINDS[kind]
    tag = re.sub(r"[^a-z0-9]+", "-", fold(plan_label.split("·")[0]))[:40].strip("-")
    return f"{stem}-{tag}{suffix}" if tag else f"{stem}{suffix}"


def write_export(database, plan_id: int, kind: str, path: Path) -> Path:
    """Run the exporter of ``kind`` for the plan into ``path`` (no dialogs)."""
    from vnhr_desktop.commands.documents import EXPORTERS

    what, suffix, _ = KINDS[kind]
    module, _, name = EXPORTERS[what][suffix].partition(":")
    exporter = getattr(importlib.import_module(module), name)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    with database.session() as session:
        return exporter(session, plan_id, path)


def ask_and_export(parent, database, plan_id: int, kind: str, plan_label: str = "",
                   folder: Path | None = None) -> Path | None:
    """Ask where to save, write the file, say where it went; None when cancelled or failed."""
    _, suffix, _ = KINDS[kind]
    suggested = str((folder or Path.home()) / default_name(kind, plan_label))
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("BannerExport", "Save as"), suggested, _filter(suffix),
        options=QFileDialog.DontUseNativeDialog,
    )
    if not name:
        return None
    QApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        written = write_export(database, plan_id, kind, Path(name))
    except UserError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, QCoreApplication.translate("BannerExport", "Could not save"), exc.message)
        return None
    QApplication.restoreOverrideCursor()
    return written
