"""Report queries run side by side: one snapshot for all readers, a save in progress never waited for long."""

from __future__ import annotations

import time
from datetime import date

import pytest
from sqlalchemy import func, select, text

from desktop.db import Database
from desktop.models.services import ServiceRecord
from desktop.reports import parallel
from desktop.services.permissions import Actor
from desktop.services.service_records import record_service
from desktop.services.uow import UnitOfWork
from tests.unit.report_fixtures import build_october

COUNT = select(func.count()).select_from(ServiceRecord)


def _add_record(db: Database, actor: Actor, household_id: int) -> None:
    with UnitOfWork(db) as uow:
        record_service(uow, actor, served_on=date(2026, 10, 20), service_type="information",
                       household_id=household_id)
        uow.commit()


def _household(db: Database) -> int:
    with UnitOfWork(db, write=False) as uow:
        return int(uow.session.scalar(text("SELECT min(id) FROM households")))


@pytest.fixture
def october(db: Database, admin: Actor) -> Database:
    build_october(db, admin)
    return db


def test_readers_and_the_session_share_one_snapshot(october: Database, admin: Actor) -> None:
    household = _household(october)
    with UnitOfWork(october, write=False) as uow:
        before = uow.session.scalar(COUNT)
        _add_record(october, admin, household)  # committed after the session's first read...
        with parallel.snapshot_readers(october, uow.session, 2) as readers:
            # ...so the restarted session and both readers see it; a save after this point is seen by none
            _add_record(october, admin, household)
            seen = [uow.session.scalar(COUNT)] + [reader.scalar(COUNT) for reader in readers]
    assert seen == [before + 1] * 3
    with UnitOfWork(october, write=False) as uow:
        assert uow.session.scalar(COUNT) == before + 2  # the write lock was given back


def test_parallel_and_serial_runs_return_the_same_rows(october: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    queries = {"by_type": select(ServiceRecord.service_type, func.count()).group_by(ServiceRecord.service_type)
               .order_by(ServiceRecord.service_type), "all": COUNT, "none": COUNT.where(ServiceRecord.id < 0)}
    with UnitOfWork(october, write=False) as uow:
        side_by_side = parallel.run_queries(uow, queries)
    monkeypatch.setattr(parallel, "reader_count", lambda db: 1)
    with UnitOfWork(october, write=False) as uow:
        one_by_one = parallel.run_queries(uow, queries)
    assert side_by_side == one_by_one
    assert side_by_side["none"] == [(0,)] and len(side_by_side["by_type"]) >= 3


def test_a_save_in_progress_is_not_waited_for(october: Database, admin: Actor) -> None:
    """Another user's open save holds the write lock: the queries run one by one at once, same answer."""
    expected = None
    with UnitOfWork(october, write=False) as uow:
        expected = uow.session.scalar(COUNT)
    with UnitOfWork(october) as saving:  # BEGIN IMMEDIATE: holds the lock until it ends
        saving.session.execute(text("UPDATE settings SET key = key WHERE 0"))
        with UnitOfWork(october, write=False) as uow:
            started = time.perf_counter()
            rows = parallel.run_queries(uow, {"a": COUNT, "b": COUNT})
            waited = time.perf_counter() - started
    assert rows == {"a": [(expected,)], "b": [(expected,)]}
    assert waited < 3  # the lock wait is LOCK_WAIT_MS, not the 10 s busy timeout


def test_a_writing_unit_of_work_runs_serially(october: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """An export writes its audit row in the same unit: it already holds the lock, so no parallel readers."""
    def refuse(*args: object) -> None:
        raise AssertionError("parallel readers opened inside a writing unit of work")

    monkeypatch.setattr(parallel, "_in_parallel", refuse)
    with UnitOfWork(october) as uow:
        assert parallel.run_queries(uow, {"a": COUNT, "b": COUNT})["a"][0][0] > 0
