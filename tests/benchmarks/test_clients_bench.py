"""Clients benchmarks: 40,000 households with about 100,000 people (the demo step's generator, Polish
profile, so names carry diacritics and most people have a PESEL).

Run explicitly: QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks/test_clients_bench.py -s -q
Figures printed:
- search as you type: every prefix (from 2 characters) of 150 real "given family" names and 50 phone/PESEL/ref
  fragments, each timed from the keystroke to the results model holding the hits (search service +
  SearchResultsModel.set_hits; the page's 120 ms typing pause is not counted): p50 / p95 / max;
- the one-off rewrite of every household's search row (start-up after an upgrade of the search text);
- client list opens: ClientListModel.reload (all ids, SQL-sorted) + painting the first 40 rows (one page fetch),
  for the default sort and for the head-of-household sort;
- client file opens: ClientFileWindow with every registered tab (clients + casework + others), 30 households;
- import of 10,000 rows (households file, 3,400 households) into the same database, duplicate checks included.
"""

from __future__ import annotations

import csv
import random
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from faker import Faker
from sqlalchemy import func, select

from desktop.db import Database, open_database
from desktop.models.clients import Household, Person
from desktop.progress import Progress
from desktop.schema import prepare
from desktop.services import client_search, client_search_upkeep, importing
from desktop.services.client_list import SortKey
from desktop.services.demo import DemoContext
from desktop.services.demo_clients import demo_households
from desktop.services.identifiers import make_pesel
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from desktop.views.clients.client_file import ClientFileWindow
from desktop.views.clients.list_models import ClientListModel, SearchResultsModel
from desktop.views.context import PageContext, load_centre
from tests.conftest import make_centre

HOUSEHOLDS = 40_000


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, Actor]:
    db = open_database(str(tmp_path_factory.mktemp("bench") / "clients.sqlite3"))
    prepare(db)
    actor = make_centre(db, profile="pl")
    started = time.perf_counter()
    with UnitOfWork(db) as uow:
        fake = Faker("pl_PL")
        fake.seed_instance(1)
        ctx = DemoContext(uow=uow, actor=actor, profile="pl", households=HOUSEHOLDS, months=12, today=date.today(),
                          fake=fake, rng=random.Random(1), progress=Progress())
        demo_households(ctx)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        people = uow.session.scalar(select(func.count()).select_from(Person))
        households = uow.session.scalar(select(func.count()).select_from(Household))
    print(f"\n[clients bench] generated {households} households, {people} people in "
          f"{time.perf_counter() - started:.1f} s")
    return db, actor


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def _report(name: str, values: list[float]) -> None:
    print(f"[clients bench] {name}: n={len(values)} p50={statistics.median(values):.1f} ms "
          f"p95={_pct(values, 95):.1f} ms max={max(values):.1f} ms")


def _timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def test_search_as_you_type(big: tuple[Database, Actor]) -> None:
    db, actor = big
    rng = random.Random(7)
    with UnitOfWork(db, write=False) as uow:
        people = uow.session.execute(select(Person.given_name, Person.family_name, Person.id_number, Person.phone)
                                     .order_by(Person.id)).all()
        refs = list(uow.session.scalars(select(Household.ref)))
    typed = [f"{g} {f}" for g, f, _, _ in rng.sample(people, 150)]
    typed += [n[:7] for _, _, n, _ in rng.sample([p for p in people if p[2]], 25)]
    typed += [rng.choice(refs) for _ in range(15)]
    typed += ["".join(c for c in p[3] if c.isdigit())[-6:] for p in rng.sample([p for p in people if p[3]], 10)]
    model = SearchResultsModel()
    times, empty = [], 0
    for text in typed:
        for end in range(2, len(text) + 1):
            query = text[:end]

            def keystroke(query: str = query) -> None:
                with UnitOfWork(db, write=False) as uow:
                    model.set_hits(client_search.search_clients(uow, actor, query))

            times.append(_timed(keystroke))
            empty += model.rowCount() == 0
    _report("search as you type (keystroke -> results model)", times)
    print(f"[clients bench]   {len(typed)} typed strings, {empty} keystrokes with no hit")
    assert _pct(times, 95) < 30


