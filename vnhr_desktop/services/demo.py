"""Load the sample campaign (``vnhr-desktop demo`` and the GUI's "Dùng dữ liệu
mẫu" button). Loading twice changes nothing: the load is recorded in the
settings and the whole load runs in one transaction.

The sample never mixes with the office's own records: it is offered only while
the database holds no records (the office information alone does not count),
and loading it into a database that holds records is refused."""

from __future__ import annotations

import datetime as dt
import itertools
import random

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.office import OfficeProfileData
from vnhr_desktop.errors import UserError
from vnhr_desktop.persistence import models as m
from vnhr_desktop.services import sample_data as S
from vnhr_desktop.services.office import get_profile, get_setting, save_profile, set_setting
from vnhr_desktop.services.register import assign_number
from vnhr_desktop.services.sample_province import RECEIVED_PLAN

SAMPLE_KEY = "sample_campaign"
SAMPLE_VERSION = "2"


# The kinds of record an office enters; any one of them means the database is in use.
# (Agencies and issuing bodies are reference lists: the first start may add a starter
# list of them, and the sample adds the ones it needs without duplicating.)
RECORD_MODELS = (
    m.Plan,
    m.Slogan,
    m.BannerPlacement,
    m.TrainingEvent,
    m.Participant,
    m.MediaOutput,
    m.Report,
)
RECORD_LABELS_VI = {
    m.Plan: "kế hoạch",
    m.Slogan: "khẩu hiệu",
    m.BannerPlacement: "băng rôn, pano",
    m.TrainingEvent: "hội nghị, tập huấn",
    m.Participant: "đại biểu",
    m.MediaOutput: "tin, bài",
    m.Report: "báo cáo",
}


class SampleRefused(UserError):
    """The database holds the office's own records: the sample is not loaded."""


def is_empty(session: Session) -> bool:
    """True while the database holds no records at all."""
    return all(session.scalar(select(model.id).limit(1)) is None for model in RECORD_MODELS)


def record_summary(session: Session) -> str:
    """'3 kế hoạch, 2 hội nghị, tập huấn' — what the database holds, for the refusal."""
    parts = []
    for model in RECORD_MODELS:
        count = session.scalar(select(func.count(model.id)))
        if count:
            parts.append(f"{count} {RECORD_LABELS_VI[model]}")
    return ", ".join(parts)


def sample_loaded(session: Session) -> bool:
    return get_setting(session, SAMPLE_KEY) is not None


def _agencies(session: Session) -> dict[str, m.Agency]:
    found = {a.name: a for a in session.scalars(select(m.Agency))}
    for name, code, kind in S.AGENCIES:
        if name not in found:
            found[name] = m.Agency(name=name, short_code=code, kind=kind)
            session.add(found[name])
    session.flush()
    return found


def _issuers(session: Session) -> dict[str, m.Issuer]:
    found = {i.code: i for i in session.scalars(select(m.Issuer))}
    for data in S.ISSUERS:
        if data["code"] not in found:
            found[data["code"]] = m.Issuer(**data)
            session.add(found[data["code"]])
    session.flush()
    return found


def _campaign(
    session: Session, issuers: dict[str, m.Issuer], agencies: dict[str, m.Agency], received: m.Plan
) -> m.Plan:
    """The district's own plan answering the province plan it received."""
    bcd = issuers["BCĐNQ"]
    plan = m.Plan(
        kind="own", status="issued", issuer=bcd, issuer_name=bcd.name, implements_plan_id=received.id, **S.CAMPAIGN
    )
    plan.number = None  # given by the register below
    for section, texts in (
        ("purpose", S.CAMPAIGN_PURPOSE),
        ("content", S.CAMPAIGN_CONTENT),
        ("organisation", S.CAMPAIGN_ORGANISATION),
    ):
        for i, text in enumerate(texts):
            plan.paragraphs.append(m.PlanParagraph(section=section, position=i, text=text))
    standing = agencies[S.STANDING_AGENCY]
    for i, (agency, content, due, status) in enumerate(S.CAMPAIGN_TASKS):
        task = m.PlanTask(
            position=i,
            content=content,
            lead_agency=agencies[agency],
            due_date=due,
            status=status,
            done_on=due if status == "done" else None,
        )
        if agency != S.STANDING_AGENCY:
            task.cooperators.append(standing)
        plan.tasks.append(task)
    session.add(plan)
    session.flush()
    entry = assign_number(
        session,
        bcd.id,
        "plan",
        plan.id,
        S.CAMPAIGN_ISSUED_ON,
        plan.title,
        number=S.CAMPAIGN_NUMBER,
        signer_name=plan.signer_name,
        recipients=plan.recipients,
    )
    plan.number = entry.number
    for agency, received_on, note in S.AGENCY_REPORTS:
        session.add(m.AgencyReport(plan_id=plan.id, agency_id=agencies[agency].id, received_on=received_on, note=note))
    return plan


