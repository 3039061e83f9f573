"""Submit a report package: load the report, render the package, write it to
the stick, verify it there, and only then mark the report submitted.

    submitted = submit_report(session, report_id, Path("E:/"), today=date.today())

Used by the USB dialog and ``vnhr-desktop package``. A consolidated report's
package carries the consolidated PDF and annex workbook (services/document_export). A failure anywhere leaves
the report as it was (issued, no submitted date) and no package on the stick.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from vnhr_desktop.errors import UserError
from vnhr_desktop.exports.package import package_files, write_package
from vnhr_desktop.services.report_package_data import package_data
from vnhr_desktop.services.report_view import load_report
from vnhr_desktop.services.reports import mark_submitted

NOT_ISSUED = "Báo cáo chưa ban hành (chưa có số). Hãy cấp số, ban hành báo cáo rồi mới tạo gói nộp."


@dataclass(frozen=True)
class SubmittedPackage:
    folder: Path
    files: tuple[str, ...]
    manifest: dict[str, Any]
    submitted_on: dt.date


def _documents(session: Session, report_id: int) -> tuple[bytes, bytes] | None:
    """A consolidated report travels as it prints: the consolidated PDF (Phụ lục I
    units × figures, Phụ lục II missing units) and its annex workbook. Other
    reports: None, the standard rendering."""
    from vnhr_desktop.services.consolidated_report import is_consolidated
    from vnhr_desktop.services.document_export import render_document

    if not is_consolidated(session, report_id):
        return None
    return render_document(session, "consolidated", report_id, ".pdf"), render_document(
        session, "consolidated", report_id, ".xlsx"
    )


def submit_report(session: Session, report_id: int, target: Path, *, today: dt.date | None = None) -> SubmittedPackage:
    today = today or dt.date.today()
    view = load_report(session, report_id)
    if view.status == "draft":
        raise UserError(NOT_ISSUED)
    name, files = package_files(view, package_data(session, view, today), _documents(session, report_id))
    written = write_package(name, files, Path(target), today=today)  # verified on the stick
    mark_submitted(session, report_id, today)
    return SubmittedPackage(written.folder, written.files, written.manifest, today)
