"""The one client search (Ctrl+F): names, identifier, phone, household reference and address.

Contract (areas.md): `search_clients(uow, actor, text, limit=, include_archived=) -> list[ClientHit]`.

Every person and every household has a row in `client_search` holding folded words (see client_text);
this module keeps those rows in step (`index_person`, `index_household`, called by every service that
changes a client) and answers queries. A person's row holds their own words and their current household's;
a household's row holds its own words and then its current, active members' names, so "Nowak" finds the
Nowak household too (a former member's name does not: the desk looks for where someone lives now).
Ranking is in tiers, each one a query of its own so a common prefix never pushes an exact match out of the
first page: every query word an exact word, then every word a word prefix, then every word anywhere inside.
Within a tier, a household found only through its members' names comes after everything found on its own
words. On SQLite the tiers run on the FTS5 trigram index; elsewhere (or for words under three letters,
which trigrams cannot index) on LIKE over the same column.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, delete, select, text, update

from desktop.models.clients import ClientSearchEntry, Household, HouseholdMember, Person, RecordStatus
from desktop.services.client_text import digits, fold, search_text
from desktop.services.permissions import Actor, Permission, require
from desktop.services.uow import UnitOfWork

# ClientSearchEntry.text is String(800) (PostgreSQL enforces it): member names stop before the limit.
TEXT_LIMIT = 800


@dataclass(frozen=True)
class ClientHit:
    household_id: int | None
    person_id: int | None
    household_ref: str
    display_name: str
    birth_date: date | None
    address: str
    phone: str
    score: float
    archived: bool = False
    birth_year: int | None = None


def format_address(h: Household) -> str:
    rt_rw = f"RT {h.rt}/RW {h.rw}" if h.rt or h.rw else ""
    town = " ".join(p for p in (h.postal_code, h.locality) if p)
    return ", ".join(p for p in (h.address_line, rt_rw, town, h.district) if p)


def person_name(p: Person) -> str:
    return f"{p.family_name}, {p.given_name}".strip(", ")


def current_membership(uow: UnitOfWork, person_id: int, on: date | None = None) -> HouseholdMember | None:
    on = on or date.today()
    return uow.session.scalars(
        select(HouseholdMember)
        .where(HouseholdMember.person_id == person_id, HouseholdMember.joined_on <= on,
               (HouseholdMember.left_on.is_(None)) | (HouseholdMember.left_on > on))
        .order_by(HouseholdMember.joined_on.desc(), HouseholdMember.id.desc())
        .limit(1)
    ).first()


def _household_words(h: Household) -> list[str]:
    return [h.ref, h.address_line, h.locality, h.district, h.postal_code, h.rt and f"rt{h.rt}", digits(h.phone),
            h.family_card_number]


def _capped(words: str) -> str:
    if len(words) <= TEXT_LIMIT:
        return words
    return words[: words.rindex(" ", 0, TEXT_LIMIT) + 1]


def household_text(h: Household, member_names: Collection[str]) -> str:
    """The household's own words first, then its members' names (own words survive the length cap)."""
    return _capped(search_text(*_household_words(h), *member_names))


def member_names(uow: UnitOfWork, household_ids: Collection[int], on: date) -> dict[int, list[str]]:
    """Given and family names of each household's current, active members (archived or erased people are
    left out: an archived person is hidden from daily search, and their household must not find them)."""
    names: dict[int, list[str]] = {}
    if not household_ids:
        return names
    rows = uow.session.execute(
        select(HouseholdMember.household_id, Person.given_name, Person.family_name)
        .join(Person, Person.id == HouseholdMember.person_id)
        .where(HouseholdMember.household_id.in_(household_ids), HouseholdMember.joined_on <= on,
               (HouseholdMember.left_on.is_(None)) | (HouseholdMember.left_on > on),
               Person.status == RecordStatus.ACTIVE)
        .order_by(HouseholdMember.household_id, HouseholdMember.joined_on, HouseholdMember.id))
    for hid, given, family in rows:
        names.setdefault(hid, []).extend((given, family))
    return names


def _store(uow: UnitOfWork, where: ColumnElement[bool], values: dict[str, object]) -> None:
    entry = uow.session.scalars(select(ClientSearchEntry).where(where)).first()
    if entry is None:
        uow.session.add(ClientSearchEntry(**values))
    else:
        for key, value in values.items():
            setattr(entry, key, value)


def _households_naming(uow: UnitOfWork, person_id: int) -> set[int]:
    """Households whose row may hold this person's name: the one on their search row, and every household
    they are a member of today."""
    ids = set(uow.session.scalars(select(ClientSearchEntry.household_id).where(
        ClientSearchEntry.person_id == person_id, ClientSearchEntry.household_id.is_not(None))))
    today = date.today()
    ids |= set(uow.session.scalars(select(HouseholdMember.household_id).where(
        HouseholdMember.person_id == person_id, HouseholdMember.joined_on <= today,
        (HouseholdMember.left_on.is_(None)) | (HouseholdMember.left_on > today))))
    return {hid for hid in ids if hid is not None}


def index_person(uow: UnitOfWork, person_id: int, *, households: bool = True) -> None:
    """The person's row, then (unless `households=False`) the rows of the households naming them: joining,
    leaving, renaming, archiving and merging all change a household's member names."""
    before = _households_naming(uow, person_id) if households else set()
    _index_person_row(uow, person_id)
    if households:
        uow.flush()
        for hid in before | _households_naming(uow, person_id):
            index_household(uow, hid, with_members=False)


