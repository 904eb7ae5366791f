"""The one place that builds engines and sessions.

SQLite connections get WAL, synchronous=FULL, foreign keys, a busy timeout and real transactions
(SQLAlchemy's documented pysqlite recipe: the driver's own transaction handling is switched off and
we emit BEGIN ourselves). Write units of work begin IMMEDIATE so two writers queue on the busy
timeout instead of failing half-way with "database is locked".
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import DatabaseError
from desktop.i18n import translate
from desktop.paths import default_db_path

BUSY_TIMEOUT_MS = 10_000
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "9p", "fuse.sshfs", "afs", "ncpfs"}


@dataclass(frozen=True)
class Database:
    """An opened database: its engine, its session factory and, for SQLite, its file."""

    engine: Engine
    sessions: sessionmaker[Session]
    url: URL
    path: Path | None

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def describe(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


def resolve_target(db: str | None) -> str:
    """`--db` wins, then CENTREDESK_DB, then the default file in the user data directory."""
    return db or os.environ.get("CENTREDESK_DB") or str(default_db_path())


def to_url(target: str) -> URL:
    if "://" in target:
        return make_url(target)
    return URL.create("sqlite+pysqlite", database=str(Path(target).expanduser().absolute()))


def _windows_drive_is_remote(drive: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)  # type: ignore[attr-defined]


def _posix_mount_type(path: Path) -> str | None:
    """File-system type of the mount holding `path`, from /proc/mounts (Linux)."""
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    best, best_type = "", None
    resolved = str(path.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")) and len(mount_point) >= len(
            best
        ):
            best, best_type = mount_point, parts[2]
    return best_type


def is_network_path(path: str | Path, *, platform: str = sys.platform) -> bool:
    """True for a UNC path, a mapped network drive, or (on Linux) a network file system mount."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if platform == "win32":
        drive = PureWindowsPath(text).drive
        return bool(drive) and len(drive) == 2 and _windows_drive_is_remote(drive)
    existing = Path(text)
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    return _posix_mount_type(existing) in NETWORK_FILESYSTEMS


def refuse_network_path(path: Path) -> None:
    if is_network_path(path):
        raise DatabaseError(
            translate("db", "The database file {path} is on a network share.").format(path=path),
            translate(
                "db",
                "SQLite files can be damaged when opened over a network. Keep the file on this computer's "
                "own disk, or ask your administrator to set up a server database (PostgreSQL) for several "
                "computers.",
            ),
        )


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (pysqlite recipe)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def open_database(target: str | None = None, *, echo: bool = False, create_dirs: bool = True) -> Database:
    """Build the engine for `target` (path or SQLAlchemy URL). Does not migrate: see desktop.schema."""
    resolved = resolve_target(target)
    if "://" not in resolved:
        refuse_network_path(Path(resolved))
    url = to_url(resolved)
    path: Path | None = None
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise DatabaseError(translate("db", "An in-memory database cannot be used: give a file path."))
        path = Path(url.database)
        refuse_network_path(path)
        if create_dirs:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(
                    translate("db", "Cannot create the folder {folder}: {reason}").format(
                        folder=path.parent, reason=exc.strerror or exc
                    )
                ) from exc
        engine = create_engine(url, echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _install_sqlite_pragmas(engine)
    else:
        engine = create_engine(url, echo=echo, pool_pre_ping=True)
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(engine=engine, sessions=sessions, url=url, path=path)
