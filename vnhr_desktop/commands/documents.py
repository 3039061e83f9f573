"""``export``, ``import`` and ``package``: each area registers its function here.

An exporter is ``fn(session, record_id: int, out: Path) -> Path``; the file
format comes from the suffix of ``out``.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from vnhr_desktop.errors import UserError
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.database import open_database

# WHAT -> {suffix: "module:function"}
EXPORTERS: dict[str, dict[str, str]] = {
    "banners": {
        ".pdf": "vnhr_desktop.exports.pdf.banner_schedule:export_banner_schedule_pdf",
        ".xlsx": "vnhr_desktop.exports.excel.banner_workbook:export_banner_workbook",
    },
    "slogan-sheets": {".pdf": "vnhr_desktop.exports.pdf.slogan_sheets:export_slogan_sheets_pdf"},
    "slogan-sheets-a3": {".pdf": "vnhr_desktop.exports.pdf.slogan_sheets:export_slogan_sheets_a3_pdf"},
    "report": {".pdf": "vnhr_desktop.exports.pdf.report_document:export_report_pdf"},
    "annex": {".xlsx": "vnhr_desktop.exports.excel.annex_workbook:export_annex_xlsx"},
    "signin": {".pdf": "vnhr_desktop.exports.pdf.signin_sheets:export_signin_pdf"},
    "participants": {".xlsx": "vnhr_desktop.exports.excel.participants_workbook:export_participants_xlsx"},
    "attendance": {".xlsx": "vnhr_desktop.exports.excel.attendance_workbook:export_attendance_xlsx"},
}

# Plans (ID of a plan) and the register of outgoing documents (ID of an issuer, this year).
EXPORTERS["plan"] = {
    ".pdf": "vnhr_desktop.exports.pdf.plan_document:export_plan_pdf",
    ".xlsx": "vnhr_desktop.exports.excel.plan_tasks_workbook:export_plan_tasks_xlsx",
}
EXPORTERS["register"] = {
    ".pdf": "vnhr_desktop.exports.pdf.register_document:export_register_pdf",
    ".xlsx": "vnhr_desktop.exports.excel.register_workbook:export_register_xlsx",
}

# Everyday lists: reminders of due tasks (no ID), a plan's slogan list and hanging progress.
EXPORTERS["due-tasks"] = {
    ".pdf": "vnhr_desktop.exports.pdf.due_list:export_due_list_pdf",
    ".xlsx": "vnhr_desktop.exports.excel.due_list_workbook:export_due_list_xlsx",
}
EXPORTERS["slogan-list"] = {".pdf": "vnhr_desktop.exports.pdf.slogan_list:export_slogan_list_pdf"}
EXPORTERS["banner-progress"] = {
    ".pdf": "vnhr_desktop.exports.pdf.banner_progress:export_banner_progress_pdf",
    ".xlsx": "vnhr_desktop.exports.excel.banner_progress_workbook:export_banner_progress_xlsx",
}
EXPORTERS["slogan-sheets-all"] = {".pdf": "vnhr_desktop.exports.pdf.slogan_sheets:export_all_slogan_sheets_pdf"}
WITHOUT_ID = {"due-tasks"}  # its optional number is the days ahead (7 by default)

# The receiving office: the reporting dashboard of a plan and the reminder to the
# units that have not reported (ID of a plan).
EXPORTERS["rates"] = {".xlsx": "vnhr_desktop.exports.excel.reporting_rates_workbook:export_rates_xlsx"}
EXPORTERS["reminder"] = {".pdf": "vnhr_desktop.exports.pdf.reminder_document:export_reminder_pdf"}
# The consolidated report (ID of a report composed with ``consolidate``): PDF and annex workbook.
EXPORTERS["consolidated"] = {
    ".pdf": "vnhr_desktop.exports.pdf.consolidated_document:export_consolidated_pdf",
    ".xlsx": "vnhr_desktop.exports.excel.consolidated_workbook:export_consolidated_xlsx",
}

# Exports that take ``--year`` (passed on as ``year=``).
YEARLY = {"register"}

IMPORTERS: dict[str, str] = {}
IMPORTERS["participants"] = "vnhr_desktop.commands.participants_import:run"
IMPORTERS["plan"] = "vnhr_desktop.commands.plan_import:run"

PACKAGER = "vnhr_desktop.commands.report_package:run"


def _resolve(target: str):
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def _export(args, paths: DataPaths) -> int:
    out = Path(args.out)
    formats = EXPORTERS.get(args.what)
    if formats is None:
        known = ", ".join(sorted(EXPORTERS)) or "(chưa có)"
        raise UserError(f"Không có loại xuất '{args.what}'. Các loại: {known}.")
    suffix = out.suffix.lower()
    if suffix not in formats:
        raise UserError(f"'{args.what}' xuất được các dạng: {', '.join(sorted(formats))}; tệp {out.name} không hợp lệ.")
    if args.id is None and args.what not in WITHOUT_ID:
        raise UserError(f"Cần ghi số ID sau '{args.what}' (ví dụ: export {args.what} 1 --out {out.name}).")
    extra = {}
    if getattr(args, "year", None) is not None:
        if args.what not in YEARLY:
            raise UserError(f"--year chỉ dùng với: {', '.join(sorted(YEARLY))}.")
        extra["year"] = args.year
    db = open_database(paths)
    try:
        with db.session() as session:
            written = _resolve(formats[suffix])(session, args.id, out, **extra)
    finally:
        db.close()
    print(f"Đã ghi {written}")
    return 0


def _import(args, paths: DataPaths) -> int:
    target = IMPORTERS.get(args.what)
    if not target:
        raise UserError(f"Không nhập được '{args.what}'.")
    return _resolve(target)(args, paths)


def _package(args, paths: DataPaths) -> int:
    if not PACKAGER:
        raise UserError("Chức năng tạo gói nộp báo cáo chưa có trong phiên bản này.")
    return _resolve(PACKAGER)(args, paths)


def run(args, paths: DataPaths) -> int:
    if args.command == "export":
        return _export(args, paths)
    if args.command == "import":
        return _import(args, paths)
    return _package(args, paths)
