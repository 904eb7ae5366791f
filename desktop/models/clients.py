"""Households, people and household membership over time.

Membership has `joined_on`/`left_on` so that a report can ask who lived in a household on a given
date. Addresses use one set of columns for every country profile; the profile decides which are shown
and what they are called (PL gmina/powiat/województwo, ID RT/RW/desa/kecamatan/kabupaten/provinsi).
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import DDL, Boolean, Date, Enum, ForeignKey, Index, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, UTCDateTime, utcnow


def _enum(cls: type[enum.Enum], length: int = 20) -> Enum:
    return Enum(cls, native_enum=False, length=length, validate_strings=True,
                values_callable=lambda e: [m.value for m in e])


class RecordStatus(enum.StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"
    ERASED = "erased"


class Sex(enum.StrEnum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"
    UNKNOWN = "U"


class Relationship(enum.StrEnum):
    HEAD = "head"
    SPOUSE = "spouse"
    PARTNER = "partner"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    OTHER = "other"


class IdType(enum.StrEnum):
    PESEL = "pesel"
    NIK = "nik"
    SSN = "ssn"
    OTHER = "other"
    NONE = "none"


class Household(Base):
    __tablename__ = "households"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(40), unique=True)
    address_line: Mapped[str] = mapped_column(String(200), default="")
    rt: Mapped[str] = mapped_column(String(10), default="")
    rw: Mapped[str] = mapped_column(String(10), default="")
    locality: Mapped[str] = mapped_column(String(120), default="")
    district: Mapped[str] = mapped_column(String(120), default="")
    county: Mapped[str] = mapped_column(String(120), default="")
    region: Mapped[str] = mapped_column(String(120), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    rural: Mapped[bool] = mapped_column(Boolean, default=False)
    family_card_number: Mapped[str] = mapped_column(String(30), default="")  # Indonesian KK
    phone: Mapped[str] = mapped_column(String(40), default="")
    housing_situation: Mapped[str] = mapped_column(String(40), default="")
    monthly_income_minor: Mapped[int | None] = mapped_column(Integer, nullable=True)
    registered_on: Mapped[date] = mapped_column(Date)
    recertify_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[RecordStatus] = mapped_column(_enum(RecordStatus), default=RecordStatus.ACTIVE)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    members: Mapped[list[HouseholdMember]] = relationship(back_populates="household")

    __table_args__ = (Index("ix_households_status", "status"),)


class Person(Base):
    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str] = mapped_column(String(100))
    sex: Mapped[Sex] = mapped_column(_enum(Sex, 1), default=Sex.UNKNOWN)
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    birth_year: Mapped[int | None] = mapped_column(Integer, nullable=True)  # when only the year is known
    id_type: Mapped[IdType] = mapped_column(_enum(IdType), default=IdType.NONE)
    id_number: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    preferred_language: Mapped[str] = mapped_column(String(8), default="")
    disability: Mapped[bool] = mapped_column(Boolean, default=False)
    special_needs: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[RecordStatus] = mapped_column(_enum(RecordStatus), default=RecordStatus.ACTIVE)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    memberships: Mapped[list[HouseholdMember]] = relationship(back_populates="person")

    __table_args__ = (
        Index("ix_persons_id_number", "id_number"),
        Index("ix_persons_family_name", "family_name"),
        Index("ix_persons_birth_date", "birth_date"),
    )


class HouseholdMember(Base):
    __tablename__ = "household_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"))
    relationship_: Mapped[Relationship] = mapped_column("relationship", _enum(Relationship))
    joined_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # exclusive: not a member on left_on

    household: Mapped[Household] = relationship(back_populates="members")
    person: Mapped[Person] = relationship(back_populates="memberships")

    __table_args__ = (
        Index("ix_household_members_household", "household_id", "joined_on"),
        Index("ix_household_members_person", "person_id", "joined_on"),
    )


class ClientSearchEntry(Base):
    """One row per person and one per household: accent-folded, lower-case text the search matches.

    SQLite here is 3.40 (trigram `remove_diacritics` needs 3.45), so the service layer folds accents itself
    (desktop/services/client_text.py) and stores the result; on SQLite an FTS5 trigram index over `text`
    (external content, kept in step by triggers below) makes substring search fast; other databases use
    LIKE on the same column. Words are separated by single spaces with a space at both ends, so " jan "
    is an exact word and " jan" a word prefix.
    """

    __tablename__ = "client_search"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), nullable=True, unique=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), nullable=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str] = mapped_column(String(800), default="")

    __table_args__ = (Index("ix_client_search_household", "household_id"),)


# SQLite only: the FTS5 trigram index over client_search.text and the triggers that keep it in step.
# The same statements must go into the Alembic migration that creates client_search.
CLIENT_SEARCH_FTS_SQL: tuple[str, ...] = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS client_search_fts USING fts5("
    "text, content='client_search', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER IF NOT EXISTS client_search_ai AFTER INSERT ON client_search BEGIN "
    "INSERT INTO client_search_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS client_search_ad AFTER DELETE ON client_search BEGIN "
    "INSERT INTO client_search_fts(client_search_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS client_search_au AFTER UPDATE OF text ON client_search BEGIN "
    "INSERT INTO client_search_fts(client_search_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO client_search_fts(rowid, text) VALUES (new.id, new.text); END",
)

for _statement in CLIENT_SEARCH_FTS_SQL:
    _ddl = DDL(_statement)  # type: ignore[no-untyped-call,unused-ignore]
    event.listen(ClientSearchEntry.__table__, "after_create", _ddl.execute_if(dialect="sqlite"))
_drop_fts = DDL("DROP TABLE IF EXISTS client_search_fts")  # type: ignore[no-untyped-call,unused-ignore]
event.listen(ClientSearchEntry.__table__, "before_drop", _drop_fts.execute_if(dialect="sqlite"))
