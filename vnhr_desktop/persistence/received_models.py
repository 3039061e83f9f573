"""Models of the receiving side (issue 15): reports received from units as USB
packages, the files they came with, the units expected to report on each plan,
and the unit figures frozen into a consolidated report.

Imported by persistence/models.py so that they share its metadata.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vnhr_desktop.persistence.base import Base, VersionedStamped


class ReceivedReport(VersionedStamped, Base):
    """One report received in a package. ``unit_key`` identifies the sending unit
    (its folded code, or its folded name when it has none); ``plan_key`` the
    plan answered ("number/symbol|issued_on" of the plan or the upper plan that is
    one of ours). A later package of the same unit, plan key and an overlapping
    period supersedes this one (``superseded_by_id``); it stays in the history."""

    __tablename__ = "received_report"
    id: Mapped[int] = mapped_column(primary_key=True)
    package_key: Mapped[str] = mapped_column(String(64), unique=True)
    unit_code: Mapped[str] = mapped_column(String(50), default="")
    unit_name: Mapped[str] = mapped_column(String(300), default="")
    unit_key: Mapped[str] = mapped_column(String(300), default="", index=True)
    parent_body: Mapped[str] = mapped_column(String(300), default="")
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="SET NULL"), index=True)
    plan_key: Mapped[str] = mapped_column(String(400), default="", index=True)
    plan_text: Mapped[str] = mapped_column(Text, default="")
    upper_plan_text: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    number: Mapped[int | None] = mapped_column(Integer)
    symbol: Mapped[str] = mapped_column(String(60), default="")
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    received_on: Mapped[dt.date] = mapped_column(Date)
    superseded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("received_report.id", ondelete="SET NULL"), index=True
    )
    values_json: Mapped[str] = mapped_column(Text, default="{}")
    data_json: Mapped[str] = mapped_column(Text, default="{}")

    files: Mapped[list[ReceivedFile]] = relationship(
        back_populates="report", cascade="all, delete-orphan", order_by="ReceivedFile.id"
    )


class ReceivedFile(Base):
    """The PDF and the workbook of a received package, kept with the record:
    its name in the package and the blob holding its bytes."""

    __tablename__ = "received_file"
    id: Mapped[int] = mapped_column(primary_key=True)
    received_report_id: Mapped[int] = mapped_column(ForeignKey("received_report.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(ForeignKey("received_blob.sha256"), index=True)
    report: Mapped[ReceivedReport] = relationship(back_populates="files")
    blob: Mapped[ReceivedBlob] = relationship()


class ReceivedBlob(Base):
    """The bytes of a received file, stored once per content (keyed by their
    SHA-256, checked against the package's manifest when received): the same
    PDF or workbook in several packages is kept once and opens from each."""

    __tablename__ = "received_blob"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ExpectedReporter(VersionedStamped, Base):
    """A unit expected to report on one of the office's plans."""

    __tablename__ = "expected_reporter"
    __table_args__ = (UniqueConstraint("plan_id", "unit_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    unit_code: Mapped[str] = mapped_column(String(50), default="")
    unit_name: Mapped[str] = mapped_column(String(300))
    unit_key: Mapped[str] = mapped_column(String(300))


class Consolidation(Base):
    """The unit figures behind a consolidated report, frozen when it was composed."""

    __tablename__ = "consolidation"
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="SET NULL"), index=True)
    data_json: Mapped[str] = mapped_column(Text, default="{}")


class IssuedReminder(Base):
    """A reminder (công văn đôn đốc) issued with a number from the register
    (doc_kind "dispatch"): the plan's dashboard as it stood on the issue day,
    kept so that the issued document prints the same later."""

    __tablename__ = "issued_reminder"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id", ondelete="SET NULL"), index=True)
    issuer_id: Mapped[int] = mapped_column(ForeignKey("issuer.id", ondelete="RESTRICT"))
    number: Mapped[int] = mapped_column(Integer, default=0)
    symbol: Mapped[str] = mapped_column(String(60), default="")
    issued_on: Mapped[dt.date] = mapped_column(Date)
    board_json: Mapped[str] = mapped_column(Text, default="{}")
