"""The signed-in user's own language and sign-out audit; building a training database (no Qt)."""

from __future__ import annotations

import pytest

from desktop.db import open_database
from desktop.errors import ValidationError
from desktop.models.users import Role
from desktop.progress import Cancelled, Progress
from desktop.services import account, audit, settings, users
from desktop.services.audit import AuditFilter
from desktop.services.training import build_training_database, is_ready_training_database
from desktop.services.uow import UnitOfWork


def test_own_language_is_saved_and_audited(db, admin):
    with UnitOfWork(db) as uow:
        assert account.own_language(uow, admin) == "en"  # chosen at set-up
        account.set_own_language(uow, admin, "id")
        uow.commit()
    with UnitOfWork(db) as uow:
        assert account.own_language(uow, admin) == "id"
        events = audit.search_events(uow, admin, AuditFilter(action="update"))
    assert events[0].summary == "own language set to id" and events[0].entity_id == str(admin.user_id)


def test_unknown_language_is_refused(db, admin):
    with UnitOfWork(db) as uow, pytest.raises(ValidationError):
        account.set_own_language(uow, admin, "xx")


def test_any_role_may_set_their_own_language(db, actors):
    front = actors[Role.FRONT_DESK]
    with UnitOfWork(db) as uow:
        account.set_own_language(uow, front, "pl")
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        assert account.own_language(uow, front) == "pl"
        assert account.own_language(uow, actors[Role.ADMINISTRATOR]) == "en"


def test_sign_out_is_audited(db, admin):
    with UnitOfWork(db) as uow:
        account.record_sign_out(uow, admin, reason="window closed")
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        events = audit.search_events(uow, admin, AuditFilter(action="logout"))
    assert [(e.username, e.summary) for e in events] == [("admin", "window closed")]


def test_training_database_is_a_demo_centre(tmp_path):
    path = tmp_path / "training.sqlite3"
    assert build_training_database(Progress(), path, "pl", "en", 10, 1) == path
    assert is_ready_training_database(path)
    db = open_database(str(path))
    try:
        with UnitOfWork(db) as uow:
            centre = settings.centre_info(uow)
            assert centre.demo and centre.profile == "pl" and centre.currency == "PLN"
            assert users.authenticate(uow, "admin", "training-2026").role is Role.ADMINISTRATOR
    finally:
        db.dispose()


def test_cancelled_training_build_leaves_nothing_usable(tmp_path):
    path = tmp_path / "training.sqlite3"
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        build_training_database(progress, path, "generic", "en", 10, 1)
    assert not is_ready_training_database(path)
