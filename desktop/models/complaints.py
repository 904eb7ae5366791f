"""Complaints (pengaduan) taken at the desk, and proposals to update the national DTKS welfare register.

A complaint may come from a registered household and/or person, or from someone who is not registered
(then only `complainant_name` / `complainant_contact` say who). Both tables point at persons/households
through foreign keys, so merge and erasure (desktop/services/client_refs.py) find them on their own:
merging re-points them, erasing blanks their free-text columns and keeps type, status and dates for the
anonymous counts of the SLRT report.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Date, Enum, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, utcnow


def _enum(cls: type[enum.Enum], length: int = 20) -> Enum:
    return Enum(cls, native_enum=False, length=length, validate_strings=True,
                values_callable=lambda e: [m.value for m in e])


class ComplaintChannel(enum.StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    LETTER = "letter"
    SMS_WHATSAPP = "sms_whatsapp"
    OTHER = "other"


class ComplaintType(enum.StrEnum):
    AID_NOT_RECEIVED = "aid_not_received"
    AID_AMOUNT_QUALITY = "aid_amount_quality"
    DATA_DTKS = "data_dtks"  # data or DTKS listing (wrongly listed, left out, wrong details)
    SERVICE_CONDUCT = "service_conduct"  # service or staff conduct
    ELIGIBILITY = "eligibility"  # an eligibility decision
    OTHER = "other"


class ComplaintStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    REFERRED = "referred"  # passed to another agency (agency_id when known)
    REJECTED = "rejected"  # not upheld


CLOSED_COMPLAINT_STATUSES = (ComplaintStatus.RESOLVED, ComplaintStatus.REFERRED, ComplaintStatus.REJECTED)


class DtksKind(enum.StrEnum):
    NEW = "new"  # add the household to DTKS
    CORRECTION = "correction"  # correct its data
    DEACTIVATION = "deactivation"  # take it off (moved away, no longer poor, died)


class DtksStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"  # sent up (village deliberation -> Dinas Sosial)
    ACCEPTED = "accepted"
    REJECTED = "rejected"


OPEN_DTKS_STATUSES = (DtksStatus.DRAFT, DtksStatus.SUBMITTED)


class Complaint(Base):
    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(primary_key=True)
    received_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[ComplaintChannel] = mapped_column(_enum(ComplaintChannel), default=ComplaintChannel.IN_PERSON)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), nullable=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), nullable=True)
    complainant_name: Mapped[str] = mapped_column(String(200), default="")  # when not registered
    complainant_contact: Mapped[str] = mapped_column(String(200), default="")
    complaint_type: Mapped[ComplaintType] = mapped_column(_enum(ComplaintType))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ComplaintStatus] = mapped_column(_enum(ComplaintStatus), default=ComplaintStatus.OPEN)
    resolution_note: Mapped[str] = mapped_column(Text, default="")
    resolved_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # set exactly when closed
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), nullable=True)  # when referred
    recorded_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    __table_args__ = (
        Index("ix_complaints_received_on", "received_on"),
        Index("ix_complaints_resolved_on", "resolved_on"),
        Index("ix_complaints_status", "status", "received_on"),
        Index("ix_complaints_household", "household_id"),
        Index("ix_complaints_person", "person_id"),
    )


class DtksProposal(Base):
    """A proposal to update the DTKS register for one household. The service keeps at most one open
    (draft or submitted) proposal of each kind per household."""

    __tablename__ = "dtks_proposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"))
    kind: Mapped[DtksKind] = mapped_column(_enum(DtksKind))
    proposed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[DtksStatus] = mapped_column(_enum(DtksStatus), default=DtksStatus.DRAFT)
    submitted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # accepted or rejected on
    recorded_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    __table_args__ = (
        Index("ix_dtks_proposals_household", "household_id", "kind"),
        Index("ix_dtks_proposals_proposed_on", "proposed_on"),
        Index("ix_dtks_proposals_status", "status"),
    )
