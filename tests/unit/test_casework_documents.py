"""Documents: magic bytes, size limit, SHA-256 naming, atomic store, tamper check, expiry alerts."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.db import Database
from desktop.errors import UserError, ValidationError
from desktop.models.casework import DocumentType
from desktop.models.users import Role
from desktop.services import dashboard, documents
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from tests.unit.casework_helpers import Family, make_family

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 30
TODAY = date.today()


@pytest.fixture
def family(db: Database) -> Family:
    return make_family(db)


@pytest.fixture
def caseworker(actors: dict[Role, Actor]) -> Actor:
    return actors[Role.CASEWORKER]


def _file(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / "incoming" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(content)
    return path


def _attach(db: Database, actor: Actor, family: Family, source: Path, **kw: object) -> int:
    with UnitOfWork(db) as uow:
        doc_id = documents.attach_document(uow, actor, source, doc_type=kw.pop("doc_type", DocumentType.INCOME),  # type: ignore[arg-type]
                                           person_id=family.head_id, **kw)  # type: ignore[arg-type]
        uow.commit()
    return doc_id


@pytest.mark.parametrize(("name", "content", "kind"), [("payslip.pdf", PDF, "application/pdf"),
                                                       ("id.PNG", PNG, "image/png"),
                                                       ("bill.jpeg", JPG, "image/jpeg")])
def test_attach_stores_file_under_its_hash(db: Database, caseworker: Actor, family: Family, tmp_path: Path,
                                           name: str, content: bytes, kind: str) -> None:
    doc_id = _attach(db, caseworker, family, _file(tmp_path, name, content))
    sha = hashlib.sha256(content).hexdigest()
    with UnitOfWork(db) as uow:
        [row] = documents.list_documents(uow, caseworker, None, [family.head_id])
        folder = documents.documents_dir(uow)
        opened = documents.open_path(uow, caseworker, doc_id)
    assert (row.id, row.sha256, row.content_type, row.size_bytes, row.original_name) == (
        doc_id, sha, kind, len(content), name)
    assert folder == db.path.parent / "documents"  # type: ignore[union-attr]
    assert opened.parent == folder and opened.name.startswith(sha) and opened.read_bytes() == content
    assert [p.name for p in folder.iterdir() if p.name.startswith(".incoming")] == []  # no temp files left


@pytest.mark.parametrize(("name", "content", "message"), [
    ("virus.pdf", b"MZ\x90\x00 this is an exe", "Only PDF, JPG and PNG"),
    ("notes.txt", b"plain text", "Only PDF, JPG and PNG"),
    ("photo.pdf", PNG, "content is PNG"),
    ("scan.png", PDF, "content is PDF"),
    ("empty.pdf", b"", "empty"),
])
def test_bad_files_are_refused_with_a_clear_message(db: Database, caseworker: Actor, family: Family,
                                                    tmp_path: Path, name: str, content: bytes, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _attach(db, caseworker, family, _file(tmp_path, name, content))
    assert not (db.path.parent / "documents").exists() or not any((db.path.parent / "documents").iterdir())  # type: ignore[union-attr]


def test_size_limit(db: Database, caseworker: Actor, family: Family, tmp_path: Path,
                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "MAX_DOCUMENT_BYTES", 1024 * 1024)
    big = _file(tmp_path, "big.pdf", PDF + b"0" * (1024 * 1024))
    with pytest.raises(ValidationError, match="too large") as err:
        _attach(db, caseworker, family, big)
    assert "limit is 1 MB" in err.value.message and err.value.hint
    assert documents.MAX_DOCUMENT_BYTES == 1024 * 1024
    monkeypatch.undo()
    assert documents.MAX_DOCUMENT_BYTES == 20 * 1024 * 1024


def test_same_scan_twice_is_kept_once_and_tampering_is_detected(db: Database, caseworker: Actor, family: Family,
                                                                 tmp_path: Path) -> None:
    first = _attach(db, caseworker, family, _file(tmp_path, "a.pdf", PDF))
    _attach(db, caseworker, family, _file(tmp_path, "b.pdf", PDF))
    folder = db.path.parent / "documents"  # type: ignore[union-attr]
    assert len(list(folder.iterdir())) == 1
    stored = next(folder.iterdir())
    stored.write_bytes(PDF + b"changed")
    with UnitOfWork(db) as uow, pytest.raises(UserError, match="changed since it was attached"):
        documents.open_path(uow, caseworker, first)
    stored.unlink()
    with UnitOfWork(db) as uow, pytest.raises(UserError, match="missing"):
        documents.open_path(uow, caseworker, first)


def test_dates_verification_and_front_desk(db: Database, actors: dict[Role, Actor], family: Family,
                                           tmp_path: Path) -> None:
    caseworker = actors[Role.CASEWORKER]
    with pytest.raises(ValidationError, match="before the issue date"):
        _attach(db, caseworker, family, _file(tmp_path, "x.pdf", PDF), issued_on=TODAY, expires_on=TODAY - timedelta(1))
    with pytest.raises(UserError):
        _attach(db, actors[Role.FRONT_DESK], family, _file(tmp_path, "x.pdf", PDF))
    doc_id = _attach(db, caseworker, family, _file(tmp_path, "x.pdf", PDF), doc_type=DocumentType.ID)
    with UnitOfWork(db) as uow:
        documents.verify_document(uow, actors[Role.COORDINATOR], doc_id)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        [row] = documents.list_documents(uow, caseworker, family.household_id, family.person_ids)
    assert row.verified_by == "Coordinator" and row.verified_at is not None and row.doc_type is DocumentType.ID


def test_expiry_tile(db: Database, caseworker: Actor, family: Family, tmp_path: Path) -> None:
    _attach(db, caseworker, family, _file(tmp_path, "old.pdf", PDF), expires_on=TODAY - timedelta(days=2))
    _attach(db, caseworker, family, _file(tmp_path, "soon.png", PNG), expires_on=TODAY + timedelta(days=10))
    _attach(db, caseworker, family, _file(tmp_path, "far.jpg", JPG), expires_on=TODAY + timedelta(days=200))
    with UnitOfWork(db, write=False) as uow:
        tiles = {t.key: t for t in dashboard.tiles_for(uow, caseworker, TODAY)}
    tile = tiles["casework.documents"]
    assert tile.count == 2 and tile.severity == "danger"
    assert [r.detail.split()[0] for r in tile.rows] == ["expired", "expires"]
    assert tile.rows[0].target == f"person:{family.head_id}"
