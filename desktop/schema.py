"""Bring a database to the app's schema at start-up, through Alembic's API.

- new (empty) database: create every table and stamp head;
- current: nothing to do;
- older: exact snapshot first, then upgrade with foreign keys off, `foreign_key_check` and
  `quick_check`; on any failure the snapshot is copied back, byte for byte;
- newer than this app, or not ours: refused with a clear message.
"""

from __future__ import annotations

import enum
import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

import desktop.models  # noqa: F401 - registers every table
from desktop.backup import exact_snapshot, restore_exact
from desktop.db import Database
from desktop.errors import DatabaseError
from desktop.i18n import translate
from desktop.models import Base
from desktop.paths import backups_dir_for, migrations_dir

log = logging.getLogger(__name__)


class SchemaState(enum.Enum):
    CREATED = "created"
    CURRENT = "current"
    UPGRADED = "upgraded"


def alembic_config(script_location: Path | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or migrations_dir()))
    return cfg


def head_revision(cfg: Config) -> str:
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None, "migrations/ has no revisions"
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _driver_execute(connection: Connection, sql: str) -> list[tuple[object, ...]]:
    """Run a statement on the raw DBAPI connection, outside any SQLAlchemy transaction (PRAGMAs need it)."""
    raw = connection.connection.driver_connection
    assert raw is not None
    cursor = raw.execute(sql)
    return list(cursor.fetchall())


def _create(db: Database, cfg: Config) -> None:
    with db.engine.begin() as connection:
        Base.metadata.create_all(connection)
        cfg.attributes["connection"] = connection
        command.stamp(cfg, "head")


def _verify_after_upgrade(connection: Connection) -> None:
    problems = _driver_execute(connection, "PRAGMA foreign_key_check")
    if problems:
        raise RuntimeError(f"foreign_key_check found {len(problems)} problem(s), first: {problems[0]}")
    quick = _driver_execute(connection, "PRAGMA quick_check")
    if [r[0] for r in quick] != ["ok"]:
        raise RuntimeError(f"quick_check: {quick}")


def _upgrade_sqlite(db: Database, cfg: Config, current: str, head: str) -> None:
    assert db.path is not None
    db.engine.dispose()
    snapshot = exact_snapshot(db.path, backups_dir_for(db.path), f"before-upgrade-{current}")
    log.info("database snapshot before upgrade %s -> %s: %s", current, head, snapshot)
    try:
        with db.engine.connect() as connection:
            _driver_execute(connection, "PRAGMA foreign_keys = OFF")
            try:
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, "head")
                if connection.in_transaction():
                    connection.commit()
                _verify_after_upgrade(connection)
            finally:
                _driver_execute(connection, "PRAGMA foreign_keys = ON")
    except Exception as exc:
        log.exception("upgrade failed; restoring %s", snapshot)
        db.engine.dispose()
        restore_exact(snapshot, db.path)
        raise DatabaseError(
            translate("schema", "Updating the database failed, so it was put back exactly as it was."),
            translate("schema", "Nothing was lost. Send the log file to your support contact. ({reason})").format(
                reason=type(exc).__name__
            ),
        ) from exc
    db.engine.dispose()


def prepare(db: Database, *, script_location: Path | None = None) -> SchemaState:
    state = _prepare_schema(db, script_location)
    _refresh_derived_data(db)
    return state


def _refresh_derived_data(db: Database) -> None:
    """Stored text derived from other rows (client search) rewritten once when this version builds it
    differently: a change of content, not of schema, so it needs no migration."""
    from desktop.services import client_search_upkeep
    from desktop.services.uow import UnitOfWork

    with UnitOfWork(db, write=False) as uow:
        if client_search_upkeep.text_is_current(uow):
            return  # the usual case: no write lock taken
    with UnitOfWork(db) as uow:
        if client_search_upkeep.refresh_outdated_text(uow) is not None:
            uow.commit()


def _prepare_schema(db: Database, script_location: Path | None) -> SchemaState:
    cfg = alembic_config(script_location)
    script = ScriptDirectory.from_config(cfg)
    head = head_revision(cfg)
    with db.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        current = current_revision(connection) if "alembic_version" in tables else None
    if not tables:
        _create(db, cfg)
        return SchemaState.CREATED
    if current is None:
        raise DatabaseError(
            translate("schema", "This file is not a CentreDesk database."),
            translate("schema", "Choose another file, or a new file name to start an empty database."),
        )
    if current == head:
        return SchemaState.CURRENT
    try:
        script.get_revision(current)
    except Exception:  # alembic raises several kinds for an unknown revision
        raise DatabaseError(
            translate("schema", "This database was made by a newer version of CentreDesk."),
            translate("schema", "Install the newest version of CentreDesk to open it. The file was not changed."),
        ) from None
    if db.is_sqlite:
        _upgrade_sqlite(db, cfg, current, head)
    else:
        with db.engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
    return SchemaState.UPGRADED


def revision_status(db: Database) -> tuple[str | None, str]:
    """(database revision, app head revision)."""
    cfg = alembic_config()
    with db.engine.connect() as connection:
        return current_revision(connection), head_revision(cfg)
