"""What goes into a referral letter: only the personal details the person's sharing consent allows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.errors import UserError
from desktop.i18n import translate, use_language
from desktop.models.casework import Agency
from desktop.models.clients import Household, Person
from desktop.services import audit, settings
from desktop.services.audit import Action
from desktop.services.case_access import households_of
from desktop.services.client_search import format_address
from desktop.services.consents import sharing_consent
from desktop.services.permissions import Actor
from desktop.services.referrals import get_referral
from desktop.services.uow import UnitOfWork


@dataclass(frozen=True)
class LetterData:
    centre_name: str
    centre_address: str
    tracking_number: str
    letter_date: date
    agency_name: str
    agency_address: str
    agency_contact: str
    person_name: str
    birth_date: date | None  # None when the consent does not allow it (or it is unknown)
    id_number: str
    address: str
    phone: str
    service: str
    reason: str
    follow_up_on: date | None
    caseworker: str


def letter_data(uow: UnitOfWork, actor: Actor, referral_id: int, *, on: date | None = None) -> LetterData:
    """Gather the letter's content (audited as an export of personal data; the caller commits)."""
    referral = get_referral(uow, actor, referral_id)  # checks READ_CASE_FILES
    # The consent must be in force today, when the details leave the office: a consent withdrawn since the
    # referral was sent stops a reprint. (`on` lets tests and back-office reprints name the day.)
    on = on or date.today()
    consent = sharing_consent(uow, referral.person_id, referral.agency_id, on)
    if consent is None:
        raise UserError(
            translate("referrals", "The letter cannot be printed: the person has no consent in force on {date} to "
                                   "share their details with this agency.").format(date=on.isoformat()),
            translate("referrals", "Record the person's consent to share with this agency (Consents tab) first."),
        )
    person = uow.session.get(Person, referral.person_id)
    agency = uow.session.get(Agency, referral.agency_id)
    assert person is not None and agency is not None
    address = ""
    if consent.details.address:
        household_ids = ([referral.household_id] if referral.household_id else []) or households_of(
            uow, person.id, on)
        household = uow.session.scalars(select(Household).where(Household.id.in_(household_ids)).limit(1)).first()
        address = format_address(household) if household else ""
    centre = settings.centre_info(uow)
    audit.record(uow, actor, Action.EXPORT, "referral", referral.id, "referral letter printed")
    return LetterData(
        centre_name=centre.name, centre_address=centre.address, tracking_number=referral.tracking_number,
        letter_date=on, agency_name=agency.name, agency_address=agency.address,
        agency_contact=agency.contact_person, person_name=f"{person.given_name} {person.family_name}".strip(),
        birth_date=person.birth_date if consent.details.birth_date else None,
        id_number=person.id_number if consent.details.id_number else "",
        address=address, phone=person.phone if consent.details.phone else "",
        service=referral.service, reason=referral.reason, follow_up_on=referral.follow_up_on,
        caseworker=actor.full_name or actor.username,
    )


def print_letter(uow: UnitOfWork, actor: Actor, referral_id: int, dest: Path, *, language: str) -> Path:
    """Write the letter PDF in `language` (the user's). The caller commits (the export is audited)."""
    from desktop.reports.referral_letter import write_referral_letter

    data = letter_data(uow, actor, referral_id)
    with use_language(language):
        write_referral_letter(data, dest)
    return dest
