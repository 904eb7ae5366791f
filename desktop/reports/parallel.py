"""Run a report's heaviest independent queries side by side, all reading one and the same snapshot.

A year's figures on a large database are a handful of big grouped queries that do not depend on each
other (people by age band, households, people and households per service type). SQLite runs one query
on one core, and the office PC has at least two, so each query gets its own connection in a worker
thread (sqlite3 releases the GIL while a statement runs).

The figures must still describe one instant: a parcel saved at the front desk halfway through must be in
all of them or in none. In WAL mode a read transaction sees the database as of its first read, so the
readers all take that first read while a separate connection holds the write lock (BEGIN IMMEDIATE): no
commit can land in between. The lock is held for a few milliseconds, before any figure is computed.

Anything else (another database engine, an in-memory database, one core, a unit of work that writes and
so already holds the lock, the lock not available within the busy timeout) runs the same queries one
after another on the report's own session.
"""

from __future__ import annotations

import contextvars
import logging
import os
import sqlite3
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from typing import Any

from sqlalchemy import Connection, Executable
from sqlalchemy.orm import Session

from desktop.db import BUSY_TIMEOUT_MS, Database
from desktop.services.uow import UnitOfWork

log = logging.getLogger(__name__)

MAX_READERS = 4
FIRST_READ = "SELECT count(*) FROM sqlite_master"  # any read of the file fixes a WAL snapshot
LOCK_WAIT_MS = 250  # a save in progress is waited for this long; after that the queries run one by one


def reader_count(db: Database) -> int:
    """How many connections may read in parallel (1 = run serially)."""
    if not db.is_sqlite or db.path is None:
        return 1
    return max(1, min(MAX_READERS, os.cpu_count() or 1))


class _LockBusy(Exception):
    """A save holds the write lock longer than LOCK_WAIT_MS: run the queries one by one instead."""


@contextmanager
def _writes_held(db: Database) -> Iterator[None]:
    """Hold the database's write lock: nothing can be committed by anyone while inside."""
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {LOCK_WAIT_MS}")
        try:
            try:
                cursor.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise _LockBusy(str(exc)) from exc
            try:
                yield
            finally:
                cursor.execute("ROLLBACK")
        finally:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")  # the connection goes back to the pool
            cursor.close()
    finally:
        raw.close()


@contextmanager
def snapshot_readers(db: Database, session: Session, count: int) -> Iterator[list[Connection]]:
    """`count` extra connections reading exactly what `session` reads (its read transaction is restarted
    under the write lock, together with theirs)."""
    with ExitStack() as stack:
        readers = [stack.enter_context(db.engine.connect()) for _ in range(count)]
        with _writes_held(db):
            session.rollback()  # a read-only session: nothing is lost, its next read starts the snapshot
            session.connection().exec_driver_sql(FIRST_READ)
            for reader in readers:
                reader.begin()
                reader.exec_driver_sql(FIRST_READ)
        yield readers


def run_queries(uow: UnitOfWork, queries: Mapping[str, Executable]) -> dict[str, list[Any]]:
    """Every query's rows by key (free workers take the queries in the order given)."""
    db, session = uow.db, uow.session
    # The session's read transaction is restarted (see snapshot_readers): only when it holds nothing unsaved.
    pending = bool(session.new or session.dirty or session.deleted)
    workers = 1 if uow.write or pending else min(reader_count(db), len(queries))
    if workers > 1:
        try:
            return _in_parallel(db, session, queries, workers)
        except _LockBusy as exc:
            log.info("a save holds the database (%s): report queries run one by one", exc)
    return {key: list(session.execute(query).all()) for key, query in queries.items()}


def _in_parallel(db: Database, session: Session, queries: Mapping[str, Executable],
                 workers: int) -> dict[str, list[Any]]:
    with snapshot_readers(db, session, workers) as readers:
        free = list(readers)

        def run(query: Executable) -> list[Any]:
            connection = free.pop()  # list.pop is atomic: each worker thread holds one connection at a time
            try:
                return list(connection.execute(query).all())
            finally:
                free.append(connection)

        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="report-query") as pool:
            # copy_context: the translation language chosen for the pack is a context variable
            futures = {key: pool.submit(contextvars.copy_context().run, run, query) for key, query in queries.items()}
            return {key: future.result() for key, future in futures.items()}
