"""Build the progress list of the hanging (domain.printouts.banner_progress) from the
plan's banner schedule: rows with status and dates, totals by status and by
commune, in the app's status words."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from vnhr_desktop.domain.banner_rules import STATUS_LABELS, STATUSES
from vnhr_desktop.domain.enums import vi_label
from vnhr_desktop.domain.printouts.banner_progress import BannerProgress, CommuneTotal, ProgressRow, StatusCount
from vnhr_desktop.domain.text import sort_key
from vnhr_desktop.services.banner_schedule import banner_schedule

NO_COMMUNE = "(Chưa ghi xã, phường)"


def banner_progress(session: Session, plan_id: int, as_of: dt.date | None = None) -> BannerProgress:
    schedule = banner_schedule(session, plan_id)
    rows = tuple(
        ProgressRow(
            slogan=r.slogan,
            form_label=vi_label(r.form),
            place=r.location,
            commune=r.commune,
            quantity=r.quantity,
            start_date=r.start_date,
            end_date=r.end_date,
            status=r.status,
            status_label=STATUS_LABELS.get(r.status, r.status),
            hung_on=r.hung_on,
            removed_on=r.removed_on,
            agency=r.agency,
        )
        for r in schedule.rows
    )
    statuses = tuple(
        StatusCount(
            status,
            STATUS_LABELS[status],
            sum(1 for r in rows if r.status == status),
            sum(r.quantity for r in rows if r.status == status),
        )
        for status in STATUSES
    )
    by_commune: dict[str, list[ProgressRow]] = {}
    for r in rows:
        by_commune.setdefault(r.commune or NO_COMMUNE, []).append(r)
    communes = tuple(
        CommuneTotal(
            name,
            tuple(sum(1 for r in members if r.status == status) for status in STATUSES),
            len(members),
            sum(r.quantity for r in members),
        )
        for name, members in sorted(by_commune.items(), key=lambda kv: (kv[0] == NO_COMMUNE, sort_key(kv[0])))
    )
    return BannerProgress(
        plan_title=schedule.plan_title,
        plan_number_symbol=schedule.plan_number_symbol,
        plan_issued_on=schedule.plan_issued_on,
        plan_year=schedule.plan_year,
        issuer_name=schedule.issuer_name,
        issuer_header=schedule.issuer_header,
        place_name=schedule.place_name,
        as_of=as_of or dt.date.today(),
        statuses=statuses,
        rows=rows,
        communes=communes,
    )
