"""``--help`` in Vietnamese for every command, argparse's own words included.

:func:`vietnamese_help` walks a finished parser and its sub-commands: the
usage line, the section titles, the help of -h/--version, the words of each
argument that has none of its own, and the lists of kinds (``list``) and of
exports (``export``), which are read from the registries when help is asked
for, so a kind or export added later is named without editing this file.
"""

from __future__ import annotations

import argparse

USAGE = "Cách dùng: "
SECTIONS = {
    "positional arguments": "tham số",
    "optional arguments": "tùy chọn",
    "options": "tùy chọn",
    "commands": "lệnh",
}
ARGPARSE_HELP = {
    "show this help message and exit": "in trợ giúp này rồi thoát",
    "show program's version number and exit": "in số phiên bản rồi thoát",
}

# Words for arguments declared without help, by (command, dest); "" is the top level.
ARGUMENTS = {
    ("", "command"): "lệnh cần chạy (bỏ trống để mở cửa sổ chương trình)",
    ("list", "event_id"): "số hiệu (ID) hội nghị, khi liệt kê đại biểu",
    ("list", "json"): "in kết quả dạng JSON",
    ("list", "search"): "chỉ những dòng chứa chữ này (gõ có dấu hoặc không dấu)",
    ("import", "what"): "participants: danh sách đại biểu từ Excel; plan: kế hoạch nhận (.docx, .pdf, .txt)",
    ("import", "event_id"): "số hiệu (ID) hội nghị nhận danh sách (chỉ với participants)",
    ("import", "file"): "tệp cần nhập: .xlsx cho participants; .docx, .pdf hoặc .txt cho plan",
    # Any command:
    ("*", "json"): "in kết quả dạng JSON",
    ("*", "dry_run"): "chỉ kiểm tra, không ghi gì vào cơ sở dữ liệu",
    ("export", "id"): "số hiệu (ID) của bản ghi cần xuất (xem lệnh list)",
    ("export", "out"): "tệp cần ghi; đuôi .pdf hoặc .xlsx chọn định dạng",
    ("package", "report_id"): "số hiệu (ID) báo cáo kết quả",
    ("package", "out"): "thư mục (ổ USB) nhận gói nộp",
    ("backup", "out"): "tệp sao lưu cần ghi (mặc định: thư mục sao lưu)",
    ("restore", "file"): "tệp sao lưu cần khôi phục",
}
METAVARS = {
    "command": "LỆNH",
    "out": "TỆP",
    "file": "TỆP",
    "search": "CHỮ",
    "data_dir": "THƯ_MỤC",
    "event_id": "ID_HỘI_NGHỊ",
    "report_id": "ID_BÁO_CÁO",
    "id": "ID",
}

KIND_NAMES = {
    "plans": "kế hoạch",
    "slogans": "khẩu hiệu",
    "events": "hội nghị, tập huấn",
    "reports": "báo cáo kết quả",
    "participants": "đại biểu của một hội nghị (cần ID_HỘI_NGHỊ)",
    "placements": "vị trí treo băng rôn",
    "issuers": "cơ quan ban hành",
    "received": "báo cáo nhận từ các đơn vị",
    "people": "người ký, người liên hệ",
}
EXPORT_NAMES = {
    "plan": "kế hoạch (PDF theo NĐ30) hoặc bảng nhiệm vụ (Excel); ID kế hoạch",
    "register": "sổ đăng ký văn bản đi năm nay; ID cơ quan ban hành",
    "banners": "danh sách vị trí treo băng rôn, khẩu hiệu; ID kế hoạch",
    "slogan-sheets": "tờ khẩu hiệu A4 cho nhà in; ID kế hoạch",
    "slogan-sheets-a3": "tờ khẩu hiệu A3 cho nhà in; ID kế hoạch",
    "report": "báo cáo kết quả (PDF theo NĐ30); ID báo cáo",
    "annex": "phụ lục số liệu của báo cáo (Excel); ID báo cáo",
    "signin": "danh sách ký tên đại biểu (PDF); ID hội nghị",
    "participants": "danh sách đại biểu (Excel); ID hội nghị",
    "attendance": "bảng điểm danh (Excel); ID hội nghị",
    "rates": "tình hình báo cáo của các đơn vị (Excel); ID kế hoạch",
    "reminder": "công văn đôn đốc đơn vị chưa báo cáo, bản nháp chưa cấp số (PDF); ID kế hoạch",
    "issued-reminder": "công văn đôn đốc đã ban hành, có số (PDF); ID in ra khi chạy issue reminder",
    "consolidated": "báo cáo tổng hợp (PDF) hoặc phụ lục đơn vị × số liệu (Excel); ID báo cáo tổng hợp",
    "due-tasks": (
        "nhiệm vụ đến hạn, quá hạn theo cơ quan chủ trì, để nhắc việc; số ngày tới (mặc định 7; "
        "0: chỉ nhiệm vụ quá hạn và đến hạn hôm nay)"
    ),
    "late-agencies": "cơ quan, đơn vị chậm báo cáo kết quả; ID kế hoạch",
    "slogan-list": "danh mục khẩu hiệu của kế hoạch (phụ lục một trang); ID kế hoạch",
    "slogan-sheets-all": "tờ khẩu hiệu cho mọi khẩu hiệu của kế hoạch, kể cả chưa có vị trí treo; ID kế hoạch",
    "banner-progress": "tình hình treo băng rôn: trạng thái, ngày treo, ngày tháo, tổng hợp; ID kế hoạch",
}


