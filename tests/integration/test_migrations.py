"""Models and migrations agree, and the start-up migration runner handles every branch safely."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pytest_alembic.tests import (  # noqa: F401 - collected as tests here
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)

from desktop.db import Database, open_database
from desktop.errors import DatabaseError
from desktop.paths import migrations_dir
from desktop.schema import SchemaState, prepare, revision_status
from desktop.schema import alembic_config as make_alembic_config


@pytest.fixture
def alembic_config() -> Any:
    return make_alembic_config()


@pytest.fixture
def alembic_engine(tmp_path: Path) -> Any:
    db = open_database(str(tmp_path / "alembic.sqlite3"))
    yield db.engine
    db.dispose()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def scripts(tmp_path: Path) -> Path:
    """A private copy of migrations/ that a test can add revisions to."""
    target = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def head_of(scripts: Path) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(make_alembic_config(scripts)).get_current_head()
    assert head
    return head


def add_revision(scripts: Path, body: str) -> None:
    down = head_of(scripts)
    (scripts / "versions" / "9001_test.py").write_text(
        f'revision = "9001"\ndown_revision = "{down}"\nbranch_labels = None\ndepends_on = None\n'
        "import sqlalchemy as sa\nfrom alembic import op\n\n" + body, encoding="utf-8")


def fresh(path: Path, scripts: Path) -> Database:
    db = open_database(str(path))
    assert prepare(db, script_location=scripts) is SchemaState.CREATED
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('centre.name', '\"Kept\"')")
    db.dispose()  # last connection closed: the WAL is folded into the file
    return db


def test_new_database_is_created_at_head(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "new.sqlite3"))
    assert prepare(db) is SchemaState.CREATED
    current, head = revision_status(db)
    assert current == head
    assert prepare(db) is SchemaState.CURRENT
    with db.engine.connect() as conn:
        triggers = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {"audit_events_no_update", "audit_events_no_delete"} <= triggers
    db.dispose()


def test_older_database_is_backed_up_then_upgraded(tmp_path: Path, scripts: Path) -> None:
    db = fresh(tmp_path / "old.sqlite3", scripts)
    add_revision(scripts, "def upgrade():\n    op.add_column('settings', sa.Column('note', sa.Text(), nullable=True))\n"
                          "def downgrade():\n    op.drop_column('settings', 'note')\n")
    assert prepare(db, script_location=scripts) is SchemaState.UPGRADED
    with db.engine.connect() as conn:
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(settings)")]
        assert "note" in columns
        assert conn.exec_driver_sql("SELECT value FROM settings WHERE key='centre.name'").scalar() == '"Kept"'
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "9001"
    snapshots = list((tmp_path / "backups").glob("old-before-upgrade-*.sqlite3"))
    assert len(snapshots) == 1
    assert sqlite3.connect(snapshots[0]).execute("SELECT version_num FROM alembic_version").fetchone()[0] != "9001"
    db.dispose()


@pytest.mark.parametrize("failure", [
    # the migration itself raises half-way, after changing the schema
    "def upgrade():\n    op.create_table('half_done', sa.Column('id', sa.Integer(), primary_key=True))\n"
    "    op.execute(\"UPDATE settings SET value = 'changed'\")\n    raise RuntimeError('injected failure')\n",
    # the migration succeeds but leaves a broken foreign key: foreign_key_check must catch it
    "def upgrade():\n    op.execute(\"INSERT INTO audit_events (at, user_id, username, action, entity, entity_id, "
    "summary) VALUES ('2026-01-01 00:00:00', 4242, '', 'x', '', '', '')\")\n",
], ids=["raises", "broken-foreign-key"])
def test_failed_upgrade_restores_the_database_byte_for_byte(tmp_path: Path, scripts: Path, failure: str) -> None:
    path = tmp_path / "precious.sqlite3"
    db = fresh(path, scripts)
    before = sha256(path)
    add_revision(scripts, failure + "def downgrade():\n    pass\n")
    with pytest.raises(DatabaseError, match="put back exactly as it was"):
        prepare(db, script_location=scripts)
    db.dispose()
    assert sha256(path) == before
    assert not path.with_name(path.name + "-wal").exists() or path.with_name(path.name + "-wal").stat().st_size == 0
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT value FROM settings WHERE key='centre.name'").fetchone() == ('"Kept"',)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='half_done'").fetchone() == (0,)
    conn.close()


def test_newer_database_is_refused_and_left_alone(tmp_path: Path, scripts: Path) -> None:
    path = tmp_path / "future.sqlite3"
    db = fresh(path, scripts)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dcafe'")
    conn.close()
    before = sha256(path)
    with pytest.raises(DatabaseError, match="newer version of CentreDesk") as info:
        prepare(db, script_location=scripts)
    assert "not changed" in info.value.hint
    db.dispose()
    assert sha256(path) == before


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.close()
    db = open_database(str(path))
    with pytest.raises(DatabaseError, match="not a CentreDesk database"):
        prepare(db)
    db.dispose()


def test_migrated_database_equals_created_database(tmp_path: Path) -> None:
    """A database built by running every migration has the same tables, indexes and triggers (FTS5 search
    index, append-only ledgers) as one created from the models at first run."""
    from alembic import command

    created = open_database(str(tmp_path / "created.sqlite3"))
    prepare(created)
    migrated = open_database(str(tmp_path / "migrated.sqlite3"))
    cfg = make_alembic_config()
    with migrated.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")

    def objects(db: Database) -> set[tuple[str, str]]:
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
            return {(r[0], r[1]) for r in rows}

    assert objects(migrated) == objects(created)
    assert {("trigger", "stock_movements_no_update"), ("trigger", "client_search_ai"),
            ("table", "client_search_fts")} <= objects(migrated)
    created.dispose()
    migrated.dispose()
