"""Case files: caseworker assignments, needs assessments, documents, consents, case notes, agencies,
referrals and care (intervention) plans.

A case-file row belongs to a person and/or a household (`person_id`, `household_id`); merging or erasing
a person must re-point or erase these columns (see `PERSON_COLUMNS` / `HOUSEHOLD_COLUMNS`).
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Date, Enum, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, utcnow


def _enum(cls: type[enum.Enum], length: int = 20) -> Enum:
    return Enum(cls, native_enum=False, length=length, validate_strings=True,
                values_callable=lambda e: [m.value for m in e])


class Eligibility(enum.StrEnum):
    PENDING = "pending"
    ELIGIBLE = "eligible"
    PARTLY = "partly"
    NOT_ELIGIBLE = "not_eligible"


class DocumentType(enum.StrEnum):
    INCOME = "income"
    ID = "id"
    RESIDENCE = "residence"
    OTHER = "other"


class ConsentScope(enum.StrEnum):
    DATA_PROCESSING = "data_processing"
    AGENCY_SHARING = "agency_sharing"
    PHOTOS = "photos"


class ReferralStatus(enum.StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    COMPLETED = "completed"
    DECLINED = "declined"
    NO_SHOW = "no_show"


class PlanStatus(enum.StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"


class GoalStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    MET = "met"
    NOT_MET = "not_met"
    DROPPED = "dropped"


class CaseAssignment(Base):
    """A caseworker "on the case" of a household or a person (sealed notes depend on it)."""

    __tablename__ = "case_assignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), nullable=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), nullable=True)
    assigned_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # exclusive, like membership
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        Index("ix_case_assignments_user", "user_id"),
        Index("ix_case_assignments_household", "household_id"),
        Index("ix_case_assignments_person", "person_id"),
    )


class Assessment(Base):
    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), nullable=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), nullable=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    income_minor: Mapped[int | None] = mapped_column(Integer, nullable=True)  # monthly, currency minor units
    expenses_minor: Mapped[int | None] = mapped_column(Integer, nullable=True)
    narrative: Mapped[str] = mapped_column(Text, default="")
    eligibility: Mapped[Eligibility] = mapped_column(_enum(Eligibility), default=Eligibility.PENDING)
    eligible_for: Mapped[str] = mapped_column(Text, default="")  # what the person/household qualifies for
    assessor_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        Index("ix_assessments_person", "person_id", "assessed_on"),
        Index("ix_assessments_household", "household_id", "assessed_on"),
    )


class AssessmentNeed(Base):
    __tablename__ = "assessment_needs"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    need_category_id: Mapped[int] = mapped_column(ForeignKey("need_categories.id"))
    severity: Mapped[int] = mapped_column(Integer)  # 1 low, 2 moderate, 3 high, 4 critical
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_assessment_needs_assessment", "assessment_id"),
        Index("ix_assessment_needs_category", "need_category_id"),
    )


class CaseDocument(Base):
    """A scanned proof kept in the documents folder under its SHA-256 (the file name is the hash)."""

    __tablename__ = "case_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), nullable=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), nullable=True)
    doc_type: Mapped[DocumentType] = mapped_column(_enum(DocumentType))
    title: Mapped[str] = mapped_column(String(200), default="")
    original_name: Mapped[str] = mapped_column(String(255), default="")
    content_type: Mapped[str] = mapped_column(String(40))  # application/pdf, image/png, image/jpeg
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    stored_name: Mapped[str] = mapped_column(String(80))
    issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    verified_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    uploaded_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        Index("ix_case_documents_person", "person_id"),
        Index("ix_case_documents_household", "household_id"),
        Index("ix_case_documents_expires_on", "expires_on"),
        Index("ix_case_documents_sha256", "sha256"),
    )


class AgencyType(Base):
    """Editable list of agency kinds (clinic, job centre, Dinas Sosial, PCPR...)."""

    __tablename__ = "agency_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(120), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=100)


class Agency(Base):
    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    type_id: Mapped[int | None] = mapped_column(ForeignKey("agency_types.id"), nullable=True)
    services: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Consent(Base):
    """What a person agreed to. Sharing with an agency names the agency and which details may go."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"))
    scope: Mapped[ConsentScope] = mapped_column(_enum(ConsentScope))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"), nullable=True)
    given_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)  # inclusive
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # not in force from this day
    share_birth_date: Mapped[bool] = mapped_column(Boolean, default=False)
    share_id_number: Mapped[bool] = mapped_column(Boolean, default=False)
    share_address: Mapped[bool] = mapped_column(Boolean, default=False)
    share_phone: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (Index("ix_consents_person", "person_id", "scope"),)