def _kinds_help(choices) -> str:
    lines = [f"{k}: {KIND_NAMES.get(k, k)}" for k in choices]
    return "loại cần liệt kê:\n" + "\n".join(lines)


def _exports_help() -> str:
    from vnhr_desktop.commands.documents import EXPORTERS

    lines = []
    for what in sorted(EXPORTERS):
        formats = "/".join(s.lstrip(".") for s in sorted(EXPORTERS[what]))
        lines.append(f"{what} ({formats}): {EXPORT_NAMES.get(what, what)}")
    return "loại tệp cần xuất:\n" + "\n".join(lines)


class VietnameseHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, USAGE if prefix is None else prefix)

    def _split_lines(self, text, width):
        # A help text may list one item a line; each line is wrapped on its own.
        split = super()._split_lines
        return [part for line in text.split("\n") for part in split(line, width)]

    def _get_help_string(self, action):
        maker = getattr(action, "help_maker", None)
        return maker() if maker is not None else super()._get_help_string(action)


def _lazy_help(action, maker) -> None:
    """Words made only when help is printed (they may read a registry)."""
    action.help_maker = maker
    action.help = action.help or "…"
    action.metavar = "LOẠI"


def _command_name(parser: argparse.ArgumentParser, root: str) -> str:
    return parser.prog[len(root) :].strip().split(" ")[-1] if parser.prog != root else ""


def vietnamese_help(parser: argparse.ArgumentParser, root: str | None = None) -> argparse.ArgumentParser:
    """Turn ``parser`` (and every sub-command under it) to Vietnamese; returns it."""
    root = parser.prog if root is None else root
    command = _command_name(parser, root)
    parser.formatter_class = VietnameseHelpFormatter
    for group in parser._action_groups:
        if group.title is not None:
            group.title = SECTIONS.get(group.title, group.title)
    for action in parser._actions:
        if action.help is not None:
            action.help = ARGPARSE_HELP.get(action.help, action.help)
        key = (command, action.dest)
        if action.help is None:
            action.help = ARGUMENTS.get(key) or ARGUMENTS.get(("*", action.dest))
        if isinstance(action, argparse._SubParsersAction):
            action.metavar = action.metavar or METAVARS["command"]
            if action.help is None:
                action.help = ARGUMENTS[("", "command")]
            for sub in dict.fromkeys(action.choices.values()):
                vietnamese_help(sub, root)
            continue
        if action.metavar is None and action.nargs != 0 and not action.choices:
            action.metavar = METAVARS.get(action.dest)
        if command == "list" and action.dest == "kind" and action.choices:
            _lazy_help(action, lambda choices=tuple(action.choices): _kinds_help(choices))
        if command == "export" and action.dest == "what":
            _lazy_help(action, _exports_help)
    return parser
