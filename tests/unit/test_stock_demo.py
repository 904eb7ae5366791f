"""Demo step 40: a profile catalogue, receipts, parcels to the demo households, a count with differences."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal
from pathlib import Path

from faker import Faker
from sqlalchemy import func, select

from desktop.db import Database, open_database
from desktop.models.services import ServiceRecord, ServiceSource
from desktop.models.stock import Item, MovementKind, StockCount, StockMovement
from desktop.progress import Progress
from desktop.schema import prepare
from desktop.services import users
from desktop.services.demo import DemoContext, guard_tables
from desktop.services.permissions import Actor
from desktop.services.stock.demo import demo_stock
from desktop.services.stock.ledger import verify_balances
from desktop.services.uow import UnitOfWork
from tests.conftest import ADMIN_PASSWORD, make_centre
from tests.stock_support import add_household

TODAY = date(2026, 3, 1)


def run_step(db: Database, admin: Actor, profile: str, seed: int, months: int = 3) -> dict[str, int]:
    with UnitOfWork(db) as uow:
        ctx = DemoContext(uow=uow, actor=admin, profile=profile, households=10, months=months, today=TODAY,
                          fake=Faker({"pl": "pl_PL", "id": "id_ID"}.get(profile, "en_GB")), rng=random.Random(seed),
                          progress=Progress())
        ctx.fake.seed_instance(seed)
        demo_stock(ctx)
        uow.commit()
        return ctx.counts


def fingerprint(db: Database) -> list[tuple[object, ...]]:
    with UnitOfWork(db, write=False) as uow:
        return [tuple(r) for r in uow.session.execute(
            select(StockMovement.moved_on, StockMovement.kind, StockMovement.item_id, StockMovement.lot_id,
                   StockMovement.location_id, StockMovement.quantity).order_by(StockMovement.id))]


def test_demo_stock_with_households(db: Database, admin: Actor) -> None:
    for n in range(10):
        add_household(db, f"D-{n}", members=n % 5 + 1)
    counts = run_step(db, admin, "pl", seed=3)
    assert counts["stock_items"] == 17 and counts["parcels"] > 10 and counts["count_differences"] >= 1
    with UnitOfWork(db, write=False) as uow:
        names = set(uow.session.scalars(select(Item.name)))
        assert "Ryż 1 kg" in names and "Śpiwór" in names
        assert verify_balances(uow) == []
        kinds = dict(uow.session.execute(select(StockMovement.kind, func.count()).group_by(StockMovement.kind)).all())
        assert kinds[MovementKind.RECEIVED] > 0 and kinds[MovementKind.TRANSFERRED] > 0
        assert kinds[MovementKind.DISTRIBUTED] > 0 and kinds[MovementKind.COUNTED] == counts["count_differences"]
        records = uow.session.scalar(select(func.count()).select_from(ServiceRecord)
                                     .where(ServiceRecord.source == ServiceSource.DISTRIBUTION))
        assert records == counts["parcels"]
        kg = uow.session.scalar(select(func.sum(ServiceRecord.weight_kg)))
        assert kg is not None and Decimal(str(kg)) > 0
        assert uow.session.scalar(select(func.count()).select_from(StockCount)) == 1


def test_demo_stock_is_deterministic_and_skips_parcels_without_households(
        db: Database, admin: Actor, tmp_path: Path) -> None:
    counts = run_step(db, admin, "id", seed=5, months=2)
    assert counts["parcels"] == 0
    with UnitOfWork(db, write=False) as uow:
        assert "Beras 5 kg" in set(uow.session.scalars(select(Item.name)))
    first = fingerprint(db)

    other = open_database(str(tmp_path / "other.sqlite3"))
    try:
        prepare(other)
        make_centre(other, profile="id")
        with UnitOfWork(other) as uow:
            admin2 = users.authenticate(uow, "admin", ADMIN_PASSWORD)
            uow.commit()
        run_step(other, admin2, "id", seed=5, months=2)
        assert fingerprint(other) == first
    finally:
        other.dispose()
    assert "stock_items" in guard_tables()
