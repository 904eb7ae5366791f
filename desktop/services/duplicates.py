"""Likely duplicates, checked before a person is created (intake, import): same identifier, or a similar
name with the same birth date, or a similar name at the same address. Accent- and case-insensitive."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.i18n import translate
from desktop.models.clients import ClientSearchEntry, Household, IdType, Person, RecordStatus
from desktop.services.client_search import current_membership, format_address, search_entry_ids
from desktop.services.client_text import fold, similarity
from desktop.services.people import PersonData
from desktop.services.permissions import Actor, Permission, require
from desktop.services.uow import UnitOfWork

NAME_SIMILAR = 0.85  # "Jan Kowalski" / "Jan Kowalsky" pass; "Jan Kowalski" / "Anna Kowalska" do not
NAME_SIMILAR_SAME_ADDRESS = 0.8


@dataclass(frozen=True)
class DuplicateMatch:
    person_id: int
    household_id: int | None
    display_name: str
    birth_date: date | None
    address: str
    reason: str  # translated
    score: float


def _full(given: str, family: str) -> str:
    return f"{given} {family}"


def same_address(a: Household, address_line: str, locality: str) -> bool:
    return bool(fold(address_line)) and fold(a.address_line) == fold(address_line) and (
        not locality or not a.locality or fold(a.locality) == fold(locality))


def find_duplicates(uow: UnitOfWork, actor: Actor, data: PersonData, *, address_line: str = "",
                    locality: str = "", exclude: set[int] | None = None, limit: int = 10) -> list[DuplicateMatch]:
    """People who are probably `data` already. `exclude`: people of the same save (a family being entered)."""
    require(actor, Permission.FIND_CLIENTS)
    exclude = exclude or set()
    name = _full(data.given_name, data.family_name)
    found: dict[int, tuple[float, str]] = {}

    def note(person_id: int, score: float, reason: str) -> None:
        if person_id in exclude:
            return
        if person_id not in found or found[person_id][0] < score:
            found[person_id] = (score, reason)

    if data.id_type is not IdType.NONE and data.id_number:
        for pid in uow.session.scalars(select(Person.id).where(Person.id_number == data.id_number,
                                                               Person.id_type == data.id_type)):
            note(pid, 1.0, translate("duplicates", "Same identifier number"))
    if data.birth_date is not None or data.birth_year is not None:
        query = select(Person.id, Person.given_name, Person.family_name).where(Person.status != RecordStatus.ERASED)
        query = query.where(Person.birth_date == data.birth_date) if data.birth_date else query.where(
            Person.birth_year == data.birth_year)
        for pid, given, family in uow.session.execute(query):
            ratio = similarity(name, _full(given, family))
            if ratio >= NAME_SIMILAR:
                note(pid, 0.6 + 0.35 * ratio, translate("duplicates", "Similar name and same birth date")
                     if data.birth_date else translate("duplicates", "Similar name and same birth year"))
    if fold(address_line):
        entries = [eid for eid, tier in search_entry_ids(uow, f"{address_line} {locality}", limit=200,
                                                         include_archived=True) if tier == 3.0]
        household_ids = set(uow.session.scalars(select(ClientSearchEntry.household_id).where(
            ClientSearchEntry.id.in_(entries), ClientSearchEntry.household_id.is_not(None))))
        for h in uow.session.scalars(select(Household).where(Household.id.in_(household_ids))):
            if not same_address(h, address_line, locality):
                continue
            for member in h.members:
                p = member.person
                ratio = similarity(name, _full(p.given_name, p.family_name))
                if ratio >= NAME_SIMILAR_SAME_ADDRESS and p.status is not RecordStatus.ERASED:
                    note(p.id, 0.5 + 0.35 * ratio, translate("duplicates", "Similar name at the same address"))
    matches = []
    for pid, (score, reason) in sorted(found.items(), key=lambda kv: -kv[1][0])[:limit]:
        person = uow.session.get(Person, pid)
        assert person is not None
        membership = current_membership(uow, pid)
        household = membership.household if membership else None
        matches.append(DuplicateMatch(pid, household.id if household else None,
                                      f"{person.family_name}, {person.given_name}", person.birth_date,
                                      format_address(household) if household else "", reason, round(score, 3)))
    return matches
