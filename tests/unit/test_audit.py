from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from desktop.db import Database
from desktop.errors import ValidationError
from desktop.models.audit import AuditEvent
from desktop.models.users import Role
from desktop.services import audit, settings
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork


def _count(db: Database) -> int:
    with UnitOfWork(db, write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


@pytest.mark.parametrize("statement", ["UPDATE audit_events SET summary = 'x'", "DELETE FROM audit_events"])
def test_database_refuses_changes_to_the_audit_log(db: Database, statement: str) -> None:
    assert db.path is not None
    conn = sqlite3.connect(db.path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(statement)
    conn.close()
    with pytest.raises(IntegrityError), UnitOfWork(db) as uow:
        uow.session.execute(text(statement))


def test_audit_event_commits_and_rolls_back_with_the_change(db: Database, admin: Actor) -> None:
    before = _count(db)
    with UnitOfWork(db) as uow:
        settings.update_centre(uow, admin, name="New name", address="", idle_lock_minutes=10)
        # no commit: the change and its audit row vanish together
    assert _count(db) == before
    with UnitOfWork(db) as uow:
        settings.update_centre(uow, admin, name="New name", address="", idle_lock_minutes=10)
        uow.commit()
    assert _count(db) == before + 1
    with UnitOfWork(db, write=False) as uow:
        assert settings.centre_info(uow).name == "New name"
        assert settings.centre_info(uow).idle_lock_minutes == 10


def test_failed_validation_writes_nothing(db: Database, admin: Actor) -> None:
    before = _count(db)
    with UnitOfWork(db) as uow, pytest.raises(ValidationError):
        settings.update_centre(uow, admin, name="  ", address="", idle_lock_minutes=10)
    assert _count(db) == before


def test_viewer_filters(db: Database, actors: dict[Role, Actor]) -> None:
    admin = actors[Role.ADMINISTRATOR]
    with UnitOfWork(db, write=False) as uow:
        everything = audit.search_events(uow, admin, audit.AuditFilter())
        logins = audit.search_events(uow, admin, audit.AuditFilter(action="login"))
        by_user = audit.search_events(uow, admin, audit.AuditFilter(username="Front-Desk"))
        created = audit.search_events(uow, admin, audit.AuditFilter(text="role front_desk"))
        today = audit.search_events(uow, admin, audit.AuditFilter(date_from=date.today(), date_to=date.today()))
        none_before = audit.search_events(uow, admin, audit.AuditFilter(date_to=date(2000, 1, 1)))
        actions, entities = audit.distinct_values(uow, admin)
    assert [e.id for e in everything] == sorted((e.id for e in everything), reverse=True)
    assert len(logins) == 5 and {e.action for e in logins} == {"login"}
    assert {e.action for e in by_user} == {"login"}
    assert len(created) == 1 and created[0].entity == "user"
    assert len(today) == len(everything)
    assert none_before == []
    assert {"login", "create", "setup"} <= set(actions) and "user" in entities
