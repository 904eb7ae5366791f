"""Where CentreDesk keeps its files: bundled resources, user data, logs."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from desktop import APP_NAME

DB_FILENAME = "centredesk.sqlite3"


def resources_dir() -> Path:
    """The `resources/` folder, in a source checkout or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def migrations_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "migrations"
    return Path(__file__).resolve().parent.parent / "migrations"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return user_data_dir() / DB_FILENAME


def backups_dir_for(db_file: Path) -> Path:
    """Backups sit next to the database so they live on the same (local) disk."""
    return db_file.parent / "backups"
