"""``vnhr-desktop import participants EVENT_ID FILE.xlsx [--dry-run]``.

Prints the preview (header row, column mapping, skipped rows, every row with
an error or a warning, counts). With ``--dry-run`` nothing is written; the
exit status is 0 when the file would be imported. Otherwise a file with any
row error is refused as a whole; a good file is imported in one transaction
after a backup of the database.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl.utils import get_column_letter

from vnhr_desktop.errors import ImportRejected, UserError
from vnhr_desktop.imports.header_mapping import FIELD_LABELS_VI, IGNORE
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.backup import REASON_IMPORT
from vnhr_desktop.persistence.database import open_database
from vnhr_desktop.persistence.lock import InstanceLock
from vnhr_desktop.services.backups import backup_now
from vnhr_desktop.services.participant_import import commit_import, preview_file


def _column(index: int) -> str:
    return get_column_letter(index + 1)


def preview_lines(preview) -> list[str]:
    """The preview as the command prints it (Vietnamese)."""
    header = f"dòng tiêu đề {preview.header_line}" if preview.header_line else "không thấy dòng tiêu đề"
    lines = [f"Tệp {preview.source.name}, trang “{preview.sheet}”, {header}."]
    used = [
        f"{_column(i)} “{preview.headers[i] if i < len(preview.headers) else ''}” → {FIELD_LABELS_VI[f]}"
        for i, f in sorted(preview.mapping.items())
        if f != IGNORE
    ]
    lines.append("Cột: " + ("; ".join(used) if used else "(chưa nhận ra cột nào)"))
    lines += [f"Lỗi: {message}" for message in preview.mapping_errors]
    lines += [f"Bỏ qua dòng {line}: {why}" for line, why in preview.skipped]
    for row in preview.rows:
        for message in row.errors:
            lines.append(f"Dòng {row.line}: LỖI - {message}")
        for message in row.warnings:
            lines.append(f"Dòng {row.line}: lưu ý - {message}")
    if preview.new_points:
        lines.append("Điểm cầu sẽ thêm: " + ", ".join(preview.new_points))
    warned = sum(1 for r in preview.rows if r.warnings)
    lines.append(
        f"Tổng cộng {len(preview.rows)} dòng đại biểu: {len(preview.good_rows)} hợp lệ, "
        f"{len(preview.error_rows)} có lỗi, {warned} có lưu ý."
    )
    return lines


def _backup(paths: DataPaths) -> Path | None:
    return backup_now(paths, reason=REASON_IMPORT)


def _terminal_progress():
    """In a terminal, the import's steps on stderr (preparing and writing each row)."""
    from vnhr_desktop.commands.documents import TerminalProgress

    return TerminalProgress.if_terminal(doing="Đang nhập", unit="bước")


def run(args, paths: DataPaths) -> int:
    if args.event_id is None:
        raise UserError("Câu lệnh không hợp lệ: thiếu mã hội nghị: vnhr-desktop import participants MÃ_HỘI_NGHỊ TỆP.")
    source = Path(args.file)
    with InstanceLock(paths.lock_file):
        db = open_database(paths)
        try:
            with db.Session() as session:
                sheet, preview = preview_file(session, args.event_id, source)
            for line in preview_lines(preview):
                print(line)
            if args.dry_run:
                refusal = preview.refusal()
                print(f"Chạy thử: chưa ghi gì. {refusal or 'Tệp nhập được.'}")
                return 0 if not refusal else ImportRejected.exit_code
            if preview.refusal():
                raise ImportRejected(preview.refusal())
            backup = _backup(paths)
            with db.session() as session:
                result = commit_import(
                    session, args.event_id, sheet, preview.mapping, preview=preview, progress=_terminal_progress()
                )
        finally:
            db.close()
    print(f"Đã nhập {result.added} đại biểu vào hội nghị số {args.event_id}.")
    if backup is not None:
        print(f"Bản sao lưu trước khi nhập: {backup}")
    return 0
