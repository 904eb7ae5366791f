"""Consents: data processing, sharing with a named agency (and which details may go), photos."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from desktop.errors import NotFound, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.casework import Agency, Consent, ConsentScope
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.case_access import check_subject, person_names, require_edit, require_read, user_names
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork

SCOPE_LABELS: dict[ConsentScope, str] = {
    ConsentScope.DATA_PROCESSING: QT_TRANSLATE_NOOP("consents", "Data processing"),
    ConsentScope.AGENCY_SHARING: QT_TRANSLATE_NOOP("consents", "Sharing with an agency"),
    ConsentScope.PHOTOS: QT_TRANSLATE_NOOP("consents", "Photos"),
}


def scope_label(scope: ConsentScope) -> str:
    return translate("consents", SCOPE_LABELS[scope])


@dataclass(frozen=True)
class SharedDetails:
    """Which personal details beyond the name a sharing consent lets us send."""

    birth_date: bool = False
    id_number: bool = False
    address: bool = False
    phone: bool = False


@dataclass(frozen=True)
class ConsentRow:
    id: int
    person_id: int
    person_name: str
    scope: ConsentScope
    agency_id: int | None
    agency_name: str
    given_on: date
    valid_until: date | None
    withdrawn_on: date | None
    details: SharedDetails
    note: str
    recorded_by: str

    def in_force(self, on: date) -> bool:
        return (self.given_on <= on and (self.withdrawn_on is None or self.withdrawn_on > on)
                and (self.valid_until is None or self.valid_until >= on))


def record_consent(uow: UnitOfWork, actor: Actor, *, person_id: int, scope: ConsentScope, given_on: date,
                   agency_id: int | None = None, valid_until: date | None = None,
                   details: SharedDetails | None = None, note: str = "") -> int:
    require_edit(actor)
    scope = ConsentScope(scope)  # a combo box hands back the plain string
    check_subject(uow, person_id, None, person_required=True)
    if given_on > date.today():
        raise ValidationError(translate("consents", "The consent date cannot be in the future."), field="given_on")
    if valid_until is not None and valid_until < given_on:
        raise ValidationError(translate("consents", "\"Valid until\" is before the date the consent was given."),
                              field="valid_until")
    if scope is ConsentScope.AGENCY_SHARING:
        if agency_id is None:
            raise ValidationError(translate("consents", "Choose the agency the person agreed to share with."),
                                  field="agency")
        if uow.session.get(Agency, agency_id) is None:
            raise NotFound(translate("consents", "That agency no longer exists."))
    else:
        agency_id = None
    details = details if scope is ConsentScope.AGENCY_SHARING and details else SharedDetails()
    row = Consent(person_id=person_id, scope=scope, agency_id=agency_id, given_on=given_on,
                  valid_until=valid_until, share_birth_date=details.birth_date, share_id_number=details.id_number,
                  share_address=details.address, share_phone=details.phone, note=note.strip(),
                  recorded_by_user_id=actor.user_id)
    uow.session.add(row)
    uow.flush()
    audit.record(uow, actor, Action.CREATE, "consent", row.id,
                 f"{scope.value}" + (f" agency {agency_id}" if agency_id else ""))
    return row.id


def withdraw_consent(uow: UnitOfWork, actor: Actor, consent_id: int, withdrawn_on: date) -> None:
    require_edit(actor)
    row = uow.session.get(Consent, consent_id)
    if row is None:
        raise NotFound(translate("consents", "That consent no longer exists."))
    if row.withdrawn_on is not None:
        raise ValidationError(translate("consents", "This consent was already withdrawn."))
    if withdrawn_on < row.given_on:
        raise ValidationError(translate("consents", "A consent cannot be withdrawn before it was given."),
                              field="withdrawn_on")
    row.withdrawn_on = withdrawn_on
    audit.record(uow, actor, Action.UPDATE, "consent", row.id, "withdrawn")


def _row(c: Consent, agencies: dict[int, str], names: dict[int, str], people: dict[int, str]) -> ConsentRow:
    return ConsentRow(c.id, c.person_id, people.get(c.person_id, ""), c.scope, c.agency_id,
                      agencies.get(c.agency_id or 0, ""), c.given_on,
                      c.valid_until, c.withdrawn_on,
                      SharedDetails(c.share_birth_date, c.share_id_number, c.share_address, c.share_phone),
                      c.note, names.get(c.recorded_by_user_id or 0, ""))


def list_consents(uow: UnitOfWork, actor: Actor, person_ids: list[int]) -> list[ConsentRow]:
    require_read(actor)
    if not person_ids:
        return []
    rows = list(uow.session.scalars(
        select(Consent).where(Consent.person_id.in_(person_ids)).order_by(Consent.given_on.desc(), Consent.id.desc())))
    agencies: dict[int, str] = {aid: name for aid, name in uow.session.execute(
        select(Agency.id, Agency.name).where(Agency.id.in_({r.agency_id for r in rows if r.agency_id})))}
    names = user_names(uow, {r.recorded_by_user_id for r in rows})
    people = person_names(uow, {r.person_id for r in rows})
    return [_row(c, agencies, names, people) for c in rows]


def sharing_consent(uow: UnitOfWork, person_id: int, agency_id: int, on: date) -> ConsentRow | None:
    """The sharing consent in force for that person and agency on that date (the latest given), if any.
    No permission check: callers (referrals) have checked theirs."""
    row = uow.session.scalars(
        select(Consent).where(
            Consent.person_id == person_id,
            Consent.scope == ConsentScope.AGENCY_SHARING,
            Consent.agency_id == agency_id,
            Consent.given_on <= on,
            or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > on),
            or_(Consent.valid_until.is_(None), Consent.valid_until >= on),
        ).order_by(Consent.given_on.desc(), Consent.id.desc()).limit(1)
    ).first()
    if row is None:
        return None
    agency = uow.session.get(Agency, agency_id)
    return _row(row, {agency_id: agency.name if agency else ""}, {}, person_names(uow, {person_id}))
