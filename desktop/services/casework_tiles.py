"""Dashboard tiles for case files: referral follow-ups due or overdue, documents expiring, plan reviews due.
Shown only to roles that read case files (the tile registry filters by permission)."""

from __future__ import annotations

from datetime import date

from desktop.i18n import translate
from desktop.services import care_plans, documents, referrals
from desktop.services.case_access import person_names
from desktop.services.dashboard import Tile, TileRow, tile
from desktop.services.permissions import Actor, Permission
from desktop.services.uow import UnitOfWork

MAX_ROWS = 10


def _target(person_id: int | None, household_id: int | None) -> str:
    return f"household:{household_id}" if household_id is not None else f"person:{person_id}"


@tile("casework.follow_ups", 30, Permission.READ_CASE_FILES)
def referral_follow_ups(uow: UnitOfWork, actor: Actor, today: date) -> Tile | None:
    total, overdue = referrals.count_follow_ups_due(uow, actor, today)
    if not total:
        return None
    rows = []
    for r in referrals.follow_ups_due(uow, actor, today, limit=MAX_ROWS):
        assert r.follow_up_on is not None
        when = (translate("casework", "overdue since {date}") if r.overdue(today)
                else translate("casework", "due {date}")).format(date=r.follow_up_on.isoformat())
        rows.append(TileRow(f"{r.tracking_number} · {r.person_name}", f"{r.agency_name} · {when}",
                            _target(r.person_id, r.household_id)))
    return Tile("casework.follow_ups", translate("casework", "Referral follow-ups"), total,
                "danger" if overdue else "warning", tuple(rows), "clients")


@tile("casework.documents", 31, Permission.READ_CASE_FILES)
def expiring_documents(uow: UnitOfWork, actor: Actor, today: date) -> Tile | None:
    total, expired = documents.count_expiring_documents(uow, actor, today)
    if not total:
        return None
    found = documents.expiring_documents(uow, actor, today, limit=MAX_ROWS)
    names = person_names(uow, {d.person_id for d in found})
    rows = []
    for d in found:
        state = (translate("casework", "expired {date}") if d.expires_on < today
                 else translate("casework", "expires {date}")).format(date=d.expires_on.isoformat())
        who = names.get(d.person_id or 0) or translate("casework", "household")
        rows.append(TileRow(f"{documents.type_label(d.doc_type)} · {who}", state, _target(d.person_id, d.household_id)))
    return Tile("casework.documents", translate("casework", "Documents expiring"), total,
                "danger" if expired else "warning", tuple(rows), "clients")


@tile("casework.plan_reviews", 32, Permission.READ_CASE_FILES)
def plan_reviews(uow: UnitOfWork, actor: Actor, today: date) -> Tile | None:
    total = care_plans.count_reviews_due(uow, actor, today)
    if not total:
        return None
    due = care_plans.reviews_due(uow, actor, today, limit=MAX_ROWS)
    names = person_names(uow, {person for _, person, _, _ in due})
    rows = tuple(
        TileRow(names.get(person or 0) or translate("casework", "household"),
                translate("casework", "review due {date}").format(date=when.isoformat()), _target(person, household))
        for _, person, household, when in due)
    return Tile("casework.plan_reviews", translate("casework", "Care plan reviews due"), total, "warning", rows,
                "clients")
