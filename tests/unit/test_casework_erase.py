"""Case files under erasure (clients' archive_erase) and the Overview alerts from case files."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from desktop.db import Database
from desktop.models.casework import CaseDocument, CaseNote, DocumentType, Referral
from desktop.models.users import Role
from desktop.services import archive_erase, case_notes, client_alerts, documents, referrals
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from tests.unit.casework_helpers import make_agency, make_family

TODAY = date.today()
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"


def test_erasing_a_person_empties_case_files_and_deletes_scans(db: Database, actors: dict[Role, Actor],
                                                               tmp_path: Path) -> None:
    caseworker, admin = actors[Role.CASEWORKER], actors[Role.ADMINISTRATOR]
    family = make_family(db)
    agency = make_agency(db, caseworker)
    scan = tmp_path / "payslip.pdf"
    scan.write_bytes(PDF)
    with UnitOfWork(db) as uow:
        for _ in range(2):  # two referrals: erased tracking numbers must not collide
            referrals.create_referral(uow, caseworker, person_id=family.head_id, agency_id=agency, service="GP",
                                      reason="Cough", created_on=TODAY)
        case_notes.add_note(uow, caseworker, text="Private words", noted_on=TODAY, person_id=family.head_id)
        documents.attach_document(uow, caseworker, scan, doc_type=DocumentType.INCOME, person_id=family.head_id)
        folder = documents.documents_dir(uow)
        uow.commit()
    assert len(list(folder.iterdir())) == 1
    with UnitOfWork(db) as uow:
        archive_erase.erase_person(uow, admin, family.head_id)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        refs = [(r.tracking_number, r.reason, r.status.value) for r in uow.session.scalars(select(Referral))]
        notes = [n.text for n in uow.session.scalars(select(CaseNote))]
        docs = [(d.sha256, d.stored_name) for d in uow.session.scalars(select(CaseDocument))]
    assert refs == [(None, "", "draft"), (None, "", "draft")]  # rows (counts) kept, words gone
    assert notes == [""] and docs == [("", "")]
    assert list(folder.iterdir()) == []
    with UnitOfWork(db) as uow:  # numbers of erased referrals are not given out again
        new_id = referrals.create_referral(uow, caseworker, person_id=family.child_id, agency_id=agency,
                                           service="GP", reason="Check-up", created_on=TODAY)
        assert referrals.get_referral(uow, caseworker, new_id).tracking_number == f"REF-{TODAY.year}-000003"


def test_overview_alerts_for_case_roles_only(db: Database, actors: dict[Role, Actor], tmp_path: Path) -> None:
    caseworker = actors[Role.CASEWORKER]
    family = make_family(db)
    scan = tmp_path / "id.pdf"
    scan.write_bytes(PDF)
    with UnitOfWork(db) as uow:
        documents.attach_document(uow, caseworker, scan, doc_type=DocumentType.ID, person_id=family.head_id,
                                  expires_on=TODAY - timedelta(days=1))
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        seen = client_alerts.alerts(uow, caseworker, family.household_id, family.person_ids, TODAY)
        desk = client_alerts.alerts(uow, actors[Role.FRONT_DESK], family.household_id, family.person_ids, TODAY)
    expected = f"Identity document expired on {(TODAY - timedelta(days=1)).isoformat()}."
    assert [(a.severity, a.text) for a in seen if a.ref.startswith("case_document:")] == [("danger", expected)]
    assert not any(a.ref.startswith("case_document:") for a in desk)


def test_merging_people_moves_their_case_files(db: Database, actors: dict[Role, Actor]) -> None:
    from desktop.services import consents, merge

    caseworker = actors[Role.CASEWORKER]
    first, second = make_family(db, "H-1", "Nowak"), make_family(db, "H-2", "Nowak")
    agency = make_agency(db, caseworker)
    with UnitOfWork(db) as uow:
        consents.record_consent(uow, caseworker, person_id=second.head_id, scope=consents.ConsentScope.AGENCY_SHARING,
                                agency_id=agency, given_on=TODAY)
        rid = referrals.create_referral(uow, caseworker, person_id=second.head_id, agency_id=agency, service="GP",
                                        reason="Cough", created_on=TODAY)
        uow.commit()
    with UnitOfWork(db) as uow:
        merge.merge_people(uow, actors[Role.ADMINISTRATOR], first.head_id, second.head_id)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        assert referrals.get_referral(uow, caseworker, rid).person_id == first.head_id
        assert [c.person_id for c in consents.list_consents(uow, caseworker, [first.head_id])] == [first.head_id]
