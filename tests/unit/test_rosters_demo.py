"""The roster demo step: realistic, deterministic, and consistent with the clash rules it demonstrates."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from faker import Faker
from sqlalchemy import select

from desktop.db import Database, open_database
from desktop.models.rosters import Assignment, AssignmentStatus, Shift, StaffMember
from desktop.progress import Progress
from desktop.schema import prepare
from desktop.services import dashboard
from desktop.services.demo import FAKER_LOCALES, DemoContext
from desktop.services.demo_staff import demo_staff_accounts
from desktop.services.permissions import Actor
from desktop.services.rosters import hours
from desktop.services.rosters.clashes import ClashKind, find_clashes
from desktop.services.rosters.demo import demo_rosters
from desktop.services.uow import UnitOfWork
from tests.conftest import make_centre

TODAY = date(2025, 6, 18)


def _fill(path: Path, profile: str) -> tuple[Database, Actor]:
    db = open_database(str(path))
    prepare(db)
    admin = make_centre(db, profile=profile)
    # Only the steps this one depends on (staff accounts, then rosters): the full demo is other areas' to test.
    with UnitOfWork(db) as uow:
        ctx = DemoContext(uow=uow, actor=admin, profile=profile, households=80, months=3, today=TODAY,
                          fake=Faker(FAKER_LOCALES[profile]), rng=random.Random(5), progress=Progress())
        ctx.fake.seed_instance(5)
        demo_staff_accounts(ctx)
        demo_rosters(ctx)
        uow.commit()
    return db, admin


def test_demo_rosters_are_realistic_and_deterministic(tmp_path: Path) -> None:
    db, admin = _fill(tmp_path / "a.sqlite3", "pl")
    db2, _ = _fill(tmp_path / "b.sqlite3", "pl")
    try:
        with UnitOfWork(db, write=False) as uow, UnitOfWork(db2, write=False) as uow2:
            names = list(uow.session.scalars(select(StaffMember.family_name).order_by(StaffMember.id)))
            assert names == list(uow2.session.scalars(select(StaffMember.family_name).order_by(StaffMember.id)))
            assert any(ch in "".join(names) for ch in "ąćęłńóśźż")  # Polish names for the Polish profile
            statuses = list(uow.session.scalars(select(Assignment.status)))
            assert statuses.count(AssignmentStatus.NO_SHOW) >= 1
            assert statuses.count(AssignmentStatus.COMPLETED) > 50
            assert statuses.count(AssignmentStatus.SCHEDULED) > 10  # the weeks ahead
            first, last = uow.session.execute(
                select(Shift.shift_date).order_by(Shift.shift_date).limit(1)).scalar(), uow.session.execute(
                select(Shift.shift_date).order_by(Shift.shift_date.desc()).limit(1)).scalar()
            assert first is not None and last is not None and 80 <= (last - first).days <= 95
            figures = hours.volunteer_hours(uow, first, TODAY)
            assert figures.people > 5 and figures.hours > 100
            tiles = {t.key for t in dashboard.tiles_for(uow, admin, TODAY)}
            assert "roster_credentials" in tiles
            sample = list(uow.session.execute(select(Assignment.shift_id, Assignment.staff_id).limit(60)))
            for shift_id, staff_id in sample:
                kinds = {c.kind for c in find_clashes(uow, shift_id, staff_id) if c.blocking}
                assert not kinds & {ClashKind.DOUBLE_BOOKING, ClashKind.OVER_HOURS, ClashKind.MISSING_CREDENTIAL,
                                    ClashKind.OUTSIDE_AVAILABILITY, ClashKind.EXPIRED_CREDENTIAL}
    finally:
        db.dispose()
        db2.dispose()
