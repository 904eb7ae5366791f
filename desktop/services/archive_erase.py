"""Archive (hide from daily lists) and erase (GDPR/RODO art. 17, UU PDP 27/2022) clients.

What erasure keeps, so reports still count past services anonymously (decided here, see the report):
- person: sex and birth *year* (age bands need it), status "erased", household memberships with dates;
- household: district / county / region (gmina, powiat, województwo; kecamatan, kabupaten, provinsi) and
  the rural flag, registration date; the reference becomes "X<id>" so paper files cannot be matched;
- service records: date, type, quantity, weight, programme (their free-text note is cleared).
Everything else personal is removed: names, exact birth date, identifier, phone, language, disability
and special needs, street, RT/RW, town or village, postal code, family card, income, housing, and every
free-text column of every row in another table that points at the erased person or household.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update

from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.models.base import utcnow
from desktop.models.clients import Household, HouseholdMember, IdType, RecordStatus
from desktop.services import audit, client_search
from desktop.services.audit import Action
from desktop.services.client_refs import erase_hooks, free_text_columns, household_columns, person_columns, table
from desktop.services.households import load_household
from desktop.services.people import load_person
from desktop.services.permissions import Actor, Permission, require
from desktop.services.uow import UnitOfWork


@dataclass(frozen=True)
class ErasureResult:
    persons: int
    households: int
    rows_scrubbed: int


def archive_household(uow: UnitOfWork, actor: Actor, household_id: int) -> None:
    require(actor, Permission.ARCHIVE_ERASE)
    household = load_household(uow, household_id)
    if household.status is RecordStatus.ERASED:
        raise ValidationError(translate("clients", "This household's data was erased."))
    household.status, household.archived_at = RecordStatus.ARCHIVED, utcnow()
    uow.flush()
    client_search.index_household(uow, household_id)
    audit.record(uow, actor, Action.ARCHIVE, "household", household_id, "household archived")


def restore_household(uow: UnitOfWork, actor: Actor, household_id: int) -> None:
    require(actor, Permission.ARCHIVE_ERASE)
    household = load_household(uow, household_id)
    if household.status is not RecordStatus.ARCHIVED:
        raise ValidationError(translate("clients", "Only an archived household can be brought back."))
    household.status, household.archived_at = RecordStatus.ACTIVE, None
    uow.flush()
    client_search.index_household(uow, household_id)
    audit.record(uow, actor, Action.UPDATE, "household", household_id, "household restored from archive")


def archive_person(uow: UnitOfWork, actor: Actor, person_id: int) -> None:
    require(actor, Permission.ARCHIVE_ERASE)
    person = load_person(uow, person_id)
    if person.status is RecordStatus.ERASED:
        raise ValidationError(translate("clients", "This person's data was erased."))
    person.status = RecordStatus.ARCHIVED
    uow.flush()
    client_search.index_person(uow, person_id)
    audit.record(uow, actor, Action.ARCHIVE, "person", person_id, "person archived")


def _scrub(uow: UnitOfWork, columns: list[tuple[str, str]], ids: set[int]) -> int:
    total = 0
    for table_name, column in columns:
        tbl = table(table_name)
        texts = [c for c in free_text_columns(tbl) if c.name != column]
        if not texts or not ids:
            continue
        values = {c.name: (None if c.nullable else "") for c in texts}
        result = uow.session.execute(update(tbl).where(tbl.c[column].in_(ids)).values(values))
        total += int(getattr(result, "rowcount", 0) or 0)
    return total


def _erase_person_row(uow: UnitOfWork, person_id: int) -> None:
    person = load_person(uow, person_id)
    if person.birth_date is not None:
        person.birth_year = person.birth_date.year
    person.given_name = person.family_name = ""
    person.birth_date = None
    person.id_type, person.id_number = IdType.NONE, ""
    person.phone = person.preferred_language = person.special_needs = ""
    person.disability = False
    person.status = RecordStatus.ERASED
    client_search.forget_person(uow, person_id)


def _erase(uow: UnitOfWork, person_ids: set[int], household_ids: set[int]) -> int:
    for hook in erase_hooks():
        hook(uow, person_ids, household_ids)
    scrubbed = _scrub(uow, person_columns(), person_ids) + _scrub(uow, household_columns(), household_ids)
    for pid in person_ids:
        _erase_person_row(uow, pid)
    for hid in household_ids:
        h = load_household(uow, hid)
        h.ref = f"X{hid}"
        for attr in ("address_line", "rt", "rw", "locality", "postal_code", "family_card_number", "phone",
                     "housing_situation"):
            setattr(h, attr, "")
        h.monthly_income_minor = None
        h.status = RecordStatus.ERASED
        h.archived_at = h.archived_at or utcnow()
        client_search.forget_household(uow, hid)
    uow.flush()
    return scrubbed


def erase_person(uow: UnitOfWork, actor: Actor, person_id: int) -> ErasureResult:
    """Erase one person's personal data; their household (if any) stays as it is."""
    require(actor, Permission.ARCHIVE_ERASE)
    person = load_person(uow, person_id)
    if person.status is RecordStatus.ERASED:
        raise ValidationError(translate("clients", "This person's data was already erased."))
    scrubbed = _erase(uow, {person_id}, set())
    audit.record(uow, actor, Action.ERASE, "person", person_id, f"personal data erased, {scrubbed} linked rows")
    return ErasureResult(1, 0, scrubbed)


def erase_household(uow: UnitOfWork, actor: Actor, household_id: int) -> ErasureResult:
    """Erase a household and every member who belongs to no other (non-erased) household."""
    require(actor, Permission.ARCHIVE_ERASE)
    household = load_household(uow, household_id)
    if household.status is RecordStatus.ERASED:
        raise ValidationError(translate("clients", "This household's data was already erased."))
    members = set(uow.session.scalars(select(HouseholdMember.person_id)
                                      .where(HouseholdMember.household_id == household_id)))
    elsewhere = set(uow.session.scalars(
        select(HouseholdMember.person_id).join(Household, Household.id == HouseholdMember.household_id)
        .where(HouseholdMember.person_id.in_(members), HouseholdMember.household_id != household_id,
               Household.status != RecordStatus.ERASED)))
    people = {pid for pid in members - elsewhere if load_person(uow, pid).status is not RecordStatus.ERASED}
    scrubbed = _erase(uow, people, {household_id})
    audit.record(uow, actor, Action.ERASE, "household", household_id,
                 f"personal data erased: household and {len(people)} people, {scrubbed} linked rows")
    return ErasureResult(len(people), 1, scrubbed)
