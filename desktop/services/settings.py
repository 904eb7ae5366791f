"""Centre settings stored in the database (QSettings holds window geometry only)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.models.settings import Setting
from desktop.services import audit
from desktop.services.permissions import Actor, Permission, require
from desktop.services.uow import UnitOfWork

DEFAULTS: dict[str, Any] = {
    "centre.name": "",
    "centre.address": "",
    "centre.profile": "generic",
    "centre.language": "en",
    "centre.currency": "EUR",
    "centre.demo": False,
    "security.idle_lock_minutes": 5,
}


def get(uow: UnitOfWork, key: str) -> Any:
    row = uow.session.get(Setting, key)
    return json.loads(row.value) if row else DEFAULTS.get(key)


def put(uow: UnitOfWork, key: str, value: Any) -> None:
    """Write a setting without a permission check: callers check and audit."""
    text = json.dumps(value, ensure_ascii=False)
    row = uow.session.get(Setting, key)
    if row is None:
        uow.session.add(Setting(key=key, value=text))
    else:
        row.value = text


@dataclass(frozen=True)
class CentreInfo:
    name: str
    address: str
    profile: str
    language: str
    currency: str
    idle_lock_minutes: int
    demo: bool


def centre_info(uow: UnitOfWork) -> CentreInfo:
    return CentreInfo(
        name=get(uow, "centre.name"),
        address=get(uow, "centre.address"),
        profile=get(uow, "centre.profile"),
        language=get(uow, "centre.language"),
        currency=get(uow, "centre.currency"),
        idle_lock_minutes=int(get(uow, "security.idle_lock_minutes")),
        demo=bool(get(uow, "centre.demo")),
    )


def is_initialised(uow: UnitOfWork) -> bool:
    return uow.session.get(Setting, "centre.name") is not None


def update_centre(
    uow: UnitOfWork, actor: Actor, *, name: str, address: str, idle_lock_minutes: int
) -> None:
    require(actor, Permission.MANAGE_SETTINGS)
    name = name.strip()
    if not name:
        raise ValidationError(translate("settings", "Enter the centre's name."), field="name")
    if not 1 <= idle_lock_minutes <= 240:
        raise ValidationError(
            translate("settings", "The screen lock time must be between 1 and 240 minutes."), field="idle"
        )
    put(uow, "centre.name", name)
    put(uow, "centre.address", address.strip())
    put(uow, "security.idle_lock_minutes", idle_lock_minutes)
    audit.record(uow, actor, audit.Action.SETTINGS, "settings", "centre", "centre details updated")
