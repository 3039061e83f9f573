"""``export``, ``import`` and ``package``: each area registers its function here.

``export WHAT ID --out FILE`` goes through services.document_export (load the
view, render it, write safely); the file format comes from the suffix of FILE.
In a terminal the progress of long lists is shown on stderr.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from vnhr_desktop.errors import NotFound, UserError
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.database import open_database
from vnhr_desktop.services.document_export import DOCUMENTS, document_for, export_document
from vnhr_desktop.services.due_tasks import MAX_DAYS

# The documents ``export`` writes: what -> {suffix: services.document_export.Document}.
EXPORTERS = DOCUMENTS

# Exports that take ``--year`` (passed on as ``year=``).
YEARLY = {"register"}
# Exports whose number is optional: due-tasks takes the days ahead (7 by default, 0 for
# the overdue tasks and those due today only).
WITHOUT_ID = {"due-tasks"}

IMPORTERS: dict[str, str] = {}
IMPORTERS["participants"] = "vnhr_desktop.commands.participants_import:run"
IMPORTERS["plan"] = "vnhr_desktop.commands.plan_import:run"

PACKAGER = "vnhr_desktop.commands.report_package:run"


def _resolve(target: str):
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


class TerminalProgress:
    """``Đang xuất: 12.000/100.000 dòng (12%)`` on one stderr line, redrawn at
    most once per percent; nothing when stderr is not a terminal. Imports say
    what they do and count in their own unit (``Đang nhập``, ``gói``)."""

    def __init__(self, stream=None, doing: str = "Đang xuất", unit: str = "dòng"):
        self.stream = stream or sys.stderr
        self.doing, self.unit = doing, unit
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        if not total:
            return
        percent = done * 100 // total
        if percent == self.shown:
            return
        self.shown = percent
        count = f"{done:,}/{total:,}".replace(",", ".")
        self.stream.write(f"\r{self.doing}: {count} {self.unit} ({percent}%)")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()

    @classmethod
    def if_terminal(cls, **kwargs):
        return cls(**kwargs) if sys.stderr.isatty() else None


def _export(args, paths: DataPaths) -> int:
    out = Path(args.out)
    document_for(args.what, out)
    if args.what in WITHOUT_ID:
        if args.id is not None and args.id > MAX_DAYS:
            raise UserError(
                f"Số ngày tới của {args.what} từ 0 đến {MAX_DAYS} (ví dụ: export {args.what} 0 --out {out.name}: "
                "chỉ nhiệm vụ quá hạn và đến hạn hôm nay)."
            )
    elif args.id is None:
        raise UserError(f"Cần ghi số ID sau '{args.what}' (ví dụ: export {args.what} 1 --out {out.name}).")
    elif args.id == 0:
        raise NotFound("Không tìm thấy bản ghi số “0”.")
    options = {"blank_rows": args.blank_rows} if getattr(args, "blank_rows", None) else {}
    if getattr(args, "year", None) is not None:
        if args.what not in YEARLY:
            raise UserError(f"--year chỉ dùng với: {', '.join(sorted(YEARLY))}.")
        options["year"] = args.year
    db = open_database(paths)
    try:
        with db.session() as session:
            written = export_document(
                session, args.what, args.id, out, progress=TerminalProgress.if_terminal(), **options
            )
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
