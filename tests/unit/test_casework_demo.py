"""The casework demo step: realistic, every referral status, due/overdue follow-ups, real scans, deterministic."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date
from pathlib import Path

from faker import Faker
from sqlalchemy import select

from desktop.db import Database, open_database
from desktop.models.casework import Agency, CaseDocument, CaseNote, Referral, ReferralStatus
from desktop.models.users import Role
from desktop.progress import Progress
from desktop.schema import prepare
from desktop.services import documents, users
from desktop.services.demo import DemoContext
from desktop.services.demo_casework import demo_casework, tiny_pdf, tiny_png
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from tests.conftest import make_centre
from tests.unit.casework_helpers import make_family

TODAY = date(2026, 6, 15)


def _run(db: Database, admin: Actor, seed: int) -> dict[str, int]:
    for i in range(40):
        make_family(db, ref=f"H-{i:04d}", family_name=f"Nowak{i}")
    with UnitOfWork(db) as uow:
        staff = []
        for name, role in (("cw1", Role.CASEWORKER), ("cw2", Role.CASEWORKER), ("coord", Role.COORDINATOR)):
            info = users.create_user(uow, admin, name, name.upper(), role, "staff-pass-123")
            staff.append(Actor(info.id, name, role, name.upper()))
        fake = Faker("pl_PL")
        fake.seed_instance(seed)
        ctx = DemoContext(uow=uow, actor=admin, profile="pl", households=40, months=6, today=TODAY, fake=fake,
                          rng=random.Random(seed), progress=Progress(), staff=staff)
        demo_casework(ctx)
        uow.commit()
    return ctx.counts


def _snapshot(db: Database) -> list[tuple[str | None, str, str]]:
    with UnitOfWork(db, write=False) as uow:
        return [(r.tracking_number, r.status.value, r.reason) for r in uow.session.scalars(select(Referral))]


def test_demo_casework(db: Database, admin: Actor, tmp_path: Path) -> None:
    counts = _run(db, admin, seed=7)
    assert counts["assessments"] >= 5 and counts["referrals"] >= 5 and counts["documents"] >= 3
    with UnitOfWork(db, write=False) as uow:
        uow.session.expire_on_commit = False
        refs = list(uow.session.scalars(select(Referral)))
        notes = list(uow.session.scalars(select(CaseNote)))
        docs = list(uow.session.scalars(select(CaseDocument)))
        folder = documents.documents_dir(uow)
        agency_names = list(uow.session.scalars(select(Agency.name)))
        uow.session.expunge_all()  # plain objects from here on (the unit of work rolls back on exit)
    assert len(refs) == counts["referrals"]
    statuses = Counter(r.status for r in refs)
    open_ = [r for r in refs if r.status in (ReferralStatus.SENT, ReferralStatus.ACCEPTED)]
    assert open_ and any(r.follow_up_on and r.follow_up_on < TODAY for r in open_)
    assert sum(statuses.values()) == len(refs) and len(statuses) >= 4
    assert any(n.sealed for n in notes) and any(not n.sealed for n in notes)
    assert any("Powiatowy Urząd Pracy" in name for name in agency_names)
    for d in docs:  # real files, stored under their hash, with the right magic bytes
        content = (folder / d.stored_name).read_bytes()
        assert content.startswith(b"%PDF-" if d.content_type == "application/pdf" else b"\x89PNG")
    # deterministic for a seed: a second database with the same seed holds the same referrals
    other = open_database(str(tmp_path / "again.sqlite3"))
    prepare(other)
    make_centre(other)
    with UnitOfWork(other) as uow:
        admin2 = users.authenticate(uow, "admin", "admin-pass-123")
    assert _run(other, admin2, seed=7) == counts
    assert _snapshot(other) == _snapshot(db)
    other.dispose()


def test_generated_files_are_valid() -> None:
    assert tiny_png(3).startswith(b"\x89PNG\r\n\x1a\n") and tiny_png(3) != tiny_png(4)
    pdf = tiny_pdf("Demo")
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
