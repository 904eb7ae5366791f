"""Clients: identifiers, people and households, membership over time, the search contract."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from stdnum.id import nik as stdnum_nik
from stdnum.pl import pesel as stdnum_pesel

from desktop.db import Database
from desktop.errors import PermissionDenied, ValidationError
from desktop.models.audit import AuditEvent
from desktop.models.clients import HouseholdMember, IdType, Relationship, Sex
from desktop.models.users import Role
from desktop.services import client_search, households, people
from desktop.services.client_text import fold, similarity
from desktop.services.households import HouseholdData
from desktop.services.identifiers import make_nik, make_pesel, validate_identifier
from desktop.services.people import PersonData
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork

births = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))


@settings(max_examples=200, deadline=None)
@given(birth=births, female=st.booleans(), serial=st.integers(0, 4999))
def test_generated_pesel_is_accepted_and_round_trips(birth: date, female: bool, serial: int) -> None:
    number = make_pesel(birth, female, serial)
    assert validate_identifier(IdType.PESEL, number) == number
    assert stdnum_pesel.get_birth_date(number) == birth
    assert stdnum_pesel.get_gender(number) == ("F" if female else "M")


@settings(max_examples=200, deadline=None)
@given(birth=births, female=st.booleans(), serial=st.integers(0, 4999), position=st.integers(0, 10),
       delta=st.integers(1, 9))
def test_any_single_digit_change_in_a_pesel_is_refused(birth: date, female: bool, serial: int, position: int,
                                                       delta: int) -> None:
    number = make_pesel(birth, female, serial)
    digit = (int(number[position]) + delta) % 10
    wrong = number[:position] + str(digit) + number[position + 1:]
    with pytest.raises(ValidationError) as err:
        validate_identifier(IdType.PESEL, wrong)
    assert err.value.field == "id_number"
    assert "PESEL" in err.value.message


@settings(max_examples=100, deadline=None)
@given(birth=st.dates(min_value=date(1930, 1, 1), max_value=date(2029, 12, 31)), female=st.booleans(),
       serial=st.integers(0, 99999))
def test_generated_nik_has_a_valid_structure(birth: date, female: bool, serial: int) -> None:
    number = make_nik(birth, female, serial)
    assert validate_identifier(IdType.NIK, number) == number
    assert stdnum_nik.get_birth_date(number).replace(year=birth.year) == birth


@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet="0123456789", min_size=0, max_size=20).filter(lambda t: len(t) != 11))
def test_pesel_of_wrong_length_is_refused_with_the_reason(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        validate_identifier(IdType.PESEL, text)
    assert "11 digits" in err.value.message or "Enter the identifier" in err.value.message


@pytest.mark.parametrize(("number", "reason"), [
    ("44051401358", "check digit"),
    ("4405140135A", "digits only"),
    ("3171011708450", "16 digits"),
    ("9971011708450001", "not possible"),
])
def test_wrong_identifiers_name_the_reason(number: str, reason: str) -> None:
    kind = IdType.PESEL if len(number) == 11 else IdType.NIK
    with pytest.raises(ValidationError) as err:
        validate_identifier(kind, number)
    assert reason in err.value.message


def test_identifiers_are_stored_compact() -> None:
    assert validate_identifier(IdType.PESEL, " 4405 1401 359 ") == "44051401359"
    assert validate_identifier(IdType.NIK, "3171-0117-0845-0001") == "3171011708450001"
    assert validate_identifier(IdType.NONE, "") == ""
    with pytest.raises(ValidationError):
        validate_identifier(IdType.NONE, "123")


def test_folding_removes_accents_including_polish_l() -> None:
    assert fold("Łukasz Żółć-Gęślą") == "lukasz zolc gesla"
    assert fold("  JOSÉ  ") == "jose"
    assert similarity("Łukasz Nowak", "Lukasz Nowak") == 1.0
    assert similarity("Nowak Anna", "Anna Nowak") == 1.0
    assert similarity("Anna Nowak", "Piotr Zieliński") < 0.6


def _family(db: Database, actor: Actor) -> tuple[int, list[int]]:
    with UnitOfWork(db) as uow:
        hid = households.create_household(uow, actor, HouseholdData(
            address_line="ul. Długa 5", locality="Kraków", district="Kraków", postal_code="30-001",
            phone="+48 601 234 567", registered_on=date(2024, 1, 10)))
        ids = []
        for given_name, rel, born in (("Łukasz", Relationship.HEAD, date(1980, 5, 1)),
                                      ("Anna", Relationship.SPOUSE, date(1982, 7, 9)),
                                      ("Zofia", Relationship.CHILD, date(2015, 2, 3))):
            p = people.create_person(uow, actor, PersonData(given_name, "Wiśniewski", Sex.UNKNOWN, born))
            households.add_member(uow, actor, hid, p.id, rel, date(2024, 1, 10))
            ids.append(p.id)
        uow.commit()
    return hid, ids


def test_household_with_members_over_time(db: Database, admin: Actor) -> None:
    hid, (head, spouse, child) = _family(db, admin)
    with UnitOfWork(db) as uow:
        member = uow.session.scalars(select(HouseholdMember).where(HouseholdMember.person_id == spouse)).one()
        households.end_membership(uow, admin, member.id, date.today())
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        summary = households.household_summary(uow, admin, hid)
        detail = households.household_detail(uow, admin, hid)
        yesterday = households.household_detail(uow, admin, hid, today=date.today() - timedelta(days=1))
    assert summary.ref.startswith("H") and summary.head_name == "Wiśniewski, Łukasz"
    assert summary.members == 2
    assert "Kraków" in summary.address
    current = [m.person.given_name for m in detail.members if m.current_on(date.today())]
    assert current == ["Łukasz", "Zofia"]
    assert len([m for m in yesterday.members if m.current_on(date.today() - timedelta(days=1))]) == 3
    assert detail.members[-1].person.given_name == "Anna"  # former members last


def test_second_head_is_refused(db: Database, admin: Actor) -> None:
    hid, _ = _family(db, admin)
    with UnitOfWork(db) as uow:
        p = people.create_person(uow, admin, PersonData("Jan", "Nowy"))
        with pytest.raises(ValidationError) as err:
            households.add_member(uow, admin, hid, p.id, Relationship.HEAD, date.today())
    assert err.value.field == "relationship"


def test_person_validation(db: Database, admin: Actor) -> None:
    with UnitOfWork(db) as uow:
        with pytest.raises(ValidationError) as err:
            people.create_person(uow, admin, PersonData("", " "))
        assert err.value.field == "given_name"
        with pytest.raises(ValidationError) as err:
            people.create_person(uow, admin, PersonData("A", "B", birth_date=date.today() + timedelta(days=1)))
        assert err.value.field == "birth_date"
        with pytest.raises(ValidationError) as err:
            people.create_person(uow, admin, PersonData("A", "B", id_type=IdType.PESEL, id_number="44051401358"))
        assert err.value.field == "id_number"
        rough = people.create_person(uow, admin, PersonData(" Jan ", "Bezdomny", birth_year=1960))
        uow.commit()
    assert rough.given_name == "Jan" and rough.birth_year == 1960
    assert rough.age_on(date(2026, 1, 1)) == 66
    with UnitOfWork(db, write=False) as uow:
        hits = client_search.search_clients(uow, admin, "bezdomny")
        events = list(uow.session.scalars(select(AuditEvent.summary).where(AuditEvent.entity == "person")))
    assert [(h.person_id, h.household_id) for h in hits] == [(rough.id, None)]
    assert events and all("Bezdomny" not in e for e in events)


def test_search_is_accent_and_case_insensitive_partial_and_ranked(db: Database, admin: Actor) -> None:
    hid, (head, _spouse, _child) = _family(db, admin)
    with UnitOfWork(db) as uow:
        jan = people.create_person(uow, admin, PersonData("Jan", "Kowalski"))
        janina = people.create_person(uow, admin, PersonData("Janina", "Kowalska"))
        sjan = people.create_person(uow, admin, PersonData("Bojan", "Zielony"))
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        lukasz = client_search.search_clients(uow, admin, "LUKASZ wisn")
        ranked = client_search.search_clients(uow, admin, "jan")
        by_phone = client_search.search_clients(uow, admin, "601234")
        by_ref = client_search.search_clients(uow, admin, households.household_summary(uow, admin, hid).ref)
        by_street = client_search.search_clients(uow, admin, "dluga")
        short = client_search.search_clients(uow, admin, "ko")
    assert [h.person_id for h in lukasz] == [head, None]  # the person, then their household by member names
    assert lukasz[1].household_id == hid and lukasz[0].score > lukasz[1].score
    assert lukasz[0].household_ref and "Kraków" in lukasz[0].address
    assert [h.person_id for h in ranked] == [jan.id, janina.id, sjan.id]  # exact, prefix, inside
    assert ranked[0].score > ranked[1].score > ranked[2].score
    assert {h.household_id for h in by_phone} == {hid}
    assert by_ref[0].household_id == hid and by_ref[0].person_id is None
    assert len({h.person_id for h in by_street if h.person_id}) == 3
    assert {h.person_id for h in short[:2]} == {jan.id, janina.id}  # word prefix before "Kraków"


def test_search_hides_archived_unless_asked(db: Database, admin: Actor) -> None:
    hid, _ = _family(db, admin)
    with UnitOfWork(db) as uow:
        from desktop.models.clients import Household, RecordStatus

        household = uow.session.get(Household, hid)
        assert household is not None
        household.status = RecordStatus.ARCHIVED
        client_search.index_household(uow, hid)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        assert client_search.search_clients(uow, admin, "wisniewski") == []
        found = client_search.search_clients(uow, admin, "wisniewski", include_archived=True)
        assert len([h for h in found if h.person_id]) == 3
        assert [h.household_id for h in found if not h.person_id] == [hid]


def test_search_permissions(db: Database, actors: dict[Role, Actor]) -> None:
    _family(db, actors[Role.ADMINISTRATOR])
    with UnitOfWork(db, write=False) as uow:
        assert client_search.search_clients(uow, actors[Role.FRONT_DESK], "zofia")
        with pytest.raises(PermissionDenied):
            client_search.search_clients(uow, actors[Role.WAREHOUSE], "zofia")


def test_like_fallback_gives_the_same_answers(db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    _family(db, admin)
    with UnitOfWork(db, write=False) as uow:
        with_fts = [h.person_id for h in client_search.search_clients(uow, admin, "wisn zof")]
        monkeypatch.setattr(client_search, "_has_fts", lambda _uow: False)
        without = [h.person_id for h in client_search.search_clients(uow, admin, "wisn zof")]
    assert with_fts == without and len(with_fts) == 2  # Zofia, then her household by its members' names
