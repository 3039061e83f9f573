"""Command line: the GUI by default, and the headless commands of DESIGN §5.

Errors print one Vietnamese line on stderr and exit non-zero; never a traceback.
Heavy modules load only in the command that needs them.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import importlib
import logging
import re
import sys

from vnhr_desktop import __version__
from vnhr_desktop.cli_help import vietnamese_help
from vnhr_desktop.domain.text import clean
from vnhr_desktop.errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_UNEXPECTED, NotFound, UserError

log = logging.getLogger(__name__)

# SQLite's largest integer; ids beyond it, zero or negative name no record.
_MAX_ID = 2**63 - 1


def record_id(text: str) -> int:
    """argparse type for record ids: anything that is not a positive id that
    SQLite can hold names no record (argparse lets this error through)."""
    value = text.strip()
    if value.isascii() and value.isdigit() and len(value) <= 19 and 0 < int(value) <= _MAX_ID:
        return int(value)
    raise NotFound(f"Không tìm thấy bản ghi số “{clean(text)[:40]}”.")


def export_number(text: str) -> int:
    """argparse type for the number after ``export WHAT``: a record id, or for
    due-tasks the days ahead, which may be 0 (commands.documents tells them apart)."""
    value = text.strip()
    if value == "0":
        return 0
    return record_id(text)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own messages are English; ours are not
        raise UserError(f"Câu lệnh không hợp lệ: {_vietnamese(message)}. Xem: vnhr-desktop --help")


_ARGPARSE_WORDS = [
    (
        re.compile(r"argument (\S+): invalid choice: '([^']*)' \(choose from (.*)\)"),
        r"giá trị '\2' của \1 không có; chọn một trong: \3",
    ),
    (re.compile(r"argument (\S+): invalid int value: '([^']*)'"), r"'\2' của \1 phải là số"),
    (re.compile(r"the following arguments are required: (.*)"), r"thiếu tham số: \1"),
    (re.compile(r"unrecognized arguments: (.*)"), r"tham số không rõ: \1"),
    (re.compile(r"argument (\S+): expected one argument"), r"\1 cần một giá trị"),
]


def _vietnamese(message: str) -> str:
    for pattern, replacement in _ARGPARSE_WORDS:
        if pattern.search(message):
            return pattern.sub(replacement, message)
    return message


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="vnhr-desktop", description="Quản lý công tác tuyên truyền về quyền con người.")
    p.add_argument("--version", action="version", version=f"vnhr-desktop {__version__}")
    p.add_argument("--data-dir", help="thư mục chứa cơ sở dữ liệu, bản sao lưu và nhật ký")
    p.add_argument(
        "--database-url",
        help="cơ sở dữ liệu dùng chung trên máy chủ PostgreSQL: postgresql+psycopg://người_dùng@máy:cổng/tên "
        "(hoặc biến môi trường VNHR_DATABASE_URL)",
    )
    p.add_argument(
        "--local",
        action="store_true",
        help="dùng tệp dữ liệu trên máy này (vnhr.sqlite3) dù đã lưu cơ sở dữ liệu dùng chung",
    )
    p.add_argument("--smoke", action="store_true", help="mở cửa sổ, tải tab đầu, in thời gian rồi thoát")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    sub.add_parser("demo", help="nạp dữ liệu mẫu (chiến dịch 2024)")

    lst = sub.add_parser(
        "list",
        help="liệt kê: plans, slogans, events, reports, issuers, received, participants EVENT_ID, people --search TÊN",
    )
    lst.add_argument(
        "kind",
        choices=[
            "plans",
            "slogans",
            "events",
            "reports",
            "participants",
            "placements",
            "people",
            "issuers",
            "received",
        ],
    )
    lst.add_argument("event_id", nargs="?", type=record_id)
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--search", default="")
    lst.add_argument("--agency", default="", help="people: một phần tên cơ quan, đơn vị")

    imp = sub.add_parser("import", help="nhập đại biểu từ Excel (participants EVENT_ID FILE) hoặc kế hoạch (plan FILE)")
    imp.add_argument("what", choices=["participants", "plan"])
    imp.add_argument("event_id", nargs="?", type=record_id)
    imp.add_argument("file")
    imp.add_argument("--dry-run", action="store_true")
    imp.add_argument("--json", action="store_true")
    imp.add_argument("--implement", action="store_true", help="plan: lập luôn dự thảo kế hoạch thực hiện")

    exp = sub.add_parser("export", help="xuất tệp PDF/Excel")
    exp.add_argument("what")
    exp.add_argument("id", type=export_number, nargs="?")  # due-tasks: the optional days ahead
    exp.add_argument("--out", required=True)
    exp.add_argument("--year", type=int, help="năm (sổ đăng ký văn bản đi)")
    exp.add_argument("--blank-rows", type=int, default=0, help="signin: số dòng trống cuối mỗi điểm cầu")

    pkg = sub.add_parser("package", help="tạo gói nộp báo cáo (USB)")
    pkg.add_argument("report_id", type=record_id)
    pkg.add_argument("--out", required=True)

    iss = sub.add_parser("issue", help="ban hành (cấp số) kế hoạch, báo cáo hoặc công văn đôn đốc")
    iss.add_argument(
        "kind",
        choices=["plan", "report", "reminder"],
        help="plan: kế hoạch; report: báo cáo kết quả; reminder: công văn đôn đốc đơn vị chưa báo cáo của một kế hoạch",
    )
    iss.add_argument(
        "id",
        type=record_id,
        help="số hiệu (ID) của dự thảo cần ban hành, hoặc của kế hoạch với reminder (xem lệnh list)",
    )
    iss.add_argument("--date", help="ngày ban hành YYYY-MM-DD (mặc định hôm nay)")
    iss.add_argument("--number", type=int, help="số văn bản (mặc định số tiếp theo)")
    iss.add_argument("--out", help="với reminder: ghi luôn công văn đã cấp số ra tệp PDF này")

    rcv = sub.add_parser("receive", help="nhận gói báo cáo của các đơn vị (thư mục, .zip, ổ USB)")
    rcv.add_argument(
        "paths", nargs="+", metavar="PATH", help="thư mục gói, tệp .zip hoặc thư mục gốc ổ USB chứa nhiều gói"
    )
    rcv.add_argument("--dry-run", action="store_true")
    rcv.add_argument("--json", action="store_true")

    con = sub.add_parser("consolidate", help="soạn báo cáo tổng hợp của kế hoạch từ báo cáo các đơn vị")
    con.add_argument("plan_id", type=record_id, help="số hiệu (ID) kế hoạch của đơn vị tổng hợp")
    con.add_argument("--from", dest="start", help="đầu kỳ YYYY-MM-DD (mặc định theo kế hoạch)")
    con.add_argument("--to", dest="end", help="cuối kỳ YYYY-MM-DD (mặc định theo kế hoạch)")

    bak = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu")
    bak.add_argument("--out")
    res = sub.add_parser("restore", help="khôi phục từ bản sao lưu")
    res.add_argument("file")
    sub.add_parser("check", help="kiểm tra cơ sở dữ liệu")
    mig = sub.add_parser(
        "migrate-to", help="chép toàn bộ dữ liệu sang cơ sở dữ liệu trống (PostgreSQL hoặc tệp SQLite)"
    )
    mig.add_argument("url", help="postgresql+psycopg://user@máy:5432/tên, sqlite:///đường/dẫn hoặc tên tệp mới")
    return vietnamese_help(p)


def _dispatch(args) -> int:
    from vnhr_desktop.paths import data_paths

    # Paths are used exactly as given (a name copied from a Mac may be NFD);
    # only text arguments are normalised.
    for text_arg in ("search", "agency"):
        if getattr(args, text_arg, None):
            setattr(args, text_arg, clean(getattr(args, text_arg)))
    paths = data_paths(args.data_dir or None, args.database_url)
    if args.command is None:
        from vnhr_desktop.app import run_gui

        return run_gui(paths, smoke=args.smoke, local=args.local)
    from vnhr_desktop.logging_setup import setup_logging

    paths.ensure()
    setup_logging(paths.logs)
    log.info("command %s", args.command)
    if not (paths.is_postgresql or args.local or args.command == "migrate-to"):
        # A command works on the database the app opens: the shared one when saved.
        # migrate-to names its target itself and copies from the local file.
        from vnhr_desktop.services.shared_database import headless_url

        url = headless_url(paths)
        if url is not None:
            paths = dataclasses.replace(paths, database_url=url)
    from vnhr_desktop.exports.safe_write import remove_data_leftovers

    remove_data_leftovers(paths)
    if args.command == "list" and args.kind in ("issuers", "received"):
        from vnhr_desktop.commands import lists

        return lists.run(args, paths)
    if args.command in ("issue", "receive", "consolidate"):
        module = importlib.import_module(f"vnhr_desktop.commands.{args.command}")
        return module.run(args, paths)
    if args.command in ("demo", "list"):
        from vnhr_desktop.commands import data

        return data.run(args, paths)
    if args.command == "migrate-to":
        from vnhr_desktop.commands import migrate_to

        return migrate_to.run(args, paths)
    if args.command in ("backup", "restore", "check"):
        from vnhr_desktop.commands import maintenance

        return maintenance.run(args, paths)
    from vnhr_desktop.commands import documents

    return documents.run(args, paths)


def _say(text: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        print(text, file=sys.stderr)


def _quiet_stdout() -> None:
    """After a closed pipe (``list --json | head``), point stdout at the null
    device so the interpreter's final flush cannot complain."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _unexpected(exc: BaseException) -> int:
    from vnhr_desktop.logging_setup import current_log_file

    log_file = current_log_file()
    kind = type(exc).__name__
    if log_file is not None:
        log.error("unexpected error", exc_info=exc)
        _say(f"Lỗi không mong đợi ({kind}). Chi tiết được ghi trong tệp nhật ký {log_file}.")
    else:
        _say(f"Lỗi không mong đợi ({kind}); không ghi được nhật ký.")
    return EXIT_UNEXPECTED


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        code = _dispatch(args)
        if sys.stdout is not None:
            sys.stdout.flush()
        return code
    except UserError as exc:
        _say(exc.message)
        return exc.exit_code
    except KeyboardInterrupt:
        _say("Đã dừng.")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of our output has gone (``| head``): nothing to say to it.
        _quiet_stdout()
        return EXIT_OK
    except Exception as exc:  # the last line of defence: log it, say it in one line
        from vnhr_desktop.persistence.busy import busy_error

        busy = busy_error(exc)
        if busy is not None:
            _say(busy.message)
            return busy.exit_code
        return _unexpected(exc)


if __name__ == "__main__":
    raise SystemExit(main())
