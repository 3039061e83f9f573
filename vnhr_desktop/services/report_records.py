"""The records behind a report's figures: a flat list of figures for the composer
(each with the kind and ids of its records), short descriptions of those
records, and their full data for a submission package."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, class_mapper

from vnhr_desktop.domain.dates import fmt_date, fmt_decimal, fmt_int
from vnhr_desktop.domain.enums import vi_label
from vnhr_desktop.domain.target_units import shown_unit, unit_column, unit_text
from vnhr_desktop.persistence.models import BannerPlacement, MediaOutput, PlanTask, Target, TrainingEvent
from vnhr_desktop.services.report_figures import ReportFigures

RecordModel = MediaOutput | BannerPlacement | TrainingEvent | PlanTask | Target
RECORD_MODELS: dict[str, type[RecordModel]] = {
    "media_output": MediaOutput,
    "banner_placement": BannerPlacement,
    "training_event": TrainingEvent,
    "plan_task": PlanTask,
    "target": Target,
}
SKIPPED_COLUMNS = {"search_key", "sort_key", "name_key", "dedup_key", "created_at", "updated_at"}


@dataclass(frozen=True)
class FigureRow:
    group: str
    label: str
    value: str
    record_kind: str
    ids: tuple[int, ...]


@dataclass(frozen=True)
class RecordInfo:
    kind: str
    id: int
    day: dt.date | None
    title: str
    detail: str
    missing: bool = False


def figure_rows(f: ReportFigures) -> list[FigureRow]:
    rows: list[FigureRow] = []
    for m in f.media_by_kind():
        minutes = f", {fmt_decimal(m.minutes)} phút" if m.minutes else ""
        rows.append(
            FigureRow("Truyền thông", vi_label(m.kind), f"{fmt_int(m.quantity)}{minutes}", "media_output", m.ids)
        )
    for m in f.media:
        rows.append(
            FigureRow(
                "Truyền thông",
                f"{vi_label(m.kind)} - {m.channel or '(không ghi kênh)'}",
                fmt_int(m.quantity),
                "media_output",
                m.ids,
            )
        )
    for b in f.banners:
        rows.append(
            FigureRow(
                "Băng rôn, pano",
                vi_label(b.form),
                f"{fmt_int(b.quantity)} ({b.places} điểm)",
                "banner_placement",
                b.ids,
            )
        )
    t = f.event_totals
    if t is not None and t.events_held:
        held_ids = tuple(e.id for e in f.events)
        rows.append(
            FigureRow("Hội nghị, tập huấn", "Số cuộc đã tổ chức", fmt_int(t.events_held), "training_event", held_ids)
        )
        rows.append(
            FigureRow(
                "Hội nghị, tập huấn", "Số đại biểu tham dự", fmt_int(t.participants_reached), "training_event", held_ids
            )
        )
    for e in f.events:
        rows.append(
            FigureRow("Hội nghị, tập huấn", e.title, f"{fmt_int(e.reached)} đại biểu", "training_event", (e.id,))
        )
    if f.outside:
        rows.append(
            FigureRow(
                "Cử cán bộ",
                "Số lượt cán bộ được cử",
                fmt_int(t.staff_sent if t else 0),
                "training_event",
                tuple(o.id for o in f.outside),
            )
        )
    for o in f.outside:
        rows.append(FigureRow("Cử cán bộ", o.title, f"{fmt_int(o.staff_sent)} lượt", "training_event", (o.id,)))
    for task in f.tasks:
        late = f", quá hạn {task.overdue}" if task.overdue else ""
        rows.append(
            FigureRow("Nhiệm vụ", task.agency, f"{task.done}/{task.total} hoàn thành{late}", "plan_task", task.ids)
        )
    for line in f.chart:
        unit = f" {unit_text(line.unit)}" if unit_text(line.unit) else ""
        achieved = fmt_decimal(line.achieved) + unit if line.achieved is not None else "chưa có"
        rows.append(
            FigureRow(
                "Chỉ tiêu",
                line.description,
                f"{achieved} / {fmt_decimal(line.target)}{unit}",
                line.record_kind,
                line.ids,
            )
        )
    return rows


def _describe(kind: str, r: RecordModel) -> RecordInfo:
    if isinstance(r, MediaOutput):
        extra = f", {fmt_decimal(r.minutes)} phút" if r.minutes else ""
        return RecordInfo(
            kind,
            r.id,
            r.published_on,
            r.title,
            f"{vi_label(r.kind)} - {r.channel}; số lượng {fmt_int(r.quantity)}{extra}",
        )
    if isinstance(r, BannerPlacement):
        return RecordInfo(
            kind,
            r.id,
            r.hung_on,
            r.slogan.text if r.slogan else "",
            f"{vi_label(r.form)} x {r.quantity} - {r.location}; {vi_label(r.status)}",
        )
    if isinstance(r, TrainingEvent):
        day = r.starts_at.date() if r.starts_at else None
        detail = (
            f"{vi_label(r.kind)} - {r.host_body or r.organiser}; cử {r.staff_sent_count or 0} lượt"
            if r.kind == "outside"
            else f"{vi_label(r.kind)} - {r.venue}; {vi_label(r.format)}"
        )
        return RecordInfo(kind, r.id, day, r.title, detail)
    if isinstance(r, PlanTask):
        agency = r.lead_agency.name if r.lead_agency else ""
        due = f"; hạn {fmt_date(r.due_date)}" if r.due_date else ""
        return RecordInfo(kind, r.id, r.done_on or r.due_date, r.content, f"{agency}: {vi_label(r.status)}{due}")
    achieved = fmt_decimal(r.achieved_value) if r.achieved_value is not None else "chưa có"
    unit = unit_column(shown_unit(r.unit, r.unit_label))
    return RecordInfo(
        kind,
        r.id,
        None,
        r.description,
        f"chỉ tiêu {fmt_decimal(r.target_value)}, đạt {achieved} ({unit})",
    )


def describe_records(session: Session, kind: str, ids: Iterable[int]) -> list[RecordInfo]:
    """One line per record; a record deleted since the figures were frozen is
    listed as missing."""
    model = RECORD_MODELS.get(kind)
    if model is None:
        return []
    ids = list(ids)
    found = {r.id: r for r in session.scalars(select(model).where(model.id.in_(ids))) if isinstance(r, model)}
    return [
        _describe(kind, found[i]) if i in found else RecordInfo(kind, i, None, "(bản ghi đã bị xóa)", "", missing=True)
        for i in ids
    ]


def _plain(value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def record_data(session: Session, kind: str, ids: Iterable[int]) -> list[dict[str, object]]:
    """Every column of the records (derived keys left out), for data.json."""
    model = RECORD_MODELS[kind]
    columns = [c.key for c in class_mapper(model).column_attrs if c.key not in SKIPPED_COLUMNS]
    rows = session.scalars(select(model).where(model.id.in_(sorted(set(ids)))).order_by(model.id))
    return [{key: _plain(getattr(r, key)) for key in columns} for r in rows]


def records_behind(session: Session, f: ReportFigures) -> dict[str, list[dict[str, object]]]:
    ids: dict[str, set[int]] = {kind: set() for kind in RECORD_MODELS}
    for m in f.media:
        ids["media_output"].update(m.ids)
    for b in f.banners:
        ids["banner_placement"].update(b.ids)
    ids["training_event"].update(e.id for e in f.events)
    ids["training_event"].update(o.id for o in f.outside)
    for t in f.tasks:
        ids["plan_task"].update(t.ids)
    for line in (*f.targets, *f.chart):
        ids[line.record_kind].update(line.ids)
    return {kind: record_data(session, kind, found) for kind, found in ids.items() if found}
