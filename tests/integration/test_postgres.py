"""The schema, the counting engine, the append-only logs and the client search on a real PostgreSQL server.

Skipped without CENTREDESK_TEST_PG_URL (tests/integration/conftest.py); `.ci/run` starts a server when it can.
The report figures are compared with SQLite's on the same hand-built data (tests/unit/report_fixtures.py),
whose right answers tests/unit/test_report_engine.py works out by hand.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from pytest_alembic.tests import (  # noqa: F401 - collected as tests here, on PostgreSQL
    test_model_definitions_match_ddl,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from desktop.db import Database, open_database
from desktop.models import Base
from desktop.models.clients import Household, Relationship, Sex
from desktop.reports import parallel
from desktop.reports.periods import Period
from desktop.schema import SchemaState, prepare, revision_status
from desktop.schema import alembic_config as make_alembic_config
from desktop.services import client_search, households, people, reporting, users
from desktop.services.households import HouseholdData
from desktop.services.people import PersonData
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from tests.conftest import ADMIN_PASSWORD, make_centre
from tests.integration.conftest import PostgresServer
from tests.unit.report_fixtures import OCTOBER, build_october

pytestmark = pytest.mark.postgres

PACKS = ("monthly", "pl-mrpips03", "id-slrt", "us-tefap")
YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))  # long enough for the long-period path (SHORT_PERIOD_DAYS)


def _sign_in(db: Database) -> Actor:
    with UnitOfWork(db) as uow:
        actor = users.authenticate(uow, "admin", ADMIN_PASSWORD)
        uow.commit()
    return actor


@pytest.fixture(scope="module")
def pg_db(pg_url: URL) -> Iterator[Database]:
    """This module's PostgreSQL database, as the app opens it (not yet prepared)."""
    db = open_database(pg_url.render_as_string(hide_password=False))
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def pg_october(pg_db: Database) -> tuple[Database, Actor]:
    """A Polish-profile centre with the October data (report_fixtures), on PostgreSQL."""
    prepare(pg_db)
    make_centre(pg_db)
    admin = _sign_in(pg_db)
    build_october(pg_db, admin)
    return pg_db, admin


def _catalogue(db: Database) -> dict[str, set[tuple[Any, ...]]]:
    """Everything PostgreSQL knows about our schema: columns, constraints, indexes, triggers, functions."""
    queries = {
        "columns": "SELECT table_name, column_name, data_type, character_maximum_length, numeric_precision, "
                   "numeric_scale, is_nullable, column_default FROM information_schema.columns "
                   "WHERE table_schema = 'public'",
        "constraints": "SELECT conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid) "
                       "FROM pg_constraint WHERE connamespace = 'public'::regnamespace",
        "indexes": "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'",
        "triggers": "SELECT tgrelid::regclass::text, tgname, pg_get_triggerdef(oid) FROM pg_trigger "
                    "WHERE NOT tgisinternal",
        "functions": "SELECT proname, prosrc FROM pg_proc WHERE pronamespace = 'public'::regnamespace",
    }
    with db.engine.connect() as connection:
        return {key: {tuple(row) for row in connection.exec_driver_sql(sql)} for key, sql in queries.items()}


# --- (a) the schema --------------------------------------------------------------------------------------


def test_prepare_creates_the_schema_on_an_empty_database(postgres_server: PostgresServer) -> None:
    with postgres_server.database("prepare") as url:
        db = open_database(url.render_as_string(hide_password=False))
        try:
            assert prepare(db) is SchemaState.CREATED
            current, head = revision_status(db)
            assert current == head
            assert prepare(db) is SchemaState.CURRENT
            catalogue = _catalogue(db)
        finally:
            db.dispose()
    tables = {row[0] for row in catalogue["columns"]}
    assert tables == set(Base.metadata.tables) | {"alembic_version"}
    assert {(t, name) for t, name, _ in catalogue["triggers"]} == {
        ("audit_events", "audit_events_no_change"), ("stock_movements", "stock_movements_no_change")}
    assert not any(name.startswith("client_search_fts") for name in tables)  # FTS5 is SQLite's only


