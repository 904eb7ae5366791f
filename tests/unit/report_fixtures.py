"""Small hand-built data for the report tests; every right answer is worked out in the tests.

Period under test: October 2026.

H1 "H1" (address 1 Main St), served before in 2025-03 (so H1 and its 2025 members are returning):
  Anna  F 1990-05-10  head    joined 2020-01-01
  Bob   M 2008-10-15  child   joined 2020-01-01   17 on 10-05, 18 on 10-15 (birthday inside the period)
  Carl  M 1950-01-01  parent  joined 2020-01-01, left 2026-10-10 (not a member from 10-10)
  Dora  F year 2024   child   joined 2026-10-12 (moved in mid-month; first service ever in October)
  services: 2025-03-01 household food parcel 5 kg; 2026-10-05 household food parcel 12.5 kg (programme
  "Food aid") -> Anna, Bob, Carl; 2026-10-20 household food parcel without weight, quantity 2 -> Anna,
  Bob, Dora.
H2 "H2" (no address):
  Eve   U no birth date  head  joined 2019-01-01
  Frank M 1980-03-03     other joined 2019-01-01
  services: Eve counselling 2026-09-15 (previous month) and 2026-10-07, Eve clothing 2026-10-25; a stock
  parcel to H2 on 2026-10-22 (record weight 2 kg; lines: rice 2 x 1 kg, beans 3 without unit weight,
  T-shirt 1 clothing) -> Eve and Frank.
Gus   M 2000-06-30, no household: shelter nights 2026-10-03 and 2026-10-04.
H3 "H3" Hana F 1995-02-02: only service 2026-09-20 (previous month) -> not in October.
Referrals: sent 2026-10-08 (accepted), sent 2026-09-30 (completed, September), draft never sent.
Rosters: one completed assignment 2026-10-10 09:00-12:30 (3.5 h), one signed in, never signed out.
Stock (rice, food): +10 on 09-01, +5 on 10-03, -2 distributed 10-22, -1 adjusted 10-25.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal

from desktop.db import Database
from desktop.models.casework import Agency, AgencyType, Referral, ReferralStatus
from desktop.models.clients import Household, HouseholdMember, Person, Relationship, Sex
from desktop.models.rosters import Assignment, AssignmentStatus, Post, Shift, StaffKind, StaffMember
from desktop.models.services import Programme, ServiceSource
from desktop.models.stock import (
    Distribution,
    DistributionLine,
    Item,
    ItemCategory,
    Location,
    LocationKind,
    Lot,
    MovementKind,
    StockMovement,
)
from desktop.reports.periods import month_period
from desktop.services.permissions import Actor
from desktop.services.service_records import record_service
from desktop.services.uow import UnitOfWork

OCTOBER = month_period(2026, 10)


@dataclass
class Ids:
    people: dict[str, int]
    households: dict[str, int]


def _person(uow: UnitOfWork, given: str, sex: Sex, birth: date | None = None, year: int | None = None) -> int:
    p = Person(given_name=given, family_name="Test", sex=sex, birth_date=birth, birth_year=year)
    uow.session.add(p)
    uow.flush()
    return p.id


def _household(uow: UnitOfWork, ref: str, address: str, rural: bool = False) -> int:
    h = Household(ref=ref, address_line=address, registered_on=date(2019, 1, 1), rural=rural)
    uow.session.add(h)
    uow.flush()
    return h.id


def _member(uow: UnitOfWork, hid: int, pid: int, rel: Relationship, joined: date, left: date | None = None) -> None:
    uow.session.add(HouseholdMember(household_id=hid, person_id=pid, relationship_=rel, joined_on=joined,
                                    left_on=left))


def build_october(db: Database, actor: Actor) -> Ids:
    with UnitOfWork(db) as uow:
        h1 = _household(uow, "H1", "1 Main St", rural=True)
        h2 = _household(uow, "H2", "")
        h3 = _household(uow, "H3", "3 Side St")
        anna = _person(uow, "Anna", Sex.FEMALE, date(1990, 5, 10))
        bob = _person(uow, "Bob", Sex.MALE, date(2008, 10, 15))
        carl = _person(uow, "Carl", Sex.MALE, date(1950, 1, 1))
        dora = _person(uow, "Dora", Sex.FEMALE, year=2024)
        eve = _person(uow, "Eve", Sex.UNKNOWN)
        frank = _person(uow, "Frank", Sex.MALE, date(1980, 3, 3))
        gus = _person(uow, "Gus", Sex.MALE, date(2000, 6, 30))
        hana = _person(uow, "Hana", Sex.FEMALE, date(1995, 2, 2))
        _member(uow, h1, anna, Relationship.HEAD, date(2020, 1, 1))
        _member(uow, h1, bob, Relationship.CHILD, date(2020, 1, 1))
        _member(uow, h1, carl, Relationship.PARENT, date(2020, 1, 1), date(2026, 10, 10))
        _member(uow, h1, dora, Relationship.CHILD, date(2026, 10, 12))
        _member(uow, h2, eve, Relationship.HEAD, date(2019, 1, 1))
        _member(uow, h2, frank, Relationship.OTHER, date(2019, 1, 1))
        _member(uow, h3, hana, Relationship.HEAD, date(2019, 1, 1))
        food_aid = Programme(name="Food aid")
        uow.session.add(food_aid)
        uow.flush()

        def serve(on: date, kind: str, **kw: object) -> int:
            return record_service(uow, actor, served_on=on, service_type=kind, **kw)  # type: ignore[arg-type]

        serve(date(2025, 3, 1), "food_parcel", household_id=h1, weight_kg=Decimal(5))
        serve(date(2026, 10, 5), "food_parcel", household_id=h1, weight_kg=Decimal("12.5"),
              programme_id=food_aid.id)
        serve(date(2026, 10, 20), "food_parcel", household_id=h1, quantity=Decimal(2))
        serve(date(2026, 9, 15), "counselling", person_id=eve)
        serve(date(2026, 10, 7), "counselling", person_id=eve)
        serve(date(2026, 10, 25), "clothing", person_id=eve)
        serve(date(2026, 10, 3), "shelter_night", person_id=gus)
        serve(date(2026, 10, 4), "shelter_night", person_id=gus)
        serve(date(2026, 9, 20), "food_parcel", household_id=h3, weight_kg=Decimal(4))

        # A parcel from stock, written the way the stock area writes it (distribution + lines + one record).
        place = Location(name="Pantry", kind=LocationKind.PANTRY_SHELF)
        rice = Item(name="Rice 1 kg", category=ItemCategory.FOOD, unit="bag", unit_weight_kg=Decimal(1))
        beans = Item(name="Beans", category=ItemCategory.FOOD, unit="tin", unit_weight_kg=None)
        shirt = Item(name="T-shirt", category=ItemCategory.CLOTHING, unit="pcs")
        uow.session.add_all([place, rice, beans, shirt])
        uow.flush()
        record_id = record_service(uow, actor, served_on=date(2026, 10, 22), service_type="food_parcel",
                                   household_id=h2, weight_kg=Decimal(2), source=ServiceSource.DISTRIBUTION)
        parcel = Distribution(household_id=h2, distributed_on=date(2026, 10, 22), location_id=place.id,
                              service_record_id=record_id)
        uow.session.add(parcel)
        uow.flush()
        uow.session.add_all([
            DistributionLine(distribution_id=parcel.id, item_id=rice.id, category=ItemCategory.FOOD,
                             quantity=Decimal(2)),
            DistributionLine(distribution_id=parcel.id, item_id=beans.id, category=ItemCategory.FOOD,
                             quantity=Decimal(3)),
            DistributionLine(distribution_id=parcel.id, item_id=shirt.id, category=ItemCategory.CLOTHING,
                             quantity=Decimal(1)),
        ])
        lot = Lot(item_id=rice.id, received_on=date(2026, 9, 1))
        uow.session.add(lot)
        uow.flush()
        for on, kind, quantity in ((date(2026, 9, 1), MovementKind.RECEIVED, 10),
                                   (date(2026, 10, 3), MovementKind.RECEIVED, 5),
                                   (date(2026, 10, 22), MovementKind.DISTRIBUTED, -2),
                                   (date(2026, 10, 25), MovementKind.ADJUSTED, -1)):
            uow.session.add(StockMovement(moved_on=on, kind=kind, item_id=rice.id, lot_id=lot.id,
                                          location_id=place.id, quantity=Decimal(quantity)))

        clinic_type = AgencyType(label="Clinic")
        uow.session.add(clinic_type)
        uow.flush()
        clinic = Agency(name="City Clinic", type_id=clinic_type.id)
        uow.session.add(clinic)
        uow.flush()
        for number, status, sent in (("R1", ReferralStatus.ACCEPTED, date(2026, 10, 8)),
                                     ("R2", ReferralStatus.COMPLETED, date(2026, 9, 30)),
                                     ("R3", ReferralStatus.DRAFT, None)):
            uow.session.add(Referral(tracking_number=number, person_id=anna, agency_id=clinic.id, service="Check",
                                     status=status, created_on=date(2026, 9, 1), sent_on=sent))

        post = Post(name="Desk")
        worker = StaffMember(given_name="Vera", family_name="Vol", kind=StaffKind.VOLUNTEER)
        other = StaffMember(given_name="Stan", family_name="Staff", kind=StaffKind.STAFF)
        uow.session.add_all([post, worker, other])
        uow.flush()
        shift = Shift(post_id=post.id, shift_date=date(2026, 10, 10), start_time=time(9), end_time=time(13))
        uow.session.add(shift)
        uow.flush()
        uow.session.add_all([
            Assignment(shift_id=shift.id, staff_id=worker.id, status=AssignmentStatus.COMPLETED,
                       signed_in_at=datetime(2026, 10, 10, 9, 0, tzinfo=UTC),
                       signed_out_at=datetime(2026, 10, 10, 12, 30, tzinfo=UTC)),
            Assignment(shift_id=shift.id, staff_id=other.id, status=AssignmentStatus.SIGNED_IN,
                       signed_in_at=datetime(2026, 10, 10, 9, 0, tzinfo=UTC)),
        ])
        uow.commit()
    return Ids({"anna": anna, "bob": bob, "carl": carl, "dora": dora, "eve": eve, "frank": frank, "gus": gus,
                "hana": hana}, {"H1": h1, "H2": h2, "H3": h3})
