"""Save a plan's banner printouts from the tab: the schedule (PDF or Excel) and
the print-shop sheets (A4 or A3). The same exporters as
``vnhr-desktop export banners|slogan-sheets|slogan-sheets-a3|slogan-list|banner-progress``."""

from __future__ import annotations

import re

from vnhr_desktop.domain.text import fold

# kind -> (EXPORTERS key, suffix, default file name stem)
KINDS = {
    "schedule_pdf": ("banners", ".pdf", "lich-treo-bang-ron"),
    "schedule_xlsx": ("banners", ".xlsx", "lich-treo-bang-ron"),
    "sheets_a4": ("slogan-sheets", ".pdf", "khau-hieu-in-A4"),
    "sheets_a3": ("slogan-sheets-a3", ".pdf", "khau-hieu-in-A3"),
    "slogan_list": ("slogan-list", ".pdf", "danh-muc-khau-hieu"),
    "progress_pdf": ("banner-progress", ".pdf", "tinh-hinh-treo-bang-ron"),
    "progress_xlsx": ("banner-progress", ".xlsx", "tinh-hinh-treo-bang-ron"),
}


def default_name(kind: str, plan_label: str) -> str:
    _, suffix, stem = KINDS[kind]
    tag = re.sub(r"[^a-z0-9]+", "-", fold(plan_label.split("·")[0]))[:40].strip("-")
    return f"{stem}-{tag}{suffix}" if tag else f"{stem}{suffix}"


def export_banners(parent, database, plan_id: int, kind: str, plan_label: str = "", on_done=None) -> None:
    """Ask where to save and write the printout of ``kind`` in the background."""
    from vnhr_desktop.ui.export_file import export_to_file

    what, _, _ = KINDS[kind]
    export_to_file(parent, database, what, plan_id, default_name(kind, plan_label), on_done=on_done)


def export_chosen_sheets(parent, database, plan_id: int, plan_label: str = "", on_done=None, path=None) -> None:
    """Ask which slogans (all the plan's, placed or not) and the paper, then
    where to save, and write the print-shop sheets in the background."""
    from pathlib import Path

    from vnhr_desktop.services.slogan_list import slogan_choices
    from vnhr_desktop.ui.dialogs.slogan_sheets_dialog import SloganSheetsDialog
    from vnhr_desktop.ui.export_file import ask_save_path, show_written, write_export
    from vnhr_desktop.ui.workers import run_job

    with database.Session() as session:
        choices = slogan_choices(session, plan_id)
    dialog = SloganSheetsDialog(choices, parent)
    if not dialog.exec():
        return
    ids, paper = dialog.chosen(), dialog.paper.currentData()
    stem = "khau-hieu-in-A3" if paper == "A3" else "khau-hieu-in-A4"
    name = default_name("sheets_a4", plan_label).replace("khau-hieu-in-A4", stem)
    target = Path(path) if path else ask_save_path(parent, name, ".pdf")
    if target is None:
        return

    what = "slogan-sheets-a3" if paper == "A3" else "slogan-sheets"

    def write():
        return write_export(database, what, plan_id, target, choice=ids)

    run_job(parent, write, on_success=on_done or (lambda written: show_written(parent, written)))