def test_migrations_from_empty_build_the_same_schema_as_prepare(postgres_server: PostgresServer) -> None:
    """`alembic upgrade head` on an empty database gives exactly what `prepare` (create_all + stamp) gives:
    same columns and types, constraints, indexes, triggers and trigger functions."""
    with postgres_server.database("created") as created_url, postgres_server.database("migrated") as migrated_url:
        created = open_database(created_url.render_as_string(hide_password=False))
        migrated = open_database(migrated_url.render_as_string(hide_password=False))
        try:
            prepare(created)
            cfg = make_alembic_config()
            with migrated.engine.begin() as connection:
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, "head")
            assert revision_status(migrated)[0] == revision_status(created)[0]
            assert prepare(migrated) is SchemaState.CURRENT
            expected, actual = _catalogue(created), _catalogue(migrated)
        finally:
            created.dispose()
            migrated.dispose()
    for key in expected:
        assert actual[key] == expected[key], (key, actual[key] ^ expected[key])
    assert len(expected["indexes"]) > 40 and len(expected["functions"]) == 2


# pytest-alembic's checks (imported above) run here on a fresh PostgreSQL database each.
@pytest.fixture
def alembic_config() -> Any:
    return make_alembic_config()


@pytest.fixture
def alembic_engine(postgres_server: PostgresServer, request: pytest.FixtureRequest) -> Iterator[Any]:
    with postgres_server.database(request.node.name) as url:
        db = open_database(url.render_as_string(hide_password=False))
        yield db.engine
        db.dispose()


# --- (b) the counting engine ----------------------------------------------------------------------------


def _figures(db: Database, actor: Actor, pack: str, period: Period, out: Path) -> dict[str, Any]:
    """The pack's JSON export, as the user gets it, less the line saying when and by whom it was made."""
    with UnitOfWork(db, write=False) as uow:
        result = reporting.run_pack(uow, actor, pack, period)
    reporting.write_result(result, out)
    document: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    document.pop("generated")
    return document


@pytest.mark.parametrize("period", [OCTOBER, YEAR], ids=["month", "year"])
def test_report_figures_are_the_same_as_on_sqlite(period: Period, pg_october: tuple[Database, Actor], db: Database,
                                                  admin: Actor, tmp_path: Path) -> None:
    build_october(db, admin)  # the same data in the test's own SQLite file
    pg, pg_admin = pg_october
    for pack in PACKS:
        on_sqlite = _figures(db, admin, pack, period, tmp_path / f"{pack}-sqlite.json")
        on_postgres = _figures(pg, pg_admin, pack, period, tmp_path / f"{pack}-postgres.json")
        assert on_postgres == on_sqlite, pack
    # Not two equal mistakes: the hand-worked answers (tests/unit/test_report_engine.py) hold on PostgreSQL.
    monthly = _figures(pg, pg_admin, "monthly", OCTOBER, tmp_path / "check.json")
    assert monthly["people"]["unduplicated"] == 7 and monthly["people"]["new"] == 3
    assert monthly["people"]["by_age_band"] == {"0-4": 1, "5-17": 1, "18-59": 3, "60+": 1, "unknown": 1}
    assert monthly["households"] == {"unduplicated": 2, "new": 0, "returning": 2, "with_children": 1}
    assert monthly["food"]["kg"] == 14.5 and monthly["food"]["kg_by_month"]["2026-09"] == 4
    assert monthly["volunteers"] == {"people": 1, "hours": 3.5}


def test_grouped_service_figures_are_the_same_as_on_sqlite(pg_october: tuple[Database, Actor], db: Database,
                                                           admin: Actor) -> None:
    """Queries grouping by a computed key (the dashboard's people per month, stock flows before/in a period):
    PostgreSQL only accepts them when SELECT and GROUP BY hold the very same expression."""
    from desktop.services import dashboard_figures
    from desktop.services.stock import queries as stock_queries

    build_october(db, admin)
    pg, pg_admin = pg_october
    answers = []
    for database, actor in ((db, admin), (pg, pg_admin)):
        with UnitOfWork(database, write=False) as uow:
            chart = dashboard_figures.people_served_by_month(uow, actor, 12, today=date(2026, 10, 31))
            flows = stock_queries.category_flows(uow, actor, OCTOBER.start, OCTOBER.end)
        answers.append((chart, flows))
    assert answers[1] == answers[0]
    chart, flows = answers[1]
    # September: Eve's counselling and H3's parcel (Hana); October: the 7 people of the monthly report.
    assert dict(chart)["2026-09"] == 2 and dict(chart)["2026-10"] == 7 and len(chart) == 12
    food = next(flow for flow in flows if flow.category.value == "food")
    assert (food.opening, food.received, food.distributed, food.adjusted, food.closing) == (10, 5, 2, -1, 12)


