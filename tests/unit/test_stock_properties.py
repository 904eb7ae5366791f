"""Property test: random sequences of receipts, parcels, transfers, counts, adjustments and reversals.

After every step: nothing on hand is negative, the on-hand cache equals the sum of the ledger, no
expired lot was ever given out, and a posted count leaves exactly the counted quantities on hand.
"""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop.db import Database, open_database
from desktop.errors import ValidationError
from desktop.models.stock import Lot, MovementKind, MovementReason, StockBalance, StockMovement
from desktop.schema import prepare
from desktop.services import users
from desktop.services.permissions import Actor
from desktop.services.stock import adjustments, counts, distributions, queries
from desktop.services.stock.distributions import ParcelLineInput
from desktop.services.stock.ledger import verify_balances
from desktop.services.stock.receipts import ReceiptLineInput
from desktop.services.uow import UnitOfWork
from tests.conftest import ADMIN_PASSWORD, make_centre
from tests.stock_support import StockWorld, make_world, receive

START = date(2026, 1, 1)
outcomes: dict[str, int] = {}  # how many steps of each kind ran or were refused (inspect when debugging)
reasons: list[str] = []  # refusal messages, for debugging with -s


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, StockWorld]:
    folder = tmp_path_factory.mktemp("stockprop")
    path = folder / "base.sqlite3"
    db = open_database(str(path))
    prepare(db)
    make_centre(db)
    with UnitOfWork(db) as uow:
        admin = users.authenticate(uow, "admin", ADMIN_PASSWORD)
    world = make_world(db, admin, households=3)
    db.dispose()
    return path, world


quantities = st.decimals(min_value=Decimal("0.5"), max_value=Decimal(20), places=1)
small = st.decimals(min_value=Decimal("0.5"), max_value=Decimal(3), places=1)
steps = st.lists(st.one_of(
    st.tuples(st.just("receive"), st.integers(0, 3), quantities, st.integers(-5, 40), st.integers(0, 1)),
    st.tuples(st.just("parcel"), st.integers(0, 3), small, st.integers(0, 2), st.integers(0, 1)),
    st.tuples(st.just("transfer"), st.integers(0, 3), small, st.integers(0, 1), st.integers(0, 1)),
    st.tuples(st.just("count"), st.integers(0, 1), st.lists(st.integers(-3, 3), min_size=1, max_size=12),
              st.integers(0, 0), st.integers(0, 0)),
    st.tuples(st.just("adjust"), st.integers(0, 3), quantities, st.integers(0, 1), st.integers(0, 1)),
    st.tuples(st.just("reverse"), st.integers(0, 10_000), st.just(Decimal(0)), st.integers(0, 0),
              st.integers(0, 0)),
), min_size=1, max_size=30)


def _ledger_size(db: Database) -> int:
    with UnitOfWork(db, write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(StockMovement)) or 0)


def _check_invariants(db: Database, admin: Actor) -> None:
    with UnitOfWork(db, write=False) as uow:
        assert verify_balances(uow) == []
        negatives = uow.session.scalar(select(func.count()).select_from(StockBalance)
                                       .where(StockBalance.quantity < -0.0005))
        assert negatives == 0
        expired_out = uow.session.scalar(
            select(func.count()).select_from(StockMovement).join(Lot, Lot.id == StockMovement.lot_id)
            .where(StockMovement.kind == MovementKind.DISTRIBUTED, StockMovement.reverses_id.is_(None),
                   Lot.expires_on < StockMovement.moved_on))
        assert expired_out == 0
        for row in queries.on_hand(uow, admin):
            assert row.quantity >= 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps, day_steps=st.lists(st.integers(0, 3), min_size=30, max_size=30))
