"""Casework benchmarks: 20,000 households, 200,000 case notes (10 % sealed), 60,000 referrals, 40,000 documents,
20,000 care plans (generated here with Core inserts).

Run explicitly: QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks/test_casework_bench.py -s
Figures: a client file's tabs (notes, referrals, documents, plans, timeline, alerts) for one household, the
dashboard tiles over the whole centre, and saving a referral (tracking number) — p50/p95 over many calls.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import insert

from desktop.db import Database, open_database
from desktop.models.casework import (
    Agency,
    CarePlan,
    CaseDocument,
    CaseNote,
    DocumentType,
    PlanStatus,
    Referral,
    ReferralStatus,
)
from desktop.models.clients import Household, HouseholdMember, Person, Relationship
from desktop.models.users import Role
from desktop.schema import prepare
from desktop.services import (
    care_plans,
    case_notes,
    client_alerts,
    dashboard,
    documents,
    referrals,
    timeline,
    users,
)
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from tests.conftest import make_centre

HOUSEHOLDS = 20_000
NOTES = 200_000
REFERRALS = 60_000
DOCUMENTS = 40_000
PLANS = 20_000
TODAY = date.today()
UTC_NOW = datetime.now().astimezone()


def _timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, dict[Role, Actor]]:
    db = open_database(str(tmp_path_factory.mktemp("bench") / "casework.sqlite3"))
    prepare(db)
    admin = make_centre(db)
    rng = random.Random(1)
    started = time.perf_counter()
    with UnitOfWork(db) as uow:
        cw = users.create_user(uow, admin, "cw", "Case Worker", Role.CASEWORKER, "staff-pass-123")
        co = users.create_user(uow, admin, "co", "Coordinator", Role.COORDINATOR, "staff-pass-123")
        s = uow.session
        s.execute(insert(Household), [{"id": i, "ref": f"H{i:06d}", "registered_on": date(2024, 1, 1)}
                                      for i in range(1, HOUSEHOLDS + 1)])
        s.execute(insert(Person), [{"id": i, "given_name": f"G{i}", "family_name": f"F{i}"}
                                   for i in range(1, HOUSEHOLDS * 2 + 1)])
        s.execute(insert(HouseholdMember), [{"household_id": (i + 1) // 2, "person_id": i,
                                             "relationship_": Relationship.HEAD if i % 2 else Relationship.CHILD,
                                             "joined_on": date(2024, 1, 1)} for i in range(1, HOUSEHOLDS * 2 + 1)])
        s.execute(insert(Agency), [{"id": i, "name": f"Agency {i}"} for i in range(1, 51)])
        s.execute(insert(CaseNote), [{"household_id": rng.randint(1, HOUSEHOLDS), "author_user_id": cw.id,
                                      "noted_on": TODAY - timedelta(days=rng.randint(0, 700)), "written_at": UTC_NOW,
                                      "text": "Home visit, budget discussed. " * 3, "sealed": rng.random() < 0.1}
                                     for _ in range(NOTES)])
        statuses = list(ReferralStatus)
        s.execute(insert(Referral), [{"tracking_number": f"REF-2025-{i:06d}",
                                      "person_id": rng.randint(1, HOUSEHOLDS * 2), "household_id": None,
                                      "agency_id": rng.randint(1, 50), "service": "GP",
                                      "reason": "Check-up", "status": rng.choice(statuses),
                                      "created_on": TODAY - timedelta(days=rng.randint(0, 700)),
                                      "follow_up_on": TODAY + timedelta(days=rng.randint(-60, 60))}
                                     for i in range(1, REFERRALS + 1)])
        s.execute(insert(CaseDocument), [{"person_id": rng.randint(1, HOUSEHOLDS * 2), "doc_type": DocumentType.INCOME,
                                          "content_type": "application/pdf", "size_bytes": 1000, "sha256": f"{i:064x}",
                                          "stored_name": f"{i:064x}.pdf", "uploaded_at": UTC_NOW,
                                          "expires_on": TODAY + timedelta(days=rng.randint(-400, 400))}
                                         for i in range(DOCUMENTS)])
        s.execute(insert(CarePlan), [{"household_id": rng.randint(1, HOUSEHOLDS), "title": "Plan",
                                      "started_on": TODAY - timedelta(days=rng.randint(0, 700)),
                                      "next_review_on": TODAY + timedelta(days=rng.randint(-90, 90)),
                                      "status": PlanStatus.ACTIVE} for _ in range(PLANS)])
        uow.commit()
    print(f"\n[casework bench] generated in {time.perf_counter() - started:.1f} s")
    with UnitOfWork(db) as uow:
        actors = {Role.CASEWORKER: users.authenticate(uow, "cw", "staff-pass-123"),
                  Role.COORDINATOR: users.authenticate(uow, "co", "staff-pass-123")}
    assert actors[Role.CASEWORKER].user_id == cw.id and actors[Role.COORDINATOR].user_id == co.id
    return db, actors


def test_client_file_tabs(big: tuple[Database, dict[Role, Actor]]) -> None:
    db, actors = big
    actor = actors[Role.COORDINATOR]
    rng = random.Random(2)
    households = [rng.randint(1, HOUSEHOLDS) for _ in range(200)]
    results = {}
    for name, fn in {
        "notes": lambda uow, h: case_notes.list_notes(uow, actor, h, [2 * h - 1, 2 * h]),
        "referrals": lambda uow, h: referrals.list_referrals(uow, actor, h, [2 * h - 1, 2 * h]),
        "documents": lambda uow, h: documents.list_documents(uow, actor, h, [2 * h - 1, 2 * h]),
        "plans": lambda uow, h: care_plans.list_plans(uow, actor, h, [2 * h - 1, 2 * h]),
        "timeline": lambda uow, h: timeline.timeline(uow, actor, h, [2 * h - 1, 2 * h]),
        "alerts": lambda uow, h: client_alerts.alerts(uow, actor, h, [2 * h - 1, 2 * h]),
    }.items():
        iterator = iter(households)

        def one(fn: Callable[[UnitOfWork, int], object] = fn, iterator: Iterator[int] = iterator) -> None:
            with UnitOfWork(db, write=False) as uow:
                fn(uow, next(iterator))

        results[name] = _timed(one, 200)
    for name, (p50, p95) in results.items():
        print(f"[casework bench] client file {name:9s} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms")
    assert results["timeline"][1] < 250


def test_dashboard_tiles_and_referral_save(big: tuple[Database, dict[Role, Actor]]) -> None:
    db, actors = big
    actor = actors[Role.CASEWORKER]

    def tiles() -> None:
        with UnitOfWork(db, write=False) as uow:
            found = {t.key: t.count for t in dashboard.tiles_for(uow, actor, TODAY)
                     if t.key.startswith("casework.")}
            assert found["casework.follow_ups"] > 1000

    p50, p95 = _timed(tiles, 20)
    print(f"[casework bench] dashboard casework tiles p50 {p50:6.1f} ms  p95 {p95:6.1f} ms")
    counter = iter(range(1, 10_000))

    def save() -> None:
        with UnitOfWork(db) as uow:
            referrals.create_referral(uow, actor, person_id=next(counter), agency_id=1, service="GP",
                                      reason="Bench", created_on=TODAY)
            uow.commit()

    s50, s95 = _timed(save, 100)
    print(f"[casework bench] save a referral          p50 {s50:6.1f} ms  p95 {s95:6.1f} ms")
    assert p95 < 2000 and s95 < 200