def test_household_search_rows_rebuilt_once(big: tuple[Database, Actor]) -> None:
    db, _ = big
    started = time.perf_counter()
    with UnitOfWork(db) as uow:
        rewritten = client_search_upkeep.rebuild_household_rows(uow)
        uow.commit()
    seconds = time.perf_counter() - started
    print(f"[clients bench] one-off rewrite of {rewritten} household search rows: {seconds:.1f} s")
    assert rewritten >= HOUSEHOLDS and seconds < 30


def test_client_list_opens(big: tuple[Database, Actor]) -> None:
    db, actor = big
    for sort in (SortKey.REF, SortKey.HEAD, SortKey.LAST_VISIT):
        times = []
        for _ in range(5):
            model = ClientListModel(db, actor)
            model.sort_key = sort

            def open_list(model: ClientListModel = model) -> None:
                model.reload()
                for row in range(40):
                    model.data(model.index(row, 1))

            times.append(_timed(open_list))
        _report(f"client list opens, sorted by {sort.value} ({len(model.ids)} households)", times)
        assert model.fetches == 1
        if sort is SortKey.REF:
            assert _pct(times, 95) < 300


def test_client_file_opens(big: tuple[Database, Actor], qtbot: Any) -> None:
    db, actor = big
    context = PageContext(db, actor, load_centre(db))
    cold = _timed(lambda: ClientFileWindow(context, 1, None).close())  # first open imports every tab's module
    print(f"[clients bench] client file, first open in the process (imports, styles): {cold:.0f} ms")
    times = []
    for household_id in random.Random(3).sample(range(2, HOUSEHOLDS + 1), 30):
        def open_file(household_id: int = household_id) -> None:
            window = ClientFileWindow(context, household_id, None)
            window.show()
            window.close()

        times.append(_timed(open_file))
    _report("client file opens (all registered tabs)", times)
    assert _pct(times, 95) < 200


def test_import_ten_thousand_rows(big: tuple[Database, Actor], tmp_path: Path) -> None:
    db, actor = big
    rng, fake = random.Random(11), Faker("pl_PL")
    fake.seed_instance(11)
    path = tmp_path / "households.csv"
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["household_ref", "given_name", "family_name", "sex", "birth_date", "relationship",
                         "id_type", "id_number", "phone", "address_line", "locality", "postal_code"])
        serial = 0
        household = 0
        used: set[str] = set()
        while rows < 10_000:
            household += 1
            family = fake.last_name()
            for i in range(min(rng.randint(1, 5), 10_000 - rows)):
                serial += 1
                born = date(rng.randint(1940, 2020), rng.randint(1, 12), rng.randint(1, 28))
                female = rng.random() < 0.5
                number = make_pesel(born, female, 4000 + serial % 1000)
                while number in used:
                    serial += 1
                    number = make_pesel(born, female, 4000 + serial % 1000)
                used.add(number)
                writer.writerow([f"IMP{household:05d}", fake.first_name_female() if female else fake.first_name_male(),
                                 family, "F" if female else "M", born.isoformat(), "head" if i == 0 else "child",
                                 "pesel", number, fake.phone_number(),
                                 fake.street_address() if i == 0 else "", fake.city() if i == 0 else "",
                                 fake.postcode() if i == 0 else ""])
                rows += 1
    started = time.perf_counter()
    with UnitOfWork(db) as uow:
        report = importing.run_import(uow, actor, "households", path)
        uow.commit()
    seconds = time.perf_counter() - started
    print(f"[clients bench] import of {report.rows} rows ({household} households): {seconds:.1f} s, "
          f"{len(report.issues)} issues, {len(report.notes) - 1} duplicate notes")
    assert report.imported == 10_000 - len(report.bad_lines) and seconds < 20