def _banners(session: Session, plan: m.Plan, agencies: dict[str, m.Agency]) -> None:
    slogans = []
    for i, text in enumerate(S.SLOGANS):
        slogan = m.Slogan(text=text, plan_id=plan.id, year=2024, active=True, position=i)
        session.add(slogan)
        slogans.append(slogan)
    session.flush()
    vh = agencies[S.BANNER_AGENCY]

    def hanger(commune: str) -> m.Agency:
        return agencies[S.COMMUNE_AGENCIES[commune]] if commune in S.COMMUNE_AGENCIES else vh

    today = dt.date(2024, 12, 5)
    for i, (slogan, (location, commune)) in enumerate(zip(slogans, itertools.cycle(S.LOCATIONS))):
        start = dt.date(2024, 11, 20) + dt.timedelta(days=i % 3)
        status = "up" if i % 4 != 3 else "planned"
        session.add(
            m.BannerPlacement(
                plan_id=plan.id,
                slogan=slogan,
                form="banner",
                location=location,
                commune=commune,
                size_text="0,8 x 6 m",
                quantity=2 + i % 3,
                start_date=start,
                end_date=dt.date(2024, 12, 31),
                agency=hanger(commune),
                status=status,
                hung_on=start if status == "up" and start <= today else None,
            )
        )
    for slogan, (location, commune) in zip(slogans[:3], S.LOCATIONS[2:5], strict=True):
        session.add(
            m.BannerPlacement(
                plan_id=plan.id,
                slogan=slogan,
                form="pano",
                location=location,
                commune=commune,
                size_text="2,4 x 4,8 m",
                quantity=1,
                start_date=dt.date(2024, 11, 25),
                end_date=dt.date(2024, 12, 20),
                agency=hanger(commune),
                status="up",
                hung_on=dt.date(2024, 11, 25),
            )
        )
    session.add(
        m.BannerPlacement(
            plan_id=plan.id,
            slogan=slogans[0],
            form="led",
            location=S.LED_PLACE[0],
            commune=S.LED_PLACE[1],
            quantity=1,
            start_date=dt.date(2024, 12, 1),
            end_date=dt.date(2024, 12, 15),
            agency=vh,
            status="removed",
            hung_on=dt.date(2024, 12, 1),
            removed_on=dt.date(2024, 12, 15),
        )
    )


def _conference(session: Session, plan: m.Plan) -> None:
    event = m.TrainingEvent(plan_id=plan.id, **S.CONFERENCE)
    event.speakers.append(m.EventSpeaker(position=0, **S.SPEAKER))
    for i, (name, place, main, expected, actual) in enumerate(S.BRIDGE_POINTS):
        event.bridge_points.append(
            m.BridgePoint(
                position=i, name=name, place=place, is_main=main, expected_count=expected, actual_count=actual
            )
        )
    session.add(event)
    session.flush()
    rng = random.Random(2024)
    seen = set()
    for i in range(80):
        female = i % 2 == 1
        while True:
            name = " ".join(
                (
                    rng.choice(S.FAMILY),
                    rng.choice(S.MIDDLE_F if female else S.MIDDLE_M),
                    rng.choice(S.GIVEN_F if female else S.GIVEN_M),
                )
            )
            if name not in seen:
                seen.add(name)
                break
        bp = event.bridge_points[i % len(event.bridge_points)]
        session.add(
            m.Participant(
                event_id=event.id,
                full_name=name,
                gender="female" if female else "male",
                position_title=rng.choice(S.POSITIONS),
                agency_name=rng.choice(S.PARTICIPANT_AGENCIES),
                phone=f"09{rng.randrange(10_000_000, 99_999_999)}",
                bridge_point=bp,
                attended=i % 7 != 0,
            )
        )


