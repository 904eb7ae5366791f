"""The training (demo) database: a separate file with a made-up centre, built from scratch (no Qt).

The first-run wizard runs `build_training_database` on a worker; it is one transaction, so Cancel
leaves an empty, uninitialised file that the next attempt rebuilds.
"""

from __future__ import annotations

from pathlib import Path

from desktop.db import Database, open_database
from desktop.i18n import translate, use_language
from desktop.paths import default_db_path
from desktop.progress import Progress
from desktop.schema import prepare
from desktop.services import demo, settings, setup
from desktop.services.uow import UnitOfWork

TRAINING_FILENAME = "training.sqlite3"
TRAINING_ADMIN = "admin"
DEFAULT_SEED = 2026


def training_db_path() -> Path:
    """A separate file next to the real database's default place, never the real one."""
    return default_db_path().parent / TRAINING_FILENAME


def remove_database_files(path: Path) -> None:
    for candidate in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        candidate.unlink(missing_ok=True)


def is_ready_training_database(path: Path) -> bool:
    """An existing training file that was filled completely (a cancelled fill leaves it uninitialised)."""
    if not path.exists():
        return False
    db = open_database(str(path))
    try:
        prepare(db)
        with UnitOfWork(db, write=False) as uow:
            return settings.is_initialised(uow) and settings.centre_info(uow).demo
    except Exception:  # unreadable or foreign file: it will be rebuilt
        return False
    finally:
        db.dispose()


def build_training_database(
    progress: Progress, path: Path, profile: str, language: str, households: int, months: int,
    seed: int = DEFAULT_SEED,
) -> Path:
    """Create `path` from scratch with a demo centre and its data, in one transaction (Cancel leaves nothing)."""
    progress.start(translate("training", "Preparing the training database"))
    remove_database_files(path)
    db: Database = open_database(str(path))
    try:
        prepare(db)
        with use_language(language):
            name = translate("training", "Training centre")
        with UnitOfWork(db) as uow:
            actor = setup.initialise(
                uow,
                setup.CentreSetup(
                    centre_name=name,
                    address="",
                    profile=profile,
                    language=language,
                    admin_username=TRAINING_ADMIN,
                    admin_full_name=translate("training", "Training administrator"),
                    admin_password=demo.DEMO_PASSWORD,
                    demo=True,
                ),
            )
            uow.flush()
            demo.fill_demo(uow, actor, households=households, months=months, seed=seed, progress=progress)
            uow.commit()
    finally:
        db.dispose()
    return path