def test_long_period_queries_run_one_by_one_on_postgresql(pg_october: tuple[Database, Actor],
                                                           monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """desktop/reports/parallel.py reads side by side only on a SQLite file: on a server the report's own
    session runs the queries, one after another."""
    pg, admin = pg_october
    assert parallel.reader_count(pg) == 1

    def not_on_a_server(*args: object) -> None:
        raise AssertionError("parallel readers used on PostgreSQL")

    monkeypatch.setattr(parallel, "_in_parallel", not_on_a_server)
    monkeypatch.setattr(parallel, "snapshot_readers", not_on_a_server)
    figures = _figures(pg, admin, "monthly", YEAR, tmp_path / "year.json")
    # 2026: H1's two October parcels (Anna, Bob, Carl, Dora), H2's parcel (Eve, Frank), Eve's counselling
    # in September and October, Gus's nights, H3's September parcel (Hana): 8 people, 3 households.
    assert figures["people"]["unduplicated"] == 8
    assert figures["households"]["unduplicated"] == 3


def test_cli_sets_up_a_centre_and_writes_a_report_on_a_server(postgres_server: PostgresServer, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """`--db postgresql+psycopg://...` as a user types it: init, check, report."""
    from desktop.cli import main

    with postgres_server.database("cli") as url:
        target = url.render_as_string(hide_password=False)
        monkeypatch.setattr("sys.stdin", io.StringIO("secret-pass-1\n"))
        assert main(["--db", target, "--lang", "en", "init", "--centre", "Pantry", "--profile", "us",
                     "--admin", "admin", "--password-stdin"]) == 0, capsys.readouterr().err
        db = open_database(target)
        try:
            with UnitOfWork(db) as uow:
                actor = users.authenticate(uow, "admin", "secret-pass-1")
                uow.commit()
            build_october(db, actor)
        finally:
            db.dispose()
        assert main(["--db", target, "check"]) == 0
        assert "schema revision" in capsys.readouterr().out
        out = tmp_path / "tefap.json"
        assert main(["--db", target, "report", "us-tefap", "--period", "2026-10", "--out", str(out)]) == 0
    tefap = json.loads(out.read_text(encoding="utf-8"))["tefap"]
    assert tefap["persons"]["total"] == 7 and tefap["households"]["total"] == 2


# --- (c) the append-only logs ---------------------------------------------------------------------------


def _refused(db: Database, statement: str) -> str:
    """The database's own error for `statement` (the transaction is rolled back)."""
    with pytest.raises(DBAPIError) as refused, UnitOfWork(db) as uow:
        uow.session.execute(text(statement))
        uow.commit()
    return str(refused.value.orig)


@pytest.mark.parametrize("built_by", ["prepare", "migrations"])
def test_audit_log_refuses_update_and_delete(built_by: str, postgres_server: PostgresServer) -> None:
    """The trigger of migration 0001 (and of the models' DDL for a new database) stops any change."""
    with postgres_server.database(f"audit_{built_by}") as url:
        db = open_database(url.render_as_string(hide_password=False))
        try:
            if built_by == "prepare":
                prepare(db)
            else:
                cfg = make_alembic_config()
                with db.engine.begin() as connection:
                    cfg.attributes["connection"] = connection
                    command.upgrade(cfg, "head")
            make_centre(db)  # writes audit events through the services
            with UnitOfWork(db, write=False) as uow:
                before = uow.session.execute(text("SELECT id, action, summary FROM audit_events ORDER BY id")).all()
            assert before
            assert "append-only" in _refused(db, "UPDATE audit_events SET summary = 'rewritten'")
            assert "append-only" in _refused(db, "DELETE FROM audit_events")
            with UnitOfWork(db, write=False) as uow:
                after = uow.session.execute(text("SELECT id, action, summary FROM audit_events ORDER BY id")).all()
        finally:
            db.dispose()
    assert after == before


def test_stock_ledger_refuses_update_and_delete(pg_october: tuple[Database, Actor]) -> None:
    pg, _ = pg_october
    assert "append-only" in _refused(pg, "UPDATE stock_movements SET quantity = 0")
    assert "append-only" in _refused(pg, "DELETE FROM stock_movements")
    with UnitOfWork(pg, write=False) as uow:
        assert uow.session.execute(text("SELECT sum(quantity) FROM stock_movements")).scalar() == 12


# --- (d) the client search --------------------------------------------------------------------------------

QUERIES = ("LUKASZ wisn", "jan", "601234", "dluga", "ko", "wisniewski", "zof", "krakow 30-001", "%", "a_b")


def _add_family(db: Database, admin: Actor) -> dict[str, int]:
    """Łukasz (head), Anna and Zofia Wiśniewski at ul. Długa 5, Kraków, and three people called Jan-something."""
    with UnitOfWork(db) as uow:
        hid = households.create_household(uow, admin, HouseholdData(
            address_line="ul. Długa 5", locality="Kraków", district="Kraków", postal_code="30-001",
            phone="+48 601 234 567", registered_on=date(2024, 1, 10)))
        ids = {"household": hid}
        for given_name, rel, born in (("Łukasz", Relationship.HEAD, date(1980, 5, 1)),
                                      ("Anna", Relationship.SPOUSE, date(1982, 7, 9)),
                                      ("Zofia", Relationship.CHILD, date(2015, 2, 3))):
            person = people.create_person(uow, admin, PersonData(given_name, "Wiśniewski", Sex.UNKNOWN, born))
            households.add_member(uow, admin, hid, person.id, rel, date(2024, 1, 10))
            ids[given_name] = person.id
        for given_name, family_name in (("Jan", "Kowalski"), ("Janina", "Kowalska"), ("Bojan", "Zielony")):
            ids[given_name] = people.create_person(uow, admin, PersonData(given_name, family_name)).id
        uow.commit()
    return ids


@pytest.fixture(scope="module")
def pg_family(pg_october: tuple[Database, Actor]) -> dict[str, int]:
    return _add_family(*pg_october)


def _hits(uow: UnitOfWork, actor: Actor, query: str, *, include_archived: bool = False) -> list[tuple[Any, ...]]:
    """What the user sees of each hit, in order (ids and references differ between the two databases)."""
    return [(hit.display_name, hit.person_id is None, hit.score, hit.archived, hit.address, hit.phone,
             hit.birth_date) for hit in client_search.search_clients(uow, actor, query,
                                                                   include_archived=include_archived)]


def test_search_fallback_on_postgresql_finds_what_fts5_finds_on_sqlite(
        pg_october: tuple[Database, Actor], pg_family: dict[str, int], db: Database, admin: Actor) -> None:
    """No FTS5 on a server: the same tiers run on LIKE over the folded text. Same hits, same order, same
    scores as SQLite's trigram index on the same data; accents, case and LIKE wildcards handled."""
    build_october(db, admin)
    _add_family(db, admin)
    pg, pg_admin = pg_october
    with UnitOfWork(pg, write=False) as on_pg, UnitOfWork(db, write=False) as on_sqlite:
        assert client_search._has_fts(on_pg) is False and client_search._has_fts(on_sqlite) is True
        for query in QUERIES:
            assert _hits(on_pg, pg_admin, query) == _hits(on_sqlite, admin, query), query
        lukasz = client_search.search_clients(on_pg, pg_admin, "LUKASZ wisn")
        ranked = [h.person_id for h in client_search.search_clients(on_pg, pg_admin, "jan") if h.person_id]
        assert client_search.search_clients(on_pg, pg_admin, "%") == []  # wildcards are searched literally
    assert lukasz[0].person_id == pg_family["Łukasz"] and "Kraków" in lukasz[0].address
    assert ranked == [pg_family["Jan"], pg_family["Janina"], pg_family["Bojan"]]  # exact, prefix, inside


def test_search_hides_archived_households_on_postgresql(pg_october: tuple[Database, Actor],
                                                        pg_family: dict[str, int]) -> None:
    pg, admin = pg_october
    with UnitOfWork(pg) as uow:
        from desktop.models.clients import RecordStatus

        household = uow.session.get(Household, pg_family["household"])
        assert household is not None
        household.status = RecordStatus.ARCHIVED
        client_search.index_household(uow, household.id)
        # not committed: the module's data stays as it was for the other tests
        assert client_search.search_clients(uow, admin, "wisniewski") == []
        found = client_search.search_clients(uow, admin, "wisniewski", include_archived=True)
    assert {h.person_id for h in found if h.person_id} == {pg_family[n] for n in ("Łukasz", "Anna", "Zofia")}
    assert all(h.archived for h in found)
