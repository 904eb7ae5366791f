"""Who may do what. Checked in services (the UI only hides what a role cannot use)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desktop.errors import PermissionDenied
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.users import Role


class Permission(enum.StrEnum):
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    VIEW_AUDIT = "view_audit"
    BACKUP = "backup"
    FIND_CLIENTS = "find_clients"  # front desk: look a household up, record a visit or parcel
    RECORD_SERVICES = "record_services"
    READ_CASE_FILES = "read_case_files"  # notes, assessments, documents, referrals, plans
    EDIT_CASE_FILES = "edit_case_files"
    READ_SEALED_NOTES = "read_sealed_notes"  # plus being on the case, for caseworkers
    ARCHIVE_ERASE = "archive_erase"
    MANAGE_STOCK = "manage_stock"
    DISTRIBUTE_STOCK = "distribute_stock"
    MANAGE_ROSTER = "manage_roster"
    SIGN_IN_SHIFTS = "sign_in_shifts"
    MANAGE_PROGRAMMES = "manage_programmes"
    SHELTER = "shelter"
    VIEW_REPORTS = "view_reports"
    EXPORT_REPORTS = "export_reports"
    EXPORT_PERSONAL_LISTS = "export_personal_lists"
    OVERRIDE_POLICY = "override_policy"


_ALL = frozenset(Permission)

# DOMAIN.md: front desk never sees case notes, assessments, reports with names or settings; caseworkers
# never users or settings; warehouse never case files. Accounts are the administrator's alone.
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: _ALL - {Permission.READ_SEALED_NOTES},
    Role.COORDINATOR: _ALL - {Permission.MANAGE_USERS},
    Role.CASEWORKER: frozenset(
        {
            Permission.FIND_CLIENTS,
            Permission.RECORD_SERVICES,
            Permission.READ_CASE_FILES,
            Permission.EDIT_CASE_FILES,
            Permission.READ_SEALED_NOTES,
            Permission.DISTRIBUTE_STOCK,
            Permission.SIGN_IN_SHIFTS,
            Permission.SHELTER,
        }
    ),
    Role.WAREHOUSE: frozenset({Permission.MANAGE_STOCK, Permission.DISTRIBUTE_STOCK, Permission.SIGN_IN_SHIFTS}),
    Role.FRONT_DESK: frozenset(
        {
            Permission.FIND_CLIENTS,
            Permission.RECORD_SERVICES,
            Permission.DISTRIBUTE_STOCK,
            Permission.SIGN_IN_SHIFTS,
            Permission.SHELTER,
        }
    ),
}

ROLE_LABELS: dict[Role, str] = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("roles", "Administrator"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("roles", "Coordinator"),
    Role.CASEWORKER: QT_TRANSLATE_NOOP("roles", "Caseworker"),
    Role.WAREHOUSE: QT_TRANSLATE_NOOP("roles", "Warehouse"),
    Role.FRONT_DESK: QT_TRANSLATE_NOOP("roles", "Front desk"),
}


def role_label(role: Role) -> str:
    return translate("roles", ROLE_LABELS[role])


@dataclass(frozen=True)
class Actor:
    """The signed-in user, as services see them. `user_id` is None for the command line (see cli)."""

    user_id: int | None
    username: str
    role: Role
    full_name: str = ""

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDenied(
            translate("permissions", "Your role ({role}) may not do this.").format(role=role_label(actor.role)),
            translate("permissions", "Ask a coordinator or the administrator."),
        )