def _index_person_row(uow: UnitOfWork, person_id: int) -> None:
    person = uow.session.get(Person, person_id)
    if person is None:
        uow.session.execute(delete(ClientSearchEntry).where(ClientSearchEntry.person_id == person_id))
        return
    membership = current_membership(uow, person_id)
    household = membership.household if membership else None
    parts = [person.given_name, person.family_name, person.id_number, digits(person.phone)]
    if household is not None:
        parts += _household_words(household)
    archived = person.status is not RecordStatus.ACTIVE or (
        household is not None and household.status is not RecordStatus.ACTIVE)
    _store(uow, ClientSearchEntry.person_id == person_id, {
        "person_id": person_id, "household_id": household.id if household else None,
        "archived": archived, "text": search_text(*parts),
    })


def index_household(uow: UnitOfWork, household_id: int, *, with_members: bool = True) -> None:
    household = uow.session.get(Household, household_id)
    if household is None:
        return
    names = member_names(uow, [household_id], date.today()).get(household_id, [])
    _store(uow, and_(ClientSearchEntry.household_id == household_id, ClientSearchEntry.person_id.is_(None)), {
        "person_id": None, "household_id": household_id,
        "archived": household.status is not RecordStatus.ACTIVE, "text": household_text(household, names),
    })
    if with_members:
        uow.flush()
        person_ids = set(uow.session.scalars(
            select(HouseholdMember.person_id).where(HouseholdMember.household_id == household_id)))
        person_ids |= set(uow.session.scalars(
            select(ClientSearchEntry.person_id).where(ClientSearchEntry.household_id == household_id,
                                                      ClientSearchEntry.person_id.is_not(None))))
        for pid in person_ids:
            if pid is not None:
                index_person(uow, pid, households=False)


def forget_person(uow: UnitOfWork, person_id: int) -> None:
    """Drop the person's row and take their name out of their households' rows (erasure, merge)."""
    refresh = _households_naming(uow, person_id)
    uow.session.execute(delete(ClientSearchEntry).where(ClientSearchEntry.person_id == person_id))
    if refresh:
        uow.flush()
        for hid in refresh:
            index_household(uow, hid, with_members=False)


def forget_household(uow: UnitOfWork, household_id: int) -> None:
    uow.session.execute(delete(ClientSearchEntry).where(
        ClientSearchEntry.household_id == household_id, ClientSearchEntry.person_id.is_(None)))
    uow.session.execute(update(ClientSearchEntry).where(ClientSearchEntry.household_id == household_id)
                        .values(household_id=None))


