"""Scanned proofs (income, ID, residence...) kept in a documents folder next to the database.

Files are checked by their first bytes (a renamed .exe is not a PDF), limited in size, and stored under
their SHA-256 so the same scan is kept once and a changed file can never pass for the recorded one. The
copy goes to a temporary file in the same folder first and is renamed into place only when complete, so
a power cut never leaves half a file under a valid name.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import tempfile
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, select

from desktop.db import Database
from desktop.errors import NotFound, UserError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.base import utcnow
from desktop.models.casework import CaseDocument, DocumentType
from desktop.paths import user_data_dir
from desktop.services import audit, client_refs
from desktop.services.audit import Action
from desktop.services.case_access import check_subject, require_edit, require_read, subject_filter, user_names
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork

log = logging.getLogger(__name__)

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
EXPIRY_WARNING_DAYS = 30
EXPIRED_LOOKBACK_DAYS = 180

# content type -> (magic prefix, extensions accepted, stored extension)
_KINDS: dict[str, tuple[bytes, tuple[str, ...], str]] = {
    "application/pdf": (b"%PDF-", (".pdf",), ".pdf"),
    "image/png": (b"\x89PNG\r\n\x1a\n", (".png",), ".png"),
    "image/jpeg": (b"\xff\xd8\xff", (".jpg", ".jpeg"), ".jpg"),
}

TYPE_LABELS: dict[DocumentType, str] = {
    DocumentType.INCOME: QT_TRANSLATE_NOOP("documents", "Proof of income"),
    DocumentType.ID: QT_TRANSLATE_NOOP("documents", "Identity document"),
    DocumentType.RESIDENCE: QT_TRANSLATE_NOOP("documents", "Proof of residence"),
    DocumentType.OTHER: QT_TRANSLATE_NOOP("documents", "Other"),
}


def type_label(value: DocumentType) -> str:
    return translate("documents", TYPE_LABELS[value])


def documents_dir(uow: UnitOfWork) -> Path:
    """`documents/` beside the SQLite file (backups copy both); the user data folder for a server database."""
    base = uow.db.path.parent if uow.db.path is not None else user_data_dir()
    return base / "documents"


def sniff_content_type(head: bytes) -> str | None:
    for content_type, (magic, _, _) in _KINDS.items():
        if head.startswith(magic):
            return content_type
    return None


@dataclass(frozen=True)
class DocumentRow:
    id: int
    person_id: int | None
    household_id: int | None
    doc_type: DocumentType
    title: str
    original_name: str
    content_type: str
    size_bytes: int
    sha256: str
    issued_on: date | None
    expires_on: date | None
    verified_by: str
    verified_at: datetime | None
    uploaded_at: datetime

    def expired(self, today: date) -> bool:
        return self.expires_on is not None and self.expires_on < today

    def expiring(self, today: date, days: int = EXPIRY_WARNING_DAYS) -> bool:
        return self.expires_on is not None and today <= self.expires_on <= today + timedelta(days=days)


def _check_file(source: Path) -> tuple[str, str]:
    """(content type, stored extension) or a clear UserError."""
    if not source.is_file():
        raise UserError(translate("documents", "The file {name} does not exist.").format(name=source.name))
    size = source.stat().st_size
    if size == 0:
        raise ValidationError(translate("documents", "The file is empty."), field="file")
    if size > MAX_DOCUMENT_BYTES:
        raise ValidationError(
            translate("documents", "The file is too large ({size} MB): the limit is {limit} MB.").format(
                size=f"{size / 1024 / 1024:.1f}", limit=MAX_DOCUMENT_BYTES // 1024 // 1024),
            translate("documents", "Scan at a lower resolution or in black and white, then attach it again."),
            field="file",
        )
    with source.open("rb") as handle:
        head = handle.read(16)
    content_type = sniff_content_type(head)
    if content_type is None:
        raise ValidationError(
            translate("documents", "Only PDF, JPG and PNG files can be attached: this file is none of these."),
            field="file",
        )
    _, extensions, stored_ext = _KINDS[content_type]
    if source.suffix.lower() not in extensions:
        raise ValidationError(
            translate("documents", "The file's name says {ext} but its content is {kind}: rename it or "
                                   "choose the right file.").format(
                ext=source.suffix.lower() or "-", kind=stored_ext.lstrip(".").upper()),
            field="file",
        )
    return content_type, stored_ext


def _store(source: Path, folder: Path, stored_ext: str) -> tuple[str, str, int]:
    """Copy into the folder as <sha256><ext> through a temporary file; returns (sha256, stored name, size)."""
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    fd, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            while chunk := src.read(1024 * 1024):
                size += len(chunk)
                if size > MAX_DOCUMENT_BYTES:  # the file grew while we copied it
                    raise ValidationError(translate("documents", "The file changed while it was being copied."))
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        stored_name = sha + stored_ext
        target = folder / stored_name
        if target.exists():
            os.unlink(temp_name)  # the same scan is already kept
        else:
            os.replace(temp_name, target)
        return sha, stored_name, size
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise UserError(translate("documents", "Cannot save the document: {reason}").format(
            reason=exc.strerror or exc)) from exc
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def attach_document(uow: UnitOfWork, actor: Actor, source: Path, *, doc_type: DocumentType,
                    person_id: int | None = None, household_id: int | None = None, title: str = "",
                    issued_on: date | None = None, expires_on: date | None = None) -> int:
    require_edit(actor)
    doc_type = DocumentType(doc_type)  # a combo box hands back the plain string
    check_subject(uow, person_id, household_id)
    if issued_on and expires_on and expires_on < issued_on:
        raise ValidationError(translate("documents", "The expiry date is before the issue date."), field="expires_on")
    if issued_on and issued_on > date.today():
        raise ValidationError(translate("documents", "The issue date cannot be in the future."), field="issued_on")
    content_type, stored_ext = _check_file(source)
    sha, stored_name, size = _store(source, documents_dir(uow), stored_ext)
    row = CaseDocument(person_id=person_id, household_id=household_id, doc_type=doc_type,
                       title=title.strip() or source.stem[:200], original_name=source.name[:255],
                       content_type=content_type, size_bytes=size, sha256=sha, stored_name=stored_name,
                       issued_on=issued_on, expires_on=expires_on, uploaded_by_user_id=actor.user_id)
    uow.session.add(row)
    uow.flush()
    audit.record(uow, actor, Action.CREATE, "case_document", row.id, f"{doc_type.value}, {content_type}")
    return row.id


def verify_document(uow: UnitOfWork, actor: Actor, document_id: int) -> None:
    """Record that the actor saw the original and it matches the scan."""
    require_edit(actor)
    row = _get(uow, document_id)
    row.verified_by_user_id, row.verified_at = actor.user_id, utcnow()
    audit.record(uow, actor, Action.UPDATE, "case_document", row.id, "verified")


def _get(uow: UnitOfWork, document_id: int) -> CaseDocument:
    row = uow.session.get(CaseDocument, document_id)
    if row is None:
        raise NotFound(translate("documents", "That document no longer exists."))
    return row


def open_path(uow: UnitOfWork, actor: Actor, document_id: int) -> Path:
    """The stored file, checked against its recorded hash, for the system viewer. Opening is audited."""
    require_read(actor)
    row = _get(uow, document_id)
    path = documents_dir(uow) / row.stored_name
    if not path.is_file():
        raise UserError(translate("documents", "The scanned file is missing from the documents folder."),
                        translate("documents", "Restore the documents folder from a backup."))
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    if digest.hexdigest() != row.sha256:
        raise UserError(translate("documents", "The scanned file has been changed since it was attached."),
                        translate("documents", "Restore the documents folder from a backup."))
    audit.record(uow, actor, Action.READ, "case_document", row.id, "opened")
    return path


def list_documents(uow: UnitOfWork, actor: Actor, household_id: int | None, person_ids: list[int]) -> list[DocumentRow]:
    require_read(actor)
    rows = list(uow.session.scalars(
        select(CaseDocument)
        .where(subject_filter(CaseDocument.person_id, CaseDocument.household_id, person_ids, household_id))
        .order_by(CaseDocument.uploaded_at.desc(), CaseDocument.id.desc())
    ))
    names = user_names(uow, {r.verified_by_user_id for r in rows})
    return [
        DocumentRow(r.id, r.person_id, r.household_id, r.doc_type, r.title, r.original_name, r.content_type,
                    r.size_bytes, r.sha256, r.issued_on, r.expires_on, names.get(r.verified_by_user_id or 0, ""),
                    r.verified_at, r.uploaded_at)
        for r in rows
    ]


@dataclass(frozen=True)
class ExpiringDocument:
    id: int
    person_id: int | None
    household_id: int | None
    doc_type: DocumentType
    expires_on: date


def _expiring_query(today: date, days: int, household_id: int | None, person_ids: Collection[int] | None) -> Any:
    """`person_ids=None` (and no household) = the whole centre, for the dashboard. Any collection, even an
    empty one, limits the documents to the household and those people: no subjects, no documents."""
    # Scans that expired long ago were usually replaced by a newer one: alerts look back EXPIRED_LOOKBACK_DAYS.
    query = select(CaseDocument).where(CaseDocument.expires_on >= today - timedelta(days=EXPIRED_LOOKBACK_DAYS),
                                       CaseDocument.expires_on <= today + timedelta(days=days))
    if household_id is not None or person_ids is not None:
        query = query.where(subject_filter(CaseDocument.person_id, CaseDocument.household_id,
                                           list(person_ids or ()), household_id))
    return query


def expiring_documents(uow: UnitOfWork, actor: Actor, today: date, *, days: int = EXPIRY_WARNING_DAYS,
                       household_id: int | None = None, person_ids: Collection[int] | None = None,
                       limit: int | None = None) -> list[ExpiringDocument]:
    """Documents expired (in the last EXPIRED_LOOKBACK_DAYS) or expiring within `days`, soonest first.

    Neither `household_id` nor `person_ids` given: every document of the centre (the dashboard tile). A client
    file passes its household (or None) and its people (maybe none): only their documents."""
    require_read(actor)
    query = _expiring_query(today, days, household_id, person_ids).order_by(CaseDocument.expires_on).limit(limit)
    return [ExpiringDocument(r.id, r.person_id, r.household_id, r.doc_type, r.expires_on)
            for r in uow.session.scalars(query)]


def count_expiring_documents(uow: UnitOfWork, actor: Actor, today: date, *,
                             days: int = EXPIRY_WARNING_DAYS) -> tuple[int, int]:
    """(expired or expiring, of which expired) — counted in SQL for the dashboard."""
    require_read(actor)
    inner = _expiring_query(today, days, None, None).with_only_columns(CaseDocument.expires_on).subquery()
    total, expired = uow.session.execute(select(
        func.count(), func.coalesce(func.sum(case((inner.c.expires_on < today, 1), else_=0)), 0))).one()
    return int(total), int(expired)


@client_refs.erase_hook
def erase_document_files(uow: UnitOfWork, person_ids: set[int], household_ids: set[int]) -> None:
    """Erasure: forget the scans of these people/households; the rows stay, emptied by the erasure, so counts
    survive. The files go only once the erasure is committed (a rolled-back erasure keeps rows and files
    together), and not while another record holds the same file."""
    query = select(CaseDocument)
    if person_ids and household_ids:
        query = query.where(CaseDocument.person_id.in_(person_ids) | CaseDocument.household_id.in_(household_ids))
    elif person_ids:
        query = query.where(CaseDocument.person_id.in_(person_ids))
    elif household_ids:
        query = query.where(CaseDocument.household_id.in_(household_ids))
    else:
        return
    files: dict[str, str] = {}  # sha256 -> stored name
    for row in uow.session.scalars(query):
        if row.sha256 and row.stored_name:
            files[row.sha256] = row.stored_name
        row.sha256 = ""
    if files:
        uow.after_commit(functools.partial(_delete_unused_files, uow.db, documents_dir(uow), files))


def _delete_unused_files(db: Database, folder: Path, files: dict[str, str]) -> None:
    """Delete the stored files no document row holds any more. Checked in a writing transaction: attaching
    stores its file while holding the same write lock, so a scan attached again meanwhile is never lost."""
    with UnitOfWork(db) as uow:
        used = set(uow.session.scalars(select(CaseDocument.sha256).where(CaseDocument.sha256.in_(files))))
        for sha, stored_name in files.items():
            if sha in used:
                continue
            try:
                (folder / stored_name).unlink(missing_ok=True)
            except OSError as exc:  # the rows are erased already: say so in the log, try the other files
                log.error("Erasure: could not delete the scanned file %s: %s", stored_name, exc)
