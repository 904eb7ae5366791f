"""Intake: household -> members -> needs -> consent, saved in one transaction.

Before saving, `check_duplicates` lists likely duplicates for every member so the form can offer
"open", "merge" or "go on"; `save_intake` creates nothing until the user has seen them.
Needs go into a needs assessment and consent into a data-processing consent through the CASEWORK
services (`_store_needs_and_consent` below is the one seam between the two areas). Both are case files:
an actor without EDIT_CASE_FILES (front desk) registers the household and members only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.models.casework import ConsentScope
from desktop.models.clients import Household, Relationship
from desktop.services import assessments, audit, client_search, consents, households, people
from desktop.services.audit import Action
from desktop.services.duplicates import DuplicateMatch, find_duplicates
from desktop.services.households import HouseholdData
from desktop.services.people import EDIT_CLIENTS, PersonData
from desktop.services.permissions import Actor, Permission, require
from desktop.services.setup import need_categories
from desktop.services.uow import UnitOfWork

DEFAULT_NEED_SEVERITY = 2  # "moderate": intake notes the need, the assessment grades it later


@dataclass(frozen=True)
class IntakeMember:
    person: PersonData
    relationship: Relationship


@dataclass(frozen=True)
class IntakeData:
    household: HouseholdData
    members: tuple[IntakeMember, ...]
    need_codes: tuple[str, ...] = ()
    consent_data_processing: bool = False
    consent_photos: bool = False
    consent_on: date | None = None
    no_household: bool = False  # one person served on their own (a rough sleeper): no household is created


@dataclass(frozen=True)
class IntakeResult:
    household_id: int | None
    person_ids: tuple[int, ...]
    assessment_id: int | None = None
    consent_ids: tuple[int, ...] = field(default_factory=tuple)


def validate_intake(actor: Actor, data: IntakeData) -> None:
    """Raise ValidationError(field=...) for the first problem. The permission comes first: a role that may
    not register clients learns nothing about the data."""
    require(actor, EDIT_CLIENTS)
    _check(data)


def _check(data: IntakeData) -> None:
    if not data.members:
        raise ValidationError(translate("intake", "Add at least one member."), field="members")
    heads = [m for m in data.members if m.relationship is Relationship.HEAD]
    if data.no_household:
        if len(data.members) != 1:
            raise ValidationError(translate("intake", "A person without a household is registered on their own: "
                                                      "enter one member only."), field="members")
    elif len(heads) != 1:
        raise ValidationError(translate("intake", "Choose exactly one head of household."), field="members")
    households.clean_household(data.household)
    for index, member in enumerate(data.members):
        try:
            people.clean_person(member.person)
        except ValidationError as err:
            raise ValidationError(translate("intake", "Member {n}: {problem}").format(n=index + 1, problem=err.message),
                                  field=f"member:{index}:{err.field}") from None


def check_duplicates(uow: UnitOfWork, actor: Actor, data: IntakeData) -> list[tuple[int, DuplicateMatch]]:
    """(member index, match) for every likely duplicate already in the database.

    Duplicates are other people's personal data: both permissions are checked before anything else."""
    require(actor, EDIT_CLIENTS)
    require(actor, Permission.FIND_CLIENTS)
    _check(data)
    found = []
    for index, member in enumerate(data.members):
        cleaned = people.clean_person(member.person)
        for match in find_duplicates(uow, actor, cleaned, address_line=data.household.address_line,
                                     locality=data.household.locality, limit=3):
            found.append((index, match))
    return found


def save_intake(uow: UnitOfWork, actor: Actor, data: IntakeData) -> IntakeResult:
    """Create the household, its members and (for caseworkers) needs and consent. The caller commits."""
    require(actor, EDIT_CLIENTS)
    _check(data)
    if data.no_household:
        person = people.create_person(uow, actor, data.members[0].person, audit_it=False)
        audit.record(uow, actor, Action.CREATE, "person", person.id, "intake: person without a household")
        assessment, consent_ids = _store_needs_and_consent(uow, actor, None, [person.id], data)
        return IntakeResult(None, (person.id,), assessment, consent_ids)
    household_id = households.create_household(uow, actor, data.household, audit_it=False)
    joined = uow.session.get(Household, household_id)
    assert joined is not None
    person_ids = []
    for member in data.members:
        person = people.create_person(uow, actor, member.person, audit_it=False, index=False)
        households.add_member(uow, actor, household_id, person.id, member.relationship, joined.registered_on,
                              audit_it=False, index=False)
        person_ids.append(person.id)
    client_search.index_household(uow, household_id)
    audit.record(uow, actor, Action.CREATE, "household", household_id,
                 f"intake: household with {len(person_ids)} members")
    assessment_id, consent_ids = _store_needs_and_consent(uow, actor, household_id, person_ids, data)
    return IntakeResult(household_id, tuple(person_ids), assessment_id, consent_ids)


def _store_needs_and_consent(uow: UnitOfWork, actor: Actor, household_id: int | None, person_ids: list[int],
                             data: IntakeData) -> tuple[int | None, tuple[int, ...]]:
    """THE seam to casework: needs -> a household needs assessment; consent -> one consent per member."""
    if not actor.can(Permission.EDIT_CASE_FILES):
        return None, ()
    assessment_id = None
    on = data.consent_on or date.today()
    if data.need_codes:
        categories = {c.code: c.id for c in need_categories(uow)}  # the centre's own taxonomy
        needs = [assessments.NeedInput(categories[code], DEFAULT_NEED_SEVERITY)
                 for code in data.need_codes if code in categories]
        narrative = translate("intake", "Needs noted at intake.")
        assessment_id = assessments.create_assessment(
            uow, actor, assessed_on=on, household_id=household_id,
            person_id=person_ids[0] if household_id is None else None, needs=needs, narrative=narrative)
    consent_ids = []
    scopes = [s for s, given in ((ConsentScope.DATA_PROCESSING, data.consent_data_processing),
                                 (ConsentScope.PHOTOS, data.consent_photos)) if given]
    for person_id in person_ids:
        for scope in scopes:
            consent_ids.append(consents.record_consent(uow, actor, person_id=person_id, scope=scope, given_on=on))
    return assessment_id, tuple(consent_ids)
