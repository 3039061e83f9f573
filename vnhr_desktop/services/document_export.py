"""Export a document: load what it shows → render it → write the file safely.

    export_document(session, "plan", plan_id, Path("ke-hoach.pdf"))
    export_document(session, "signin", event_id, out, blank_rows=5, progress=report)

:data:`DOCUMENTS` names every document the app prints: for each kind and file
suffix, the service that builds its view dataclass (``domain/printouts``) and
the renderer in ``exports/`` that turns the view into bytes. The GUI, the
``vnhr-desktop export`` command and the benchmarks all come through here.
This module loads reportlab and openpyxl; it is imported only when an export
starts, never on the start-up path.

``progress(done, total)`` is called while long lists are rendered, and once
more with ``(0, 0)`` (no count) just before the file is written. To cancel, it
raises :class:`Cancelled` (or any error): the file is then not written and an
earlier file of the same name stays as it was.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from vnhr_desktop.domain.printouts.due_list import DueList
from vnhr_desktop.errors import Cancelled, UserError
from vnhr_desktop.exports.excel.annex_workbook import annex_xlsx
from vnhr_desktop.exports.excel.attendance_workbook import build_attendance_workbook
from vnhr_desktop.exports.excel.banner_progress_workbook import banner_progress_xlsx
from vnhr_desktop.exports.excel.banner_workbook import banner_workbook_xlsx
from vnhr_desktop.exports.excel.consolidated_workbook import build_consolidated_workbook
from vnhr_desktop.exports.excel.due_list_workbook import due_list_xlsx
from vnhr_desktop.exports.excel.participants_workbook import build_participants_workbook
from vnhr_desktop.exports.excel.plan_tasks_workbook import plan_tasks_xlsx
from vnhr_desktop.exports.excel.register_workbook import register_xlsx
from vnhr_desktop.exports.excel.reporting_rates_workbook import build_rates_workbook
from vnhr_desktop.exports.pdf.banner_progress import banner_progress_pdf
from vnhr_desktop.exports.pdf.banner_schedule import banner_schedule_pdf
from vnhr_desktop.exports.pdf.consolidated_document import build_consolidated_pdf
from vnhr_desktop.exports.pdf.due_list import due_list_pdf
from vnhr_desktop.exports.pdf.plan_document import plan_pdf
from vnhr_desktop.exports.pdf.register_document import register_pdf
from vnhr_desktop.exports.pdf.reminder_document import build_issued_reminder_pdf, build_reminder_pdf
from vnhr_desktop.exports.pdf.report_document import build_report_pdf
from vnhr_desktop.exports.pdf.signin_sheets import build_signin_pdf
from vnhr_desktop.exports.pdf.slogan_list import slogan_list_pdf
from vnhr_desktop.exports.pdf.slogan_sheets import slogan_sheets_pdf
from vnhr_desktop.exports.safe_write import write_bytes
from vnhr_desktop.services.banner_progress import banner_progress
from vnhr_desktop.services.banner_schedule import banner_schedule, slogan_sheets
from vnhr_desktop.services.consolidated_report import load_consolidated
from vnhr_desktop.services.due_list import due_list
from vnhr_desktop.services.due_tasks import DEFAULT_DAYS
from vnhr_desktop.services.event_print import attendance_summary, participant_list, signin_sheets
from vnhr_desktop.services.late_reminder import late_reminder
from vnhr_desktop.services.plan_print import plan_print
from vnhr_desktop.services.register_print import register_print
from vnhr_desktop.services.reminders import load_issued_reminder
from vnhr_desktop.services.report_view import load_report
from vnhr_desktop.services.reporting_rates import plan_dashboard
from vnhr_desktop.services.slogan_list import slogan_list

Progress = Callable[[int, int], None]
__all__ = ["DOCUMENTS", "Cancelled", "Document", "document_for", "export_document", "render_document"]


@dataclass(frozen=True)
class Document:
    """``load(session, record_id, **load options)`` builds the view;
    ``render(view, **render options)`` returns the file's bytes (with
    ``progress=`` when ``streams``)."""

    load: Callable[..., object]
    render: Callable[..., bytes]
    load_options: tuple[str, ...] = ()
    render_options: tuple[str, ...] = ()
    streams: bool = False


def _workbook(build: Callable[..., Any]) -> Callable[..., bytes]:
    """A renderer from a builder of a TableWorkbook that reports progress."""

    def render(view: object, progress: Progress | None = None) -> bytes:
        data: bytes = build(view, progress=progress).to_bytes()
        return data

    return render


def _due_list(session: Session, days: int | None, today: dt.date | None = None) -> DueList:
    return due_list(session, today, DEFAULT_DAYS if days is None else days)


DOCUMENTS: dict[str, dict[str, Document]] = {
    "banners": {
        ".pdf": Document(banner_schedule, banner_schedule_pdf, render_options=("printed_on",)),
        ".xlsx": Document(banner_schedule, banner_workbook_xlsx),
    },
    "slogan-sheets": {".pdf": Document(slogan_sheets, partial(slogan_sheets_pdf, paper="A4"), ("choice",))},
    "slogan-sheets-a3": {".pdf": Document(slogan_sheets, partial(slogan_sheets_pdf, paper="A3"), ("choice",))},
    # Every slogan of the plan, placed or not; the plan's slogan list (danh mục khẩu hiệu);
    # the progress of the hanging (ID of a plan).
    "slogan-sheets-all": {
        ".pdf": Document(partial(slogan_sheets, choice="all"), partial(slogan_sheets_pdf, paper="A4"))
    },
    "slogan-list": {".pdf": Document(slogan_list, slogan_list_pdf)},
    "banner-progress": {
        ".pdf": Document(banner_progress, banner_progress_pdf, ("as_of",)),
        ".xlsx": Document(banner_progress, banner_progress_xlsx, ("as_of",)),
    },
    # Tasks due and overdue per lead agency (the number: days ahead, 7 by default), and
    # the agencies late with their results for a plan (ID of a plan).
    "due-tasks": {
        ".pdf": Document(_due_list, due_list_pdf, ("today",)),
        ".xlsx": Document(_due_list, due_list_xlsx, ("today",)),
    },
    "late-agencies": {".pdf": Document(late_reminder, due_list_pdf, ("today",))},
    "report": {".pdf": Document(load_report, build_report_pdf)},
    "annex": {".xlsx": Document(load_report, annex_xlsx)},
    "signin": {".pdf": Document(signin_sheets, build_signin_pdf, load_options=("blank_rows",), streams=True)},
    "participants": {".xlsx": Document(participant_list, _workbook(build_participants_workbook), streams=True)},
    "attendance": {".xlsx": Document(attendance_summary, _workbook(build_attendance_workbook), streams=True)},
    # Plans (ID of a plan) and the register of outgoing documents (ID of an issuer, this year).
    "plan": {".pdf": Document(plan_print, plan_pdf), ".xlsx": Document(plan_print, plan_tasks_xlsx)},
    "register": {
        ".pdf": Document(register_print, register_pdf, load_options=("year", "today")),
        ".xlsx": Document(register_print, register_xlsx, load_options=("year", "today")),
    },
    # The receiving office: the reporting dashboard of a plan and the reminder to the
    # units that have not reported (ID of a plan).
    "rates": {".xlsx": Document(plan_dashboard, lambda view: build_rates_workbook(view).to_bytes(), ("today",))},
    "reminder": {".pdf": Document(plan_dashboard, build_reminder_pdf, ("today",))},
    # A reminder issued with its number (ID of the issued reminder, printed by ``issue reminder``).
    "issued-reminder": {".pdf": Document(load_issued_reminder, build_issued_reminder_pdf)},
    # The consolidated report (ID of a report composed with ``consolidate``): PDF and annex workbook.
    "consolidated": {
        ".pdf": Document(load_consolidated, build_consolidated_pdf),
        ".xlsx": Document(load_consolidated, lambda view: build_consolidated_workbook(view).to_bytes()),
    },
}


def document_for(what: str, out: Path) -> Document:
    """The document ``what`` in the format of ``out``'s suffix; a plain message otherwise."""
    formats = DOCUMENTS.get(what)
    if formats is None:
        known = ", ".join(sorted(DOCUMENTS)) or "(chưa có)"
        raise UserError(f"Không có loại xuất '{what}'. Các loại: {known}.")
    suffix = Path(out).suffix.lower()
    if suffix not in formats:
        raise UserError(
            f"'{what}' xuất được các dạng: {', '.join(sorted(formats))}; tệp {Path(out).name} không hợp lệ."
        )
    return formats[suffix]


def render_document(
    session: Session, what: str, record_id: int, suffix: str, *, progress: Progress | None = None, **options: object
) -> bytes:
    """The bytes of a document, without writing anything."""
    document = document_for(what, Path(f"x{suffix}"))
    view = document.load(session, record_id, **{k: options[k] for k in document.load_options if k in options})
    render_options = {k: options[k] for k in document.render_options if k in options}
    if document.streams:
        render_options["progress"] = progress
    return document.render(view, **render_options)


def export_document(
    session: Session,
    what: str,
    record_id: int,
    out: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    **options: object,
) -> Path:
    """Load, render and write one document to ``out`` (through safe_write);
    returns the path written. ``options``: ``blank_rows`` (signin), ``year`` and
    ``today`` (register), ``printed_on`` (banners PDF)."""
    out = Path(out)
    document_for(what, out)
    data = render_document(session, what, record_id, out.suffix.lower(), progress=progress, **options)
    if progress is not None:
        progress(0, 0)  # no count, a last chance to stop before the file is written
    return write_bytes(out, data)