def rebuild_index(uow: UnitOfWork) -> int:
    """Recreate every search row (after an import of many rows, or a repair)."""
    uow.session.execute(delete(ClientSearchEntry))
    count = 0
    for hid in list(uow.session.scalars(select(Household.id))):
        index_household(uow, hid, with_members=False)
        count += 1
    for pid in list(uow.session.scalars(select(Person.id))):
        index_person(uow, pid, households=False)
        count += 1
    return count


def bulk_index_households(uow: UnitOfWork, household_ids: list[int], *, chunk: int = 500) -> int:
    """Search rows for many new households and their people at once (imports, training data).

    A person's household is their current membership among these households (people who moved out and
    live nowhere else get a row without a household). Returns the number of rows written.
    """
    from sqlalchemy.orm import selectinload

    today = date.today()
    written = 0
    for start in range(0, len(household_ids), chunk):
        ids = household_ids[start:start + chunk]
        loaded = uow.session.scalars(select(Household).where(Household.id.in_(ids)).options(
            selectinload(Household.members).selectinload(HouseholdMember.person))).all()
        person_ids = {m.person_id for h in loaded for m in h.members}
        uow.session.execute(delete(ClientSearchEntry).where(
            (ClientSearchEntry.person_id.in_(person_ids)) | (ClientSearchEntry.household_id.in_(ids)
                                                             & ClientSearchEntry.person_id.is_(None))))
        placed: dict[int, tuple[Person, Household | None]] = {}
        for h in loaded:
            names: list[str] = []
            for m in sorted(h.members, key=lambda m: (m.joined_on, m.id)):
                current = m.joined_on <= today and (m.left_on is None or m.left_on > today)
                if current or m.person_id not in placed:
                    placed[m.person_id] = (m.person, h if current else None)
                if current and m.person.status is RecordStatus.ACTIVE:
                    names += [m.person.given_name, m.person.family_name]
            uow.session.add(ClientSearchEntry(person_id=None, household_id=h.id, text=household_text(h, names),
                                              archived=h.status is not RecordStatus.ACTIVE))
        for person, home in placed.values():
            parts = [person.given_name, person.family_name, person.id_number, digits(person.phone)]
            if home is not None:
                parts += _household_words(home)
            archived = person.status is not RecordStatus.ACTIVE or (
                home is not None and home.status is not RecordStatus.ACTIVE)
            uow.session.add(ClientSearchEntry(person_id=person.id, household_id=home.id if home else None,
                                              archived=archived, text=search_text(*parts)))
        written += len(loaded) + len(placed)
        uow.session.flush()
    return written


# --- queries ----------------------------------------------------------------------------------------

_TIERS = (3.0, 2.0, 1.0)  # exact words, word prefixes, anywhere


def _pattern(word: str, tier: float) -> str:
    return f" {word} " if tier == 3.0 else f" {word}" if tier == 2.0 else word


def _has_fts(uow: UnitOfWork) -> bool:
    if uow.session.get_bind().dialect.name != "sqlite":
        return False
    found = uow.session.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'client_search_fts'")).first()
    return found is not None


def _tier_ids(uow: UnitOfWork, words: list[str], tier: float, include_archived: bool, limit: int,
              fts: bool) -> list[int]:
    patterns = [_pattern(w, tier) for w in words]
    long_ones = [p for p in patterns if len(p) >= 3] if fts else []
    short_ones = [p for p in patterns if p not in long_ones]
    params: dict[str, object] = {"limit": limit}
    clauses = []
    for i, p in enumerate(short_ones):
        clauses.append(f"s.text LIKE :like{i} ESCAPE '\\'")
        params[f"like{i}"] = "%" + p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    if not include_archived:
        clauses.append("s.archived = :false")
        params["false"] = False
    where = " AND ".join(clauses) or "1 = 1"
    if long_ones:
        params["match"] = " AND ".join('"' + p.replace('"', '""') + '"' for p in long_ones)
        sql = (f"SELECT s.id FROM client_search_fts f JOIN client_search s ON s.id = f.rowid "
               f"WHERE client_search_fts MATCH :match AND {where} LIMIT :limit")
    else:
        sql = f"SELECT s.id FROM client_search s WHERE {where} LIMIT :limit"
    return [row[0] for row in uow.session.execute(text(sql), params)]


