"""Merge two records of the same person or household without losing anything attached to either.

Every column that points at the removed record (client_refs: memberships, service records, case files,
stock distributions, and whatever later areas add) is re-pointed to the kept one; blank details of the
kept record are filled from the removed one; then the removed row goes. Audited as one MERGE event.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import select, update

from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.models.clients import HouseholdMember, IdType, RecordStatus, Relationship
from desktop.services import audit, client_search
from desktop.services.audit import Action
from desktop.services.client_refs import household_columns, person_columns, table
from desktop.services.households import HouseholdData, load_household
from desktop.services.people import load_person
from desktop.services.permissions import Actor, Permission, require
from desktop.services.uow import UnitOfWork

MERGE_PERMISSION = Permission.EDIT_CASE_FILES


@dataclass(frozen=True)
class MergeResult:
    kept_id: int
    removed_id: int
    moved: dict[str, int]  # "table.column" -> rows re-pointed

    @property
    def total(self) -> int:
        return sum(self.moved.values())


def _overlap(a: HouseholdMember, b: HouseholdMember) -> bool:
    far = date.max
    return a.joined_on < (b.left_on or far) and b.joined_on < (a.left_on or far)


def _fold_membership(keep: HouseholdMember, other: HouseholdMember) -> None:
    keep.joined_on = min(keep.joined_on, other.joined_on)
    keep.left_on = None if keep.left_on is None or other.left_on is None else max(keep.left_on, other.left_on)


def _repoint(uow: UnitOfWork, columns: list[tuple[str, str]], old: int, new: int, skip: set[str]) -> dict[str, int]:
    moved: dict[str, int] = {}
    for table_name, column in columns:
        if table_name in skip:
            continue
        tbl = table(table_name)
        result = uow.session.execute(update(tbl).where(tbl.c[column] == old).values({column: new}))
        count = int(getattr(result, "rowcount", 0) or 0)
        if count:
            moved[f"{table_name}.{column}"] = count
    return moved


def merge_people(uow: UnitOfWork, actor: Actor, keep_id: int, remove_id: int) -> MergeResult:
    require(actor, MERGE_PERMISSION)
    if keep_id == remove_id:
        raise ValidationError(translate("merge", "Choose two different people to merge."))
    keep, remove = load_person(uow, keep_id), load_person(uow, remove_id)
    if RecordStatus.ERASED in (keep.status, remove.status):
        raise ValidationError(translate("merge", "An erased record cannot be merged."))
    if (keep.id_number and remove.id_number and keep.id_type == remove.id_type
            and keep.id_number != remove.id_number):
        raise ValidationError(translate("merge", "The two people have different identifier numbers: they are "
                                                 "probably not the same person."))
    for attr in ("birth_date", "birth_year", "phone", "preferred_language", "special_needs"):
        if not getattr(keep, attr) and getattr(remove, attr):
            setattr(keep, attr, getattr(remove, attr))
    if keep.birth_date is not None:
        keep.birth_year = None
    if keep.id_type is IdType.NONE and remove.id_type is not IdType.NONE:
        keep.id_type, keep.id_number = remove.id_type, remove.id_number
        remove.id_number = ""
    keep.disability = keep.disability or remove.disability
    if keep.status is not RecordStatus.ACTIVE and remove.status is RecordStatus.ACTIVE:
        keep.status = RecordStatus.ACTIVE
    moved: dict[str, int] = {}
    kept_memberships = list(uow.session.scalars(select(HouseholdMember).where(HouseholdMember.person_id == keep_id)))
    households: set[int] = set()
    for member in list(uow.session.scalars(select(HouseholdMember).where(HouseholdMember.person_id == remove_id))):
        households.add(member.household_id)
        twin = next((k for k in kept_memberships if k.household_id == member.household_id and _overlap(k, member)),
                    None)
        if twin is not None:
            _fold_membership(twin, member)
            uow.session.delete(member)
        else:
            member.person_id = keep_id
        moved["household_members.person_id"] = moved.get("household_members.person_id", 0) + 1
    uow.flush()
    for key, count in _repoint(uow, person_columns(), remove_id, keep_id, {"household_members"}).items():
        moved[key] = moved.get(key, 0) + count
    client_search.forget_person(uow, remove_id)
    uow.session.delete(remove)
    uow.flush()
    client_search.index_person(uow, keep_id)
    audit.record(uow, actor, Action.MERGE, "person", keep_id,
                 f"merged person {remove_id} into {keep_id}: {sum(moved.values())} records re-pointed")
    return MergeResult(keep_id, remove_id, moved)


def merge_households(uow: UnitOfWork, actor: Actor, keep_id: int, remove_id: int) -> MergeResult:
    require(actor, MERGE_PERMISSION)
    if keep_id == remove_id:
        raise ValidationError(translate("merge", "Choose two different households to merge."))
    keep, remove = load_household(uow, keep_id), load_household(uow, remove_id)
    if RecordStatus.ERASED in (keep.status, remove.status):
        raise ValidationError(translate("merge", "An erased record cannot be merged."))
    for f in fields(HouseholdData):
        if f.name not in ("ref", "registered_on", "rural") and not getattr(keep, f.name) and getattr(remove, f.name):
            setattr(keep, f.name, getattr(remove, f.name))
    keep.registered_on = min(keep.registered_on, remove.registered_on)
    keep_members = list(uow.session.scalars(select(HouseholdMember).where(HouseholdMember.household_id == keep_id)))
    has_head = any(m.relationship_ is Relationship.HEAD and m.left_on is None for m in keep_members)
    moved: dict[str, int] = {}
    people: set[int] = set()
    for member in list(uow.session.scalars(select(HouseholdMember).where(HouseholdMember.household_id == remove_id))):
        people.add(member.person_id)
        twin = next((k for k in keep_members if k.person_id == member.person_id and _overlap(k, member)), None)
        if twin is not None:
            _fold_membership(twin, member)
            uow.session.delete(member)
        else:
            member.household_id = keep_id
            if member.relationship_ is Relationship.HEAD and has_head:
                member.relationship_ = Relationship.OTHER  # one head per household; the kept head stays
        moved["household_members.household_id"] = moved.get("household_members.household_id", 0) + 1
    uow.flush()
    for key, count in _repoint(uow, household_columns(), remove_id, keep_id, {"household_members"}).items():
        moved[key] = moved.get(key, 0) + count
    client_search.forget_household(uow, remove_id)
    uow.session.delete(remove)
    uow.flush()
    client_search.index_household(uow, keep_id)
    audit.record(uow, actor, Action.MERGE, "household", keep_id,
                 f"merged household {remove_id} into {keep_id}: {sum(moved.values())} records re-pointed")
    return MergeResult(keep_id, remove_id, moved)
