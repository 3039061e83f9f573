"""``issue plan|report ID [--date YYYY-MM-DD] [--number N]``: give a draft its
number from the register, by the same rules as the issue dialogs, and print
the number and symbol. ``issue reminder PLAN_ID [...] [--out FILE.pdf]`` issues
the reminder to the plan's missing units and prints its number and its ID (for
``export issued-reminder``); with ``--out`` it also writes the PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from vnhr_desktop.domain.dates import fmt_date, parse_date
from vnhr_desktop.errors import UserError
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.database import open_database
from vnhr_desktop.persistence.lock import InstanceLock


def issue_date(text: str | None, today: dt.date | None = None) -> dt.date:
    """``--date`` as a date (YYYY-MM-DD or DD/MM/YYYY); today when not given."""
    if not text:
        return today or dt.date.today()
    try:
        day = parse_date(text)
    except ValueError:
        day = None
    if day is None:
        raise UserError(f"Ngày ban hành '{text}' không hợp lệ; dùng dạng YYYY-MM-DD (ví dụ 2025-01-02).")
    return day


def run(args, paths: DataPaths) -> int:
    from vnhr_desktop.services.plan_issue import issue_plan
    from vnhr_desktop.services.reports import issue_report

    if args.kind == "reminder":
        return _issue_reminder(args, paths)

    day = issue_date(args.date)
    with InstanceLock(paths.lock_file):
        db = open_database(paths)
        try:
            with db.session() as session:
                if args.kind == "plan":
                    issued = issue_plan(session, args.id, day, args.number)
                else:
                    issued = issue_report(session, args.id, day, number=args.number)
        finally:
            db.close()
    what = "kế hoạch" if args.kind == "plan" else "báo cáo"
    print(f"Đã ban hành {what} số {issued} ngày {fmt_date(day)}")
    return 0


def _issue_reminder(args, paths: DataPaths) -> int:
    from vnhr_desktop.services.document_export import document_for, export_document
    from vnhr_desktop.services.reminders import issue_reminder

    day = issue_date(args.date)
    out = Path(args.out) if args.out else None
    if out is not None:
        document_for("issued-reminder", out)  # a wrong suffix is refused before anything is issued
    with InstanceLock(paths.lock_file):
        db = open_database(paths)
        try:
            with db.session() as session:
                issued = issue_reminder(session, args.id, day, number=args.number)
            if out is not None:
                try:
                    with db.Session() as session:
                        export_document(session, "issued-reminder", issued.id, out)
                except UserError as exc:
                    raise UserError(
                        f"Đã ban hành công văn đôn đốc số {issued.number_symbol} (ID {issued.id}) nhưng chưa ghi "
                        f"được tệp: {exc.message} Ghi lại bằng lệnh: export issued-reminder {issued.id} --out TỆP.pdf"
                    ) from exc
        finally:
            db.close()
    print(
        f"Đã ban hành công văn đôn đốc số {issued.number_symbol} ngày {fmt_date(day)} "
        f"({issued.board.missing} đơn vị chưa báo cáo; ID {issued.id})"
    )
    if out is not None:
        print(f"Đã ghi {out}")
    return 0
