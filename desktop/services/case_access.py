"""Who may read which case file, caseworker assignments ("on the case"), and shared subject checks.

Rules (DOMAIN.md): front desk and warehouse never read any case file; caseworkers, coordinators and
administrators read ordinary case files; a sealed note is readable by coordinators and by caseworkers
who are on the case (assigned to the household or the person, or the note's author). The administrator
does not read sealed notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, false, or_, select
from sqlalchemy.orm import InstrumentedAttribute

from desktop.errors import NotFound, PermissionDenied, ValidationError
from desktop.i18n import translate
from desktop.models.casework import CaseAssignment
from desktop.models.clients import Household, HouseholdMember, Person
from desktop.models.users import Role, User
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission, require
from desktop.services.uow import UnitOfWork


def require_read(actor: Actor) -> None:
    require(actor, Permission.READ_CASE_FILES)


def require_edit(actor: Actor) -> None:
    require(actor, Permission.EDIT_CASE_FILES)


def check_subject(uow: UnitOfWork, person_id: int | None, household_id: int | None, *,
                  person_required: bool = False) -> None:
    """A case-file row needs a person and/or a household that exist."""
    if person_required and person_id is None:
        raise ValidationError(translate("casework", "Choose the person this is about."), field="person")
    if person_id is None and household_id is None:
        raise ValidationError(translate("casework", "Choose the person or household this is about."),
                              field="person")
    if person_id is not None and uow.session.get(Person, person_id) is None:
        raise NotFound(translate("casework", "That person no longer exists."))
    if household_id is not None and uow.session.get(Household, household_id) is None:
        raise NotFound(translate("casework", "That household no longer exists."))


def subject_filter(column_person: InstrumentedAttribute[int] | InstrumentedAttribute[int | None],
                   column_household: InstrumentedAttribute[int | None], person_ids: list[int],
                   household_id: int | None) -> ColumnElement[bool]:
    """WHERE clause: rows of the household or of any of the given persons."""
    clauses: list[ColumnElement[bool]] = []
    if household_id is not None:
        clauses.append(column_household == household_id)
    if person_ids:
        clauses.append(column_person.in_(person_ids))
    return or_(*clauses) if clauses else false()


def households_of(uow: UnitOfWork, person_id: int, on: date) -> list[int]:
    rows = uow.session.scalars(
        select(HouseholdMember.household_id).where(
            HouseholdMember.person_id == person_id,
            HouseholdMember.joined_on <= on,
            or_(HouseholdMember.left_on.is_(None), HouseholdMember.left_on > on),
        )
    )
    return list(rows)


def is_on_case(uow: UnitOfWork, user_id: int | None, person_id: int | None, household_id: int | None,
               on: date | None = None) -> bool:
    """An assignment in force today to the household, the person, or a household the person lives in."""
    if user_id is None:
        return False
    on = on or date.today()
    households = {household_id} if household_id is not None else set()
    if person_id is not None:
        households.update(households_of(uow, person_id, on))
    targets: list[ColumnElement[bool]] = []
    if households:
        targets.append(CaseAssignment.household_id.in_(households))
    if person_id is not None:
        targets.append(CaseAssignment.person_id == person_id)
    if not targets:
        return False
    found = uow.session.scalar(
        select(CaseAssignment.id).where(
            CaseAssignment.user_id == user_id,
            CaseAssignment.assigned_on <= on,
            or_(CaseAssignment.ended_on.is_(None), CaseAssignment.ended_on > on),
            or_(*targets),
        ).limit(1)
    )
    return found is not None


def can_read_sealed(uow: UnitOfWork, actor: Actor, *, author_user_id: int | None, person_id: int | None,
                    household_id: int | None) -> bool:
    if not actor.can(Permission.READ_CASE_FILES) or not actor.can(Permission.READ_SEALED_NOTES):
        return False
    if actor.role is not Role.CASEWORKER:
        return True  # coordinators
    if actor.user_id is not None and actor.user_id == author_user_id:
        return True
    return is_on_case(uow, actor.user_id, person_id, household_id)


@dataclass(frozen=True)
class AssignmentRow:
    id: int
    user_id: int
    user_name: str
    household_id: int | None
    person_id: int | None
    assigned_on: date
    ended_on: date | None


def assign(uow: UnitOfWork, actor: Actor, *, user_id: int, household_id: int | None = None,
           person_id: int | None = None, assigned_on: date | None = None) -> int:
    """Put a caseworker on a case. Only coordinators assign: being on a case opens its sealed notes, so a
    caseworker cannot give themselves that access (writing a sealed note puts its author on the case)."""
    require_edit(actor)
    check_subject(uow, person_id, household_id)
    user = uow.session.get(User, user_id)
    if user is None or not user.active:
        raise NotFound(translate("casework", "That user does not exist or is disabled."))
    if user.role is not Role.CASEWORKER:
        raise ValidationError(translate("casework", "Only caseworkers are put on a case."), field="user")
    if actor.role is Role.CASEWORKER:
        raise PermissionDenied(translate("casework", "Only a coordinator can put a caseworker on a case."),
                               translate("casework", "Ask a coordinator to assign you or a colleague."))
    on = assigned_on or date.today()
    if is_on_case(uow, user_id, person_id, household_id, on):
        raise ValidationError(translate("casework", "This caseworker is already on the case."), field="user")
    row = CaseAssignment(user_id=user_id, household_id=household_id, person_id=person_id, assigned_on=on)
    uow.session.add(row)
    uow.flush()
    audit.record(uow, actor, Action.CREATE, "case_assignment", row.id, f"user {user_id} put on case")
    return row.id


def end_assignment(uow: UnitOfWork, actor: Actor, assignment_id: int, ended_on: date | None = None) -> None:
    require_edit(actor)
    row = uow.session.get(CaseAssignment, assignment_id)
    if row is None:
        raise NotFound(translate("casework", "That assignment no longer exists."))
    if actor.role is Role.CASEWORKER and actor.user_id != row.user_id:
        raise PermissionDenied(translate("casework", "A caseworker can only take themselves off a case."))
    row.ended_on = ended_on or date.today()
    audit.record(uow, actor, Action.UPDATE, "case_assignment", row.id, "assignment ended")


def assignments(uow: UnitOfWork, actor: Actor, household_id: int | None, person_ids: list[int]) -> list[AssignmentRow]:
    require_read(actor)
    query = (
        select(CaseAssignment, User.full_name, User.username)
        .join(User, User.id == CaseAssignment.user_id)
        .where(subject_filter(CaseAssignment.person_id, CaseAssignment.household_id, person_ids,
                              household_id))
        .order_by(CaseAssignment.assigned_on.desc())
    )
    return [
        AssignmentRow(a.id, a.user_id, full or name, a.household_id, a.person_id, a.assigned_on, a.ended_on)
        for a, full, name in uow.session.execute(query)
    ]


def user_names(uow: UnitOfWork, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = uow.session.execute(select(User.id, User.full_name, User.username).where(User.id.in_(wanted)))
    return {uid: full or name for uid, full, name in rows}


def person_names(uow: UnitOfWork, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = uow.session.execute(select(Person.id, Person.given_name, Person.family_name).where(Person.id.in_(wanted)))
    return {pid: f"{given} {family}".strip() for pid, given, family in rows}


def people_of(uow: UnitOfWork, household_id: int | None, person_id: int | None) -> list[tuple[int, str]]:
    """(id, name) of the person, or of everyone who has ever lived in the household (for tab queries and
    pickers); current members first."""
    if person_id is not None:
        return list(person_names(uow, {person_id}).items())
    if household_id is None:
        return []
    rows = uow.session.execute(
        select(Person.id, Person.given_name, Person.family_name, HouseholdMember.left_on)
        .join(HouseholdMember, HouseholdMember.person_id == Person.id)
        .where(HouseholdMember.household_id == household_id)
        .order_by(HouseholdMember.left_on.is_not(None), HouseholdMember.joined_on, Person.id))
    seen: dict[int, str] = {}
    for pid, given, family, _ in rows:
        seen.setdefault(pid, f"{given} {family}".strip())
    return list(seen.items())
