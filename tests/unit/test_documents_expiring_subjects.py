"""Expiring documents: a client file asks about its own subjects only; only the dashboard means "all"."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.db import Database
from desktop.models.casework import DocumentType
from desktop.models.users import Role
from desktop.services import client_alerts, documents
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from tests.unit.casework_helpers import Family, make_family

TODAY = date.today()


@pytest.fixture
def families(db: Database, actors: dict[Role, Actor], tmp_path: Path) -> tuple[Family, Family, dict[str, int]]:
    """Two families, each with an expiring document of the head and one of the household."""
    first, second = make_family(db, "H-0001", "Nowak"), make_family(db, "H-0002", "Wiśniewska")
    docs = {}
    with UnitOfWork(db) as uow:
        for label, family in (("first", first), ("second", second)):
            for kind, subject in (("person", {"person_id": family.head_id}),
                                  ("household", {"household_id": family.household_id})):
                scan = tmp_path / f"{label}-{kind}.pdf"
                scan.write_bytes(b"%PDF-1.4\n" + f"{label} {kind}".encode() + b"\n%%EOF\n")
                docs[f"{label}-{kind}"] = documents.attach_document(
                    uow, actors[Role.CASEWORKER], scan, doc_type=DocumentType.RESIDENCE,
                    expires_on=TODAY + timedelta(days=10), **subject)  # type: ignore[arg-type]
        uow.commit()
    return first, second, docs


def expiring_ids(db: Database, actor: Actor, **subjects: object) -> set[int]:
    with UnitOfWork(db, write=False) as uow:
        return {d.id for d in documents.expiring_documents(uow, actor, TODAY, **subjects)}  # type: ignore[arg-type]


def test_no_subjects_means_no_documents(db: Database, actors: dict[Role, Actor],
                                        families: tuple[Family, Family, dict[str, int]]) -> None:
    caseworker = actors[Role.CASEWORKER]
    assert expiring_ids(db, caseworker, household_id=None, person_ids=[]) == set()
    assert expiring_ids(db, caseworker, person_ids=()) == set()
    assert expiring_ids(db, caseworker, person_ids=set()) == set()


def test_subjects_limit_the_documents(db: Database, actors: dict[Role, Actor],
                                      families: tuple[Family, Family, dict[str, int]]) -> None:
    first, second, docs = families
    caseworker = actors[Role.CASEWORKER]
    assert expiring_ids(db, caseworker, person_ids=[first.head_id]) == {docs["first-person"]}
    assert expiring_ids(db, caseworker, household_id=second.household_id, person_ids=[]) == {docs["second-household"]}
    assert expiring_ids(db, caseworker, household_id=first.household_id, person_ids=first.person_ids) == {
        docs["first-person"], docs["first-household"]}


def test_the_dashboard_still_sees_the_whole_centre(db: Database, actors: dict[Role, Actor],
                                                   families: tuple[Family, Family, dict[str, int]]) -> None:
    caseworker = actors[Role.CASEWORKER]
    assert expiring_ids(db, caseworker) == set(families[2].values())
    with UnitOfWork(db, write=False) as uow:
        assert documents.count_expiring_documents(uow, caseworker, TODAY) == (4, 0)


def test_overview_of_a_client_without_subjects_shows_no_other_clients_documents(
        db: Database, actors: dict[Role, Actor], families: tuple[Family, Family, dict[str, int]]) -> None:
    with UnitOfWork(db, write=False) as uow:
        alerts = client_alerts.alerts(uow, actors[Role.CASEWORKER], None, [], TODAY)
    assert [a.ref for a in alerts if a.ref.startswith("case_document:")] == []
