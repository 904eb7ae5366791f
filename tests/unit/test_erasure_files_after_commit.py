"""Erasure deletes scanned files only once the erasure is committed (UnitOfWork.after_commit)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from desktop.db import Database
from desktop.errors import DatabaseError
from desktop.models.casework import CaseDocument, DocumentType
from desktop.models.clients import Person, RecordStatus
from desktop.models.users import Role
from desktop.services import archive_erase, documents
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from tests.unit.casework_helpers import Family, make_family

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"
OTHER_PDF = b"%PDF-1.4\n2 0 obj<<>>endobj\n%%EOF\n"


def attach(db: Database, actor: Actor, source: Path, person_id: int) -> Path:
    """Attach `source` to the person; returns the stored file's path."""
    with UnitOfWork(db) as uow:
        doc_id = documents.attach_document(uow, actor, source, doc_type=DocumentType.INCOME, person_id=person_id)
        uow.commit()
        row = uow.session.get(CaseDocument, doc_id)
        assert row is not None
        return documents.documents_dir(uow) / row.stored_name


def person_state(db: Database, person_id: int) -> tuple[str, RecordStatus, list[str]]:
    with UnitOfWork(db, write=False) as uow:
        person = uow.session.get(Person, person_id)
        assert person is not None
        hashes = list(uow.session.scalars(select(CaseDocument.sha256).where(CaseDocument.person_id == person_id)))
        return person.given_name, person.status, hashes


@pytest.fixture
def family(db: Database) -> Family:
    return make_family(db)


def test_erasure_rolled_back_keeps_files_and_rows(db: Database, actors: dict[Role, Actor], family: Family,
                                                  tmp_path: Path) -> None:
    scan = tmp_path / "payslip.pdf"
    scan.write_bytes(PDF)
    stored = attach(db, actors[Role.CASEWORKER], scan, family.head_id)
    with UnitOfWork(db) as uow:
        archive_erase.erase_person(uow, actors[Role.ADMINISTRATOR], family.head_id)
        # No commit: leaving the block rolls the erasure back.
    assert stored.is_file() and stored.read_bytes() == PDF
    name, status, hashes = person_state(db, family.head_id)
    assert (name, status) == ("Żaneta", RecordStatus.ACTIVE)
    assert len(hashes) == 1 and len(hashes[0]) == 64  # the row still points at the file, and the file is there


def test_erasure_whose_commit_fails_keeps_files(db: Database, actors: dict[Role, Actor], family: Family,
                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scan = tmp_path / "payslip.pdf"
    scan.write_bytes(PDF)
    stored = attach(db, actors[Role.CASEWORKER], scan, family.head_id)
    with pytest.raises(DatabaseError), UnitOfWork(db) as uow:
        archive_erase.erase_person(uow, actors[Role.ADMINISTRATOR], family.head_id)

        def full_disk() -> None:
            raise OperationalError("COMMIT", {}, Exception("database or disk is full"))

        monkeypatch.setattr(uow.session, "commit", full_disk)
        uow.commit()
    assert stored.is_file()
    name, status, hashes = person_state(db, family.head_id)
    assert (name, status) == ("Żaneta", RecordStatus.ACTIVE) and len(hashes[0]) == 64


def test_erasure_committed_deletes_files_but_keeps_shared_scans(db: Database, actors: dict[Role, Actor],
                                                                family: Family, tmp_path: Path) -> None:
    caseworker = actors[Role.CASEWORKER]
    own, shared = tmp_path / "own.pdf", tmp_path / "shared.pdf"
    own.write_bytes(PDF)
    shared.write_bytes(OTHER_PDF)
    own_file = attach(db, caseworker, own, family.head_id)
    shared_file = attach(db, caseworker, shared, family.head_id)
    attach(db, caseworker, shared, family.child_id)  # the same scan is kept once, for both
    with UnitOfWork(db) as uow:
        archive_erase.erase_person(uow, actors[Role.ADMINISTRATOR], family.head_id)
        assert own_file.is_file()  # still there until the commit
        uow.commit()
    assert not own_file.exists()
    assert shared_file.is_file()  # the child's record still needs it
    name, status, hashes = person_state(db, family.head_id)
    assert (name, status, hashes) == ("", RecordStatus.ERASED, ["", ""])


def test_after_commit_callbacks_run_once_after_commit_and_are_dropped_on_rollback(
        db: Database, caplog: pytest.LogCaptureFixture) -> None:
    calls: list[str] = []
    with UnitOfWork(db) as uow:
        uow.after_commit(lambda: calls.append("rolled back"))
    assert calls == []
    with UnitOfWork(db) as uow:
        uow.after_commit(lambda: calls.append("first"))
        assert calls == []
        uow.commit()
        uow.commit()  # a second commit does not run the first one's callbacks again
        uow.after_commit(lambda: calls.append("not committed"))
    assert calls == ["first"]

    def broken() -> None:
        raise OSError("file in use")

    with caplog.at_level(logging.ERROR, logger="desktop.services.uow"), UnitOfWork(db) as uow:
        uow.after_commit(broken)
        uow.after_commit(lambda: calls.append("after the broken one"))
        uow.commit()  # the data is saved: a failing clean-up is logged, not raised
    assert calls == ["first", "after the broken one"]
    assert any("file in use" in record.getMessage() or record.exc_info for record in caplog.records)
