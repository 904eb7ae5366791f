"""Rosters: the staff and volunteer register, posts, shifts, templates and assignments.

Shifts are local wall-clock times (a date, a start and an end; an end at or before the start means the
next day) because that is how a coordinator plans them. Exact durations come from combining them with
the centre's time zone at the time of use (see desktop.services.rosters.timezone), so a night shift across
a daylight-saving change counts the hours it really lasted. Sign-in and sign-out are aware UTC instants.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import Boolean, Date, Enum, ForeignKey, Index, Integer, Numeric, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, utcnow


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(cls, native_enum=False, length=20, validate_strings=True,
                values_callable=lambda e: [m.value for m in e])


class StaffKind(enum.StrEnum):
    STAFF = "staff"
    VOLUNTEER = "volunteer"


class QualificationKind(enum.StrEnum):
    SKILL = "skill"  # held or not (forklift, Ukrainian speaker)
    CREDENTIAL = "credential"  # a certificate or check that expires (first aid, food hygiene, police check)


class AssignmentStatus(enum.StrEnum):
    SCHEDULED = "scheduled"
    SIGNED_IN = "signed_in"
    COMPLETED = "completed"  # signed in and out: the only status that counts hours
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class StaffMember(Base):
    """One register of staff and volunteers; `user_id` links those who also have a login."""

    __tablename__ = "staff_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True, unique=True)
    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[StaffKind] = mapped_column(_enum(StaffKind), default=StaffKind.VOLUNTEER)
    role_title: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    emergency_contact_name: Mapped[str] = mapped_column(String(200), default="")
    emergency_contact_phone: Mapped[str] = mapped_column(String(40), default="")
    max_hours_per_week: Mapped[Decimal | None] = mapped_column(Numeric(5, 2, asdecimal=True), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (Index("ix_staff_members_name", "family_name", "given_name"),)


class Qualification(Base):
    """A skill or credential type that people hold and posts require."""

    __tablename__ = "roster_qualifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[QualificationKind] = mapped_column(_enum(QualificationKind), default=QualificationKind.SKILL)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class StaffQualification(Base):
    """A person holds a qualification; credentials carry an expiry date (valid through that day)."""

    __tablename__ = "staff_qualifications"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_members.id", ondelete="CASCADE"), primary_key=True)
    qualification_id: Mapped[int] = mapped_column(ForeignKey("roster_qualifications.id"), primary_key=True)
    obtained_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reference: Mapped[str] = mapped_column(String(120), default="")  # certificate number

    __table_args__ = (Index("ix_staff_qualifications_expires_on", "expires_on"),)


class Availability(Base):
    """A weekly window when the person can work (weekday 0 = Monday). End <= start runs past midnight."""

    __tablename__ = "staff_availability"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_members.id", ondelete="CASCADE"))
    weekday: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)

    __table_args__ = (Index("ix_staff_availability_staff", "staff_id", "weekday"),)


class Post(Base):
    """Where people work: intake desk, warehouse, distribution, shelter night, outreach..."""

    __tablename__ = "roster_posts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=100)


class PostRequirement(Base):
    __tablename__ = "roster_post_requirements"

    post_id: Mapped[int] = mapped_column(ForeignKey("roster_posts.id", ondelete="CASCADE"), primary_key=True)
    qualification_id: Mapped[int] = mapped_column(ForeignKey("roster_qualifications.id"), primary_key=True)


class ShiftTemplate(Base):
    """"Every Tuesday 9-13, 3 people at distribution": generates shifts for a date range."""

    __tablename__ = "shift_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("roster_posts.id"))
    weekday: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    needed: Mapped[int] = mapped_column(Integer, default=1)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(String(200), default="")


class Shift(Base):
    __tablename__ = "shifts"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("roster_posts.id"))
    shift_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    needed: Mapped[int] = mapped_column(Integer, default=1)
    template_id: Mapped[int | None] = mapped_column(ForeignKey("shift_templates.id"), nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        # One shift per post, day and start: generating a template twice never duplicates.
        UniqueConstraint("post_id", "shift_date", "start_time"),
        Index("ix_shifts_shift_date", "shift_date"),
    )


class Assignment(Base):
    __tablename__ = "shift_assignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id", ondelete="CASCADE"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_members.id"))
    status: Mapped[AssignmentStatus] = mapped_column(_enum(AssignmentStatus), default=AssignmentStatus.SCHEDULED)
    override_reason: Mapped[str] = mapped_column(Text, default="")  # why clashes were accepted
    clashes: Mapped[str] = mapped_column(String(200), default="")  # clash codes overridden, comma-separated
    signed_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    signed_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    correction_reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        UniqueConstraint("shift_id", "staff_id"),
        Index("ix_shift_assignments_staff", "staff_id", "shift_id"),
    )
