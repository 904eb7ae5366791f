from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from desktop.db import Database
from desktop.errors import PermissionDenied, UserError, ValidationError
from desktop.models.audit import AuditEvent
from desktop.models.base import utcnow
from desktop.models.users import Role, User
from desktop.services import users
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from tests.conftest import ADMIN_PASSWORD


def _user(db: Database, name: str) -> User:
    with UnitOfWork(db, write=False) as uow:
        user = uow.session.scalar(select(User).where(User.username == name))
        assert user is not None
        uow.session.expunge(user)  # keep it readable after the unit of work rolls back
        return user


def _events(db: Database, action: str) -> list[AuditEvent]:
    with UnitOfWork(db, write=False) as uow:
        events = list(uow.session.scalars(select(AuditEvent).where(AuditEvent.action == action)))
        uow.session.expunge_all()
        return events


def _login(db: Database, name: str, password: str, **kw: object) -> Actor:
    with UnitOfWork(db) as uow:
        return users.authenticate(uow, name, password, **kw)  # type: ignore[arg-type]


def test_passwords_are_argon2id(db: Database) -> None:
    assert _user(db, "admin").password_hash.startswith("$argon2id$")


def test_login_is_case_insensitive_on_name_and_audited(db: Database) -> None:
    actor = _login(db, "ADMIN", ADMIN_PASSWORD)
    assert actor.username == "admin" and actor.role is Role.ADMINISTRATOR
    assert [e.username for e in _events(db, "login")] == ["admin"]
    assert _user(db, "admin").last_login_at is not None


def test_failed_login_is_audited_even_though_it_raises(db: Database) -> None:
    with pytest.raises(UserError, match="Wrong login name or password"):
        _login(db, "admin", "nope-nope")
    with pytest.raises(UserError, match="Wrong login name or password"):
        _login(db, "ghost", "nope-nope")
    summaries = [e.summary for e in _events(db, "login_failed")]
    assert summaries == ["wrong password (1)", "unknown login name"]
    assert all("nope" not in s for s in summaries)  # the typed password is never stored


def test_lockout_after_five_failures_with_back_off(db: Database) -> None:
    now = utcnow()
    for _ in range(5):
        with pytest.raises(UserError):
            _login(db, "admin", "wrong-pass", now=now)
    locked = _user(db, "admin")
    assert locked.failed_logins == 5
    assert locked.locked_until == now + timedelta(seconds=30)
    # Even the right password is refused while locked, and the message says so.
    with pytest.raises(UserError, match="locked") as info:
        _login(db, "admin", ADMIN_PASSWORD, now=now + timedelta(seconds=10))
    assert "1 minute" in info.value.hint
    # After the lockout, one more failure doubles it.
    later = now + timedelta(seconds=31)
    with pytest.raises(UserError, match="Wrong"):
        _login(db, "admin", "wrong-pass", now=later)
    assert _user(db, "admin").locked_until == later + timedelta(seconds=60)
    # The right password after the lockout works and clears the counter.
    actor = _login(db, "admin", ADMIN_PASSWORD, now=later + timedelta(seconds=61))
    assert actor.username == "admin"
    assert _user(db, "admin").failed_logins == 0 and _user(db, "admin").locked_until is None


def test_back_off_is_capped() -> None:
    assert users.lockout_for(5) == timedelta(seconds=30)
    assert users.lockout_for(8) == timedelta(seconds=240)
    assert users.lockout_for(50) == timedelta(minutes=30)


def test_rehash_on_login_when_parameters_change(db: Database) -> None:
    old_hash = _user(db, "admin").password_hash
    users.configure_hasher(PasswordHasher(time_cost=2, memory_cost=128, parallelism=1))
    try:
        _login(db, "admin", ADMIN_PASSWORD)
        new_hash = _user(db, "admin").password_hash
        assert new_hash != old_hash and "m=128,t=2,p=1" in new_hash
        _login(db, "admin", ADMIN_PASSWORD)  # still verifies with the new hash
    finally:
        users.configure_hasher(PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))


def test_disabled_account_cannot_sign_in(db: Database, actors: dict[Role, Actor]) -> None:
    with UnitOfWork(db) as uow:
        users.disable_user(uow, actors[Role.ADMINISTRATOR], "warehouse")
        uow.commit()
    with pytest.raises(UserError, match="disabled"):
        _login(db, "warehouse", "staff-pass-123")


def test_new_user_must_change_password_and_reset_clears_lockout(db: Database, admin: Actor) -> None:
    with UnitOfWork(db) as uow:
        info = users.create_user(uow, admin, "maria", "Maria K.", Role.CASEWORKER, "first-pass-1")
        uow.commit()
    assert info.role is Role.CASEWORKER
    for _ in range(6):
        with pytest.raises(UserError):
            _login(db, "maria", "bad-password")
    with UnitOfWork(db) as uow:
        users.reset_password(uow, admin, "maria", "second-pass-2")
        uow.commit()
    actor = _login(db, "maria", "second-pass-2")
    with UnitOfWork(db) as uow:
        assert users.must_change_password(uow, actor)
        users.change_own_password(uow, actor, "second-pass-2", "my-own-pass-3")
        uow.commit()
    with UnitOfWork(db) as uow:
        assert not users.must_change_password(uow, actor)


@pytest.mark.parametrize(
    ("name", "password", "field"),
    [("a", "long-enough-1", "username"), ("bad name", "long-enough-1", "username"),
     ("Łukasz", "long-enough-1", "username"), ("maria", "short", "password"), ("mariapass", "MariaPass", "password")],
)
def test_account_validation_names_the_field(db: Database, admin: Actor, name: str, password: str, field: str) -> None:
    with UnitOfWork(db) as uow, pytest.raises(ValidationError) as info:
        users.create_user(uow, admin, name, "", Role.FRONT_DESK, password)
    assert info.value.field == field


def test_duplicate_login_name_refused(db: Database, admin: Actor) -> None:
    with UnitOfWork(db) as uow, pytest.raises(ValidationError, match="already taken"):
        users.create_user(uow, admin, "ADMIN", "", Role.FRONT_DESK, "long-enough-1")


def test_last_administrator_cannot_be_removed(db: Database, admin: Actor) -> None:
    with UnitOfWork(db) as uow, pytest.raises(ValidationError, match="last active administrator"):
        users.update_user(uow, admin, "admin", full_name="A", role=Role.COORDINATOR, active=True)


def test_first_administrator_only_once(db: Database) -> None:
    with UnitOfWork(db) as uow, pytest.raises(UserError, match="already has users"):
        users.create_first_administrator(uow, "other", "", "long-enough-1")


def test_screen_unlock_checks_password_and_counts_failures(db: Database, admin: Actor) -> None:
    with UnitOfWork(db) as uow:
        assert not users.unlock_screen(uow, admin, "wrong-one")
    with UnitOfWork(db) as uow:
        assert users.unlock_screen(uow, admin, ADMIN_PASSWORD)
    assert [e.summary for e in _events(db, "unlock")] == ["screen unlocked"]
    assert _user(db, "admin").failed_logins == 0


def test_only_administrator_manages_users(db: Database, actors: dict[Role, Actor]) -> None:
    for role in (Role.COORDINATOR, Role.CASEWORKER, Role.WAREHOUSE, Role.FRONT_DESK):
        with UnitOfWork(db) as uow, pytest.raises(PermissionDenied):
            users.list_users(uow, actors[role])
