"""Shared fixtures: a migrated temporary database, a set-up centre, and one actor per role."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop import i18n  # noqa: E402
from desktop.db import Database, open_database  # noqa: E402
from desktop.models.users import Role  # noqa: E402
from desktop.schema import prepare  # noqa: E402
from desktop.services import setup, users  # noqa: E402
from desktop.services.permissions import Actor  # noqa: E402
from desktop.services.uow import UnitOfWork  # noqa: E402

pytest_plugins = ["tests.hang_report"]

ADMIN_PASSWORD = "admin-pass-123"
STAFF_PASSWORD = "staff-pass-123"


@pytest.fixture(autouse=True, scope="session")
def cheap_password_hashing() -> Iterator[None]:
    """Argon2id with tiny parameters: same code path, a fraction of the time."""
    users.configure_hasher(PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))
    yield


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data, log or settings folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("CENTREDESK_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "centre.sqlite3"


@pytest.fixture
def empty_db(db_path: Path) -> Iterator[Database]:
    """A migrated database with no centre set up."""
    db = open_database(str(db_path))
    prepare(db)
    yield db
    db.dispose()


def make_centre(db: Database, profile: str = "pl", language: str = "en") -> Actor:
    with UnitOfWork(db) as uow:
        actor = setup.initialise(
            uow,
            setup.CentreSetup(
                centre_name="Test Centre",
                address="1 Test Street",
                profile=profile,
                language=language,
                admin_username="admin",
                admin_full_name="Ada Admin",
                admin_password=ADMIN_PASSWORD,
            ),
        )
        uow.commit()
    return actor


@pytest.fixture
def db(empty_db: Database) -> Database:
    """A migrated database with a Polish-profile centre and its administrator."""
    make_centre(empty_db)
    return empty_db


@pytest.fixture
def admin(db: Database) -> Actor:
    with UnitOfWork(db) as uow:
        return users.authenticate(uow, "admin", ADMIN_PASSWORD)


@pytest.fixture
def actors(db: Database, admin: Actor) -> dict[Role, Actor]:
    """One signed-in actor per role (user names are the role values)."""
    result = {Role.ADMINISTRATOR: admin}
    with UnitOfWork(db) as uow:
        for role in Role:
            if role is not Role.ADMINISTRATOR:
                users.create_user(uow, admin, role.value.replace("_", "-"), role.value.title(), role, STAFF_PASSWORD)
        uow.commit()
    for role in Role:
        if role is not Role.ADMINISTRATOR:
            with UnitOfWork(db) as uow:
                result[role] = users.authenticate(uow, role.value.replace("_", "-"), STAFF_PASSWORD)
    return result
