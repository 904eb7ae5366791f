"""Shared set-up for the stock tests: a small catalogue, two locations, a donor and households."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop.db import Database
from desktop.models.clients import Household, HouseholdMember, Person, Relationship
from desktop.models.stock import DonorKind, ItemCategory, LocationKind, ReceiptKind
from desktop.services.permissions import Actor
from desktop.services.stock import catalogue, receipts
from desktop.services.uow import UnitOfWork

D = Decimal


@dataclass
class StockWorld:
    rice: int
    beans: int
    soap: int
    jacket: int
    warehouse: int
    shelf: int
    donor: int
    households: list[int]


def add_household(db: Database, ref: str, members: int = 1, registered: date = date(2025, 1, 1)) -> int:
    with UnitOfWork(db) as uow:
        household = Household(ref=ref, registered_on=registered, address_line="1 Main St")
        uow.session.add(household)
        uow.flush()
        for n in range(members):
            person = Person(given_name=f"P{n}", family_name=ref)
            uow.session.add(person)
            uow.flush()
            uow.session.add(HouseholdMember(household_id=household.id, person_id=person.id,
                                            relationship_=Relationship.HEAD if n == 0 else Relationship.CHILD,
                                            joined_on=registered))
        uow.commit()
        return household.id


def make_world(db: Database, admin: Actor, households: int = 2) -> StockWorld:
    with UnitOfWork(db) as uow:
        rice = catalogue.create_item(uow, admin, catalogue.ItemInput(
            "Rice 1 kg", ItemCategory.FOOD, "bag", D("1.000"), True, D(10), 400, ("5901234123457",))).id
        beans = catalogue.create_item(uow, admin, catalogue.ItemInput(
            "Beans can", ItemCategory.FOOD, "can", D("0.400"), True, D(0))).id
        soap = catalogue.create_item(uow, admin, catalogue.ItemInput(
            "Soap", ItemCategory.HYGIENE, "pcs", None, False, D(5))).id
        jacket = catalogue.create_item(uow, admin, catalogue.ItemInput(
            "Winter jacket", ItemCategory.CLOTHING, "pcs", None, False)).id
        warehouse = catalogue.create_location(uow, admin, "Warehouse", LocationKind.WAREHOUSE).id
        shelf = catalogue.create_location(uow, admin, "Pantry shelf", LocationKind.PANTRY_SHELF).id
        donor = catalogue.create_donor(uow, admin, "City Food Bank", DonorKind.FOOD_BANK, phone="123").id
        uow.commit()
    ids = [add_household(db, f"H-{n:03d}", members=n % 4 + 1) for n in range(households)]
    return StockWorld(rice, beans, soap, jacket, warehouse, shelf, donor, ids)


def receive(db: Database, actor: Actor, location: int, lines: list[receipts.ReceiptLineInput],
            on: date = date(2026, 1, 5), today: date = date(2026, 3, 1)) -> receipts.ReceiptResult:
    with UnitOfWork(db) as uow:
        result = receipts.receive(uow, actor, kind=ReceiptKind.DONATION, received_on=on, location_id=location,
                                  lines=lines, today=today)
        uow.commit()
        return result
