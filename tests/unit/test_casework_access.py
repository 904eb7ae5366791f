"""Role x action matrix for case files and sealed notes (service-level checks, audited sealed reads)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.db import Database
from desktop.errors import PermissionDenied
from desktop.models.audit import AuditEvent
from desktop.models.casework import CaseAssignment
from desktop.models.users import Role
from desktop.services import assessments, care_plans, case_access, case_notes, documents, referrals, timeline, users
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from tests.unit.casework_helpers import Family, make_family

TODAY = date.today()


@pytest.fixture
def family(db: Database) -> Family:
    return make_family(db)


def _note(db: Database, actor: Actor, family: Family, *, sealed: bool, text: str = "Visited at home.") -> int:
    with UnitOfWork(db) as uow:
        note_id = case_notes.add_note(uow, actor, text=text, noted_on=TODAY, household_id=family.household_id,
                                      sealed=sealed)
        uow.commit()
    return note_id


def _read_audits(db: Database, note_id: int) -> int:
    with UnitOfWork(db, write=False) as uow:
        return uow.session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "read", AuditEvent.entity == "case_note", AuditEvent.entity_id == str(note_id))) or 0


@pytest.mark.parametrize("role", [Role.FRONT_DESK, Role.WAREHOUSE])
def test_front_desk_and_warehouse_read_no_case_file_at_all(db: Database, actors: dict[Role, Actor], family: Family,
                                                          role: Role) -> None:
    plain = _note(db, actors[Role.COORDINATOR], family, sealed=False)
    actor = actors[role]
    listers = (case_notes.list_notes, assessments.list_assessments, documents.list_documents,
               referrals.list_referrals, care_plans.list_plans)
    with UnitOfWork(db) as uow:
        for lister in listers:
            with pytest.raises(PermissionDenied):
                lister(uow, actor, family.household_id, family.person_ids)
        with pytest.raises(PermissionDenied):
            case_notes.read_note(uow, actor, plain)
        with pytest.raises(PermissionDenied):
            case_notes.add_note(uow, actor, text="x", noted_on=TODAY, household_id=family.household_id)
        # and the timeline gives them no case-file entries at all
        assert [e for e in timeline.timeline(uow, actor, family.household_id, family.person_ids)
                if e.kind in ("case_note", "referral", "assessment")] == []


def test_sealed_note_matrix(db: Database, actors: dict[Role, Actor], family: Family) -> None:
    author = actors[Role.CASEWORKER]
    sealed = _note(db, author, family, sealed=True, text="Domestic violence disclosed.")
    with UnitOfWork(db) as uow:
        colleague_info = users.create_user(uow, actors[Role.ADMINISTRATOR], "colleague", "Colleague",
                                           Role.CASEWORKER, "staff-pass-123")
        uow.commit()
    with UnitOfWork(db) as uow:
        colleague = users.authenticate(uow, "colleague", "staff-pass-123")
    assert colleague.user_id == colleague_info.id

    expected = {
        "author": (author, True),
        "coordinator": (actors[Role.COORDINATOR], True),
        "colleague not on the case": (colleague, False),
        "administrator": (actors[Role.ADMINISTRATOR], False),
    }
    reads = 0
    for label, (actor, allowed) in expected.items():
        with UnitOfWork(db) as uow:
            listed = case_notes.list_notes(uow, actor, family.household_id, family.person_ids)
            assert [(n.sealed, n.text, n.can_open) for n in listed] == [(True, "", allowed)], label
            if allowed:
                assert case_notes.read_note(uow, actor, sealed).text == "Domestic violence disclosed."
                reads += 1
            else:
                with pytest.raises(PermissionDenied):
                    case_notes.read_note(uow, actor, sealed)
            uow.commit()
        assert _read_audits(db, sealed) == reads, label

    # Put the colleague on the case: now they may read it, and that read is audited too.
    with UnitOfWork(db) as uow:
        case_access.assign(uow, actors[Role.COORDINATOR], user_id=colleague.user_id or 0,
                           household_id=family.household_id)
        uow.commit()
    with UnitOfWork(db) as uow:
        assert case_notes.read_note(uow, colleague, sealed).sealed
        uow.commit()
    assert _read_audits(db, sealed) == reads + 1


def test_author_of_sealed_note_is_put_on_the_case(db: Database, actors: dict[Role, Actor], family: Family) -> None:
    author = actors[Role.CASEWORKER]
    _note(db, author, family, sealed=True)
    with UnitOfWork(db, write=False) as uow:
        rows = list(uow.session.scalars(select(CaseAssignment)))
        assert [(r.user_id, r.household_id) for r in rows] == [(author.user_id, family.household_id)]
        assert case_access.is_on_case(uow, author.user_id, family.child_id, None)  # lives in the household


def test_ordinary_notes_are_readable_by_every_case_role_without_audit(db: Database, actors: dict[Role, Actor],
                                                                      family: Family) -> None:
    note = _note(db, actors[Role.CASEWORKER], family, sealed=False, text="Needs winter coats.")
    for role in (Role.CASEWORKER, Role.COORDINATOR, Role.ADMINISTRATOR):
        with UnitOfWork(db) as uow:
            listed = case_notes.list_notes(uow, actors[role], family.household_id, [])
            assert [n.text for n in listed] == ["Needs winter coats."]
            assert case_notes.read_note(uow, actors[role], note).text == "Needs winter coats."
            uow.commit()
    assert _read_audits(db, note) == 0


def test_timeline_shows_sealed_note_without_text(db: Database, actors: dict[Role, Actor], family: Family) -> None:
    _note(db, actors[Role.CASEWORKER], family, sealed=True, text="Secret words")
    _note(db, actors[Role.CASEWORKER], family, sealed=False, text="Open words")
    with UnitOfWork(db, write=False) as uow:
        entries = [e for e in timeline.timeline(uow, actors[Role.ADMINISTRATOR], family.household_id,
                                                family.person_ids) if e.kind == "case_note"]
    texts = sorted(e.text for e in entries)
    assert texts[0] == "Note: Open words"
    assert texts[1].startswith("Sealed note")
    assert all("Secret" not in e.text for e in entries)


def test_caseworker_cannot_assign_anyone_not_even_themselves(db: Database, actors: dict[Role, Actor],
                                                               family: Family) -> None:
    """Being on a case opens its sealed notes: only a coordinator hands that out."""
    with UnitOfWork(db) as uow:
        other = users.create_user(uow, actors[Role.ADMINISTRATOR], "cw2", "Second", Role.CASEWORKER, "staff-pass-123")
        uow.commit()
    with UnitOfWork(db) as uow:
        with pytest.raises(PermissionDenied):
            case_access.assign(uow, actors[Role.CASEWORKER], user_id=other.id, household_id=family.household_id)
        with pytest.raises(PermissionDenied):
            case_access.assign(uow, actors[Role.CASEWORKER], user_id=actors[Role.CASEWORKER].user_id or 0,
                               household_id=family.household_id)
        own = case_access.assign(uow, actors[Role.COORDINATOR], user_id=actors[Role.CASEWORKER].user_id or 0,
                                 household_id=family.household_id)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        rows = case_access.assignments(uow, actors[Role.COORDINATOR], family.household_id, [])
    assert [r.id for r in rows] == [own]


def test_subject_access_export_keeps_the_seal(db: Database, actors: dict[Role, Actor], family: Family) -> None:
    """The administrator may export a person's data but not read sealed notes: the export withholds their text.
    A coordinator's export carries it, and that read is audited like any other."""
    from desktop.services import subject_access

    person_id = family.person_ids[0]
    with UnitOfWork(db) as uow:
        note_id = case_notes.add_note(uow, actors[Role.CASEWORKER], text="Domestic violence disclosed.",
                                      noted_on=TODAY, person_id=person_id, sealed=True)
        uow.commit()
    with UnitOfWork(db) as uow:
        admin_copy = subject_access.collect(uow, actors[Role.ADMINISTRATOR], person_id)
        uow.commit()
    (admin_note,) = admin_copy.data["records"]["case_notes"]
    assert "Domestic violence" not in admin_note["text"] and "sealed" in admin_note["text"]
    assert _read_audits(db, note_id) == 0
    with UnitOfWork(db) as uow:
        coordinator_copy = subject_access.collect(uow, actors[Role.COORDINATOR], person_id)
        uow.commit()
    assert coordinator_copy.data["records"]["case_notes"][0]["text"] == "Domestic violence disclosed."
    assert _read_audits(db, note_id) == 1
