"""PostgreSQL for the integration tests.

When CENTREDESK_TEST_PG_URL names a server (any database on it, e.g.
`postgresql+psycopg://user@/postgres?host=/tmp/socket-dir`), each test module asking for `pg_url` gets a
database of its own, made for it and dropped after it; `postgres_server.database()` makes more for a single
test. Without the variable (or without the driver) those tests are skipped with the reason. `.ci/run` starts
a throw-away server and sets the variable when it can.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

PG_URL_ENV = "CENTREDESK_TEST_PG_URL"
CONNECT_TIMEOUT_S = 10  # a server that stopped answering fails the test, it never hangs it


class PostgresServer:
    """Creates and drops uniquely named databases on the test server."""

    def __init__(self, url: URL) -> None:
        self.url = url
        self._admin: Engine = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool,
                                            connect_args={"connect_timeout": CONNECT_TIMEOUT_S})

    def version(self) -> str:
        with self._admin.connect() as connection:
            return str(connection.exec_driver_sql("SHOW server_version").scalar())

    def create(self, label: str) -> URL:
        # Unique across xdist workers and parallel CI runs on one server; PostgreSQL names stop at 63 bytes.
        safe = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:30]
        name = f"centredesk_test_{safe}_{uuid.uuid4().hex[:12]}"
        with self._admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        return self.url.set(database=name)

    def drop(self, url: URL) -> None:
        with self._admin.connect() as connection:  # FORCE: a connection a failed test left open is ended
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')

    @contextmanager
    def database(self, label: str) -> Iterator[URL]:
        url = self.create(label)
        try:
            yield url
        finally:
            self.drop(url)

    def dispose(self) -> None:
        self._admin.dispose()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    target = os.environ.get(PG_URL_ENV, "").strip()
    if not target:
        pytest.skip(f"{PG_URL_ENV} is not set: no PostgreSQL server to test against (.ci/run starts one when it can)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip(f"{PG_URL_ENV} is set but the psycopg driver is not installed (pip install -e '.[postgres]')")
    server = PostgresServer(make_url(target))
    server.version()  # the variable promises a server: one that does not answer is an error, not a skip
    yield server
    server.dispose()


@pytest.fixture(scope="module")
def pg_url(postgres_server: PostgresServer, request: pytest.FixtureRequest) -> Iterator[URL]:
    """A fresh, empty database for this test module (dropped after it)."""
    with postgres_server.database(request.module.__name__.rsplit(".", 1)[-1]) as url:
        yield url
