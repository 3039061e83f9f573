"""The units expected to report on one of the office's plans.

Until the officer edits it, the list is the plan's task agencies (lead and
cooperating agencies, in task order), each with its short code as unit code.
Once edited, the stored list is used as it is.

Two officers editing the list on one shared database: the editor passes the
list it opened (``loaded``), and a save over a list changed meanwhile on
another PC is refused with one line instead of dropping the other's units.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.text import clean_line, fold
from vnhr_desktop.errors import NotFound, StaleRecord, ValidationError
from vnhr_desktop.persistence.models import ExpectedReporter, Plan


@dataclass(frozen=True)
class ExpectedUnit:
    code: str
    name: str

    @property
    def key(self) -> str:
        from vnhr_desktop.services.receiving import unit_key

        return unit_key(self.code, self.name)


def _plan(session: Session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound(f"Không tìm thấy kế hoạch số {plan_id}.")
    return plan


def units_from_tasks(plan: Plan) -> list[ExpectedUnit]:
    units, seen = [], set()
    for task in plan.tasks:
        for agency in [task.lead_agency, *task.cooperators]:
            if agency is None:
                continue
            unit = ExpectedUnit(agency.short_code or "", agency.name)
            if unit.key not in seen:
                seen.add(unit.key)
                units.append(unit)
    return units


def is_edited(session: Session, plan_id: int) -> bool:
    return session.scalar(select(ExpectedReporter.id).where(ExpectedReporter.plan_id == plan_id).limit(1)) is not None


def expected_units(session: Session, plan_id: int) -> list[ExpectedUnit]:
    plan = _plan(session, plan_id)
    rows = session.execute(
        select(ExpectedReporter.unit_code, ExpectedReporter.unit_name)
        .where(ExpectedReporter.plan_id == plan_id)
        .order_by(ExpectedReporter.position, ExpectedReporter.id)
    ).all()
    if rows:
        return [ExpectedUnit(code, name) for code, name in rows]
    return units_from_tasks(plan)


STALE = "Danh sách đơn vị phải báo cáo của kế hoạch vừa được sửa trên máy khác; hãy mở lại."


def set_expected_units(
    session: Session, plan_id: int, units: list[ExpectedUnit], *, loaded: list[ExpectedUnit] | None = None
) -> list[ExpectedUnit]:
    """Replace the plan's list (the officer's edit). Codes and names are cleaned;
    a unit listed twice (same code, or same name without code) is refused. With
    ``loaded`` (the list the editor opened), a list changed since is refused
    (StaleRecord); the plan's row is locked first where the engine locks rows,
    so two saves at once are checked one after the other."""
    _plan(session, plan_id)
    if loaded is not None:
        session.execute(select(Plan.id).where(Plan.id == plan_id).with_for_update())
        if expected_units(session, plan_id) != list(loaded):
            raise StaleRecord(STALE)
    cleaned, seen = [], {}
    for unit in units:
        unit = ExpectedUnit(clean_line(unit.code).replace(" ", ""), clean_line(unit.name))
        if not unit.name:
            raise ValidationError("Cần nhập tên đơn vị.", {"name": "bắt buộc"})
        if unit.key in seen:
            raise ValidationError(f"Đơn vị “{unit.name}” có hai lần trong danh sách.", {"name": "trùng"})
        seen[unit.key] = unit
        cleaned.append(unit)
    session.execute(delete(ExpectedReporter).where(ExpectedReporter.plan_id == plan_id))
    for i, unit in enumerate(cleaned):
        session.add(
            ExpectedReporter(plan_id=plan_id, position=i, unit_code=unit.code, unit_name=unit.name, unit_key=unit.key)
        )
    session.flush()
    return cleaned


def add_expected_unit(session: Session, plan_id: int, code: str, name: str) -> list[ExpectedUnit]:
    return set_expected_units(session, plan_id, [*expected_units(session, plan_id), ExpectedUnit(code, name)])


def remove_expected_unit(session: Session, plan_id: int, key: str) -> list[ExpectedUnit]:
    return set_expected_units(session, plan_id, [u for u in expected_units(session, plan_id) if u.key != key])


def name_key(name: str) -> str:
    return f"name:{fold(name)}"
