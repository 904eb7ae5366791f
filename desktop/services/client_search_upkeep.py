"""Stored search text kept current across versions, without a migration.

What a `client_search` row holds is derived data: when a version changes it (version 2: household rows carry
their current members' names), the rows already stored are rewritten once. `schema.prepare` calls
`refresh_outdated_text` after the schema is ready, so start-up, every CLI command that opens the database,
a training database and a restored backup all get it; a marker in settings makes it happen once.
"""

from __future__ import annotations

import logging
from datetime import date

from sqlalchemy import select, update

from desktop.models.clients import ClientSearchEntry, Household, RecordStatus
from desktop.services import settings
from desktop.services.client_search import household_text, member_names
from desktop.services.uow import UnitOfWork

log = logging.getLogger(__name__)

# Raise when what the rows hold changes. 1: names, identifiers, phones, addresses; 2: + household members' names.
TEXT_VERSION = 2
TEXT_VERSION_KEY = "search.text_version"


def rebuild_household_rows(uow: UnitOfWork, *, chunk: int = 1000) -> int:
    """Rewrite every household's row from the current data, in bulk (people's rows are left alone).

    A large centre has tens of thousands of households, so this goes by chunks: one query for the
    households, one for their members' names, one bulk update. Erased households have no row and get none.
    """
    today = date.today()
    all_ids = list(uow.session.scalars(
        select(Household.id).where(Household.status != RecordStatus.ERASED).order_by(Household.id)))
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


def text_is_current(uow: UnitOfWork) -> bool:
    stored = settings.get(uow, TEXT_VERSION_KEY)
    return isinstance(stored, int) and stored >= TEXT_VERSION


def refresh_outdated_text(uow: UnitOfWork) -> int | None:
    """Rebuild household rows once when they were written by an older version (TEXT_VERSION); called where
    the schema is prepared (schema.prepare), so a change of what the rows hold needs no migration. Returns
    the number of households rewritten, or None when the rows were current. The caller commits."""
    if text_is_current(uow):
        return None
    rewritten = rebuild_household_rows(uow)
    settings.put(uow, TEXT_VERSION_KEY, TEXT_VERSION)
    log.info("client search: %d household rows rewritten for search text version %d", rewritten, TEXT_VERSION)
    return rewritten
