"""The clients demo step: realistic, valid and deterministic for a seed."""

from __future__ import annotations

import random
from datetime import date

from faker import Faker
from sqlalchemy import select, text
from stdnum.id import nik
from stdnum.pl import pesel

from desktop.db import Database
from desktop.models.clients import Household, HouseholdMember, IdType, Person, RecordStatus
from desktop.progress import Progress
from desktop.services import client_search
from desktop.services.demo import FAKER_LOCALES, DemoContext
from desktop.services.demo_clients import demo_households
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from tests.conftest import make_centre

TODAY = date(2026, 6, 30)


def _fill(db: Database, actor: Actor, profile: str, seed: int = 5, households: int = 150) -> dict[str, int]:
    with UnitOfWork(db) as uow:
        fake = Faker(FAKER_LOCALES[profile])
        fake.seed_instance(seed)
        ctx = DemoContext(uow=uow, actor=actor, profile=profile, households=households, months=6, today=TODAY,
                          fake=fake, rng=random.Random(seed), progress=Progress())
        demo_households(ctx)
        uow.commit()
    return ctx.counts


def _people(db: Database) -> list[tuple[str, str, str, IdType, str, date | None, int | None]]:
    with UnitOfWork(db, write=False) as uow:
        return [(p.given_name, p.family_name, p.sex.value, p.id_type, p.id_number, p.birth_date, p.birth_year)
                for p in uow.session.scalars(select(Person).order_by(Person.id))]


def test_polish_demo_households_are_realistic(db: Database, admin: Actor) -> None:
    counts = _fill(db, admin, "pl")
    people = _people(db)
    assert counts["households"] == 150 and counts["people"] == len(people)
    assert counts["moved_out"] >= 1 and counts["archived_households"] >= 1
    pesels = [p for p in people if p[3] is IdType.PESEL]
    assert len(pesels) > len(people) // 2
    assert all(pesel.is_valid(p[4]) and pesel.get_birth_date(p[4]) == p[5] for p in pesels)
    assert all(pesel.get_gender(p[4]) == p[2] for p in pesels)
    assert any(p[5] is None and p[6] is not None for p in people)  # year only
    assert any(p[5] is None and p[6] is None for p in people)  # unknown
    assert any(any(c in p[0] + p[1] for c in "ąćęłńóśźż") for p in people)  # Polish names
    with UnitOfWork(db, write=False) as uow:
        left = uow.session.scalars(select(HouseholdMember).where(HouseholdMember.left_on.is_not(None))).all()
        assert all(date(2025, 12, 31) < m.left_on <= TODAY for m in left if m.left_on)
        archived = uow.session.scalars(select(Household).where(Household.status == RecordStatus.ARCHIVED)).all()
        assert all(h.address_line and h.region for h in archived)
        first = people[0]
        assert client_search.search_clients(uow, admin, f"{first[0]} {first[1]}", include_archived=True)


def test_indonesian_demo_has_valid_niks_and_rt_rw(empty_db: Database) -> None:
    actor = make_centre(empty_db, profile="id")
    _fill(empty_db, actor, "id", households=60)
    niks = [p for p in _people(empty_db) if p[3] is IdType.NIK]
    assert niks and all(nik.is_valid(p[4]) for p in niks)
    with UnitOfWork(empty_db, write=False) as uow:
        h = uow.session.scalars(select(Household)).first()
        assert h is not None and h.rt and h.rw and h.family_card_number


def test_demo_is_deterministic_for_a_seed(db: Database, admin: Actor) -> None:
    _fill(db, admin, "pl", seed=9, households=40)
    first = _people(db)
    with UnitOfWork(db) as uow:
        for table in ("client_search", "household_members", "persons", "households"):
            uow.session.execute(text(f"DELETE FROM {table}"))
        uow.commit()
    _fill(db, admin, "pl", seed=9, households=40)
    assert _people(db) == first
