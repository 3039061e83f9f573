"""``issue plan|report ID [--date YYYY-MM-DD] [--number N]``: give a draft its
number from the register, by the same rules as the issue dialogs, and print
the number and symbol."""

from __future__ import annotations

import datetime as dt

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

    day = issue_date(args.date)
    if args.number is not None and args.number < 1:
        raise UserError("Số văn bản bắt đầu từ 01.")
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
