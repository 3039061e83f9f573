"""A received document becomes a received plan with its slogans and, when the
officer asks, the office's own implementing plan started from it: tasks mapped
to the office's agencies by tone-free matching of their names, the display
window and the report deadline carried over, and the opening sentence
"Thực hiện Kế hoạch số … ngày … của …, [office] xây dựng Kế hoạch thực hiện như sau:".

Everything happens in the caller's transaction: either all of it is saved or
nothing is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from vnhr_desktop.domain.enums import PlanKind, PlanStatus
from vnhr_desktop.domain.numbering import number_symbol
from vnhr_desktop.domain.plan_data import PlanDetail, TargetItem, TaskItem, implements_reference
from vnhr_desktop.domain.plan_document import PlanDocument
from vnhr_desktop.domain.text import clean, clean_line, fold
from vnhr_desktop.errors import UserError
from vnhr_desktop.services import plans, slogans
from vnhr_desktop.services.agencies import AgencyRef, list_agencies
from vnhr_desktop.services.issuers import IssuerData, list_issuers
from vnhr_desktop.services.office import get_profile

# Words that say what kind of body or place an agency is, not which one.
_GENERIC = {
    "so",
    "phong",
    "ban",
    "tinh",
    "huyen",
    "xa",
    "thi",
    "tran",
    "quan",
    "phuong",
    "thanh",
    "pho",
    "va",
    "cac",
    "cua",
    "cap",
    "truc",
    "thuoc",
}
_ABBREVIATIONS = {"ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "mttq": "mat tran to quoc"}


@dataclass(frozen=True)
class ImportOutcome:
    received_id: int
    slogans_added: int
    slogans_skipped: tuple[str, ...] = ()
    own_id: int | None = None
    unmatched_agencies: tuple[str, ...] = field(default=())


def _words(name: str) -> set[str]:
    out: set[str] = set()
    for word in fold(name).replace(",", " ").replace("-", " ").split():
        out.update(_ABBREVIATIONS.get(word, word).split())
    return out


def match_agency(name: str, agencies: Iterable[AgencyRef]) -> AgencyRef | None:
    """The office's agency that ``name`` (an agency of the received plan) stands
    for: the same name without tone marks, or else the one sharing most of the
    distinctive words ("Công an tỉnh" -> "Công an huyện", "Sở Văn hóa, Thể thao
    và Du lịch" -> "Phòng Văn hóa và Thông tin"); ``None`` when nothing fits."""
    wanted = fold(name)
    core = _words(name) - _GENERIC
    best, best_score = None, 0.0
    for agency in agencies:
        if fold(agency.name) == wanted:
            return agency
        other = _words(agency.name) - _GENERIC
        if not core or not other:
            continue
        shared = len(core & other)
        score = shared / min(len(core), len(other)) + shared / len(core | other) / 10
        if shared and score > best_score:
            best, best_score = agency, score
    return best if best_score >= 0.5 else None


def received_detail(doc: PlanDocument) -> PlanDetail:
    """The received plan as the document gives it."""
    first_ref = doc.references[0] if doc.references else None
    implements = (
        implements_reference(first_ref.number_symbol, first_ref.issued_on, first_ref.issuer, "", first_ref.kind)
        if first_ref
        else ""
    )
    return PlanDetail(
        title=clean_line(doc.value("title")),
        kind=PlanKind.RECEIVED,
        status=PlanStatus.ISSUED,
        number=doc.value("number"),
        symbol=clean_line(doc.value("symbol")),
        issued_on=doc.value("issued_on"),
        issuer_name=clean_line(doc.value("issuer")),
        implements_text=implements,
        display_start=doc.value("display_start"),
        display_end=doc.value("display_end"),
        report_deadline=doc.value("report_deadline"),
        report_to=clean_line(doc.value("report_to")),
        signer_authority=clean_line(doc.value("signer_authority")),
        signer_title=clean(doc.value("signer_title")),
        signer_name=clean_line(doc.value("signer_name")),
        recipients=tuple(clean_line(r.text) for r in doc.recipients),
        tasks=tuple(
            TaskItem(content=clean(t.content), lead_agency=clean_line(t.agency), due_date=t.due) for t in doc.tasks
        ),
        targets=tuple(
            TargetItem(description=clean(t.text), target_value=float(t.value), unit=t.unit) for t in doc.targets
        ),
    )


def _own_issuer(session: Session) -> tuple[IssuerData, str]:
    """The office's issuing body and the office name the opening uses."""
    issuers = list_issuers(session, own_only=True)
    if not issuers:
        raise UserError(
            "Chưa có cơ quan ban hành của đơn vị nên chưa lập được kế hoạch thực hiện; "
            "hãy khai báo trong Công cụ > Thông tin cơ quan, rồi nhập lại."
        )
    profile = get_profile(session)
    office = profile.office_name if profile else ""
    chosen = next((i for i in issuers if office and fold(i.name) == fold(office)), issuers[0])
    return chosen, office or chosen.name


def opening_sentence(received: PlanDetail, office: str, kind_name: str = "Kế hoạch") -> tuple[str, str]:
    """(implements text, opening) of the office's implementing plan."""
    reference = implements_reference(
        number_symbol(received.number, received.symbol) if received.symbol and received.number else received.symbol,
        received.issued_on,
        received.issuer_name,
        "",
        kind_name,
    )
    return reference, f"Thực hiện {reference}, {office} xây dựng Kế hoạch thực hiện như sau:"


def implementing_detail(
    received: PlanDetail, received_id: int, issuer: IssuerData, office: str, agencies: list[AgencyRef], kind_name: str
) -> tuple[PlanDetail, tuple[str, ...]]:
    """The office's draft implementing plan and the agencies no office agency matched."""
    tasks, unmatched = [], []
    for task in received.tasks:
        agency = match_agency(task.lead_agency, agencies) if task.lead_agency else None
        note = ""
        if agency is None and task.lead_agency:
            unmatched.append(task.lead_agency)
            note = f"Cơ quan trong kế hoạch cấp trên: {task.lead_agency}"
        tasks.append(
            TaskItem(content=task.content, lead_agency=agency.name if agency else "", due_date=task.due_date, note=note)
        )
    implements, opening = opening_sentence(received, office, kind_name)
    detail = PlanDetail(
        title=received.title,
        kind=PlanKind.OWN,
        status=PlanStatus.DRAFT,
        issuer_id=issuer.id,
        implements_plan_id=received_id,
        implements_text=implements,
        display_start=received.display_start,
        display_end=received.display_end,
        report_deadline=received.report_deadline,
        signer_authority=issuer.signer_authority,
        signer_title=issuer.signer_title,
        signer_name=issuer.signer_name,
        opening=opening,
        tasks=tuple(tasks),
        targets=tuple(
            TargetItem(description=t.description, target_value=t.target_value, unit=t.unit) for t in received.targets
        ),
    )
    return detail, tuple(unmatched)


def _refuse_repeat(session: Session, received: PlanDetail) -> None:
    """The same document imported twice (number and symbol are checked by plans.save_plan)."""
    for ref in plans.received_plans(session):
        same = fold(ref.title) == fold(received.title) and fold(ref.issuer_name) == fold(received.issuer_name)
        if same and ref.issued_on == received.issued_on:
            title = received.title if len(received.title) <= 80 else received.title[:80].rsplit(" ", 1)[0] + " …"
            number = f" số {received.number_symbol}" if received.number is not None else ""
            raise UserError(f"Kế hoạch{number} “{title}” đã được nhập (mã {ref.id}); không nhập lại.")


def import_received_plan(
    session: Session,
    doc: PlanDocument,
    *,
    start_own: bool = False,
    slogan_texts: Iterable[str] | None = None,
    today: dt.date | None = None,
) -> ImportOutcome:
    """Create the received plan of ``doc`` with its slogans (``slogan_texts``
    when the officer edited them) and, with ``start_own``, the office's
    implementing plan. Raises ValidationError/UserError and writes nothing
    usable when the plan is refused (the caller's transaction rolls back)."""
    agencies = list_agencies(session)  # the office's agencies before the received ones are added
    received = received_detail(doc)
    issuer = office = None
    if start_own:
        issuer, office = _own_issuer(session)
    _refuse_repeat(session, received)
    received_id, _warnings = plans.save_plan(session, received, today)
    texts = [s.text for s in doc.slogans] if slogan_texts is None else list(slogan_texts)
    added = slogans.add_many(session, texts, received_id) if texts else slogans.AddResult([], [])
    own_id, unmatched = None, ()
    if start_own:
        kind_name = doc.value("kind") or "Kế hoạch"
        own, unmatched = implementing_detail(received, received_id, issuer, office, agencies, kind_name)
        own_id, _warnings = plans.save_plan(session, own, today)
    return ImportOutcome(received_id, len(added.added), tuple(added.skipped), own_id, unmatched)