def search_entry_ids(uow: UnitOfWork, query: str, *, limit: int = 50,
                     include_archived: bool = False) -> list[tuple[int, float]]:
    """(client_search id, tier) pairs, best tier first. The one place that chooses FTS5 or LIKE."""
    words = fold(query).split()
    if not words:
        return []
    fts = _has_fts(uow)
    found: dict[int, float] = {}
    for tier in _TIERS:
        if len(found) >= limit:
            break
        for entry_id in _tier_ids(uow, words, tier, include_archived, limit + len(found), fts):
            found.setdefault(entry_id, tier)
    return list(found.items())[: limit * 2]


def search_clients(uow: UnitOfWork, actor: Actor, text: str, *, limit: int = 50,
                   include_archived: bool = False) -> list[ClientHit]:
    require(actor, Permission.FIND_CLIENTS)
    ranked = search_entry_ids(uow, text, limit=limit, include_archived=include_archived)
    if not ranked:
        return []
    tiers = dict(ranked)
    entries = uow.session.execute(
        select(ClientSearchEntry.id, ClientSearchEntry.person_id, ClientSearchEntry.household_id,
               ClientSearchEntry.archived).where(ClientSearchEntry.id.in_(tiers))).all()
    person_ids = {e.person_id for e in entries if e.person_id}
    household_ids = {e.household_id for e in entries if e.household_id}
    people = {p.id: p for p in uow.session.scalars(select(Person).where(Person.id.in_(person_ids)))}
    households = {h.id: h for h in uow.session.scalars(select(Household).where(Household.id.in_(household_ids)))}
    heads = _head_names(uow, household_ids)
    words = fold(text).split()
    hits = []
    for e in entries:
        h = households.get(e.household_id) if e.household_id else None
        p = people.get(e.person_id) if e.person_id else None
        if p is not None:
            name = person_name(p)
            phone = p.phone or (h.phone if h else "")
        else:
            name = heads.get(e.household_id or 0, "")
            phone = h.phone if h else ""
        score = tiers[e.id] + (0.0 if e.archived else 0.5)
        if p is None and h is not None and not _own_words_match(h, words, tiers[e.id]):
            score -= 0.25  # found through a member's name: after the tier's own matches, above the next tier
        hits.append(ClientHit(
            household_id=e.household_id, person_id=e.person_id, household_ref=h.ref if h else "",
            display_name=name, birth_date=p.birth_date if p else None, address=format_address(h) if h else "",
            phone=phone, score=score,
            archived=e.archived, birth_year=p.birth_year if p else None,
        ))
    # Same score: the household's own row before its members, so a reference or street finds the household.
    hits.sort(key=lambda hit: (-hit.score, hit.person_id is not None, fold(hit.display_name), hit.household_ref))
    return hits[:limit]


def _own_words_match(h: Household, words: list[str], tier: float) -> bool:
    """Whether the household's own words (reference, address, phone...) match every query word in `tier`:
    the same test the tier's query made, on the part of the row before the members' names."""
    own = search_text(*_household_words(h))
    return all(_pattern(w, tier) in own for w in words)


def _head_names(uow: UnitOfWork, household_ids: set[int | None]) -> dict[int, str]:
    from desktop.models.clients import Relationship

    today = date.today()
    rows = uow.session.execute(
        select(HouseholdMember.household_id, Person.family_name, Person.given_name)
        .join(Person, Person.id == HouseholdMember.person_id)
        .where(HouseholdMember.household_id.in_([h for h in household_ids if h]),
               HouseholdMember.relationship_ == Relationship.HEAD, HouseholdMember.joined_on <= today,
               (HouseholdMember.left_on.is_(None)) | (HouseholdMember.left_on > today))
    ).all()
    return {hid: f"{family}, {given}" for hid, family, given in rows}
