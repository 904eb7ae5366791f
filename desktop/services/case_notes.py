"""Case notes. Sealed notes (e.g. domestic violence) are shown only to coordinators and to caseworkers on
the case; every reading of a sealed note's text is audited, so lists hide the text until it is opened."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from desktop.errors import NotFound, PermissionDenied, ValidationError
from desktop.i18n import translate
from desktop.models.casework import CaseAssignment, CaseNote
from desktop.models.users import Role
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.case_access import (
    can_read_sealed,
    check_subject,
    is_on_case,
    require_edit,
    require_read,
    subject_filter,
    user_names,
)
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork

MAX_NOTE_CHARS = 20_000


@dataclass(frozen=True)
class NoteRow:
    id: int
    person_id: int | None
    household_id: int | None
    noted_on: date
    written_at: datetime
    author: str
    sealed: bool
    can_open: bool  # sealed notes: whether this reader may open it
    text: str  # empty for sealed notes in lists: open it with read_note (audited)


def add_note(uow: UnitOfWork, actor: Actor, *, text: str, noted_on: date, person_id: int | None = None,
             household_id: int | None = None, sealed: bool = False) -> int:
    require_edit(actor)
    check_subject(uow, person_id, household_id)
    text = text.strip()
    if not text:
        raise ValidationError(translate("notes", "Write the note first."), field="text")
    if len(text) > MAX_NOTE_CHARS:
        raise ValidationError(translate("notes", "The note is too long (over {n} characters): split it.").format(
            n=MAX_NOTE_CHARS), field="text")
    if noted_on > date.today():
        raise ValidationError(translate("notes", "The note's date cannot be in the future."), field="noted_on")
    note = CaseNote(person_id=person_id, household_id=household_id, author_user_id=actor.user_id,
                    noted_on=noted_on, text=text, sealed=sealed)
    uow.session.add(note)
    uow.flush()
    if sealed and actor.user_id is not None and actor.role is Role.CASEWORKER:
        # The author is on the case automatically (an explicit row, so colleagues see who is).
        if not is_on_case(uow, actor.user_id, person_id, household_id):
            assignment = CaseAssignment(user_id=actor.user_id, household_id=household_id,
                                        person_id=None if household_id is not None else person_id,
                                        assigned_on=noted_on)
            uow.session.add(assignment)
            uow.flush()
            audit.record(uow, actor, Action.CREATE, "case_assignment", assignment.id,
                         f"user {actor.user_id} put on case as author of a sealed note")
    audit.record(uow, actor, Action.CREATE, "case_note", note.id, "sealed note" if sealed else "note")
    return note.id


def list_notes(uow: UnitOfWork, actor: Actor, household_id: int | None, person_ids: list[int]) -> list[NoteRow]:
    """Newest first. Sealed notes come without text; `can_open` says whether this reader may open them."""
    require_read(actor)
    notes = list(uow.session.scalars(
        select(CaseNote)
        .where(subject_filter(CaseNote.person_id, CaseNote.household_id, person_ids, household_id))
        .order_by(CaseNote.noted_on.desc(), CaseNote.id.desc())
    ))
    names = user_names(uow, {n.author_user_id for n in notes})
    result = []
    for n in notes:
        can_open = (not n.sealed) or can_read_sealed(uow, actor, author_user_id=n.author_user_id,
                                                      person_id=n.person_id, household_id=n.household_id)
        result.append(NoteRow(n.id, n.person_id, n.household_id, n.noted_on, n.written_at,
                              names.get(n.author_user_id or 0, ""), n.sealed, can_open,
                              "" if n.sealed else n.text))
    return result


def read_note(uow: UnitOfWork, actor: Actor, note_id: int) -> NoteRow:
    """One note with its text. Reading a sealed note writes an audit event (the caller commits)."""
    require_read(actor)
    n = uow.session.get(CaseNote, note_id)
    if n is None:
        raise NotFound(translate("notes", "That note no longer exists."))
    if n.sealed:
        if not can_read_sealed(uow, actor, author_user_id=n.author_user_id, person_id=n.person_id,
                               household_id=n.household_id):
            raise PermissionDenied(
                translate("notes", "This note is sealed: only the caseworkers on the case and coordinators "
                                   "can read it."),
                translate("notes", "Ask a coordinator to put you on the case."),
            )
        audit.record(uow, actor, Action.READ, "case_note", n.id, "sealed note read")
    names = user_names(uow, {n.author_user_id})
    return NoteRow(n.id, n.person_id, n.household_id, n.noted_on, n.written_at, names.get(n.author_user_id or 0, ""),
                   n.sealed, True, n.text)
