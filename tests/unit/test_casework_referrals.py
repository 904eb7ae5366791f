"""Referrals: tracking numbers, consent gate, status transitions, the referral service, follow-ups, letter PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.db import Database
from desktop.errors import UserError, ValidationError
from desktop.i18n import use_language
from desktop.models.casework import ReferralStatus
from desktop.models.services import ServiceRecord
from desktop.models.users import Role
from desktop.services import consents, dashboard, referral_letter, referrals
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from tests.unit.casework_helpers import Family, give_sharing_consent, make_agency, make_family

S = ReferralStatus
TODAY = date.today()


@pytest.fixture
def family(db: Database) -> Family:
    return make_family(db)


@pytest.fixture
def caseworker(actors: dict[Role, Actor]) -> Actor:
    return actors[Role.CASEWORKER]


def _referral(db: Database, actor: Actor, family: Family, agency_id: int, created_on: date = TODAY) -> int:
    with UnitOfWork(db) as uow:
        rid = referrals.create_referral(uow, actor, person_id=family.head_id, agency_id=agency_id,
                                        service="Dental check-up", reason="Toothache for two weeks",
                                        household_id=family.household_id, created_on=created_on)
        uow.commit()
    return rid


def _move(db: Database, actor: Actor, rid: int, status: ReferralStatus, on: date = TODAY, **kw: object) -> None:
    with UnitOfWork(db) as uow:
        referrals.change_status(uow, actor, rid, status, on=on, **kw)  # type: ignore[arg-type]
        uow.commit()


def test_tracking_numbers_are_sequential_per_year(db: Database, caseworker: Actor, family: Family) -> None:
    agency = make_agency(db, caseworker)
    ids = [_referral(db, caseworker, family, agency) for _ in range(3)]
    old = _referral(db, caseworker, family, agency, created_on=date(2025, 12, 30))
    with UnitOfWork(db, write=False) as uow:
        numbers = [referrals.get_referral(uow, caseworker, i).tracking_number for i in ids + [old]]
    year = TODAY.year
    assert numbers == [f"REF-{year}-000001", f"REF-{year}-000002", f"REF-{year}-000003", "REF-2025-000001"]


def test_sending_needs_a_consent_for_that_agency_in_force(db: Database, caseworker: Actor, family: Family) -> None:
    clinic = make_agency(db, caseworker)
    other = make_agency(db, caseworker, "Legal Aid Office", "Legal aid")
    rid = _referral(db, caseworker, family, clinic, created_on=TODAY - timedelta(days=20))
    # no consent at all
    with pytest.raises(UserError, match="no consent in force"):
        _move(db, caseworker, rid, S.SENT)
    # consent for another agency, a withdrawn one, an expired one, one given later: still blocked
    give_sharing_consent(db, caseworker, family.head_id, other, TODAY - timedelta(days=30))
    withdrawn = give_sharing_consent(db, caseworker, family.head_id, clinic, TODAY - timedelta(days=30))
    with UnitOfWork(db) as uow:
        consents.withdraw_consent(uow, caseworker, withdrawn, TODAY - timedelta(days=5))
        uow.commit()
    give_sharing_consent(db, caseworker, family.head_id, clinic, TODAY - timedelta(days=30),
                         valid_until=TODAY - timedelta(days=3))
    give_sharing_consent(db, caseworker, family.head_id, clinic, TODAY)
    with pytest.raises(UserError) as err:
        _move(db, caseworker, rid, S.SENT, on=TODAY - timedelta(days=2))
    assert "Consents tab" in err.value.hint
    with UnitOfWork(db, write=False) as uow:
        assert referrals.get_referral(uow, caseworker, rid).status is S.DRAFT
        assert uow.session.scalar(select(ServiceRecord.id)) is None
    # the consent given today covers today
    _move(db, caseworker, rid, S.SENT)
    with UnitOfWork(db, write=False) as uow:
        row = referrals.get_referral(uow, caseworker, rid)
        services = [(s.service_type, s.person_id, s.served_on, s.note)
                    for s in uow.session.scalars(select(ServiceRecord))]
    assert row.status is S.SENT and row.sent_on == TODAY
    assert row.follow_up_on == TODAY + timedelta(days=referrals.DEFAULT_FOLLOW_UP_DAYS)
    assert services == [
        ("referral", family.head_id, TODAY, row.tracking_number)]


ALL_PAIRS = [(a, b) for a in S for b in S if a is not b]
PATHS = {S.DRAFT: [], S.SENT: [S.SENT], S.ACCEPTED: [S.SENT, S.ACCEPTED],
         S.COMPLETED: [S.SENT, S.ACCEPTED, S.COMPLETED], S.DECLINED: [S.SENT, S.DECLINED],
         S.NO_SHOW: [S.SENT, S.NO_SHOW]}


def test_status_transitions(db: Database, caseworker: Actor, family: Family) -> None:
    """Every (from, to) pair on its own referral: allowed moves happen, others are refused and change nothing."""
    agency = make_agency(db, caseworker)
    give_sharing_consent(db, caseworker, family.head_id, agency, TODAY - timedelta(days=10))
    refused = 0
    for start, target in ALL_PAIRS:
        rid = _referral(db, caseworker, family, agency, created_on=TODAY - timedelta(days=5))
        for step in PATHS[start]:
            _move(db, caseworker, rid, step)
        if target in referrals.ALLOWED[start]:
            _move(db, caseworker, rid, target, outcome="seen by the dentist")
            with UnitOfWork(db, write=False) as uow:
                row = referrals.get_referral(uow, caseworker, rid)
            assert row.status is target, (start, target)
            assert (row.closed_on == TODAY) == (target in (S.COMPLETED, S.DECLINED, S.NO_SHOW))
        else:
            with pytest.raises(ValidationError, match="cannot become"):
                _move(db, caseworker, rid, target)
            with UnitOfWork(db, write=False) as uow:
                assert referrals.get_referral(uow, caseworker, rid).status is start, (start, target)
            refused += 1
    assert refused == len(ALL_PAIRS) - sum(len(v) for v in referrals.ALLOWED.values()) == 23


def test_expected_allowed_transitions() -> None:
    assert referrals.ALLOWED[S.DRAFT] == {S.SENT}
    assert referrals.ALLOWED[S.SENT] == {S.ACCEPTED, S.DECLINED, S.NO_SHOW}
    assert referrals.ALLOWED[S.ACCEPTED] == {S.COMPLETED, S.DECLINED, S.NO_SHOW}
    assert all(not referrals.ALLOWED[s] for s in (S.COMPLETED, S.DECLINED, S.NO_SHOW))


def test_follow_up_tile_counts_due_and_overdue(db: Database, actors: dict[Role, Actor], family: Family) -> None:
    caseworker = actors[Role.CASEWORKER]
    agency = make_agency(db, caseworker)
    give_sharing_consent(db, caseworker, family.head_id, agency, TODAY - timedelta(days=60))
    overdue = _referral(db, caseworker, family, agency, TODAY - timedelta(days=40))
    _move(db, caseworker, overdue, S.SENT, on=TODAY - timedelta(days=40))  # follow-up 26 days ago
    due = _referral(db, caseworker, family, agency, TODAY - timedelta(days=10))
    _move(db, caseworker, due, S.SENT, on=TODAY - timedelta(days=10), follow_up_on=TODAY + timedelta(days=3))
    later = _referral(db, caseworker, family, agency, TODAY)
    _move(db, caseworker, later, S.SENT, follow_up_on=TODAY + timedelta(days=30))
    done = _referral(db, caseworker, family, agency, TODAY - timedelta(days=40))
    _move(db, caseworker, done, S.SENT, on=TODAY - timedelta(days=40))
    _move(db, caseworker, done, S.DECLINED)
    with UnitOfWork(db, write=False) as uow:
        tiles = {t.key: t for t in dashboard.tiles_for(uow, caseworker, TODAY)}
        front_desk_keys = {t.key for t in dashboard.tiles_for(uow, actors[Role.FRONT_DESK], TODAY)}
    tile = tiles["casework.follow_ups"]
    assert tile.count == 2 and tile.severity == "danger"
    assert "overdue since" in tile.rows[0].detail and "due " in tile.rows[1].detail
    assert tile.rows[0].target == f"household:{family.household_id}"
    assert "Kowalska" in tile.rows[0].text
    assert not any(k.startswith("casework.") for k in front_desk_keys)


def test_letter_pdf_has_tracking_number_and_only_consented_details(db: Database, caseworker: Actor, family: Family,
                                                                  tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    agency = make_agency(db, caseworker)
    rid = _referral(db, caseworker, family, agency)
    with UnitOfWork(db) as uow:
        with pytest.raises(UserError, match="cannot be printed"):
            referral_letter.print_letter(uow, caseworker, rid, tmp_path / "none.pdf", language="en")
    give_sharing_consent(db, caseworker, family.head_id, agency, TODAY, birth_date=True, address=True)
    _move(db, caseworker, rid, S.SENT)
    for language, heading in (("en", "Referral letter"), ("pl", None)):
        dest = tmp_path / f"letter-{language}.pdf"
        with UnitOfWork(db) as uow:
            referral_letter.print_letter(uow, caseworker, rid, dest, language=language)
            number = referrals.get_referral(uow, caseworker, rid).tracking_number
            uow.commit()
        text = subprocess.run(["pdftotext", "-layout", str(dest), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert number in text
        assert "Żaneta Kowalska" in text  # Polish letters survive the font
        assert "1985-03-04" in text and "ul. Długa 5" in text  # consented
        assert "85030412345" not in text and "600 100 200" not in text  # not consented
        assert "Toothache for two weeks" in text and "Poradnia Zdrowia" in text
        if heading:
            assert heading in text
    with UnitOfWork(db, write=False) as uow, use_language("en"):
        from desktop.models.audit import AuditEvent

        exports = uow.session.scalars(select(AuditEvent.summary).where(AuditEvent.action == "export",
                                                                       AuditEvent.entity == "referral")).all()
    assert exports == ["referral letter printed", "referral letter printed"]
