"""What an import preview holds: the options the user chose, what the checks
compare against (the event's bridge points and participants), each checked
row with its errors and warnings, and why nothing would be imported."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from vnhr_desktop.domain.events import ParticipantData
from vnhr_desktop.imports.participant_values import folded

# What the checks saw of an event: (participant count, highest participant id)
# and (id, name, place) of each bridge point; empty before the checks ran.
EventStamp = tuple[tuple[int, int | None], tuple[tuple[int, str, str], ...]]
Stamp = EventStamp | tuple[()]


@dataclass(frozen=True)
class ImportOptions:
    skip_errors: bool = False  # import the good rows, leave out the rows with errors
    create_bridge_points: bool = False  # add bridge points the event does not have yet
    proper_case_names: bool = False  # take the offered "Nguyễn Văn An" for "nguyễn văn an"


@dataclass
class ImportContext:
    event_id: int
    points: dict[str, int] = field(default_factory=dict)  # folded name or place -> id
    point_names: dict[int, str] = field(default_factory=dict)
    existing: dict[str, list[str]] = field(default_factory=dict)  # name_key -> folded units
    stamp: Stamp = ()  # what the checks saw: participants and bridge points of the event

    def resolve_point(self, text: str) -> int | None:
        key = folded(text)
        if not key:
            return None
        if key in self.points:
            return self.points[key]
        hits = {pid for name, pid in self.points.items() if name.endswith(" " + key) or key.endswith(" " + name)}
        return hits.pop() if len(hits) == 1 else None


@dataclass
class ImportRow:
    line: int
    data: ParticipantData
    bridge_text: str = ""
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class ImportPreview:
    source: Path
    sheet: str
    header_line: int | None
    headers: list[str]
    mapping: dict[int, str]
    mapping_errors: list[str] = field(default_factory=list)
    rows: list[ImportRow] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, why)
    new_points: list[str] = field(default_factory=list)
    options: ImportOptions = ImportOptions()
    stamp: Stamp = ()

    @property
    def good_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if r.ok]

    @property
    def error_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.ok]

    def importable(self, options: ImportOptions = ImportOptions()) -> bool:
        if self.mapping_errors or not self.good_rows:
            return False
        return options.skip_errors or not self.error_rows

    def refusal(self, options: ImportOptions = ImportOptions()) -> str:
        """Why nothing would be imported (empty when it would)."""
        if self.mapping_errors:
            return " ".join(self.mapping_errors)
        if not self.rows:
            return f"Không tìm thấy đại biểu nào trong tệp {self.source.name}."
        if not self.good_rows:
            return f"Cả {len(self.rows)} dòng đều có lỗi; chưa nhập gì."
        if self.error_rows and not options.skip_errors:
            lines = ", ".join(str(r.line) for r in self.error_rows[:10]) + ("…" if len(self.error_rows) > 10 else "")
            return (
                f"{len(self.error_rows)} dòng có lỗi (dòng {lines}); chưa nhập gì. Hãy sửa tệp rồi nhập lại, "
                "hoặc chọn “Bỏ qua các dòng có lỗi, nhập các dòng còn lại”."
            )
        return ""


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped_errors: int
    points_added: list[str]
    participant_ids: tuple[int, ...] = ()  # the rows this import added (undo removes exactly these)
    point_ids: tuple[int, ...] = ()  # the bridge points it added
