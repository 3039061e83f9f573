"""``consolidate PLAN_ID [--from YYYY-MM-DD] [--to YYYY-MM-DD]``: compose the
draft consolidated report of a plan from the office's records and the reports
received from its units; prints its id. Issue it with ``issue report ID``,
print it with ``export consolidated ID``, package it with ``package ID``."""

from __future__ import annotations

from vnhr_desktop.commands.issue import issue_date
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.database import open_database
from vnhr_desktop.persistence.lock import InstanceLock


def run(args, paths: DataPaths) -> int:
    from vnhr_desktop.services.consolidated_report import compose_consolidated, load_consolidated

    start = issue_date(args.start) if args.start else None
    end = issue_date(args.end) if args.end else None
    with InstanceLock(paths.lock_file):
        db = open_database(paths)
        try:
            with db.session() as session:
                report_id = compose_consolidated(session, args.plan_id, start, end)
                view = load_consolidated(session, report_id)
        finally:
            db.close()
    print(
        f"Đã soạn báo cáo tổng hợp số {report_id} (dự thảo): {view.received}/{view.expected} đơn vị đã báo cáo, "
        f"{len(view.missing)} đơn vị chưa báo cáo."
    )
    return 0
