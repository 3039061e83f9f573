"""The register of outgoing documents (sổ đăng ký văn bản đi) of one issuer
and one year, and the two records it is made of."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

KIND_NAMES = {
    "plan": "Kế hoạch",
    "report": "Báo cáo",
    "notice": "Thông báo",
    "guide": "Hướng dẫn",
    "programme": "Chương trình",
    "decision": "Quyết định",
    "submission": "Tờ trình",
    "invitation": "Giấy mời",
    "minutes": "Biên bản",
    "dispatch": "Công văn",
}


@dataclass(frozen=True)
class IssuerData:
    name: str
    code: str
    header_lines: str = ""
    parent_line: str = ""
    own: bool = True
    signer_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    id: int | None = None

    @property
    def header_text(self) -> str:
        """The issuing-body lines of the header block ("ỦY BAN NHÂN DÂN\\nHUYỆN CHÂU THÀNH")."""
        return self.header_lines or self.name


@dataclass(frozen=True)
class RegisterEntry:
    id: int
    issuer_id: int
    year: int
    number: int
    symbol: str
    number_symbol: str
    doc_kind: str
    doc_id: int
    issued_on: dt.date
    title: str
    signer_name: str
    recipients: str


@dataclass(frozen=True)
class RegisterPrint:
    issuer: IssuerData
    year: int
    entries: tuple[RegisterEntry, ...]
    place: str
    printed_on: dt.date

    def summary(self, entry: RegisterEntry) -> str:
        """ "Kế hoạch: Triển khai ..." (tên loại và trích yếu nội dung)."""
        kind = KIND_NAMES.get(entry.doc_kind, entry.doc_kind)
        return f"{kind}: {entry.title}" if entry.title else kind


def recipients_text(entry: RegisterEntry) -> str:
    return "; ".join(line.strip() for line in entry.recipients.split("\n") if line.strip())