def _results(session: Session, plan: m.Plan) -> None:
    for data in S.OUTSIDE_EVENTS:
        session.add(m.TrainingEvent(plan_id=plan.id, format="in_person", **data))
    seminar = m.TrainingEvent(plan_id=plan.id, **S.SEMINAR)
    seminar.bridge_points.append(
        m.BridgePoint(position=0, name=S.SEMINAR_POINT, is_main=True, expected_count=45, actual_count=42)
    )
    session.add(seminar)
    for kind, channel, title, count, first, quantity, minutes in S.MEDIA:
        for n in range(count):
            session.add(
                m.MediaOutput(
                    plan_id=plan.id,
                    kind=kind,
                    channel=channel,
                    title=f"{title} ({n + 1})" if count > 1 else title,
                    published_on=first + dt.timedelta(days=n),
                    quantity=quantity,
                    minutes=minutes,
                )
            )


def _report(session: Session, plan: m.Plan, issuers: dict[str, m.Issuer]) -> None:
    """The district's 2024 result report to the province, as the composer drafts it
    from the records above."""
    from vnhr_desktop.services.reports import create_report  # only when loading: the sample offer is on start-up

    create_report(
        session,
        plan.id,
        S.REPORT["period_start"],
        S.REPORT["period_end"],
        title=S.REPORT["title"],
        addressee=S.REPORT["addressee"],
        issuer_id=issuers["BCĐNQ"].id,
        recipients=S.REPORT_RECIPIENTS,
    )


def load_sample(session: Session) -> bool:
    """Load the sample campaign into an empty database; returns False when it
    was already loaded. Raises SampleRefused when the database holds records."""
    if sample_loaded(session):
        return False
    if not is_empty(session):
        raise SampleRefused(
            "Cơ sở dữ liệu đã có dữ liệu của đơn vị ("
            + record_summary(session)
            + "); không nạp dữ liệu mẫu để khỏi lẫn với dữ liệu thật. "
            "Muốn xem dữ liệu mẫu, hãy dùng một thư mục dữ liệu trống (--data-dir)."
        )
    if get_profile(session) is None:
        save_profile(session, OfficeProfileData(**S.OFFICE))
    agencies = _agencies(session)
    issuers = _issuers(session)
    received = m.Plan(kind="received", status="issued", **RECEIVED_PLAN)
    session.add(received)
    ubnd = issuers["UBND"]
    multi = m.Plan(
        kind="own",
        status="issued",
        issuer=ubnd,
        issuer_name=ubnd.name,
        signer_authority=ubnd.signer_authority,
        signer_title=ubnd.signer_title,
        signer_name=ubnd.signer_name,
        **S.MULTI_YEAR_PLAN,
    )
    for i, (desc, value, unit, label, achieved) in enumerate(S.MULTI_YEAR_TARGETS):
        multi.targets.append(
            m.Target(
                position=i, description=desc, target_value=value, unit=unit, unit_label=label, achieved_value=achieved
            )
        )
    session.add(multi)
    session.flush()
    assign_number(session, ubnd.id, "plan", multi.id, S.MULTI_YEAR_ISSUED_ON, multi.title, number=multi.number)
    campaign = _campaign(session, issuers, agencies, received)
    _banners(session, campaign, agencies)
    _conference(session, campaign)
    _results(session, campaign)
    _report(session, campaign, issuers)
    set_setting(session, SAMPLE_KEY, SAMPLE_VERSION)
    session.flush()
    return True
