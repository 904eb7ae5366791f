"""The complaints demo step: an "id" centre gets two months of mixed complaints and some DTKS proposals, the same
for the same seed; other profiles get a handful of complaints and no proposals."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from sqlalchemy import select

from desktop.db import Database, open_database
from desktop.models.complaints import Complaint, ComplaintStatus, DtksProposal
from desktop.models.users import Role, User
from desktop.schema import prepare
from desktop.services import demo
from desktop.services.uow import UnitOfWork
from tests.conftest import make_centre

TODAY = date(2026, 6, 15)


def _fill(path: str, profile: str, seed: int = 3) -> tuple[Database, dict[str, int]]:
    db = open_database(path)
    prepare(db)
    admin = make_centre(db, profile=profile)
    with UnitOfWork(db) as uow:
        counts = demo.fill_demo(uow, admin, households=40, months=1, seed=seed, today=TODAY)
        uow.commit()
    return db, counts


def _snapshot(db: Database) -> list[tuple[object, ...]]:
    with UnitOfWork(db, write=False) as uow:
        return [(c.received_on, c.complaint_type, c.status, c.resolved_on, c.description, c.household_id,
                 c.complainant_name) for c in uow.session.scalars(select(Complaint).order_by(Complaint.id))]


def test_indonesian_demo_complaints_and_proposals(tmp_path: object) -> None:
    db, counts = _fill(f"{tmp_path}/a.sqlite3", "id")
    try:
        with UnitOfWork(db, write=False) as uow:
            rows = list(uow.session.scalars(select(Complaint)))
            proposals = list(uow.session.scalars(select(DtksProposal)))
            recorders = {c.recorded_by_user_id for c in rows}
            roles = {uow.session.get(User, uid).role for uid in recorders if uid}  # type: ignore[union-attr]
            assert counts["complaints"] == len(rows) == 24  # 40 households x 0.15 = 6, at least 24
            assert counts["dtks_proposals"] == len(proposals) == 5
            assert all(TODAY - timedelta(days=60) <= c.received_on <= TODAY for c in rows)
            assert len({c.complaint_type for c in rows}) >= 4
            statuses = Counter(c.status for c in rows)
            assert statuses[ComplaintStatus.RESOLVED] >= 1 and statuses[ComplaintStatus.OPEN] + statuses[
                ComplaintStatus.IN_PROGRESS] >= 1
            assert all((c.resolved_on is not None) == (c.status in (ComplaintStatus.RESOLVED, ComplaintStatus.REFERRED,
                                                                    ComplaintStatus.REJECTED)) for c in rows)
            assert any(c.household_id is None and c.complainant_name for c in rows)  # someone not registered
            assert any(" " in c.description and c.description.endswith(".") for c in rows)
            assert roles == {Role.FRONT_DESK}  # the desk records, caseworkers follow up
            assert len({p.kind for p in proposals}) >= 2 and all(p.reason for p in proposals)
    finally:
        db.dispose()
    again, _ = _fill(f"{tmp_path}/b.sqlite3", "id")
    try:
        assert _snapshot(again) == _snapshot(db)  # deterministic for a seed
    finally:
        again.dispose()


def test_other_profiles_get_a_handful(tmp_path: object) -> None:
    db, counts = _fill(f"{tmp_path}/c.sqlite3", "pl")
    try:
        assert counts["complaints"] == 8 and counts["dtks_proposals"] == 0
        with UnitOfWork(db, write=False) as uow:
            assert uow.session.scalar(select(DtksProposal.id)) is None
    finally:
        db.dispose()
