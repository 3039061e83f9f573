"""``package REPORT_ID --out DIR``: the USB submission package of an issued report."""

from __future__ import annotations

from pathlib import Path

from vnhr_desktop.domain.dates import fmt_date
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.database import open_database
from vnhr_desktop.persistence.lock import InstanceLock
from vnhr_desktop.services.report_submission import submit_report


def run(args, paths: DataPaths) -> int:
    out = Path(args.out)
    # Marks the report submitted: a write, so under the instance lock.
    with InstanceLock(paths.lock_file):
        db = open_database(paths)
        try:
            with db.session() as session:
                result = submit_report(session, args.report_id, out)
        finally:
            db.close()
    print(f"Đã ghi gói nộp báo cáo vào {result.folder}")
    for entry in result.manifest["files"]:
        print(f"  {entry['path']}  {entry['bytes']} byte  sha256 {entry['sha256'][:16]}…")
    print(f"Đã đọc lại và kiểm tra đủ {len(result.manifest['files'])} tệp. Có thể rút ổ USB an toàn.")
    print(f"Báo cáo được đánh dấu đã nộp ngày {fmt_date(result.submitted_on)}.")
    return 0
