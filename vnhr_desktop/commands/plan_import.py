"""``vnhr-desktop import plan FILE [--dry-run] [--json] [--implement]``.

Reads a received document (.docx, .pdf with a text layer, .txt), prints the
fields found (or, with ``--json``, one JSON object documented in the README)
and, unless ``--dry-run``, creates the received plan with its slogans after a
backup of the database; ``--implement`` also starts the office's implementing
plan from it.
"""

from __future__ import annotations

import json
from pathlib import Path

from vnhr_desktop.domain.dates import fmt_date
from vnhr_desktop.domain.plan_document import PlanDocument
from vnhr_desktop.errors import UserError
from vnhr_desktop.paths import DataPaths

FIELD_LABELS_VI = {
    "kind": "Loại văn bản",
    "number": "Số",
    "symbol": "Ký hiệu",
    "issued_on": "Ngày ban hành",
    "issuer": "Cơ quan ban hành",
    "title": "Trích yếu",
    "references": "Văn bản dẫn chiếu",
    "anniversary": "Dịp kỷ niệm",
    "display_start": "Treo khẩu hiệu từ",
    "display_end": "Treo khẩu hiệu đến",
    "report_deadline": "Hạn báo cáo",
    "report_to": "Nơi nhận báo cáo",
    "slogans": "Khẩu hiệu",
    "tasks": "Nhiệm vụ",
    "targets": "Chỉ tiêu",
    "signer_title": "Chức vụ người ký",
    "signer_name": "Người ký",
    "recipients": "Nơi nhận",
}


def _show(value) -> str:
    if hasattr(value, "isoformat"):
        return fmt_date(value)
    return str(value).replace("\n", " / ")


def preview_lines(doc: PlanDocument, name: str) -> list[str]:
    """The fields found, as the command prints them (Vietnamese)."""
    lines = [
        f"Tệp {name}:" + (f" chữ {doc.legacy_encoding} đã được chuyển sang Unicode." if doc.legacy_encoding else "")
    ]
    for key in ("kind", "number", "symbol", "issued_on", "issuer", "title", "anniversary"):
        if doc.value(key) is not None:
            lines.append(f"{FIELD_LABELS_VI[key]}: {_show(doc.value(key))}")
    for ref in doc.references:
        when = f" ngày {fmt_date(ref.issued_on)}" if ref.issued_on else ""
        who = f" của {ref.issuer}" if ref.issuer else ""
        lines.append(f"Dẫn chiếu: {ref.kind} số {ref.number_symbol}{when}{who}")
    for key in ("display_start", "display_end", "report_deadline", "report_to"):
        if doc.value(key) is not None:
            lines.append(f"{FIELD_LABELS_VI[key]}: {_show(doc.value(key))}")
    lines += [f"Khẩu hiệu {i}: {s.text}" for i, s in enumerate(doc.slogans, 1)]
    for i, task in enumerate(doc.tasks, 1):
        due = f" (hạn {fmt_date(task.due)})" if task.due else ""
        lines.append(f"Nhiệm vụ {i}: {task.agency} - {task.content[:80]}{due}")
    lines += [f"Chỉ tiêu {i}: {t.value:g}% {t.text[:80]}" for i, t in enumerate(doc.targets, 1)]
    for key in ("signer_title", "signer_name"):
        if doc.value(key) is not None:
            lines.append(f"{FIELD_LABELS_VI[key]}: {_show(doc.value(key))}")
    if doc.recipients:
        lines.append("Nơi nhận: " + "; ".join(r.text for r in doc.recipients))
    missing = [FIELD_LABELS_VI[m] for m in doc.missing() if m in FIELD_LABELS_VI]
    if missing:
        lines.append("Không tìm thấy: " + ", ".join(missing) + ".")
    return lines


def _backup(paths: DataPaths) -> Path | None:
    from vnhr_desktop.persistence.backup import REASON_IMPORT
    from vnhr_desktop.services.backups import backup_now

    return backup_now(paths, reason=REASON_IMPORT)


def run(args, paths: DataPaths) -> int:
    from vnhr_desktop.imports.plan_document.extract import extract_file

    if args.event_id is not None:
        raise UserError("Câu lệnh không hợp lệ: nhập kế hoạch chỉ cần tên tệp: vnhr-desktop import plan TỆP.")
    source = Path(args.file)  # paths are used as given, never NFC-normalised
    doc = extract_file(source)
    if args.json:
        obj = doc.as_json()
    else:
        for line in preview_lines(doc, source.name):
            print(line)
    if args.dry_run:
        if args.json:
            print(json.dumps(obj, ensure_ascii=False, indent=2))
        else:
            print("Chạy thử: chưa ghi gì.")
        return 0
    outcome = _commit(doc, paths, implement=getattr(args, "implement", False))
    if args.json:
        obj["imported"] = {
            "plan_id": outcome.received_id,
            "slogans": outcome.slogans_added,
            "own_plan_id": outcome.own_id,
        }
        print(json.dumps(obj, ensure_ascii=False, indent=2))
        return 0
    print(f"Đã tạo kế hoạch nhận được (mã {outcome.received_id}) với {outcome.slogans_added} khẩu hiệu.")
    if outcome.slogans_skipped:
        print(f"Bỏ qua {len(outcome.slogans_skipped)} khẩu hiệu đã có trong danh mục.")
    if outcome.own_id is not None:
        print(f"Đã lập dự thảo kế hoạch thực hiện (mã {outcome.own_id}).")
        for name in outcome.unmatched_agencies:
            print(f"Lưu ý: chưa có cơ quan tương ứng với “{name}”; nhiệm vụ để trống cơ quan chủ trì.")
    return 0


def _commit(doc: PlanDocument, paths: DataPaths, implement: bool):
    from vnhr_desktop.persistence.database import open_database
    from vnhr_desktop.persistence.lock import InstanceLock
    from vnhr_desktop.services.plan_import import import_received_plan

    with InstanceLock(paths.lock_file):
        db = open_database(paths)
        try:
            _backup(paths)
            with db.session() as session:
                return import_received_plan(session, doc, start_own=implement)
        finally:
            db.close()
