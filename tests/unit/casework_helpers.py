"""Small builders for casework tests: a household with people, an agency, a consent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.db import Database
from desktop.models.clients import Household, HouseholdMember, Person, Relationship, Sex
from desktop.services import agencies, consents
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork


@dataclass(frozen=True)
class Family:
    household_id: int
    head_id: int
    child_id: int

    @property
    def person_ids(self) -> list[int]:
        return [self.head_id, self.child_id]


def make_family(db: Database, ref: str = "H-0001", family_name: str = "Kowalska") -> Family:
    with UnitOfWork(db) as uow:
        household = Household(ref=ref, address_line="ul. Długa 5", locality="Łódź", postal_code="90-001",
                               registered_on=date(2025, 1, 1))
        head = Person(given_name="Żaneta", family_name=family_name, sex=Sex.FEMALE, birth_date=date(1985, 3, 4),
                      id_number="85030412345", phone="+48 600 100 200")
        child = Person(given_name="Staś", family_name=family_name, sex=Sex.MALE, birth_date=date(2015, 6, 1))
        uow.session.add_all([household, head, child])
        uow.flush()
        for person, rel in ((head, Relationship.HEAD), (child, Relationship.CHILD)):
            uow.session.add(HouseholdMember(household_id=household.id, person_id=person.id, relationship_=rel,
                                            joined_on=date(2025, 1, 1)))
        uow.commit()
        return Family(household.id, head.id, child.id)


def make_agency(db: Database, actor: Actor, name: str = "Poradnia Zdrowia", type_label: str = "Clinic") -> int:
    with UnitOfWork(db) as uow:
        agency_id = agencies.save_agency(uow, actor, agencies.AgencyInput(
            name=name, type_label=type_label, services="GP, vaccinations", address="ul. Zdrowa 1, Łódź",
            contact_person="dr Anna Nowak"))
        uow.commit()
    return agency_id


def give_sharing_consent(db: Database, actor: Actor, person_id: int, agency_id: int, given_on: date,
                         valid_until: date | None = None, **details: bool) -> int:
    with UnitOfWork(db) as uow:
        consent_id = consents.record_consent(
            uow, actor, person_id=person_id, scope=consents.ConsentScope.AGENCY_SHARING, agency_id=agency_id,
            given_on=given_on, valid_until=valid_until, details=consents.SharedDetails(**details))
        uow.commit()
    return consent_id
