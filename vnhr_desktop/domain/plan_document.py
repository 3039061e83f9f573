"""What the reader of a received document found: every field with the span of
the document text it came from (start and end offsets in :attr:`PlanDocument.text`),
so that the preview can highlight it. A field that was not found is ``None``
(or an empty tuple for a list).

:meth:`PlanDocument.as_json` is the object printed by ``import plan --json``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

KINDS = ("Kế hoạch", "Công văn", "Hướng dẫn", "Quyết định", "Thông báo", "Chỉ thị")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Found:
    """One scalar field: its value (str, int or date) and where it stood."""

    value: Any
    span: Span | None = None


@dataclass(frozen=True)
class DocumentRef:
    """A document the text refers to ("Thực hiện Kế hoạch số 05/KH-BCĐNQ ngày ...")."""

    kind: str
    number: int | None
    symbol: str
    issued_on: dt.date | None
    issuer: str
    span: Span | None = None

    @property
    def number_symbol(self) -> str:
        return f"{self.number:02d}/{self.symbol}" if self.number is not None else self.symbol


@dataclass(frozen=True)
class FoundTask:
    agency: str
    content: str
    due: dt.date | None = None
    span: Span | None = None


@dataclass(frozen=True)
class FoundTarget:
    text: str
    value: float
    unit: str = "percent"
    span: Span | None = None


@dataclass(frozen=True)
class FoundText:
    """One item of a list of texts (a slogan, a recipient)."""

    text: str
    span: Span | None = None


SCALARS = (
    "kind",
    "number",
    "symbol",
    "issued_on",
    "issuer",
    "title",
    "anniversary",
    "display_start",
    "display_end",
    "report_deadline",
    "report_to",
    "signer_title",
    "signer_name",
)


@dataclass(frozen=True)
class PlanDocument:
    text: str
    kind: Found | None = None
    number: Found | None = None
    symbol: Found | None = None
    issued_on: Found | None = None
    issuer: Found | None = None
    issuer_parent: Found | None = None
    title: Found | None = None
    references: tuple[DocumentRef, ...] = ()
    anniversary: Found | None = None
    display_start: Found | None = None
    display_end: Found | None = None
    report_deadline: Found | None = None
    report_to: Found | None = None
    slogans: tuple[FoundText, ...] = ()
    tasks: tuple[FoundTask, ...] = ()
    targets: tuple[FoundTarget, ...] = ()
    signer_authority: Found | None = None
    signer_title: Found | None = None
    signer_name: Found | None = None
    recipients: tuple[FoundText, ...] = ()
    legacy_encoding: str = ""  # "TCVN3" or "VNI" when the text was converted

    def value(self, name: str) -> Any:
        found = getattr(self, name)
        return found.value if isinstance(found, Found) else None

    def missing(self) -> list[str]:
        """Names of the scalar fields and lists that were not found."""
        out = [name for name in SCALARS if getattr(self, name) is None]
        out += [name for name in ("references", "slogans", "tasks", "targets", "recipients") if not getattr(self, name)]
        return out

    def spans(self) -> list[tuple[str, Span]]:
        """(field name, span) of everything found, in text order."""
        out: list[tuple[str, Span]] = []
        for name in SCALARS + ("issuer_parent", "signer_authority"):
            found = getattr(self, name)
            if found is not None and found.span is not None:
                out.append((name, found.span))
        for name in ("references", "slogans", "tasks", "targets", "recipients"):
            out += [(name, item.span) for item in getattr(self, name) if item.span is not None]
        return sorted(out, key=lambda pair: (pair[1].start, pair[1].end))

    def as_json(self) -> dict[str, Any]:
        """The ``import plan --json`` object (dates in ISO form, missing fields null)."""

        def iso(value):
            return value.isoformat() if isinstance(value, dt.date) else value

        out: dict[str, Any] = {name: iso(self.value(name)) for name in SCALARS[:6]}
        out["references"] = [
            {
                "kind": r.kind,
                "number": r.number,
                "symbol": r.symbol or None,
                "issued_on": iso(r.issued_on),
                "issuer": r.issuer or None,
            }
            for r in self.references
        ]
        for name in SCALARS[6:11]:
            out[name] = iso(self.value(name))
        out["slogans"] = [s.text for s in self.slogans]
        out["tasks"] = [{"agency": t.agency, "content": t.content, "due": iso(t.due)} for t in self.tasks]
        out["targets"] = [{"text": t.text, "value": t.value, "unit": t.unit} for t in self.targets]
        out["signer_title"] = self.value("signer_title")
        out["signer_name"] = self.value("signer_name")
        out["recipients"] = [r.text for r in self.recipients]
        return out
