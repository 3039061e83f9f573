"""SQLAlchemy models for the whole domain (DESIGN §3).

Column values that are codes hold the ``StrEnum`` values of domain/enums.py.
``search_key`` columns hold ``domain.text.fold`` of the searchable fields and are
maintained by the services on every write; ``sort_key`` columns hold
``domain.text.sort_key`` (or ``person_sort_key`` for people).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vnhr_desktop.persistence.base import Base, Timestamps, Versioned, VersionedStamped


class OfficeProfile(Versioned, Timestamps, Base):
    """The one office that uses this database (always id 1)."""

    __tablename__ = "office_profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    office_name: Mapped[str] = mapped_column(String(200))
    parent_body: Mapped[str] = mapped_column(String(200), default="")
    level_label: Mapped[str] = mapped_column(String(50), default="")
    place_name: Mapped[str] = mapped_column(String(100))
    signer_authority: Mapped[str] = mapped_column(String(100), default="")
    signer_title: Mapped[str] = mapped_column(String(100), default="")
    signer_name: Mapped[str] = mapped_column(String(100), default="")
    unit_code: Mapped[str] = mapped_column(String(50), default="", server_default="")


class Issuer(VersionedStamped, Base):
    """A body that issues numbered documents; each keeps its own number series."""

    __tablename__ = "issuer"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    code: Mapped[str] = mapped_column(String(40))
    parent_line: Mapped[str] = mapped_column(String(200), default="")
    header_lines: Mapped[str] = mapped_column(Text, default="")
    own: Mapped[bool] = mapped_column(Boolean, default=True)
    signer_authority: Mapped[str] = mapped_column(String(100), default="")
    signer_title: Mapped[str] = mapped_column(String(100), default="")
    signer_name: Mapped[str] = mapped_column(String(100), default="")


class Agency(VersionedStamped, Base):
    __tablename__ = "agency"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_code: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(20), default="department")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    search_key: Mapped[str] = mapped_column(String(400), default="", index=True)
    sort_key: Mapped[str] = mapped_column(String(800), default="")


class DocumentRegister(VersionedStamped, Base):
    """Sổ đăng ký văn bản đi: one row per number given out."""

    __tablename__ = "document_register"
    __table_args__ = (UniqueConstraint("issuer_id", "year", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    issuer_id: Mapped[int] = mapped_column(ForeignKey("issuer.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    symbol: Mapped[str] = mapped_column(String(60))
    doc_kind: Mapped[str] = mapped_column(String(20))
    doc_id: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(Text, default="")
    signer_name: Mapped[str] = mapped_column(String(100), default="")
    recipients: Mapped[str] = mapped_column(Text, default="")


class Plan(Versioned, Timestamps, Base):
    __tablename__ = "plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), default="own")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    number: Mapped[int | None] = mapped_column(Integer)
    symbol: Mapped[str] = mapped_column(String(60), default="")
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    issuer_id: Mapped[int | None] = mapped_column(ForeignKey("issuer.id", ondelete="SET NULL"))
    issuer_name: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(Text)
    implements_plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="SET NULL"))
    implements_text: Mapped[str] = mapped_column(Text, default="")
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    display_start: Mapped[dt.date | None] = mapped_column(Date)
    display_end: Mapped[dt.date | None] = mapped_column(Date)
    report_deadline: Mapped[dt.date | None] = mapped_column(Date)
    report_to: Mapped[str] = mapped_column(String(300), default="")
    # Our own agencies report to ``agencies_report_to`` (us, by default) by this day;
    # ``report_deadline``/``report_to`` are when and to whom we report.
    agencies_report_by: Mapped[dt.date | None] = mapped_column(Date)
    agencies_report_to: Mapped[str] = mapped_column(String(300), default="", server_default="")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")  # the officer's note (received plans)
    signer_authority: Mapped[str] = mapped_column(String(100), default="")
    signer_title: Mapped[str] = mapped_column(String(100), default="")
    signer_name: Mapped[str] = mapped_column(String(100), default="")
    recipients: Mapped[str] = mapped_column(Text, default="")
    opening: Mapped[str] = mapped_column(Text, default="")
    closing: Mapped[str] = mapped_column(Text, default="")
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    search_key: Mapped[str] = mapped_column(Text, default="")

    issuer: Mapped[Issuer | None] = relationship()
    paragraphs: Mapped[list[PlanParagraph]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="[PlanParagraph.position, PlanParagraph.id]"
    )
    tasks: Mapped[list[PlanTask]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="[PlanTask.position, PlanTask.id]"
    )
    targets: Mapped[list[Target]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="[Target.position, Target.id]"
    )


class PlanParagraph(VersionedStamped, Base):
    __tablename__ = "plan_paragraph"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    section: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    plan: Mapped[Plan] = relationship(back_populates="paragraphs")


task_cooperator = Table(
    "task_cooperator",
    Base.metadata,
    Column("task_id", ForeignKey("plan_task.id", ondelete="CASCADE"), primary_key=True),
    Column("agency_id", ForeignKey("agency.id", ondelete="CASCADE"), primary_key=True),
)


class PlanTask(VersionedStamped, Base):
    __tablename__ = "plan_task"
    __table_args__ = (Index("ix_plan_task_status_due", "status", "due_date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    content: Mapped[str] = mapped_column(Text)
    lead_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"), index=True)
    due_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="not_started")
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")

    plan: Mapped[Plan] = relationship(back_populates="tasks")
    lead_agency: Mapped[Agency | None] = relationship()
    cooperators: Mapped[list[Agency]] = relationship(secondary=task_cooperator)


class Target(VersionedStamped, Base):
    __tablename__ = "target"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text)
    target_value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(20), default="percent")
    unit_label: Mapped[str] = mapped_column(String(60), default="", server_default="")  # "băng rôn", "lượt người"
    achieved_value: Mapped[float | None] = mapped_column(Float)
    plan: Mapped[Plan] = relationship(back_populates="targets")


class AgencyReport(VersionedStamped, Base):
    """An agency's report on a plan, received on a day ("đã nhận báo cáo của
    Công an tỉnh ngày ..."): it counts for the agency in the completeness panel."""

    __tablename__ = "agency_report"
    __table_args__ = (UniqueConstraint("plan_id", "agency_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="CASCADE"))
    received_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class Slogan(VersionedStamped, Base):
    __tablename__ = "slogan"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="SET NULL"), index=True)
    year: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    dedup_key: Mapped[str] = mapped_column(Text, default="", index=True)
    search_key: Mapped[str] = mapped_column(Text, default="")


