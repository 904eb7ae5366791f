"""Stock speed: 500 items, 20,000 lots, 1,000,000 ledger movements (run explicitly, prints figures).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks/test_stock_bench.py -q -s -p no:cacheprovider

Targets (issue 4): on hand for all items < 300 ms; saving a 10-line parcel (FEFO, ledger, service
record, audit) p95 < 50 ms; rebuilding on hand from the ledger < 5 s.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, text

from desktop.db import Database
from desktop.models.clients import Household
from desktop.models.stock import Item, ItemCategory, Location, LocationKind, Lot
from desktop.services.permissions import Actor
from desktop.services.stock import adjustments, distributions, queries
from desktop.services.stock.distributions import ParcelLineInput
from desktop.services.uow import UnitOfWork

ITEMS, LOTS, MOVEMENTS = 500, 20_000, 1_000_000
TODAY = date(2026, 6, 1)


def _fill(db: Database) -> tuple[list[int], list[int], list[int]]:
    rng = random.Random(4)
    with UnitOfWork(db) as uow:
        s = uow.session
        s.execute(insert(Location), [{"id": 1, "name": "Warehouse", "kind": LocationKind.WAREHOUSE, "active": True},
                                     {"id": 2, "name": "Shelf", "kind": LocationKind.PANTRY_SHELF, "active": True}])
        categories = list(ItemCategory)
        s.execute(insert(Item), [{"id": i, "name": f"Item {i:03d}", "category": categories[i % 5] if i % 3 else
                                  ItemCategory.FOOD, "unit": "pcs", "unit_weight_kg": Decimal("0.5"),
                                  "perishable": i % 2 == 0, "reorder_level": Decimal(50), "unit_value_minor": 100,
                                  "active": True} for i in range(1, ITEMS + 1)])
        s.execute(insert(Lot), [{"id": n, "item_id": (n - 1) % ITEMS + 1, "code": f"L{n}",
                                 "expires_on": TODAY + timedelta(days=rng.randint(-30, 400)),
                                 "best_before": False, "received_on": TODAY - timedelta(days=300)}
                                for n in range(1, LOTS + 1)])
        s.execute(insert(Household), [{"id": h, "ref": f"B{h:05d}", "registered_on": date(2025, 1, 1)}
                                      for h in range(1, 301)])
        uow.commit()
    # The ledger: each lot received once (1000 units), then many small distributions and transfers.
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("BEGIN")
        now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
        rows = []
        for n in range(1, MOVEMENTS + 1):
            lot = (n - 1) % LOTS + 1
            item = (lot - 1) % ITEMS + 1
            first = n <= LOTS
            quantity = 1000 if first else -1
            location = 1 if first or n % 7 else 2
            kind = "received" if first else "distributed"
            if not first and n % 7 == 0:  # a transfer in to the shelf instead of a parcel
                quantity, kind = 1, "transferred"
            day = (TODAY - timedelta(days=300 - n * 299 // MOVEMENTS)).isoformat()
            rows.append((day, now, kind, "", item, lot, location, quantity, "", None))
            if len(rows) == 50_000:
                cur.executemany("INSERT INTO stock_movements (moved_on, at, kind, reason, item_id, lot_id, "
                                "location_id, quantity, note, user_id) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
                rows = []
        raw.commit()
    finally:
        raw.close()
    return list(range(1, ITEMS + 1)), list(range(1, LOTS + 1)), list(range(1, 301))


def test_stock_speed(db: Database, admin: Actor, tmp_path: Path) -> None:
    started = time.perf_counter()
    items, _, households = _fill(db)
    print(f"\nfilled {ITEMS} items, {LOTS} lots, {MOVEMENTS} movements in {time.perf_counter() - started:.1f} s")

    with UnitOfWork(db) as uow:
        started = time.perf_counter()
        check = adjustments.check_stock(uow, admin, repair=True)
        uow.commit()
    rebuild = time.perf_counter() - started
    print(f"verify + rebuild on hand from the ledger: {rebuild:.2f} s ({check.rebuilt_rows} balance rows)")
    assert check.rebuilt_rows and check.rebuilt_rows > LOTS

    with UnitOfWork(db, write=False) as uow:
        assert uow.session.scalar(text("SELECT count(*) FROM stock_movements")) == MOVEMENTS

    timings = []
    for _ in range(5):
        with UnitOfWork(db, write=False) as uow:
            started = time.perf_counter()
            rows = queries.on_hand(uow, admin)
            timings.append(time.perf_counter() - started)
    assert len(rows) == ITEMS and sum(r.quantity for r in rows) > 0
    print(f"on hand for all {ITEMS} items: best {min(timings) * 1000:.0f} ms, worst {max(timings) * 1000:.0f} ms")

    rng = random.Random(9)
    parcel_times = []
    for n in range(60):
        lines = [ParcelLineInput(item, Decimal(rng.randint(1, 3))) for item in rng.sample(items, 10)]
        with UnitOfWork(db) as uow:
            started = time.perf_counter()
            distributions.give_parcel(uow, admin, distributed_on=TODAY, location_id=1, lines=lines,
                                      household_id=households[n % len(households)], override_reason="bench",
                                      today=TODAY)
            uow.commit()
            parcel_times.append(time.perf_counter() - started)
    p95 = statistics.quantiles(parcel_times, n=20)[-1]
    print(f"10-line parcel save: median {statistics.median(parcel_times) * 1000:.1f} ms, "
          f"p95 {p95 * 1000:.1f} ms, max {max(parcel_times) * 1000:.1f} ms")
    with UnitOfWork(db, write=False) as uow:
        started = time.perf_counter()
        history = queries.movement_history(uow, admin, items[0])
        print(f"history of one item ({len(history)} movements): {(time.perf_counter() - started) * 1000:.0f} ms")
    assert min(timings) < 0.3
    assert p95 < 0.05
    assert rebuild < 5