def test_random_stock_operations_keep_the_ledger_sound(
        base: tuple[Path, StockWorld], tmp_path_factory: pytest.TempPathFactory,
        steps: list[tuple[str, int, Decimal, int, int]], day_steps: list[int]) -> None:
    base_path, world = base
    path = tmp_path_factory.mktemp("ex") / "db.sqlite3"
    shutil.copyfile(base_path, path)
    db = open_database(str(path))
    try:
        with UnitOfWork(db) as uow:
            admin = users.authenticate(uow, "admin", ADMIN_PASSWORD)
            uow.commit()
        items = [world.rice, world.beans, world.soap, world.jacket]
        perishable = {world.rice, world.beans}
        locations = [world.shelf, world.warehouse]
        today = START
        for index, (op, a, quantity, b, c) in enumerate(steps):
            today += timedelta(days=day_steps[index])
            before = _ledger_size(db)
            try:
                _apply(db, admin, world, op, a, quantity, b, c, today, items, perishable, locations)
                outcomes[op] = outcomes.get(op, 0) + 1
            except ValidationError as exc:
                reasons.append(exc.message[:60])
                assert _ledger_size(db) == before  # a refused document leaves no trace
                outcomes[op + " refused"] = outcomes.get(op + " refused", 0) + 1
            _check_invariants(db, admin)
    finally:
        db.dispose()


def _apply(db: Database, admin: Actor, world: StockWorld, op: str, a: int, quantity: Decimal, b: int, c: int,
           today: date, items: list[int], perishable: set[int], locations: list[int]) -> None:
    item = items[a % len(items)]
    if op == "receive":
        expiry = today + timedelta(days=b) if item in perishable else None
        if expiry is not None and expiry < today:
            expiry = today  # receipts refuse expired food; the property is about it expiring later
        receive(db, admin, locations[c], [ReceiptLineInput(item, quantity, f"L{b}", expiry)], on=today, today=today)
    elif op == "parcel":
        with UnitOfWork(db) as uow:
            distributions.give_parcel(uow, admin, distributed_on=today, location_id=locations[c],
                                      lines=[ParcelLineInput(item, quantity)], household_id=world.households[b],
                                      override_reason="test", today=today)
            uow.commit()
    elif op == "transfer":
        with UnitOfWork(db) as uow:
            adjustments.transfer(uow, admin, from_location_id=locations[b], to_location_id=locations[1 - b],
                                 moved_on=today, lines=[ParcelLineInput(item, quantity)], today=today)
            uow.commit()
    elif op == "adjust":
        with UnitOfWork(db) as uow:
            lot = uow.session.scalar(select(StockBalance.lot_id).where(
                StockBalance.item_id == item, StockBalance.location_id == locations[b]).limit(1))
            if lot is None:
                return
            sign = -1 if c else 1
            adjustments.adjust(uow, admin, item_id=item, lot_id=lot, location_id=locations[b],
                               quantity=quantity * sign, reason=MovementReason.CORRECTION, moved_on=today, today=today)
            uow.commit()
    elif op == "reverse":
        with UnitOfWork(db) as uow:
            ids = list(uow.session.scalars(select(StockMovement.id).order_by(StockMovement.id)))
            if not ids:
                return
            adjustments.reverse_movement(uow, admin, ids[a % len(ids)], "property test", today=today)
            uow.commit()
    elif op == "count":
        deltas: list[int] = quantity  # type: ignore[assignment] - the strategy puts the list here
        location = locations[a]
        with UnitOfWork(db) as uow:
            sheet = counts.start_count(uow, admin, location_id=location, counted_on=today, today=today)
            entered = {line.id: max(Decimal(0), line.expected + deltas[i % len(deltas)])
                       for i, line in enumerate(sheet.lines)}
            counts.enter_counts(uow, admin, sheet.id, entered)
            counts.post_count(uow, admin, sheet.id)
            uow.commit()
        with UnitOfWork(db, write=False) as uow:
            after = counts.on_hand_as_of(uow, location, today)
            sheet = counts.count_sheet(uow, admin, sheet.id)
            for line in sheet.lines:
                if line.lot_id is not None:
                    assert after.get((line.item_id, line.lot_id), Decimal(0)) == line.counted
            # every lot at the location is on the sheet, so the whole location reconciles exactly
            counted_total = sum((line.counted or Decimal(0) for line in sheet.lines), Decimal(0))
            assert sum(after.values(), Decimal(0)) == counted_total
