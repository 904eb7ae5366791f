from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from desktop import db as dbmod
from desktop.db import is_network_path, open_database, resolve_target, to_url
from desktop.errors import DatabaseError
from desktop.services.uow import UnitOfWork


def test_every_connection_gets_the_pragmas(empty_db: dbmod.Database) -> None:
    with empty_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == dbmod.BUSY_TIMEOUT_MS


def test_writers_begin_immediate_and_readers_do_not_block_them(empty_db: dbmod.Database) -> None:
    """A write unit of work holds the write lock from its first statement; a reader still reads."""
    with UnitOfWork(empty_db) as writer:
        writer.session.execute(text("INSERT INTO settings (key, value) VALUES ('x', '1')"))
        with UnitOfWork(empty_db, write=False) as reader:
            assert reader.session.execute(text("SELECT count(*) FROM settings WHERE key='x'")).scalar() == 0
        writer.commit()
    with UnitOfWork(empty_db, write=False) as reader:
        assert reader.session.execute(text("SELECT value FROM settings WHERE key='x'")).scalar() == "1"


def test_uncommitted_unit_of_work_rolls_back(empty_db: dbmod.Database) -> None:
    with UnitOfWork(empty_db) as uow:
        uow.session.execute(text("INSERT INTO settings (key, value) VALUES ('y', '1')"))
    with UnitOfWork(empty_db, write=False) as uow:
        assert uow.session.execute(text("SELECT count(*) FROM settings WHERE key='y'")).scalar() == 0


def test_foreign_keys_are_enforced(empty_db: dbmod.Database) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), UnitOfWork(empty_db) as uow:
        uow.session.execute(text(
            "INSERT INTO audit_events (at, user_id, username, action, entity, entity_id, summary) "
            "VALUES ('2026-01-01', 999, '', 'x', '', '', '')"))
        uow.commit()


def test_target_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CENTREDESK_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_target("given.sqlite3") == "given.sqlite3"
    assert resolve_target(None) == str(tmp_path / "env.sqlite3")
    monkeypatch.delenv("CENTREDESK_DB")
    default = resolve_target(None)
    assert default.endswith("centredesk.sqlite3") and "CentreDesk" in default


def test_urls_and_paths() -> None:
    assert to_url("postgresql+psycopg://u:p@localhost/cd").get_backend_name() == "postgresql"
    url = to_url("relative/file.sqlite3")
    assert url.get_backend_name() == "sqlite" and Path(url.database or "").is_absolute()


@pytest.mark.parametrize("path", [r"\\server\share\centre.sqlite3", "//server/share/centre.sqlite3"])
def test_unc_paths_are_network(path: str) -> None:
    assert is_network_path(path, platform="win32")
    assert is_network_path(path, platform="linux")


def test_mapped_network_drive_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dbmod, "_windows_drive_is_remote", lambda drive: drive.upper() == "Z:")
    assert is_network_path(r"Z:\data\centre.sqlite3", platform="win32")
    assert not is_network_path(r"C:\data\centre.sqlite3", platform="win32")


def test_network_mount_detected_from_proc_mounts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(dbmod, "_posix_mount_type", lambda path: "cifs")
    assert is_network_path(tmp_path / "x.sqlite3", platform="linux")
    monkeypatch.setattr(dbmod, "_posix_mount_type", lambda path: "ext4")
    assert not is_network_path(tmp_path / "x.sqlite3", platform="linux")


def test_open_refuses_network_share_with_explanation() -> None:
    with pytest.raises(DatabaseError) as info:
        open_database(r"\\server\share\centre.sqlite3")
    assert "network share" in info.value.message
    assert "PostgreSQL" in info.value.hint


def test_in_memory_database_refused() -> None:
    with pytest.raises(DatabaseError):
        open_database("sqlite://")
