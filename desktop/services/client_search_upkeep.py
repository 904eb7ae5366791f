"""Stored search text kept current across versions, without a migration.

What a `client_search` row holds is derived data: when a version changes it (version 2: household rows carry
their current members' names), the rows already stored are rewritten once. `schema.prepare` calls
`refresh_outdated_text` after the schema is ready, so start-up, every CLI command that opens the database,
a training database and a restored backup all get it; a marker in settings makes it happen once.

Membership has dates, and a move-out or move-in dated ahead takes effect on a day when nobody edits the
household. So the same call brings forward, once a day, the households whose membership changed between the
day their rows were last written and today (`catch_up_membership_dates`).
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from sqlalchemy import or_, select, update

from desktop.models.clients import ClientSearchEntry, Household, HouseholdMember, RecordStatus
from desktop.services import settings
from desktop.services.client_search import household_text, member_names
from desktop.services.uow import UnitOfWork

log = logging.getLogger(__name__)

# Raise when what the rows hold changes. 1: names, identifiers, phones, addresses; 2: + household members' names.
TEXT_VERSION = 2
TEXT_VERSION_KEY = "search.text_version"
MEMBERS_AS_OF_KEY = "search.members_as_of"  # the day household rows last reflected membership dates


def rebuild_household_rows(uow: UnitOfWork, *, chunk: int = 1000, only: list[int] | None = None,
                           today: date | None = None) -> int:
    """Rewrite every household's row from the current data, in bulk (people's rows are left alone).

    A large centre has tens of thousands of households, so this goes by chunks: one query for the
    households, one for their members' names, one bulk update. Erased households have no row and get none.
    """
    today = today or date.today()
    query = select(Household.id).where(Household.status != RecordStatus.ERASED).order_by(Household.id)
    if only is not None:
        query = query.where(Household.id.in_(only))
    all_ids = list(uow.session.scalars(query))
    for start in range(0, len(all_ids), chunk):
        ids = all_ids[start:start + chunk]
        names = member_names(uow, ids, today)
        rows: dict[int | None, int] = {hid: eid for hid, eid in uow.session.execute(
            select(ClientSearchEntry.household_id, ClientSearchEntry.id).where(
                ClientSearchEntry.household_id.in_(ids), ClientSearchEntry.person_id.is_(None)))}
        updates, inserts = [], []
        for h in uow.session.scalars(select(Household).where(Household.id.in_(ids))):
            values = {"text": household_text(h, names.get(h.id, [])), "archived": h.status is not RecordStatus.ACTIVE}
            if h.id in rows:
                updates.append({"id": rows[h.id], **values})
            else:
                inserts.append(ClientSearchEntry(person_id=None, household_id=h.id, **values))
        if updates:
            uow.session.execute(update(ClientSearchEntry), updates)
        uow.session.add_all(inserts)
        uow.flush()
    return len(all_ids)


def text_is_current(uow: UnitOfWork, today: date | None = None) -> bool:
    """Nothing to rewrite: the rows are of this version and reflect membership dates up to today."""
    stored = settings.get(uow, TEXT_VERSION_KEY)
    as_of = settings.get(uow, MEMBERS_AS_OF_KEY)
    return isinstance(stored, int) and stored >= TEXT_VERSION and as_of == (today or date.today()).isoformat()


def catch_up_membership_dates(uow: UnitOfWork, today: date | None = None) -> int:
    """Rewrite the rows of households whose members joined or left after the day the rows were last written,
    up to today (dated ahead when entered). Returns how many. The caller commits."""
    today = today or date.today()
    stored = settings.get(uow, MEMBERS_AS_OF_KEY)
    since = date.fromisoformat(stored) if isinstance(stored, str) else None
    count = 0
    if since is not None and since < today:
        m = HouseholdMember
        changed = list(uow.session.scalars(select(m.household_id).distinct().where(or_(
            m.joined_on.between(since + timedelta(days=1), today),
            m.left_on.between(since + timedelta(days=1), today)))))
        count = rebuild_household_rows(uow, only=changed, today=today) if changed else 0
    settings.put(uow, MEMBERS_AS_OF_KEY, today.isoformat())
    return count


def refresh_outdated_text(uow: UnitOfWork, today: date | None = None) -> int | None:
    """Rebuild household rows once when they were written by an older version (TEXT_VERSION); called where
    the schema is prepared (schema.prepare), so a change of what the rows hold needs no migration. Returns
    the number of households rewritten, or None when the rows were current. The caller commits."""
    if text_is_current(uow, today):
        return None
    stored = settings.get(uow, TEXT_VERSION_KEY)
    if isinstance(stored, int) and stored >= TEXT_VERSION:
        caught_up = catch_up_membership_dates(uow, today)
        log.info("client search: %d household rows brought up to today's membership", caught_up)
        return caught_up
    rewritten = rebuild_household_rows(uow, today=today)
    settings.put(uow, TEXT_VERSION_KEY, TEXT_VERSION)
    settings.put(uow, MEMBERS_AS_OF_KEY, (today or date.today()).isoformat())
    log.info("client search: %d household rows rewritten for search text version %d", rewritten, TEXT_VERSION)
    return rewritten
