"""The one audit writer, and the audit viewer's query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from desktop.models.audit import AuditEvent
from desktop.services.permissions import Actor, Permission, require
from desktop.services.uow import UnitOfWork


class Action:
    """Audit action codes. Stable strings: filters and reports rely on them."""

    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    UNLOCK = "unlock"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    DISABLE = "disable"
    PASSWORD_RESET = "password_reset"
    PASSWORD_CHANGE = "password_change"
    READ = "read"
    EXPORT = "export"
    BACKUP = "backup"
    RESTORE = "restore"
    SETUP = "setup"
    DEMO = "demo"
    SETTINGS = "settings"
    OVERRIDE = "override"
    ARCHIVE = "archive"
    ERASE = "erase"
    MERGE = "merge"


def record(
    uow: UnitOfWork,
    actor: Actor | None,
    action: str,
    entity: str = "",
    entity_id: object = "",
    summary: str = "",
) -> None:
    """Add an audit event to the caller's transaction; it commits or rolls back with the change."""
    uow.session.add(
        AuditEvent(
            user_id=actor.user_id if actor else None,
            username=actor.username if actor else "",
            action=action,
            entity=entity,
            entity_id="" if entity_id is None else str(entity_id),
            summary=summary,
        )
    )


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    summary: str


@dataclass(frozen=True)
class AuditFilter:
    date_from: date | None = None
    date_to: date | None = None
    username: str = ""
    action: str = ""
    entity: str = ""
    text: str = ""


def _local_day_bounds(day: date, tz: ZoneInfo | None) -> datetime:
    return datetime.combine(day, time.min, tzinfo=tz).astimezone()


def search_events(
    uow: UnitOfWork, actor: Actor, flt: AuditFilter, *, limit: int = 5000, tz: ZoneInfo | None = None
) -> list[AuditRow]:
    """Newest first. Dates are whole local days, inclusive."""
    require(actor, Permission.VIEW_AUDIT)
    query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
    if flt.date_from:
        query = query.where(AuditEvent.at >= _local_day_bounds(flt.date_from, tz))
    if flt.date_to:
        query = query.where(AuditEvent.at < _local_day_bounds(flt.date_to + timedelta(days=1), tz))
    if flt.username:
        query = query.where(func.lower(AuditEvent.username) == flt.username.strip().lower())
    if flt.action:
        query = query.where(AuditEvent.action == flt.action)
    if flt.entity:
        query = query.where(AuditEvent.entity == flt.entity)
    if flt.text:
        like = f"%{flt.text.strip()}%"
        query = query.where(AuditEvent.summary.ilike(like) | AuditEvent.entity_id.ilike(like))
    return [
        AuditRow(e.id, e.at, e.username, e.action, e.entity, e.entity_id, e.summary)
        for e in uow.session.scalars(query)
    ]


def distinct_values(uow: UnitOfWork, actor: Actor) -> tuple[list[str], list[str]]:
    """Actions and entities present in the log, for the viewer's filter boxes."""
    require(actor, Permission.VIEW_AUDIT)
    actions = list(uow.session.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action)))
    entities = list(uow.session.scalars(select(AuditEvent.entity).distinct().order_by(AuditEvent.entity)))
    return actions, [e for e in entities if e]
