"""Complaints and DTKS proposals: validation, permissions per role, audit rows, erasure, merge, timeline."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.db import Database
from desktop.errors import PermissionDenied, ValidationError
from desktop.models.audit import AuditEvent
from desktop.models.complaints import Complaint, ComplaintStatus, ComplaintType, DtksKind, DtksProposal, DtksStatus
from desktop.models.users import Role
from desktop.services import archive_erase, complaints, dtks, merge, timeline
from desktop.services.complaints import ComplaintFilter
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from tests.unit.casework_helpers import make_agency, make_family

TODAY = date(2026, 10, 20)


def _complaint(db: Database, actor: Actor, **kw: object) -> int:
    args: dict[str, object] = {"received_on": TODAY - timedelta(days=5), "channel": "phone",
                               "complaint_type": ComplaintType.AID_NOT_RECEIVED,
                               "description": "Beras bulan ini belum diterima", "today": TODAY}
    args.update(kw)
    with UnitOfWork(db) as uow:
        cid = complaints.create_complaint(uow, actor, **args)  # type: ignore[arg-type]
        uow.commit()
    return cid


def _audit(db: Database, entity: str) -> list[tuple[str, str, str]]:
    with UnitOfWork(db, write=False) as uow:
        return [(e.action, e.entity_id, e.summary) for e in uow.session.scalars(
            select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id))]


def test_record_and_resolve_a_complaint_with_audit(db: Database, actors: dict[Role, Actor]) -> None:
    family = make_family(db)
    desk, caseworker = actors[Role.FRONT_DESK], actors[Role.CASEWORKER]
    cid = _complaint(db, desk, household_id=family.household_id, person_id=family.head_id)
    with UnitOfWork(db) as uow:
        complaints.change_status(uow, caseworker, cid, ComplaintStatus.IN_PROGRESS, today=TODAY)
        complaints.change_status(uow, caseworker, cid, "resolved", on=TODAY - timedelta(days=1),
                                 note="Paket diantar ke rumah", today=TODAY)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        row = complaints.get_complaint(uow, desk, cid)
    assert (row.status, row.resolved_on, row.resolution_note) == (
        ComplaintStatus.RESOLVED, TODAY - timedelta(days=1), "Paket diantar ke rumah")
    assert row.complainant == "Żaneta Kowalska" and row.household_ref == "H-0001" and row.recorded_by == "Front_Desk"
    events = _audit(db, "complaint")
    assert events == [("create", str(cid), "aid_not_received via phone"),
                      ("update", str(cid), "open -> in_progress"), ("update", str(cid), "in_progress -> resolved")]
    assert all("Kowalska" not in summary and "Beras" not in summary for _, _, summary in events)


def test_unregistered_complainant_and_validation(db: Database, admin: Actor) -> None:
    cid = _complaint(db, admin, complainant_name="  Pak   Joko ", complainant_contact="0812 3456 789")
    with UnitOfWork(db, write=False) as uow:
        row = complaints.get_complaint(uow, admin, cid)
    assert (row.complainant, row.complainant_contact, row.household_id) == ("Pak Joko", "0812 3456 789", None)

    cases = [({"received_on": TODAY + timedelta(days=1), "complainant_name": "A"}, "received_on", "future"),
             ({}, "complainant", "who is complaining"),
             ({"complainant_name": "A", "description": "  "}, "description", "Describe"),
             ({"complainant_name": "A", "channel": "pigeon"}, "complaint_type", "type of complaint"),
             ({"complainant_name": "x" * 201}, "complainant", "too long"),
             ({"complainant_name": "A", "description": "x" * 5_001}, "description", "over 5 000 characters")]
    for kwargs, field, words in cases:
        with pytest.raises(ValidationError) as err:
            _complaint(db, admin, **kwargs)
        assert err.value.field == field and words in err.value.message
    with UnitOfWork(db, write=False) as uow:
        assert uow.session.scalar(select(Complaint.id).where(Complaint.id != cid)) is None  # nothing half-saved


def test_closing_rules(db: Database, admin: Actor) -> None:
    agency = make_agency(db, admin, name="Dinas Sosial", type_label="Dinas Sosial")
    cid = _complaint(db, admin, complainant_name="Ibu Sri", received_on=date(2026, 10, 10))

    def change(status: str, **kw: object) -> None:
        with UnitOfWork(db) as uow:
            complaints.change_status(uow, admin, cid, status, today=TODAY, **kw)  # type: ignore[arg-type]
            uow.commit()

    for status, kwargs, field in (("referred", {"on": date(2026, 10, 9), "note": "x"}, "resolved_on"),
                                  ("referred", {"on": TODAY + timedelta(days=1), "note": "x"}, "resolved_on"),
                                  ("rejected", {"on": TODAY}, "note"),
                                  ("in_progress", {"agency_id": agency}, "agency"),
                                  ("open", {}, "status")):
        with pytest.raises(ValidationError) as err:
            change(status, **kwargs)
        assert err.value.field == field
    change("referred", on=date(2026, 10, 12), note="Dirujuk ke Dinas Sosial", agency_id=agency)
    with UnitOfWork(db, write=False) as uow:
        row = complaints.get_complaint(uow, admin, cid)
    assert (row.status, row.resolved_on, row.agency_name) == (ComplaintStatus.REFERRED, date(2026, 10, 12),
                                                              "Dinas Sosial")
    change("in_progress", note="Warga datang lagi")  # reopened: no closing day, no agency
    with UnitOfWork(db, write=False) as uow:
        row = complaints.get_complaint(uow, admin, cid)
    assert (row.status, row.resolved_on, row.agency_id, row.resolution_note) == (
        ComplaintStatus.IN_PROGRESS, None, None, "Warga datang lagi")


def test_permissions_per_role(db: Database, actors: dict[Role, Actor]) -> None:
    family = make_family(db)
    for role in (Role.FRONT_DESK, Role.CASEWORKER, Role.COORDINATOR, Role.ADMINISTRATOR):
        _complaint(db, actors[role], household_id=family.household_id)
    with pytest.raises(PermissionDenied):
        _complaint(db, actors[Role.WAREHOUSE], household_id=family.household_id)
    cid = _complaint(db, actors[Role.FRONT_DESK], household_id=family.household_id)
    for role, allowed in ((Role.FRONT_DESK, False), (Role.WAREHOUSE, False), (Role.CASEWORKER, True),
                          (Role.COORDINATOR, True)):
        with UnitOfWork(db) as uow:
            if allowed:
                complaints.change_status(uow, actors[role], cid, "in_progress" if role is Role.CASEWORKER
                                         else "resolved", note="ok", today=TODAY)
            else:
                with pytest.raises(PermissionDenied):
                    complaints.change_status(uow, actors[role], cid, "in_progress", today=TODAY)
            uow.commit()
    with UnitOfWork(db, write=False) as uow:
        assert len(complaints.list_complaints(uow, actors[Role.FRONT_DESK])) == 5
        with pytest.raises(PermissionDenied):
            complaints.list_complaints(uow, actors[Role.WAREHOUSE])
        with pytest.raises(PermissionDenied):
            dtks.list_proposals(uow, actors[Role.FRONT_DESK])
    with UnitOfWork(db) as uow:
        with pytest.raises(PermissionDenied):
            dtks.create_proposal(uow, actors[Role.FRONT_DESK], household_id=family.household_id, kind="new",
                                 reason="Belum terdaftar")
        assert dtks.create_proposal(uow, actors[Role.CASEWORKER], household_id=family.household_id, kind="new",
                                    reason="Belum terdaftar") > 0


def test_list_filters_and_search(db: Database, admin: Actor) -> None:
    family = make_family(db)
    a = _complaint(db, admin, household_id=family.household_id, person_id=family.child_id,
                   received_on=date(2026, 9, 1))
    b = _complaint(db, admin, complainant_name="Pak Joko", complaint_type="service_conduct",
                   description="Petugas tidak ramah")
    c = _complaint(db, admin, complainant_name="Ibu Ani", complaint_type="data_dtks", description="NIK salah")
    with UnitOfWork(db) as uow:
        complaints.change_status(uow, admin, c, "rejected", note="Data sudah benar", today=TODAY)
        uow.commit()

    def ids(**kw: object) -> list[int]:
        with UnitOfWork(db, write=False) as uow:
            return [r.id for r in complaints.list_complaints(uow, admin, ComplaintFilter(**kw))]  # type: ignore[arg-type]

    assert ids() == [c, b, a]  # newest first (same day: latest recorded first)
    assert ids(status=ComplaintStatus.REJECTED) == [c]
    assert ids(open_only=True) == [b, a]
    assert ids(complaint_type=ComplaintType.SERVICE_CONDUCT) == [b]
    assert ids(received_to=date(2026, 9, 30)) == [a]
    assert ids(text="ramah") == [b] and ids(text="joko") == [b] and ids(text="Staś") == [a]
    assert ids(text="H-0001") == [a] and ids(text=str(c)) == [c]
    assert ids(household_id=family.household_id) == [a]
    assert ids(person_ids=(family.child_id,)) == [a]


def test_erasing_a_person_blanks_their_complaints_but_keeps_counts(db: Database, admin: Actor) -> None:
    family = make_family(db)
    mine = _complaint(db, admin, person_id=family.head_id, household_id=family.household_id,
                      complainant_name="Tetangga", complainant_contact="0812 000")
    other = _complaint(db, admin, complainant_name="Pak Joko", description="Tidak terkait")
    with UnitOfWork(db) as uow:
        complaints.change_status(uow, admin, mine, "resolved", note="Bantuan sudah diterima Ibu Żaneta", today=TODAY)
        archive_erase.erase_person(uow, admin, family.head_id)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        erased = uow.session.get(Complaint, mine)
        kept = uow.session.get(Complaint, other)
        assert erased is not None and kept is not None
        assert (erased.complainant_name, erased.complainant_contact, erased.description, erased.resolution_note) == (
            "", "", "", "")
        # Anonymous figures stay: type, channel, status, dates, links.
        assert (erased.complaint_type, erased.status, erased.resolved_on, erased.person_id) == (
            ComplaintType.AID_NOT_RECEIVED, ComplaintStatus.RESOLVED, TODAY, family.head_id)
        assert (kept.complainant_name, kept.description) == ("Pak Joko", "Tidak terkait")


def test_erasing_a_household_blanks_proposal_reasons(db: Database, admin: Actor) -> None:
    family = make_family(db)
    with UnitOfWork(db) as uow:
        pid = dtks.create_proposal(uow, admin, household_id=family.household_id, kind="correction",
                                   reason="Alamat lama di Jalan Mawar")
        archive_erase.erase_household(uow, admin, family.household_id)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        row = uow.session.get(DtksProposal, pid)
        assert row is not None and (row.reason, row.kind, row.status) == ("", DtksKind.CORRECTION, DtksStatus.DRAFT)


def test_merge_moves_complaints_and_proposals(db: Database, admin: Actor) -> None:
    keep, gone = make_family(db, ref="H-1"), make_family(db, ref="H-2")
    cid = _complaint(db, admin, household_id=gone.household_id, person_id=gone.head_id)
    with UnitOfWork(db) as uow:
        pid = dtks.create_proposal(uow, admin, household_id=gone.household_id, kind="new", reason="Belum terdaftar")
        merge.merge_households(uow, admin, keep.household_id, gone.household_id)
        merge.merge_people(uow, admin, keep.head_id, gone.head_id)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        c = uow.session.get(Complaint, cid)
        p = uow.session.get(DtksProposal, pid)
        assert c is not None and (c.household_id, c.person_id) == (keep.household_id, keep.head_id)
        assert p is not None and p.household_id == keep.household_id


def test_dtks_proposal_flow(db: Database, actors: dict[Role, Actor]) -> None:
    family = make_family(db)
    worker = actors[Role.CASEWORKER]

    def create(kind: str, **kw: object) -> int:
        with UnitOfWork(db) as uow:
            pid = dtks.create_proposal(uow, worker, household_id=family.household_id, kind=kind, today=TODAY,
                                       **kw)  # type: ignore[arg-type]
            uow.commit()
        return pid

    def change(pid: int, status: str, on: date) -> None:
        with UnitOfWork(db) as uow:
            dtks.change_status(uow, worker, pid, status, on=on, today=TODAY)
            uow.commit()

    with pytest.raises(ValidationError) as err:
        create("new", reason=" ")
    assert err.value.field == "reason"
    with pytest.raises(ValidationError) as err:
        create("new", reason="x", proposed_on=TODAY + timedelta(days=1))
    assert err.value.field == "proposed_on"
    first = create("correction", reason="Jumlah anggota keluarga berubah", proposed_on=date(2026, 10, 1))
    with pytest.raises(ValidationError) as err:  # one open proposal of a kind per household
        create("correction", reason="Lagi")
    assert err.value.field == "kind" and f"no. {first}" in err.value.message
    create("deactivation", reason="Pindah ke kota lain")  # another kind is fine
    with pytest.raises(ValidationError):
        change(first, "accepted", TODAY)  # a draft is submitted first
    with pytest.raises(ValidationError):
        change(first, "submitted", date(2026, 9, 30))  # before it was proposed
    change(first, "submitted", date(2026, 10, 5))
    with pytest.raises(ValidationError):
        change(first, "accepted", date(2026, 10, 4))  # before it was submitted
    change(first, "accepted", date(2026, 10, 15))
    with UnitOfWork(db, write=False) as uow:
        row = dtks.get_proposal(uow, worker, first)
        assert (row.status, row.submitted_on, row.decided_on, row.household_ref, row.head_name) == (
            DtksStatus.ACCEPTED, date(2026, 10, 5), date(2026, 10, 15), "H-0001", "Żaneta Kowalska")
        assert [r.kind for r in dtks.list_proposals(uow, worker, status=DtksStatus.DRAFT)] == [DtksKind.DEACTIVATION]
        assert [r.id for r in dtks.list_proposals(uow, worker, text="anggota")] == [first]
    create("correction", reason="Closed ones do not block a new one")
    assert [s for a, _, s in _audit(db, "dtks_proposal") if a == "update"] == ["draft -> submitted",
                                                                             "submitted -> accepted"]


def test_timeline_shows_complaints_and_proposals(db: Database, actors: dict[Role, Actor]) -> None:
    family = make_family(db)
    admin = actors[Role.ADMINISTRATOR]
    cid = _complaint(db, admin, person_id=family.child_id, received_on=date(2026, 10, 1),
                     description="Rahasia: petugas kasar")
    with UnitOfWork(db) as uow:
        complaints.change_status(uow, admin, cid, "rejected", on=date(2026, 10, 3), note="x", today=TODAY)
        dtks.create_proposal(uow, admin, household_id=family.household_id, kind="new", reason="r",
                             proposed_on=date(2026, 10, 2), today=TODAY)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        desk = timeline.timeline(uow, actors[Role.FRONT_DESK], family.household_id, family.person_ids)
        worker = timeline.timeline(uow, actors[Role.CASEWORKER], family.household_id, family.person_ids)
    desk_texts = [e.text for e in desk if e.kind in ("complaint", "dtks_proposal")]
    assert desk_texts == [f"Complaint no. {cid}: Rejected", f"Complaint no. {cid} received (Phone): Aid not received"]
    assert not any("Rahasia" in e.text for e in worker)  # descriptions never shown on the timeline
    assert [e.text for e in worker if e.kind == "dtks_proposal"] == ["DTKS proposal: New household"]


def test_pasted_documents_are_refused_in_notes_and_reasons(db: Database, admin: Actor) -> None:
    cid = _complaint(db, admin, complainant_name="Bu Sari")
    family = make_family(db)
    with UnitOfWork(db) as uow:
        with pytest.raises(ValidationError) as err:
            complaints.change_status(uow, admin, cid, "resolved", on=TODAY, note="y" * 5_001, today=TODAY)
        assert err.value.field == "note"
    with UnitOfWork(db, write=False) as uow:
        row = complaints.get_complaint(uow, admin, cid)
        assert (row.status.value, row.resolved_on) == ("open", None)  # nothing changed
    with UnitOfWork(db) as uow, pytest.raises(ValidationError) as err:
        dtks.create_proposal(uow, admin, household_id=family.household_id, kind="new", reason="z" * 5_001)
    assert err.value.field == "reason"