class BannerPlacement(Versioned, Timestamps, Base):
    __tablename__ = "banner_placement"
    __table_args__ = (Index("ix_banner_placement_plan_start", "plan_id", "start_date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    slogan_id: Mapped[int] = mapped_column(ForeignKey("slogan.id", ondelete="RESTRICT"), index=True)
    form: Mapped[str] = mapped_column(String(20), default="banner")
    location: Mapped[str] = mapped_column(String(300))
    commune: Mapped[str] = mapped_column(String(200), default="")
    size_text: Mapped[str] = mapped_column(String(60), default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    start_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20), default="planned", index=True)
    hung_on: Mapped[dt.date | None] = mapped_column(Date)
    removed_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")

    slogan: Mapped[Slogan] = relationship()
    agency: Mapped[Agency | None] = relationship()


class TrainingEvent(Versioned, Timestamps, Base):
    __tablename__ = "training_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="conference")
    title: Mapped[str] = mapped_column(Text)
    starts_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    ends_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    venue: Mapped[str] = mapped_column(String(300), default="")
    format: Mapped[str] = mapped_column(String(20), default="in_person")
    organiser: Mapped[str] = mapped_column(String(300), default="")
    chair: Mapped[str] = mapped_column(String(300), default="")
    invited_count: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    host_body: Mapped[str] = mapped_column(String(300), default="")
    staff_sent_count: Mapped[int | None] = mapped_column(Integer)
    staff_names: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")

    speakers: Mapped[list[EventSpeaker]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="[EventSpeaker.position, EventSpeaker.id]"
    )
    bridge_points: Mapped[list[BridgePoint]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="[BridgePoint.position, BridgePoint.id]"
    )


class EventSpeaker(VersionedStamped, Base):
    __tablename__ = "event_speaker"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("training_event.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    topics: Mapped[str] = mapped_column(Text, default="")
    event: Mapped[TrainingEvent] = relationship(back_populates="speakers")


class BridgePoint(VersionedStamped, Base):
    __tablename__ = "bridge_point"
    __table_args__ = (UniqueConstraint("event_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("training_event.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(300), default="")
    is_main: Mapped[bool] = mapped_column(Boolean, default=False)
    expected_count: Mapped[int | None] = mapped_column(Integer)
    actual_count: Mapped[int | None] = mapped_column(Integer)
    event: Mapped[TrainingEvent] = relationship(back_populates="bridge_points")


class Participant(VersionedStamped, Base):
    __tablename__ = "participant"
    __table_args__ = (Index("ix_participant_event_sort", "event_id", "sort_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("training_event.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    gender: Mapped[str | None] = mapped_column(String(10))
    position_title: Mapped[str] = mapped_column(String(200), default="")
    agency_name: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    bridge_point_id: Mapped[int | None] = mapped_column(ForeignKey("bridge_point.id", ondelete="SET NULL"), index=True)
    attended: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_key: Mapped[str] = mapped_column(String(800), default="", index=True)
    name_key: Mapped[str] = mapped_column(String(400), default="", index=True)
    search_key: Mapped[str] = mapped_column(Text, default="")

    bridge_point: Mapped[BridgePoint | None] = relationship()


class MediaOutput(Versioned, Timestamps, Base):
    __tablename__ = "media_output"
    __table_args__ = (Index("ix_media_output_plan_published", "plan_id", "published_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="news")
    channel: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(Text)
    published_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    # "12 tin từ 01/12 đến 15/12": the last day of a run of items (None: one day)
    published_until: Mapped[dt.date | None] = mapped_column(Date)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    minutes: Mapped[float | None] = mapped_column(Float)
    link: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")


class Report(Versioned, Timestamps, Base):
    __tablename__ = "report"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    number: Mapped[int | None] = mapped_column(Integer)
    symbol: Mapped[str] = mapped_column(String(60), default="")
    issuer_id: Mapped[int | None] = mapped_column(ForeignKey("issuer.id", ondelete="SET NULL"))
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    title: Mapped[str] = mapped_column(Text)
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    addressee: Mapped[str] = mapped_column(String(300), default="")
    opening: Mapped[str] = mapped_column(Text, default="")
    signer_authority: Mapped[str] = mapped_column(String(100), default="")
    signer_title: Mapped[str] = mapped_column(String(100), default="")
    signer_name: Mapped[str] = mapped_column(String(100), default="")
    recipients: Mapped[str] = mapped_column(Text, default="")
    figures_json: Mapped[str | None] = mapped_column(Text)
    submitted_on: Mapped[dt.date | None] = mapped_column(Date)
    search_key: Mapped[str] = mapped_column(Text, default="")

    issuer: Mapped[Issuer | None] = relationship()
    sections: Mapped[list[ReportSection]] = relationship(
        back_populates="report", cascade="all, delete-orphan", order_by="[ReportSection.position, ReportSection.id]"
    )


class ReportSection(VersionedStamped, Base):
    __tablename__ = "report_section"
    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    heading: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    report: Mapped[Report] = relationship(back_populates="sections")


class AppSetting(Base):
    """Small key/value settings that belong with the data (not the machine)."""

    __tablename__ = "app_setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class ChangeMarker(Base):
    """How many units of work have changed each kind of record (the table name):
    bumped in the committing transaction, read by every PC's light periodic
    check to learn that another PC changed something."""

    __tablename__ = "change_marker"
    kind: Mapped[str] = mapped_column(String(60), primary_key=True)
    serial: Mapped[int] = mapped_column(Integer, default=0)


# Keep derived key columns and NFC right on every flush.
from vnhr_desktop.persistence import keys as _keys  # noqa: E402,F401

# The receiving side: received reports, expected reporters, consolidations
# (named here too, so every model is reached through this module).
from vnhr_desktop.persistence import received_models as _received  # noqa: E402
from vnhr_desktop.persistence import record_parts as _parts  # noqa: E402,F401

Consolidation = _received.Consolidation
ExpectedReporter = _received.ExpectedReporter
IssuedReminder = _received.IssuedReminder
ReceivedBlob = _received.ReceivedBlob
ReceivedFile = _received.ReceivedFile
ReceivedReport = _received.ReceivedReport
