"""Names of files inside an archive or package must stay inside it (zip slip)."""

from __future__ import annotations

import re

_DRIVE = re.compile(r"^[A-Za-z]:")


def unsafe_member_reason(name: str) -> str | None:
    """Why an archive member name could escape its folder, or ``None`` when it is
    a plain relative path with forward slashes."""
    if not name or "\x00" in name:
        return "tên rỗng"
    if "\\" in name:
        return "có dấu \\"
    if name.startswith("/"):
        return "đường dẫn tuyệt đối"
    if _DRIVE.match(name):
        return "có tên ổ đĩa"
    parts = name.rstrip("/").split("/")
    if any(part in ("..", "") for part in parts):
        return "có thành phần '..'"
    return None
