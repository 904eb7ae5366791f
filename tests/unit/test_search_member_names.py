"""Client search: a household is found by its current members' names, kept in step with every change of
membership or name, ranked after households found on their own words, and rebuilt once for older data."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text, update

from desktop.db import Database
from desktop.models.clients import ClientSearchEntry, Household, HouseholdMember, Relationship
from desktop.models.settings import Setting
from desktop.schema import prepare
from desktop.services import archive_erase, client_search, client_search_upkeep, households, merge, people
from desktop.services.client_text import search_text
from desktop.services.households import HouseholdData
from desktop.services.people import PersonData
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork

JOINED = date(2024, 3, 1)


def _household(db: Database, actor: Actor, street: str, *members: tuple[str, str]) -> tuple[int, list[int]]:
    with UnitOfWork(db) as uow:
        hid = households.create_household(uow, actor, HouseholdData(address_line=street, locality="Łódź",
                                                                     registered_on=JOINED))
        ids = []
        for i, (given, family) in enumerate(members):
            person = people.create_person(uow, actor, PersonData(given, family))
            households.add_member(uow, actor, hid, person.id, Relationship.HEAD if i == 0 else Relationship.CHILD,
                                  JOINED)
            ids.append(person.id)
        uow.commit()
    return hid, ids


def _search(db: Database, actor: Actor, query: str, *, archived: bool = False) -> list[tuple[int | None, int | None]]:
    with UnitOfWork(db, write=False) as uow:
        return [(h.household_id, h.person_id)
                for h in client_search.search_clients(uow, actor, query, include_archived=archived)]


def _households_found(db: Database, actor: Actor, query: str, *, archived: bool = False) -> list[int | None]:
    return [hid for hid, pid in _search(db, actor, query, archived=archived) if pid is None]


def _household_row(db: Database, hid: int) -> str:
    with UnitOfWork(db, write=False) as uow:
        return uow.session.scalars(select(ClientSearchEntry.text).where(
            ClientSearchEntry.household_id == hid, ClientSearchEntry.person_id.is_(None))).one()


def test_household_is_found_by_a_members_name_accent_insensitive(db: Database, admin: Actor) -> None:
    hid, (head, child) = _household(db, admin, "ul. Lipowa 3", ("Łukasz", "Nowak"), ("Zoë", "Wiśniewska"))
    assert _search(db, admin, "Nowak") == [(hid, head), (hid, None)]  # the person, then their household
    assert _households_found(db, admin, "wisniewska") == [hid]
    assert _households_found(db, admin, "zoe wisn") == [hid]
    assert _households_found(db, admin, "LUKASZ") == [hid]
    with UnitOfWork(db, write=False) as uow:
        ref = households.household_summary(uow, admin, hid).ref
    assert _household_row(db, hid) == search_text(ref, "ul. Lipowa 3", "Łódź", "Łukasz Nowak Zoë Wiśniewska")


def test_own_words_rank_before_member_names(db: Database, admin: Actor) -> None:
    street, (lis,) = _household(db, admin, "ul. Kwiatowa 3", ("Jan", "Lis"))
    surname, (kwiatowa,) = _household(db, admin, "ul. Polna 1", ("Anna", "Kwiatowa"))
    hits = _search(db, admin, "kwiatowa")
    # the household on Kwiatowa street first (household before its member at the same score), then the people
    # matched in the same tier, and only then the household whose member is called Kwiatowa
    assert hits[0] == (street, None)
    assert set(hits[1:3]) == {(street, lis), (surname, kwiatowa)}
    assert hits[3] == (surname, None)
    with UnitOfWork(db, write=False) as uow:
        scored = {(h.household_id, h.person_id): h.score for h in client_search.search_clients(uow, admin, "kwiatowa")}
        ref = households.household_summary(uow, admin, surname).ref
        by_ref = client_search.search_clients(uow, admin, ref)
    assert scored[(street, None)] == scored[(surname, kwiatowa)] == 3.5
    assert 3.0 < scored[(surname, None)] < 3.5  # below its own tier's matches, above the next tier (2.5)
    assert (by_ref[0].household_id, by_ref[0].person_id) == (surname, None)
    # the exact-word tier still beats a prefix: "kwiat" is a prefix of both; neither household is demoted
    with UnitOfWork(db, write=False) as uow:
        prefix = {(h.household_id, h.person_id): h.score for h in client_search.search_clients(uow, admin, "kwiat")}
    assert prefix[(street, None)] == 2.5 and prefix[(surname, None)] == 2.25


def test_member_joins_leaves_and_is_renamed(db: Database, admin: Actor) -> None:
    hid, (head,) = _household(db, admin, "ul. Długa 5", ("Ewa", "Zając"))
    with UnitOfWork(db) as uow:
        lodger = people.create_person(uow, admin, PersonData("Piotr", "Kot"))
        uow.commit()
    assert _households_found(db, admin, "kot") == []
    with UnitOfWork(db) as uow:
        households.add_member(uow, admin, hid, lodger.id, Relationship.OTHER, JOINED)
        uow.commit()
    assert _households_found(db, admin, "kot") == [hid]
    with UnitOfWork(db) as uow:
        people.update_person(uow, admin, lodger.id, PersonData("Piotr", "Kotowski"))
        uow.commit()
    assert _households_found(db, admin, "kotowski") == [hid]
    assert " kot " not in _household_row(db, hid)
    with UnitOfWork(db) as uow:
        member = uow.session.scalars(select(HouseholdMember).where(HouseholdMember.person_id == lodger.id)).one()
        households.end_membership(uow, admin, member.id, date.today())
        uow.commit()
    # current members only: he is still found himself, no longer with this household
    assert _search(db, admin, "kotowski") == [(None, lodger.id)]
    assert "kotowski" not in _household_row(db, hid)
    assert _households_found(db, admin, "zajac") == [hid]


def test_archived_member_no_longer_finds_the_household(db: Database, admin: Actor) -> None:
    hid, (_head, child) = _household(db, admin, "ul. Długa 5", ("Ewa", "Zając"), ("Olek", "Bąk"))
    with UnitOfWork(db) as uow:
        archive_erase.archive_person(uow, admin, child)
        uow.commit()
    assert _search(db, admin, "bak") == []
    assert _search(db, admin, "bak", archived=True) == [(hid, child)]


def test_erasure_takes_the_name_out_of_the_index(db: Database, admin: Actor) -> None:
    hid, (_head, child) = _household(db, admin, "ul. Długa 5", ("Ewa", "Zając"), ("Bartłomiej", "Żółkiewski"))
    assert _households_found(db, admin, "zolkiewski") == [hid]
    with UnitOfWork(db) as uow:
        archive_erase.erase_person(uow, admin, child)
        uow.commit()
    assert _search(db, admin, "zolkiewski", archived=True) == []
    assert _search(db, admin, "bartlomiej", archived=True) == []
    with UnitOfWork(db, write=False) as uow:
        stored = uow.session.scalar(select(ClientSearchEntry.id).where(
            ClientSearchEntry.text.like("%zolkiewski%") | ClientSearchEntry.text.like("%bartlomiej%")))
        in_fts = uow.session.execute(text(
            "SELECT count(*) FROM client_search_fts WHERE client_search_fts MATCH '\"zolkiewski\"'")).scalar()
    assert stored is None and in_fts == 0
    assert _households_found(db, admin, "zajac") == [hid]  # the household and its other member remain


def test_merged_people_and_households_keep_the_rows_in_step(db: Database, admin: Actor) -> None:
    first, (keep,) = _household(db, admin, "ul. Długa 5", ("Marek", "Wójcik"))
    second, (remove,) = _household(db, admin, "ul. Polna 1", ("Mareczek", "Wójcik"))
    with UnitOfWork(db) as uow:
        merge.merge_people(uow, admin, keep, remove)
        uow.commit()
    assert "mareczek" not in _household_row(db, second) and " marek " in _household_row(db, second)
    assert _households_found(db, admin, "mareczek") == []
    assert set(_households_found(db, admin, "marek wojcik")) == {first, second}
    third, (other,) = _household(db, admin, "ul. Leśna 2", ("Iga", "Sowa"))
    with UnitOfWork(db) as uow:
        merge.merge_households(uow, admin, first, third)
        uow.commit()
    assert _households_found(db, admin, "sowa") == [first]


def test_like_fallback_ranks_the_same(db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    _household(db, admin, "ul. Kwiatowa 3", ("Jan", "Lis"))
    _household(db, admin, "ul. Polna 1", ("Anna", "Kwiatowa"))
    with_fts = _search(db, admin, "kwiatowa")
    monkeypatch.setattr(client_search, "_has_fts", lambda _uow: False)
    assert _search(db, admin, "kwiatowa") == with_fts and len(with_fts) == 4


def test_a_large_household_keeps_its_own_words_within_the_column(db: Database, admin: Actor) -> None:
    members = [(f"Given{i:02d}x{'a' * 20}", f"Family{i:02d}y{'b' * 20}") for i in range(30)]
    hid, _ = _household(db, admin, "ul. Bardzo Długa 5", *members)
    row = _household_row(db, hid)
    assert len(row) <= client_search.TEXT_LIMIT and row.endswith(" ") and " bardzo " in row
    assert _households_found(db, admin, "given00x") == [hid]


def test_older_rows_are_rebuilt_once_at_start_up(db: Database, admin: Actor) -> None:
    hid, _ = _household(db, admin, "ul. Długa 5", ("Ewa", "Zając"))
    with UnitOfWork(db) as uow:  # what a database written by the previous version holds
        household = uow.session.get(Household, hid)
        assert household is not None
        uow.session.execute(update(ClientSearchEntry).where(ClientSearchEntry.person_id.is_(None))
                            .values(text=search_text("ul. Długa 5", "Łódź", household.ref)))
        uow.session.query(Setting).filter(Setting.key == client_search_upkeep.TEXT_VERSION_KEY).delete()
        uow.commit()
    assert _households_found(db, admin, "zajac") == []
    prepare(db)
    assert _households_found(db, admin, "zajac") == [hid]
    with UnitOfWork(db, write=False) as uow:
        assert client_search_upkeep.text_is_current(uow)
        assert client_search_upkeep.refresh_outdated_text(uow) is None  # once only


def test_rebuild_household_rows_matches_the_incremental_rows(db: Database, admin: Actor) -> None:
    hid, (head, child) = _household(db, admin, "ul. Długa 5", ("Ewa", "Zając"), ("Olek", "Bąk"))
    with UnitOfWork(db) as uow:
        member = uow.session.scalars(select(HouseholdMember).where(HouseholdMember.person_id == child)).one()
        households.end_membership(uow, admin, member.id, date.today())
        uow.commit()
    before = _household_row(db, hid)
    with UnitOfWork(db) as uow:
        assert client_search_upkeep.rebuild_household_rows(uow) == 1
        uow.commit()
    assert _household_row(db, hid) == before and " bak " not in before


def test_rebuild_leaves_erased_households_out(db: Database, admin: Actor) -> None:
    kept, _ = _household(db, admin, "ul. Długa 5", ("Ewa", "Zając"))
    erased, _ = _household(db, admin, "ul. Polna 1", ("Jan", "Lis"))
    with UnitOfWork(db) as uow:
        archive_erase.erase_household(uow, admin, erased)
        uow.commit()
    with UnitOfWork(db) as uow:
        assert client_search_upkeep.rebuild_household_rows(uow) == 1
        uow.commit()
        rows = set(uow.session.scalars(select(ClientSearchEntry.household_id)))
    assert rows == {kept}


def test_a_move_out_dated_ahead_takes_effect_on_its_day(db: Database, admin: Actor) -> None:
    """Nobody edits the household on the day a member leaves: the daily catch-up at start-up does it."""
    from datetime import timedelta

    hid, (head, child) = _household(db, admin, "ul. Polna 9", ("Ewa", "Zielińska"), ("Kuba", "Wroński"))
    today = date.today()
    leaves = today + timedelta(days=3)
    with UnitOfWork(db) as uow:
        uow.session.execute(update(HouseholdMember).where(HouseholdMember.person_id == child)
                            .values(left_on=leaves))
        client_search.index_household(uow, hid)
        uow.commit()
    assert "wronski" in _household_row(db, hid)  # still a member today
    with UnitOfWork(db) as uow:
        assert client_search_upkeep.refresh_outdated_text(uow, today) is None  # same day: nothing to do
        assert client_search_upkeep.refresh_outdated_text(uow, leaves - timedelta(days=1)) == 0
        assert client_search_upkeep.refresh_outdated_text(uow, leaves) == 1
        uow.commit()
    assert "wronski" not in _household_row(db, hid) and "zielinska" in _household_row(db, hid)
