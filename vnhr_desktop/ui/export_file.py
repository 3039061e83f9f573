"""Saving a printout or workbook from any tab: ask where (suggesting a
Vietnamese file name), write it in the background through the same exporter
the command line uses, then offer to open the file or its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from vnhr_desktop.ui.workers import run_job

FILTERS = {
    ".pdf": "PDF (*.pdf)",
    ".xlsx": "Excel (*.xlsx)",
}


def file_name(name: str) -> str:
    """Every export file name is lower-case ASCII: "Ke-hoach-12-KH-BCĐNQ.pdf" ->
    "ke-hoach-12-kh-bcdnq.pdf" (safe on any USB stick, e-mail or older Windows)."""
    import re

    from vnhr_desktop.domain.text import fold

    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    stem = re.sub(r"[^a-z0-9]+", "-", fold(stem)).strip("-") or "tep"
    return f"{stem}.{suffix.lower()}" if suffix else stem


def write_export(database, what: str, record_id: int, path: Path, progress=None, **options) -> Path:
    """Export ``what`` for ``record_id`` into ``path`` (no dialogs)."""
    # Loaded when an export starts: the renderers bring reportlab and openpyxl.
    from vnhr_desktop.services.document_export import export_document

    with database.session() as session:
        return export_document(session, what, record_id, path, progress=progress, **options)


def _last_folder() -> Path:
    folder = QSettings().value("export/folder", "")
    return Path(folder) if isinstance(folder, str) and folder and Path(folder).is_dir() else Path.home()


def ask_save_path(parent, suggested_name: str, suffix: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportFile", "Save as"),
        str(_last_folder() / file_name(suggested_name)),
        FILTERS.get(suffix, f"*{suffix}"),
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    QSettings().setValue("export/folder", str(path.parent))
    return path


class WrittenBox(QMessageBox):
    """A message box that keeps its two extra buttons."""

    open_file: QPushButton
    open_folder: QPushButton


def written_box(parent, path: Path) -> WrittenBox:
    """The "Đã lưu tệp" message with its Mở tệp / Mở thư mục / Đóng buttons."""
    box = WrittenBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("ExportFile", "File saved"))
    box.setText(QCoreApplication.translate("ExportFile", "The file was saved:\n%1").replace("%1", str(path)))
    box.open_file = box.addButton(
        QCoreApplication.translate("ExportFile", "Open file"), QMessageBox.ButtonRole.AcceptRole
    )
    box.open_folder = box.addButton(
        QCoreApplication.translate("ExportFile", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("ExportFile", "Close"), QMessageBox.ButtonRole.RejectRole)
    return box


def show_written(parent, path: Path) -> None:
    box = written_box(parent, path)
    open_file, open_folder = box.open_file, box.open_folder
    box.exec()
    if box.clickedButton() is open_file:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def export_to_file(
    parent,
    database,
    what: str,
    record_id: int,
    suggested_name: str,
    on_done=None,
    path: Path | None = None,
    **options,
) -> None:
    """The whole flow; ``path`` skips the question (tests, repeated exports);
    ``options`` go to the export (``blank_rows`` of the sign-in sheets)."""
    suffix = Path(suggested_name).suffix.lower()
    target = path or ask_save_path(parent, file_name(suggested_name), suffix)
    if target is None:
        return
    if target.suffix.lower() != suffix:
        target = target.with_name(target.name + suffix)

    def done(written: Path) -> None:
        if on_done is not None:
            on_done(written)
        else:
            show_written(parent, written)

    run_job(
        parent,
        lambda report: write_export(database, what, record_id, target, progress=report, **options),
        on_success=done,
        busy_text=QCoreApplication.translate("ExportFile", "Writing %1…").replace("%1", target.name),
        with_progress=True,
    )