class CaseNote(Base):
    __tablename__ = "case_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), nullable=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), nullable=True)
    author_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    noted_on: Mapped[date] = mapped_column(Date)
    written_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    text: Mapped[str] = mapped_column(Text)
    sealed: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_case_notes_person", "person_id", "noted_on"),
        Index("ix_case_notes_household", "household_id", "noted_on"),
    )


class Referral(Base):
    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Nullable so that erasing a person (which blanks text columns to NULL where allowed) keeps it unique.
    tracking_number: Mapped[str | None] = mapped_column(String(30), unique=True, nullable=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"))
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), nullable=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    service: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ReferralStatus] = mapped_column(_enum(ReferralStatus), default=ReferralStatus.DRAFT)
    created_on: Mapped[date] = mapped_column(Date)
    sent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    follow_up_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
    service_record_id: Mapped[int | None] = mapped_column(ForeignKey("service_records.id"), nullable=True)
    created_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    __table_args__ = (
        Index("ix_referrals_person", "person_id"),
        Index("ix_referrals_household", "household_id"),
        Index("ix_referrals_status_follow_up", "status", "follow_up_on"),
        Index("ix_referrals_agency", "agency_id"),
    )


class CarePlan(Base):
    __tablename__ = "care_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), nullable=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), nullable=True)
    title: Mapped[str] = mapped_column(String(200))
    started_on: Mapped[date] = mapped_column(Date)
    review_every_days: Mapped[int] = mapped_column(Integer, default=90)
    next_review_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[PlanStatus] = mapped_column(_enum(PlanStatus), default=PlanStatus.ACTIVE)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        Index("ix_care_plans_person", "person_id"),
        Index("ix_care_plans_household", "household_id"),
        Index("ix_care_plans_next_review", "status", "next_review_on"),
    )


class CareGoal(Base):
    __tablename__ = "care_goals"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("care_plans.id", ondelete="CASCADE"))
    description: Mapped[str] = mapped_column(Text)
    target_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[GoalStatus] = mapped_column(_enum(GoalStatus), default=GoalStatus.OPEN)
    status_changed_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (Index("ix_care_goals_plan", "plan_id"),)


class CareAction(Base):
    __tablename__ = "care_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("care_plans.id", ondelete="CASCADE"))
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("care_goals.id"), nullable=True)
    description: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(200))  # "client", "caseworker", an agency, a name
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (Index("ix_care_actions_plan", "plan_id"),)


class CareReview(Base):
    __tablename__ = "care_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("care_plans.id", ondelete="CASCADE"))
    reviewed_on: Mapped[date] = mapped_column(Date)
    reviewer_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    next_review_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (Index("ix_care_reviews_plan", "plan_id", "reviewed_on"),)


# For the clients helper's merge/erase: every (table, column) that points at a person or a household.
PERSON_COLUMNS: tuple[tuple[str, str], ...] = (
    ("case_assignments", "person_id"), ("assessments", "person_id"), ("case_documents", "person_id"),
    ("consents", "person_id"), ("case_notes", "person_id"), ("referrals", "person_id"),
    ("care_plans", "person_id"),
)
HOUSEHOLD_COLUMNS: tuple[tuple[str, str], ...] = (
    ("case_assignments", "household_id"), ("assessments", "household_id"), ("case_documents", "household_id"),
    ("case_notes", "household_id"), ("referrals", "household_id"), ("care_plans", "household_id"),
)
