"""Receipts, parcels (FEFO, expiry, shortages, visit limit), transfers, adjustments, reversals, counts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from desktop.db import Database
from desktop.errors import PermissionDenied, ValidationError
from desktop.models.audit import AuditEvent
from desktop.models.services import ServiceRecord, ServiceSource
from desktop.models.stock import ItemCategory, MovementKind, MovementReason, StockMovement
from desktop.models.users import Role
from desktop.services.permissions import Actor
from desktop.services.stock import adjustments, counts, distributions, policy, queries
from desktop.services.stock.distributions import ParcelLineInput
from desktop.services.stock.ledger import balance, verify_balances
from desktop.services.stock.receipts import ReceiptLineInput
from desktop.services.uow import UnitOfWork
from tests.stock_support import StockWorld, make_world, receive

D = Decimal
TODAY = date(2026, 3, 1)


@pytest.fixture
def world(db: Database, admin: Actor) -> StockWorld:
    return make_world(db, admin)


def give(db: Database, actor: Actor, world: StockWorld, lines: list[ParcelLineInput], *, household: int | None = None,
         on: date = date(2026, 2, 1), reason: str = "") -> distributions.ParcelResult:
    with UnitOfWork(db) as uow:
        result = distributions.give_parcel(uow, actor, distributed_on=on, location_id=world.shelf, lines=lines,
                                           household_id=household or world.households[0], override_reason=reason,
                                           today=TODAY)
        uow.commit()
        return result


def on_hand_of(db: Database, actor: Actor, item: int, location: int | None = None) -> Decimal:
    with UnitOfWork(db, write=False) as uow:
        return next(r.quantity for r in queries.on_hand(uow, actor, location_id=location) if r.item_id == item)


def test_receipt_creates_lots_and_movements(db: Database, admin: Actor, world: StockWorld) -> None:
    result = receive(db, admin, world.shelf, [
        ReceiptLineInput(world.rice, D(20), "R1", date(2026, 6, 1), value_minor=8000),
        ReceiptLineInput(world.soap, D("5.5")),
    ])
    assert len(result.lot_ids) == 2
    assert on_hand_of(db, admin, world.rice) == D("20.000")
    with UnitOfWork(db, write=False) as uow:
        rows = {r.item_id: r for r in queries.on_hand(uow, admin)}
        assert rows[world.rice].weight_kg == D("20.000")
        assert rows[world.rice].value_minor == 8000  # 400 per bag from the purchase value
        assert rows[world.soap].quantity == D("5.500")
        assert rows[world.soap].below_reorder is False
        kinds = list(uow.session.scalars(select(StockMovement.kind)))
        assert kinds == [MovementKind.RECEIVED, MovementKind.RECEIVED]
        assert uow.session.scalar(select(func.count()).select_from(AuditEvent)
                                  .where(AuditEvent.entity == "stock_receipt")) == 1


def test_receipt_refuses_perishable_without_date_and_expired(db: Database, admin: Actor, world: StockWorld) -> None:
    with pytest.raises(ValidationError, match="perishable"):
        receive(db, admin, world.shelf, [ReceiptLineInput(world.rice, D(1))])
    with pytest.raises(ValidationError, match="already expired"):
        receive(db, admin, world.shelf, [ReceiptLineInput(world.rice, D(1), expires_on=date(2026, 1, 1))])
    with UnitOfWork(db, write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(StockMovement)) == 0


def test_parcel_picks_fefo_skips_expired_and_writes_one_service_record(
        db: Database, admin: Actor, world: StockWorld) -> None:
    receive(db, admin, world.shelf, [
        ReceiptLineInput(world.rice, D(5), "LATE", date(2026, 9, 1)),
        ReceiptLineInput(world.rice, D(3), "SOON", date(2026, 2, 10)),
        ReceiptLineInput(world.rice, D(4), "OLD", date(2026, 1, 20)),  # expired by the parcel date
        ReceiptLineInput(world.beans, D(10), "B", date(2027, 1, 1)),
    ])
    result = give(db, admin, world, [ParcelLineInput(world.rice, D(4)), ParcelLineInput(world.beans, D(5))])
    picks = [(p.expires_on, p.quantity) for p in result.picks if p.item_id == world.rice]
    assert picks == [(date(2026, 2, 10), D(3)), (date(2026, 9, 1), D(1))]
    assert result.service_type == "food_parcel"
    assert result.weight_kg == D("6.000")  # 4 x 1 kg + 5 x 0.4 kg
    with UnitOfWork(db, write=False) as uow:
        record = uow.session.get(ServiceRecord, result.service_record_id)
        assert record is not None and record.source is ServiceSource.DISTRIBUTION
        assert record.weight_kg == D("6.000") and record.household_id == world.households[0]
        assert uow.session.scalar(select(func.count()).select_from(ServiceRecord)) == 1
        assert verify_balances(uow) == []
    assert on_hand_of(db, admin, world.rice) == D(8)  # 12 - 4, the expired 4 still there to write off


def test_not_enough_stock_is_reported_before_anything_is_saved(db: Database, admin: Actor, world: StockWorld) -> None:
    receive(db, admin, world.shelf, [ReceiptLineInput(world.rice, D(2), "OLD", date(2026, 1, 20)),
                                     ReceiptLineInput(world.beans, D(1), "B", date(2027, 1, 1))])
    with pytest.raises(ValidationError) as caught:
        give(db, admin, world, [ParcelLineInput(world.rice, D(1)), ParcelLineInput(world.beans, D(3))])
    message = caught.value.message
    assert "Rice 1 kg: 1.000 bag needed, only 0.000 bag can be given." in message
    assert "2.000 bag on the shelf have expired" in message
    assert "Beans can: 3.000 can needed, only 1.000 can" in message
    with UnitOfWork(db, write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(ServiceRecord)) == 0
        assert uow.session.scalar(select(func.count()).select_from(StockMovement)) == 2


def test_expired_lot_chosen_by_hand_is_refused(db: Database, admin: Actor, world: StockWorld) -> None:
    lots = receive(db, admin, world.shelf, [ReceiptLineInput(world.rice, D(2), "OLD", date(2026, 1, 20))]).lot_ids
    with pytest.raises(ValidationError, match="expired on 2026-01-20"):
        give(db, admin, world, [ParcelLineInput(world.rice, D(1), lots[0])])


def test_second_parcel_within_limit_needs_a_reason_which_is_recorded(
        db: Database, actors: dict[Role, Actor], world: StockWorld) -> None:
    desk = actors[Role.FRONT_DESK]
    receive(db, actors[Role.WAREHOUSE], world.shelf, [ReceiptLineInput(world.rice, D(10), "A", date(2027, 1, 1)),
                                                       ReceiptLineInput(world.jacket, D(3))])
    give(db, desk, world, [ParcelLineInput(world.rice, D(1))], on=date(2026, 2, 1))
    with pytest.raises(policy.VisitLimitExceeded) as caught:
        give(db, desk, world, [ParcelLineInput(world.rice, D(1))], on=date(2026, 2, 20))
    assert caught.value.hits[0].last_given_on == date(2026, 2, 1)
    # clothing has no limit; another household has none either
    give(db, desk, world, [ParcelLineInput(world.jacket, D(1))], on=date(2026, 2, 20))
    give(db, desk, world, [ParcelLineInput(world.rice, D(1))], household=world.households[1], on=date(2026, 2, 20))
    second = give(db, desk, world, [ParcelLineInput(world.rice, D(1))], on=date(2026, 2, 20), reason="fire at home")
    assert second.overridden
    with UnitOfWork(db, write=False) as uow:
        record = uow.session.get(ServiceRecord, second.service_record_id)
        assert record is not None and record.override_reason == "fire at home"
        overrides = list(uow.session.scalars(select(AuditEvent).where(AuditEvent.action == "override")))
        assert len(overrides) == 1 and overrides[0].username == desk.username
        assert "fire" not in overrides[0].summary  # no free text (may hold personal data) in the audit summary
    # 30 days after the last parcel no reason is needed
    with UnitOfWork(db, write=False) as uow:
        hits = policy.check(uow, household_id=world.households[0], person_id=None,
                            categories=[ItemCategory.FOOD], on_date=date(2026, 3, 22))
        assert hits == []
        hits = policy.check(uow, household_id=world.households[0], person_id=None,
                            categories=[ItemCategory.FOOD], on_date=date(2026, 3, 21))
        assert [h.last_given_on for h in hits] == [date(2026, 2, 20)]


def test_visit_limits_are_configurable_by_coordinator_only(db: Database, actors: dict[Role, Actor]) -> None:
    with UnitOfWork(db) as uow:
        with pytest.raises(PermissionDenied):
            policy.set_limits(uow, actors[Role.FRONT_DESK], {ItemCategory.FOOD: 7})
        policy.set_limits(uow, actors[Role.COORDINATOR], {ItemCategory.FOOD: 7, ItemCategory.CLOTHING: 90})
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        assert policy.limits(uow) == {ItemCategory.FOOD: 7, ItemCategory.CLOTHING: 90}


def test_roles(db: Database, actors: dict[Role, Actor], world: StockWorld) -> None:
    with pytest.raises(PermissionDenied):
        receive(db, actors[Role.FRONT_DESK], world.shelf, [ReceiptLineInput(world.soap, D(1))])
    receive(db, actors[Role.WAREHOUSE], world.shelf, [ReceiptLineInput(world.soap, D(1))])
    with UnitOfWork(db, write=False) as uow:
        with pytest.raises(PermissionDenied):
            queries.ledger(uow, actors[Role.CASEWORKER], date(2026, 1, 1), date(2026, 2, 1))


def test_transfer_and_its_reversal(db: Database, admin: Actor, world: StockWorld) -> None:
    receive(db, admin, world.warehouse, [ReceiptLineInput(world.rice, D(5), "A", date(2026, 5, 1)),
                                         ReceiptLineInput(world.rice, D(5), "B", date(2026, 4, 1))])
    with UnitOfWork(db) as uow:
        transfer_id = adjustments.transfer(uow, admin, from_location_id=world.warehouse, to_location_id=world.shelf,
                                           moved_on=date(2026, 2, 1), lines=[ParcelLineInput(world.rice, D(7))],
                                           today=TODAY)
        uow.commit()
    assert on_hand_of(db, admin, world.rice, world.shelf) == D(7)
    assert on_hand_of(db, admin, world.rice, world.warehouse) == D(3)
    assert on_hand_of(db, admin, world.rice) == D(10)
    with UnitOfWork(db) as uow:
        leg = uow.session.scalar(select(StockMovement.id).where(StockMovement.transfer_id == transfer_id,
                                                                StockMovement.quantity < 0))
        assert leg is not None
        ids = adjustments.reverse_movement(uow, admin, leg, "wrong shelf", today=TODAY)
        assert len(ids) == 2  # both legs of that lot
        with pytest.raises(ValidationError, match="already reversed"):
            adjustments.reverse_movement(uow, admin, leg, "again", today=TODAY)
        uow.commit()
    assert on_hand_of(db, admin, world.rice, world.shelf) == D(2)  # the other lot's 2 stay on the shelf


def test_reversing_a_receipt_after_its_stock_went_out_is_refused(
        db: Database, admin: Actor, world: StockWorld) -> None:
    result = receive(db, admin, world.shelf, [ReceiptLineInput(world.soap, D(2))])
    give(db, admin, world, [ParcelLineInput(world.soap, D(2))])
    with UnitOfWork(db) as uow, pytest.raises(ValidationError, match="Not enough Soap"):
        adjustments.reverse_movement(uow, admin, result.movement_ids[0], "typo", today=TODAY)


def test_adjustment_reasons_and_write_off(db: Database, admin: Actor, world: StockWorld) -> None:
    lots = receive(db, admin, world.shelf, [ReceiptLineInput(world.rice, D(6), "A", date(2026, 2, 1))]).lot_ids
    with UnitOfWork(db) as uow:
        with pytest.raises(ValidationError, match="only be taken out"):
            adjustments.adjust(uow, admin, item_id=world.rice, lot_id=lots[0], location_id=world.shelf,
                               quantity=D(1), reason=MovementReason.DAMAGED, moved_on=TODAY, today=TODAY)
        adjustments.adjust(uow, admin, item_id=world.rice, lot_id=lots[0], location_id=world.shelf,
                           quantity=D(-1), reason=MovementReason.DAMAGED, moved_on=date(2026, 1, 10), today=TODAY)
        written = adjustments.write_off_expired(uow, admin, location_id=world.shelf, on_date=TODAY, today=TODAY)
        uow.commit()
        assert len(written) == 1
    assert on_hand_of(db, admin, world.rice) == D(0)


def test_count_posts_differences_and_locks_earlier_dates(db: Database, admin: Actor, world: StockWorld) -> None:
    receive(db, admin, world.shelf, [ReceiptLineInput(world.rice, D(10), "A", date(2026, 6, 1)),
                                     ReceiptLineInput(world.soap, D(4))])
    give(db, admin, world, [ParcelLineInput(world.soap, D(1))], on=date(2026, 2, 20))  # after the count date
    with UnitOfWork(db) as uow:
        sheet = counts.start_count(uow, admin, location_id=world.shelf, counted_on=date(2026, 2, 15), today=TODAY)
        by_item = {line.item_id: line for line in sheet.lines}
        assert by_item[world.rice].expected == D(10) and by_item[world.soap].expected == D(4)
        assert by_item[world.jacket].expected == D(0) and by_item[world.jacket].lot_id is None  # zero lines too
        entered = {line.id: line.expected for line in sheet.lines}
        entered[by_item[world.rice].id] = D(9)  # one bag missing
        entered[by_item[world.jacket].id] = D(2)  # two jackets found
        counts.enter_counts(uow, admin, sheet.id, entered)
        posted = counts.post_count(uow, admin, sheet.id)
        uow.commit()
    assert posted.differences == 2
    assert on_hand_of(db, admin, world.rice) == D(9)
    assert on_hand_of(db, admin, world.jacket) == D(2)
    assert on_hand_of(db, admin, world.soap) == D(3)  # 4 counted on the 15th, 1 given on the 20th
    with pytest.raises(ValidationError, match="was counted on 2026-02-15"):
        receive(db, admin, world.shelf, [ReceiptLineInput(world.soap, D(1))], on=date(2026, 2, 14))
    receive(db, admin, world.shelf, [ReceiptLineInput(world.soap, D(1))], on=date(2026, 2, 15))
    with UnitOfWork(db, write=False) as uow:
        assert verify_balances(uow) == []


def test_count_needs_every_line(db: Database, admin: Actor, world: StockWorld) -> None:
    with UnitOfWork(db) as uow:
        sheet = counts.start_count(uow, admin, location_id=world.shelf, counted_on=TODAY, today=TODAY)
        with pytest.raises(ValidationError, match="4 line"):
            counts.post_count(uow, admin, sheet.id)


def test_ledger_is_append_only(db: Database, admin: Actor, world: StockWorld) -> None:
    receive(db, admin, world.shelf, [ReceiptLineInput(world.soap, D(1))])
    with UnitOfWork(db) as uow:
        with pytest.raises((IntegrityError, OperationalError), match="append-only"):
            uow.session.execute(text("UPDATE stock_movements SET quantity = 5"))
    with UnitOfWork(db) as uow:
        with pytest.raises((IntegrityError, OperationalError), match="append-only"):
            uow.session.execute(text("DELETE FROM stock_movements"))


def test_cache_check_finds_and_repairs_a_damaged_cache(db: Database, admin: Actor, world: StockWorld) -> None:
    receive(db, admin, world.shelf, [ReceiptLineInput(world.soap, D(3))])
    with UnitOfWork(db) as uow:
        uow.session.execute(text("UPDATE stock_balances SET quantity = 99"))
        uow.commit()
    with UnitOfWork(db) as uow:
        found = adjustments.check_stock(uow, admin, repair=True)
        assert [(m.cached, m.ledger) for m in found.mismatches] == [(D(99), D(3))]
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        assert verify_balances(uow) == []
        assert balance(uow, world.soap, 1, world.shelf) == D(3)


def test_history_has_running_balance(db: Database, admin: Actor, world: StockWorld) -> None:
    receive(db, admin, world.shelf, [ReceiptLineInput(world.soap, D(3))])
    give(db, admin, world, [ParcelLineInput(world.soap, D(1))])
    with UnitOfWork(db, write=False) as uow:
        history = queries.movement_history(uow, admin, world.soap)
        assert [(h.kind, h.quantity, h.balance) for h in history] == [
            (MovementKind.DISTRIBUTED, D(-1), D(2)), (MovementKind.RECEIVED, D(3), D(3))]
        assert history[0].document.startswith("parcel")
        flows = queries.category_flows(uow, admin, date(2026, 1, 1), date(2026, 2, 28))
        assert [(f.received, f.distributed, f.closing) for f in flows] == [(D(3), D(1), D(2))]
