"""SQLite backups: online backups for people (backup/restore) and exact snapshots for migrations."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from desktop.errors import DatabaseError
from desktop.i18n import translate

SQLITE_HEADER = b"SQLite format 3\x00"
REQUIRED_TABLES = {"alembic_version", "users", "settings", "audit_events"}


def timestamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)


def quick_check(path: Path) -> str:
    """'ok' or SQLite's description of what is wrong."""
    try:
        with closing(_connect_ro(path)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "; ".join(str(r[0]) for r in rows)


def is_centredesk_database(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            if handle.read(16) != SQLITE_HEADER:
                return False
        with closing(_connect_ro(path)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except (OSError, sqlite3.DatabaseError):
        return False
    return REQUIRED_TABLES <= tables


def schema_revision(path: Path) -> str | None:
    with closing(_connect_ro(path)) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _disk_error(exc: OSError | sqlite3.Error, dest: Path) -> DatabaseError:
    return DatabaseError(
        translate("backup", "The backup could not be written to {path}: {reason}").format(path=dest, reason=exc),
        translate("backup", "Check that the drive is connected, not full and not read-only."),
    )


def online_backup(source: Path, dest: Path) -> Path:
    """Copy a live database with SQLite's backup API (safe while others use it), then verify the copy."""
    if dest.is_dir() or not dest.suffix:
        dest = dest / f"{source.stem}-{timestamp()}.sqlite3"
    if dest.resolve() == source.resolve():
        raise DatabaseError(translate("backup", "The backup cannot overwrite the database itself."))
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial = dest.with_name(dest.name + ".partial")
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as out:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")
        result = quick_check(partial)
        if result != "ok":
            partial.unlink(missing_ok=True)
            raise DatabaseError(translate("backup", "The backup copy failed its check: {result}").format(result=result))
        partial.replace(dest)
    except (OSError, sqlite3.OperationalError) as exc:
        raise _disk_error(exc, dest) from exc
    return dest


def restore(source: Path, db_file: Path, safety_dir: Path) -> Path:
    """Replace `db_file` with the backup `source`, keeping a copy of the current file first.

    Returns the path of that safety copy. The caller checks the schema revision afterwards.
    """
    if not source.exists():
        raise DatabaseError(translate("backup", "The file {path} does not exist.").format(path=source))
    if not is_centredesk_database(source):
        raise DatabaseError(
            translate("backup", "{path} is not a CentreDesk database: nothing was restored.").format(path=source)
        )
    result = quick_check(source)
    if result != "ok":
        raise DatabaseError(translate("backup", "The backup is damaged ({result}): nothing was restored.").format(
            result=result))
    safety = safety_dir / f"{db_file.stem}-before-restore-{timestamp()}.sqlite3"
    if db_file.exists():
        online_backup(db_file, safety)
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(db_file)) as out:
            src.backup(out)
    except (OSError, sqlite3.Error) as exc:
        raise _disk_error(exc, db_file) from exc
    return safety


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def exact_snapshot(db_file: Path, dest_dir: Path, label: str) -> Path:
    """Byte-exact copy of a database file nobody has open, after folding the WAL into it."""
    with closing(sqlite3.connect(db_file)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / f"{db_file.stem}-{label}-{timestamp()}.sqlite3"
    try:
        shutil.copy2(db_file, dest)
    except OSError as exc:
        raise _disk_error(exc, dest) from exc
    result = quick_check(dest)
    if result != "ok":
        raise DatabaseError(translate("backup", "The backup copy failed its check: {result}").format(result=result))
    return dest


def restore_exact(snapshot: Path, db_file: Path) -> None:
    for sidecar in _sidecars(db_file):
        sidecar.unlink(missing_ok=True)
    shutil.copy2(snapshot, db_file)
