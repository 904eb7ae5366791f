"""The SQL counting against a plain-Python reading of the counting rules, on random small centres.

Each seed builds households whose membership changes over time, people served alone and with their
household, records with both ids, birth dates, birth years only and none. The reference below is the
DOMAIN.md text turned into loops; the engine must agree on both of its paths (temporary event tables for
short periods, index probes for long ones).
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from desktop.db import Database
from desktop.models.clients import Household, HouseholdMember, Person, Relationship, Sex
from desktop.models.services import ServiceRecord, ServiceSource
from desktop.reports.engine import DEFAULT_BANDS
from desktop.reports.periods import Period
from desktop.reports.served import band_key
from desktop.services import reporting
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork

TYPES = ("food_parcel", "clothing", "counselling", "shelter_night")
PERIOD = Period(date(2026, 10, 1), date(2026, 10, 31))


@dataclass(frozen=True)
class P:
    id: int
    sex: str
    birth: date | None
    year: int | None


@dataclass(frozen=True)
class M:
    hid: int
    pid: int
    joined: date
    left: date | None


@dataclass(frozen=True)
class R:
    on: date
    pid: int | None
    hid: int | None
    type: str


def build(db: Database, seed: int) -> tuple[list[P], list[M], list[R]]:
    rng = random.Random(seed)
    day = lambda lo, hi: lo + timedelta(days=rng.randrange((hi - lo).days + 1))  # noqa: E731
    people, memberships, records = [], [], []
    with UnitOfWork(db) as uow:
        hids = []
        for n in range(6):
            h = Household(ref=f"R{n}", registered_on=date(2025, 1, 1))
            uow.session.add(h)
            uow.flush()
            hids.append(h.id)
        for n in range(24):
            kind = rng.random()
            birth = day(date(1940, 1, 1), date(2026, 10, 20)) if kind < 0.7 else None
            year = rng.randrange(1940, 2026) if 0.7 <= kind < 0.85 else None
            sex = rng.choice("FMXU")
            person = Person(given_name=f"G{n}", family_name="R", sex=Sex(sex), birth_date=birth, birth_year=year)
            uow.session.add(person)
            uow.flush()
            people.append(P(person.id, sex, birth, year))
            if rng.random() < 0.85:  # one or two successive households
                joined = day(date(2025, 1, 1), date(2026, 11, 30))
                left = day(joined + timedelta(days=1), date(2026, 12, 31)) if rng.random() < 0.4 else None
                memberships.append(M(rng.choice(hids), person.id, joined, left))
                if left is not None and rng.random() < 0.5:
                    memberships.append(M(rng.choice(hids), person.id, left, None))
        for m in memberships:
            uow.session.add(HouseholdMember(household_id=m.hid, person_id=m.pid, relationship_=Relationship.OTHER,
                                            joined_on=m.joined, left_on=m.left))
        for _ in range(80):  # half of them around the period, so October is busy
            on = day(date(2026, 9, 20), date(2026, 11, 10)) if rng.random() < 0.5 else day(date(2025, 6, 1),
                                                                                             date(2026, 11, 30))
            roll = rng.random()
            pid = rng.choice(people).id if roll < 0.5 else None
            hid = rng.choice(hids) if roll >= 0.35 else None
            records.append(R(on, pid, hid, rng.choice(TYPES)))
        for r in records:
            uow.session.add(ServiceRecord(served_on=r.on, person_id=r.pid, household_id=r.hid, service_type=r.type,
                                          source=ServiceSource.IMPORT))
        uow.commit()
    return people, memberships, records


def member_on(m: M, on: date) -> bool:
    return m.joined <= on and (m.left is None or m.left > on)


def reference(people: list[P], memberships: list[M], records: list[R], period: Period) -> dict[str, object]:
    def person_events(rs: list[R]) -> list[tuple[int, date, str]]:
        out = []
        for r in rs:
            if r.pid is not None:
                out.append((r.pid, r.on, r.type))
            elif r.hid is not None:
                out += [(m.pid, r.on, r.type) for m in memberships if m.hid == r.hid and member_on(m, r.on)]
        return out

    def household_events(rs: list[R]) -> list[tuple[int, date, str]]:
        out = []
        for r in rs:
            if r.hid is not None:
                out.append((r.hid, r.on, r.type))
            elif r.pid is not None:
                out += [(m.hid, r.on, r.type) for m in memberships if m.pid == r.pid and member_on(m, r.on)]
        return out

    inside = [r for r in records if period.start <= r.on <= period.end]
    before = [r for r in records if r.on < period.start]
    first: dict[int, date] = {}
    for pid, on, _ in person_events(inside):
        first[pid] = min(on, first.get(pid, on))
    earlier = {pid for pid, _, _ in person_events(before)}
    by_id = {p.id: p for p in people}

    def age(p: P, on: date) -> int | None:
        if p.birth is not None:
            return on.year - p.birth.year - ((on.month, on.day) < (p.birth.month, p.birth.day))
        return on.year - p.year if p.year is not None else None

    bands = dict.fromkeys([band_key(lo, hi) for lo, hi in DEFAULT_BANDS] + ["unknown"], 0)
    sexes = dict.fromkeys("FMXU", 0)
    for pid, on in first.items():
        a = age(by_id[pid], on)
        key = "unknown" if a is None or a < 0 else next(
            band_key(lo, hi) for lo, hi in DEFAULT_BANDS if a >= lo and (hi is None or a <= hi))
        bands[key] += 1
        sexes[by_id[pid].sex] += 1
    h_first: dict[int, date] = {}
    for hid, on, _ in household_events(inside):
        h_first[hid] = min(on, h_first.get(hid, on))
    h_earlier = {hid for hid, _, _ in household_events(before)}
    children = sum(1 for hid, on in h_first.items() if any(
        m.hid == hid and member_on(m, on) and (a := age(by_id[m.pid], on)) is not None and 0 <= a < 18
        for m in memberships))
    services: dict[str, dict[str, int]] = {}
    people_by_type, households_by_type, count_by_type = defaultdict(set), defaultdict(set), defaultdict(int)
    for r in inside:
        count_by_type[r.type] += 1
    for pid, _, t in person_events(inside):
        people_by_type[t].add(pid)
    for hid, _, t in household_events(inside):
        households_by_type[t].add(hid)
    for t in TYPES:
        services[t] = {"count": count_by_type[t], "people": len(people_by_type[t]),
                       "households": len(households_by_type[t])}
    return {
        "people": {"unduplicated": len(first), "new": len(set(first) - earlier),
                   "returning": len(set(first) & earlier), "by_age_band": bands, "by_sex": sexes},
        "households": {"unduplicated": len(h_first), "new": len(set(h_first) - h_earlier),
                       "returning": len(set(h_first) & h_earlier), "with_children": children},
        "services": services,
    }


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("short_path", [True, False])
@pytest.mark.parametrize("period", [PERIOD, Period(date(2025, 6, 1), date(2025, 7, 31))], ids=["busy", "early"])
def test_engine_agrees_with_the_rules(db: Database, admin: Actor, seed: int, short_path: bool, period: Period,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    people, memberships, records = build(db, seed)
    if not short_path:
        monkeypatch.setattr("desktop.reports.engine.SHORT_PERIOD_DAYS", 0)
    with UnitOfWork(db, write=False) as uow:
        figures = reporting.run_pack(uow, admin, "monthly", period).figures
    expected = reference(people, memberships, records, period)
    assert figures["people"] == expected["people"]
    assert figures["households"] == expected["households"]
    for t in TYPES:
        assert figures["services"][t] == expected["services"][t]  # type: ignore[index]
