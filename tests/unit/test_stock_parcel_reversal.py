"""Reversing parcel lines keeps the parcel's service record, its lines and the monthly report in step.

Hand-worked figures (tests/stock_support.py catalogue): rice 1.000 kg a bag, beans 0.400 kg a can, jacket
(clothing) and soap (hygiene) without a weight.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from desktop.db import Database
from desktop.errors import ValidationError
from desktop.models.audit import AuditEvent
from desktop.models.services import ServiceRecord
from desktop.models.stock import Distribution, DistributionLine, StockMovement
from desktop.models.users import Role
from desktop.reports.periods import month_period
from desktop.services import reporting
from desktop.services.permissions import Actor
from desktop.services.stock import adjustments, distributions
from desktop.services.stock.distributions import ParcelLineInput
from desktop.services.stock.receipts import ReceiptLineInput
from desktop.services.uow import UnitOfWork
from tests.stock_support import StockWorld, make_world, receive

D = Decimal
TODAY = date(2026, 3, 1)
PARCEL_DAY = date(2026, 2, 10)
FEBRUARY = month_period(2026, 2)


@pytest.fixture
def world(db: Database, admin: Actor) -> StockWorld:
    world = make_world(db, admin)
    receive(db, admin, world.shelf, [
        ReceiptLineInput(world.rice, D(2), "A", date(2026, 4, 1)),  # first expiry: picked first
        ReceiptLineInput(world.rice, D(8), "B", date(2026, 6, 1)),
        ReceiptLineInput(world.beans, D(10), "C", date(2026, 6, 1)),
        ReceiptLineInput(world.jacket, D(3)),
        ReceiptLineInput(world.soap, D(3)),
    ], on=date(2026, 2, 1), today=TODAY)
    return world


def give(db: Database, actor: Actor, world: StockWorld, lines: list[ParcelLineInput],
         household: int = 0) -> distributions.ParcelResult:
    with UnitOfWork(db) as uow:
        result = distributions.give_parcel(uow, actor, distributed_on=PARCEL_DAY, location_id=world.shelf,
                                           lines=lines, household_id=world.households[household], today=TODAY)
        uow.commit()
        return result


def movement(db: Database, distribution_id: int, item_id: int, lot_code: str | None = None) -> int:
    from desktop.models.stock import Lot

    with UnitOfWork(db, write=False) as uow:
        query = (select(StockMovement.id).join(Lot, Lot.id == StockMovement.lot_id)
                 .where(StockMovement.distribution_id == distribution_id, StockMovement.item_id == item_id,
                        StockMovement.reverses_id.is_(None)))
        if lot_code is not None:
            query = query.where(Lot.code == lot_code)
        found = list(uow.session.scalars(query))
        assert len(found) == 1
        return found[0]


def reverse(db: Database, actor: Actor, movement_id: int) -> None:
    with UnitOfWork(db) as uow:
        adjustments.reverse_movement(uow, actor, movement_id, "went back to the shelf", today=TODAY)
        uow.commit()


def record_of(db: Database, record_id: int) -> tuple[str, Decimal, Decimal | None] | None:
    with UnitOfWork(db, write=False) as uow:
        record = uow.session.get(ServiceRecord, record_id)
        return None if record is None else (record.service_type, record.quantity, record.weight_kg)


def lines_of(db: Database, distribution_id: int) -> dict[int, Decimal]:
    with UnitOfWork(db, write=False) as uow:
        return {line.item_id: line.quantity for line in uow.session.scalars(
            select(DistributionLine).where(DistributionLine.distribution_id == distribution_id))}


def february(db: Database, actor: Actor) -> dict[str, Any]:
    with UnitOfWork(db, write=False) as uow:
        figures = reporting.run_pack(uow, actor, "monthly", FEBRUARY).figures
    services = figures["services"]
    return {"kg": figures["food"]["kg"], "unweighted": figures["food"]["unweighted_items"],
            "food_parcels": services.get("food_parcel", {}).get("count", 0),
            "clothing": services.get("clothing", {}).get("count", 0)}


def test_partial_reversals_lower_the_weight_and_the_report(db: Database, actors: dict[Role, Actor],
                                                           world: StockWorld) -> None:
    desk, admin = actors[Role.FRONT_DESK], actors[Role.ADMINISTRATOR]
    parcel = give(db, desk, world, [ParcelLineInput(world.rice, D(3)), ParcelLineInput(world.beans, D(5)),
                                    ParcelLineInput(world.jacket, D(1))])
    # 3 bags x 1.000 + 5 cans x 0.400 = 5.000 kg; rice comes from lot A (2 bags) and lot B (1 bag).
    assert record_of(db, parcel.service_record_id) == ("food_parcel", D(1), D("5.000"))
    assert february(db, admin) == {"kg": 5.0, "unweighted": 0, "food_parcels": 1, "clothing": 0}

    reverse(db, desk, movement(db, parcel.distribution_id, world.beans))  # 5 cans back: 5.000 - 2.000
    assert record_of(db, parcel.service_record_id) == ("food_parcel", D(1), D("3.000"))
    assert lines_of(db, parcel.distribution_id) == {world.rice: D(3), world.jacket: D(1)}
    assert february(db, admin) == {"kg": 3.0, "unweighted": 0, "food_parcels": 1, "clothing": 0}

    reverse(db, desk, movement(db, parcel.distribution_id, world.rice, "A"))  # 2 bags back: 3.000 - 2.000
    assert record_of(db, parcel.service_record_id) == ("food_parcel", D(1), D("1.000"))
    assert lines_of(db, parcel.distribution_id) == {world.rice: D(1), world.jacket: D(1)}
    assert february(db, admin) == {"kg": 1.0, "unweighted": 0, "food_parcels": 1, "clothing": 0}

    # The last food goes back: what went out is a jacket, so the visit is a clothing service without weight.
    reverse(db, desk, movement(db, parcel.distribution_id, world.rice, "B"))
    assert record_of(db, parcel.service_record_id) == ("clothing", D(1), None)
    assert february(db, admin) == {"kg": 0, "unweighted": 0, "food_parcels": 0, "clothing": 1}

    with UnitOfWork(db, write=False) as uow:
        updates = list(uow.session.scalars(select(AuditEvent.summary).where(
            AuditEvent.entity == "service_record", AuditEvent.entity_id == str(parcel.service_record_id))
            .order_by(AuditEvent.id)))
    assert len(updates) == 3 and all(f"parcel {parcel.distribution_id}" in s for s in updates)


def test_reversing_every_line_removes_the_service_record(db: Database, actors: dict[Role, Actor],
                                                         world: StockWorld) -> None:
    desk, admin = actors[Role.FRONT_DESK], actors[Role.ADMINISTRATOR]
    # another household's parcel: 0.800 kg, untouched
    kept = give(db, desk, world, [ParcelLineInput(world.beans, D(2))], household=1)
    parcel = give(db, desk, world, [ParcelLineInput(world.rice, D(3)), ParcelLineInput(world.soap, D(1))])
    assert february(db, admin) == {"kg": 3.8, "unweighted": 0, "food_parcels": 2, "clothing": 0}

    reverse(db, desk, movement(db, parcel.distribution_id, world.soap))
    assert record_of(db, parcel.service_record_id) == ("food_parcel", D(1), D("3.000"))
    reverse(db, desk, movement(db, parcel.distribution_id, world.rice, "A"))
    assert record_of(db, parcel.service_record_id) == ("food_parcel", D(1), D("1.000"))
    reverse(db, desk, movement(db, parcel.distribution_id, world.rice, "B"))

    assert record_of(db, parcel.service_record_id) is None  # the parcel never went out
    assert record_of(db, kept.service_record_id) == ("food_parcel", D(1), D("0.800"))
    assert lines_of(db, parcel.distribution_id) == {}
    with UnitOfWork(db, write=False) as uow:
        distribution = uow.session.get(Distribution, parcel.distribution_id)
        assert distribution is not None and distribution.service_record_id is None
        removal = uow.session.scalars(select(AuditEvent.summary).where(
            AuditEvent.entity == "service_record", AuditEvent.entity_id == str(parcel.service_record_id))
            .order_by(AuditEvent.id.desc())).first()
    assert removal is not None and removal.startswith("removed") and "H-000" not in removal
    assert february(db, admin) == {"kg": 0.8, "unweighted": 0, "food_parcels": 1, "clothing": 0}
    with UnitOfWork(db, write=False) as uow:  # the client file's recent parcels no longer show it
        assert distributions.household_parcels(uow, desk, world.households[0]) == []
        assert [p.id for p in distributions.household_parcels(uow, desk, world.households[1])] == [
            kept.distribution_id]


def test_record_changes_belong_to_the_reversal_transaction(db: Database, actors: dict[Role, Actor],
                                                           world: StockWorld) -> None:
    desk = actors[Role.FRONT_DESK]
    parcel = give(db, desk, world, [ParcelLineInput(world.beans, D(5)), ParcelLineInput(world.jacket, D(1))])
    beans = movement(db, parcel.distribution_id, world.beans)
    with UnitOfWork(db) as uow:
        adjustments.reverse_movement(uow, desk, beans, "went back to the shelf", today=TODAY)
        # not committed: the reversal, the lines and the record all stay as they were
    assert record_of(db, parcel.service_record_id) == ("food_parcel", D(1), D("2.000"))
    assert lines_of(db, parcel.distribution_id) == {world.beans: D(5), world.jacket: D(1)}
    reverse(db, desk, beans)
    with UnitOfWork(db) as uow, pytest.raises(ValidationError, match="already reversed"):
        adjustments.reverse_movement(uow, desk, beans, "again", today=TODAY)
    assert record_of(db, parcel.service_record_id) == ("clothing", D(1), None)
