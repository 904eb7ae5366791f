"""The id-slrt pack's complaints and DTKS tables, worked out by hand on a small centre (October 2026).

Complaints (type, received, how and when closed):
  C1 aid_not_received   09-20, resolved 10-05      -> resolved in October (received before it)
  C2 aid_not_received   10-10, still open          -> received, open at the end
  C3 data_dtks          10-12, referred 10-15      -> received, referred
  C4 service_conduct    10-20, resolved 11-03      -> received, open at the end (closed after it)
  C5 eligibility        09-01, rejected 09-15      -> nothing in October
  C6 aid_amount_quality 11-02                      -> nothing in October
  C7 other              08-01, in progress         -> open at the end
DTKS proposals (kind, proposed, submitted, decided):
  P1 new          09-25, submitted 10-02, accepted 10-20 -> submitted, accepted
  P2 correction   10-05, draft                           -> proposed
  P3 correction   10-06 (other household), submitted 10-07, rejected 11-05 -> proposed, submitted
  P4 deactivation 10-08, rejected as a draft 10-09       -> proposed, rejected
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from desktop.db import Database
from desktop.i18n import use_language
from desktop.models.complaints import ComplaintType, DtksKind
from desktop.services import complaints, dtks, reporting
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from tests.conftest import make_centre
from tests.unit.casework_helpers import make_family
from tests.unit.report_fixtures import OCTOBER

LATER = date(2026, 12, 1)  # "today" for the services, so November closings are not in the future


def _build(db: Database, admin: Actor) -> None:
    one, two = make_family(db, ref="KK-1"), make_family(db, ref="KK-2", family_name="Rahayu")
    with UnitOfWork(db) as uow:
        def complaint(kind: str, received: date, status: str | None = None, on: date | None = None) -> None:
            cid = complaints.create_complaint(uow, admin, received_on=received, channel="in_person",
                                              complaint_type=kind, description="d", household_id=one.household_id,
                                              today=LATER)
            if status is not None:
                complaints.change_status(uow, admin, cid, status, on=on, note="n", today=LATER)

        complaint("aid_not_received", date(2026, 9, 20), "resolved", date(2026, 10, 5))
        complaint("aid_not_received", date(2026, 10, 10))
        complaint("data_dtks", date(2026, 10, 12), "referred", date(2026, 10, 15))
        complaint("service_conduct", date(2026, 10, 20), "resolved", date(2026, 11, 3))
        complaint("eligibility", date(2026, 9, 1), "rejected", date(2026, 9, 15))
        complaint("aid_amount_quality", date(2026, 11, 2))
        complaint("other", date(2026, 8, 1), "in_progress")

        def proposal(household: int, kind: str, proposed: date, *steps: tuple[str, date]) -> None:
            pid = dtks.create_proposal(uow, admin, household_id=household, kind=kind, reason="r",
                                       proposed_on=proposed, today=LATER)
            for status, on in steps:
                dtks.change_status(uow, admin, pid, status, on=on, today=LATER)

        proposal(one.household_id, "new", date(2026, 9, 25), ("submitted", date(2026, 10, 2)),
                 ("accepted", date(2026, 10, 20)))
        proposal(one.household_id, "correction", date(2026, 10, 5))
        proposal(two.household_id, "correction", date(2026, 10, 6), ("submitted", date(2026, 10, 7)),
                 ("rejected", date(2026, 11, 5)))
        proposal(one.household_id, "deactivation", date(2026, 10, 8), ("rejected", date(2026, 10, 9)))
        uow.commit()


def test_slrt_complaints_and_dtks_figures(empty_db: Database, tmp_path: Path) -> None:
    admin = make_centre(empty_db, profile="id")
    _build(empty_db, admin)
    with UnitOfWork(empty_db, write=False) as uow:
        result = reporting.run_pack(uow, admin, "id-slrt", OCTOBER)
    slrt = result.figures["slrt"]
    zero = {"received": 0, "resolved": 0, "referred": 0, "rejected": 0, "open": 0}
    assert slrt["complaints"]["by_type"] == {
        "aid_not_received": {**zero, "received": 1, "resolved": 1, "open": 1},
        "aid_amount_quality": zero,
        "data_dtks": {**zero, "received": 1, "referred": 1},
        "service_conduct": {**zero, "received": 1, "open": 1},
        "eligibility": zero,
        "other": {**zero, "open": 1},
    }
    assert {k: v for k, v in slrt["complaints"].items() if k != "by_type"} == {
        "received": 3, "resolved": 1, "referred": 1, "rejected": 0, "open": 3}
    proposals = slrt["dtks_proposals"]
    assert (proposals["new"], proposals["correction"], proposals["deactivation"]) == (0, 2, 1)
    assert proposals["by_status"] == {"submitted": 2, "accepted": 1, "rejected": 1}
    assert proposals["by_kind"]["new"] == {"proposed": 0, "submitted": 1, "accepted": 1, "rejected": 0}

    # The pack speaks Indonesian whatever the interface language: tables are checked by position.
    visitors, by_type, _referrals, _pmks, by_kind = next(s for s in result.sections if s.key == "id_slrt").tables
    assert [row[1] for row in visitors.rows[-2:]] == [3, 3]  # complaints received, DTKS proposals made
    with use_language(result.language):
        assert by_type.rows[0] == (complaints.type_label(ComplaintType.AID_NOT_RECEIVED), 1, 1, 0, 0, 1)
        assert by_kind.rows[1] == (dtks.kind_label(DtksKind.CORRECTION), 2, 1, 0, 0)
    assert by_type.rows[-1][1:] == (3, 1, 1, 0, 3) and by_type.total_row and len(by_type.rows) == 7
    assert by_kind.rows[-1][1:] == (3, 2, 1, 1) and by_kind.total_row
    assert not any("not recorded" in note for s in result.sections for note in s.notes)

    # The same figures reach the spreadsheet.
    reporting.export_pack(empty_db, admin, "id-slrt", OCTOBER, tmp_path / "slrt.xlsx", result=result)
    cells = [tuple(c for c in row if c is not None) for ws in load_workbook(tmp_path / "slrt.xlsx").worksheets
             for row in ws.iter_rows(values_only=True)]
    assert by_type.rows[-1] in cells and by_kind.rows[-1] in cells


def test_erased_complaints_still_count(empty_db: Database) -> None:
    from desktop.services import archive_erase

    admin = make_centre(empty_db, profile="id")
    family = make_family(empty_db)
    with UnitOfWork(empty_db) as uow:
        complaints.create_complaint(uow, admin, received_on=date(2026, 10, 3), channel="phone",
                                    complaint_type="aid_not_received", description="Nama saya Żaneta",
                                    person_id=family.head_id, today=LATER)
        archive_erase.erase_household(uow, admin, family.household_id)
        uow.commit()
    with UnitOfWork(empty_db, write=False) as uow:
        slrt = reporting.run_pack(uow, admin, "id-slrt", OCTOBER).figures["slrt"]
    assert slrt["complaints"]["by_type"]["aid_not_received"]["received"] == 1
    assert slrt["complaints"]["open"] == 1
