"""Service (visit) records — the atom every report counts — with their types and programmes."""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, Enum, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, utcnow

BUILTIN_SERVICE_TYPES = (
    "food_parcel", "clothing", "shelter_night", "counselling", "information", "referral", "financial_aid", "other",
)


class ServiceSource(enum.StrEnum):
    MANUAL = "manual"
    DISTRIBUTION = "distribution"
    IMPORT = "import"
    SHELTER = "shelter"


class ServiceType(Base):
    """Built-in codes of DOMAIN.md plus the centre's own."""

    __tablename__ = "service_types"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label: Mapped[str] = mapped_column(String(120))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=100)


class Programme(Base):
    """A programme (food aid, job training...). Later capabilities add eligibility and enrolment."""

    __tablename__ = "programmes"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ServiceRecord(Base):
    """Who (person and/or household), when, what, how much. Household-only = whole household served."""

    __tablename__ = "service_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    served_on: Mapped[date] = mapped_column(Date)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), nullable=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), nullable=True)
    service_type: Mapped[str] = mapped_column(ForeignKey("service_types.code"))
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 3, asdecimal=True), default=Decimal(1))
    weight_kg: Mapped[Decimal | None] = mapped_column(Numeric(12, 3, asdecimal=True), nullable=True)
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programmes.id"), nullable=True)
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    source: Mapped[ServiceSource] = mapped_column(
        Enum(ServiceSource, native_enum=False, length=20, validate_strings=True,
             values_callable=lambda e: [m.value for m in e]),
        default=ServiceSource.MANUAL,
    )
    note: Mapped[str] = mapped_column(Text, default="")
    override_reason: Mapped[str] = mapped_column(Text, default="")  # visit-limit override, when one was needed
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        Index("ix_service_records_served_on", "served_on"),
        Index("ix_service_records_household", "household_id", "served_on"),
        Index("ix_service_records_person", "person_id", "served_on"),
        Index("ix_service_records_type", "service_type", "served_on"),
    )
