"""Role x action matrix, run against the services themselves (not the UI)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.db import Database
from desktop.errors import PermissionDenied
from desktop.models.users import Role
from desktop.services import audit, maintenance, settings, users
from desktop.services.permissions import ROLE_PERMISSIONS, Actor, Permission
from desktop.services.uow import UnitOfWork

Action = Callable[[UnitOfWork, Actor, Database], object]

ACTIONS: dict[str, Action] = {
    "list users": lambda uow, a, db: users.list_users(uow, a),
    "create user": lambda uow, a, db: users.create_user(uow, a, "newbie", "", Role.FRONT_DESK, "long-enough-1"),
    "reset password": lambda uow, a, db: users.reset_password(uow, a, "front-desk", "long-enough-1"),
    "view audit log": lambda uow, a, db: audit.search_events(uow, a, audit.AuditFilter()),
    "change centre settings": lambda uow, a, db: settings.update_centre(
        uow, a, name="X", address="", idle_lock_minutes=5),
    "back up": lambda uow, a, db: maintenance.backup(uow, a, db),
}

A, C, W, K, F = Role.ADMINISTRATOR, Role.COORDINATOR, Role.CASEWORKER, Role.WAREHOUSE, Role.FRONT_DESK
ALLOWED: dict[str, set[Role]] = {
    "list users": {A},
    "create user": {A},
    "reset password": {A},
    "view audit log": {A, C},
    "change centre settings": {A, C},
    "back up": {A, C},
}


@pytest.mark.parametrize("action", sorted(ACTIONS))
@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_role_action_matrix(db: Database, actors: dict[Role, Actor], role: Role, action: str) -> None:
    with UnitOfWork(db) as uow:
        if role in ALLOWED[action]:
            ACTIONS[action](uow, actors[role], db)
        else:
            with pytest.raises(PermissionDenied):
                ACTIONS[action](uow, actors[role], db)


def test_domain_rules_hold_in_the_permission_table() -> None:
    """DOMAIN.md: front desk never sees case notes or settings; caseworkers never users or settings;
    warehouse never case files; sealed notes are for caseworkers and coordinators only."""
    never = {
        Role.FRONT_DESK: {Permission.READ_CASE_FILES, Permission.READ_SEALED_NOTES, Permission.MANAGE_SETTINGS,
                          Permission.EXPORT_PERSONAL_LISTS, Permission.VIEW_REPORTS, Permission.MANAGE_USERS},
        Role.CASEWORKER: {Permission.MANAGE_USERS, Permission.MANAGE_SETTINGS},
        Role.WAREHOUSE: {Permission.READ_CASE_FILES, Permission.READ_SEALED_NOTES, Permission.FIND_CLIENTS},
    }
    for role, forbidden in never.items():
        assert not (ROLE_PERMISSIONS[role] & forbidden), role
    holders = {r for r, perms in ROLE_PERMISSIONS.items() if Permission.READ_SEALED_NOTES in perms}
    assert holders == {Role.CASEWORKER, Role.COORDINATOR}


def test_permission_denied_message_names_the_role(db: Database, actors: dict[Role, Actor]) -> None:
    with UnitOfWork(db) as uow, pytest.raises(PermissionDenied) as info:
        users.list_users(uow, actors[Role.FRONT_DESK])
    assert "Front desk" in info.value.message
