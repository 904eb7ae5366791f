"""Dashboard tiles: credentials expired or expiring, and understaffed shifts in the coming week."""

from __future__ import annotations

from datetime import date

from desktop.i18n import translate
from desktop.services.dashboard import Tile, TileRow, tile
from desktop.services.permissions import Actor, Permission
from desktop.services.rosters.common import time_range, weekday_name
from desktop.services.rosters.grid import understaffed_upcoming
from desktop.services.rosters.register import expiring_credentials
from desktop.services.uow import UnitOfWork

EXPIRY_WARNING_DAYS = 30
ROWS_SHOWN = 8


@tile("roster_credentials", 60, Permission.MANAGE_ROSTER)
def credentials_tile(uow: UnitOfWork, actor: Actor, today: date) -> Tile | None:
    alerts = expiring_credentials(uow, actor, today, within_days=EXPIRY_WARNING_DAYS)
    if not alerts:
        return None
    rows = []
    for alert in alerts[:ROWS_SHOWN]:
        detail = (translate("rosters", "expired on {date}") if alert.expired
                  else translate("rosters", "expires on {date}")).format(date=alert.expires_on.isoformat())
        rows.append(TileRow(f"{alert.staff_name}: {alert.qualification}", detail, f"staff:{alert.staff_id}"))
    return Tile(
        "roster_credentials",
        translate("rosters", "Credentials expired or expiring within %n days", "", EXPIRY_WARNING_DAYS),
        len(alerts),
        "danger" if any(a.expired for a in alerts) else "warning",
        tuple(rows),
        "rosters",
    )


@tile("roster_understaffed", 61, Permission.MANAGE_ROSTER)
def understaffed_tile(uow: UnitOfWork, actor: Actor, today: date) -> Tile | None:
    short = understaffed_upcoming(uow, actor, today, 7)
    if not short:
        return None
    rows = tuple(
        TileRow(f"{weekday_name(s.day.weekday(), short=True)} {s.day.isoformat()} "
                f"{time_range(s.start_time, s.end_time)} {s.post_name}",
                translate("rosters", "{filled} of {needed} people").format(filled=s.filled, needed=s.needed),
                f"shift:{s.id}")
        for s in short[:ROWS_SHOWN]
    )
    return Tile("roster_understaffed", translate("rosters", "Understaffed shifts in the next 7 days"), len(short),
                "warning", rows, "rosters")
