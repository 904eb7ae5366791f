"""Backups and restores, audited (SQLite only: a server database is backed up by its own tools)."""

from __future__ import annotations

from pathlib import Path

from desktop import backup as backup_files
from desktop.db import Database
from desktop.errors import DatabaseError
from desktop.i18n import translate
from desktop.paths import backups_dir_for
from desktop.progress import Progress
from desktop.schema import prepare
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission, require
from desktop.services.uow import UnitOfWork


def _sqlite_path(db: Database) -> Path:
    if db.path is None:
        raise DatabaseError(
            translate("backup", "This is a server database: back it up with the server's own tools (pg_dump).")
        )
    return db.path


def backup(
    uow: UnitOfWork, actor: Actor, db: Database, dest: Path | None = None, progress: Progress | None = None
) -> Path:
    """Write a verified copy; `dest` may be a file or a folder (default: the backups folder)."""
    require(actor, Permission.BACKUP)
    source = _sqlite_path(db)
    if progress:
        progress.start(translate("backup", "Backing up the database"))
    written = backup_files.online_backup(source, dest or backups_dir_for(source))
    audit.record(uow, actor, Action.BACKUP, "database", "", f"backup written ({written.stat().st_size} bytes)")
    return written


def restore(db: Database, actor: Actor, source: Path) -> Path | None:
    """Replace the database with `source`; returns the safety copy of the replaced file."""
    require(actor, Permission.BACKUP)
    target = _sqlite_path(db)
    db.dispose()
    safety = backup_files.restore(source.expanduser(), target, backups_dir_for(target))
    prepare(db)  # a backup from an older version is upgraded now; a newer one is refused with a message
    with UnitOfWork(db) as uow:
        audit.record(uow, actor, Action.RESTORE, "database", "", f"restored from backup {source.name}")
        uow.commit()
    return safety if target.exists() else None
