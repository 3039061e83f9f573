"""``receive PATH... [--dry-run] [--json]``: report packages from units, from
folders, .zip files or the root of a USB stick. Prints a preview of each sound
package and the reason for each refused one; exit status 1 when any was refused."""

from __future__ import annotations

import json
from pathlib import Path

from vnhr_desktop.domain.dates import fmt_date
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.database import open_database
from vnhr_desktop.persistence.lock import InstanceLock


def _period(p) -> str:
    return f"{fmt_date(p.period_start) or '…'} - {fmt_date(p.period_end) or '…'}"


def _print_text(result) -> None:
    from vnhr_desktop.domain.main_figures import SHORT_LABELS
    from vnhr_desktop.services.receiving import OUTCOME_TEXT

    for p in result.accepted:
        unit = f"{p.unit_name} ({p.unit_code or 'không mã'})"
        label = "ĐÃ CÓ" if p.outcome == "duplicate" else "SẼ NHẬN" if result.dry_run else "NHẬN"
        print(f"{label}  {unit}: Báo cáo số {p.number_symbol} ngày {fmt_date(p.issued_on)}")
        print(f"      kỳ {_period(p)}; {p.plan_text or 'không ghi kế hoạch'}")
        if p.upper_plan_text:
            print(f"      thực hiện {p.upper_plan_text}")
        figures = ", ".join(f"{SHORT_LABELS[k]} {v:g}" for k, v in p.values.items() if v)
        print(f"      {figures or 'không có số liệu'}  [{OUTCOME_TEXT[p.outcome]}]")
    for r in result.refused:
        print(f"TỪ CHỐI  {r.source}: {r.reason}")
    c = result.counts
    verb = "Sẽ nhận" if result.dry_run else "Đã nhận"
    print(
        f"{verb} {c['new'] + c['replaces'] + c['older']} gói ({c['replaces']} thay thế gói cũ, "
        f"{c['older']} cũ hơn), bỏ qua {c['duplicate']} gói đã có, từ chối {c['refused']} gói."
        + (" Chưa ghi gì (--dry-run)." if result.dry_run else "")
    )


def _terminal_progress(doing: str):
    """In a terminal, one stderr line counting the packages read."""
    from vnhr_desktop.commands.documents import TerminalProgress

    return TerminalProgress.if_terminal(doing=doing, unit="gói")


def run(args, paths: DataPaths) -> int:
    from vnhr_desktop.services.receiving import receive_packages

    sources = [Path(p) for p in args.paths]
    with InstanceLock(paths.lock_file):
        db = open_database(paths)
        try:
            if args.dry_run:
                with db.Session() as session:
                    result = receive_packages(
                        session, sources, dry_run=True, progress=_terminal_progress("Đang kiểm tra")
                    )
                    session.rollback()
            else:
                with db.session() as session:
                    result = receive_packages(session, sources, progress=_terminal_progress("Đang nhận"))
        finally:
            db.close()
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        _print_text(result)
    return 1 if result.refused else 0
