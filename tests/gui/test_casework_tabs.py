"""Casework tabs driven through their widgets: forms that explain refusals, sealed notes, referral flow and
letter, documents, agencies import; table models checked with qtmodeltester."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import func, select

from desktop.db import Database
from desktop.models.audit import AuditEvent
from desktop.models.users import Role
from desktop.services import case_notes, consents
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from desktop.views.casework import notes_referrals
from desktop.views.casework.agencies_page import AgenciesWidget
from desktop.views.casework.notes_referrals import NotesTab, ReferralsTab
from desktop.views.casework.plans_services import CarePlansTab, ServicesTab
from desktop.views.casework.records import AssessmentsTab, ConsentsTab, DocumentsTab, parse_money
from desktop.views.clients.file_tabs import tabs_for
from desktop.views.context import PageContext, load_centre
from tests.gui.conftest import MessageRecorder
from tests.unit.casework_helpers import Family, give_sharing_consent, make_agency, make_family

TODAY = date.today()
SHOTS = Path(os.environ.get("CASEWORK_SHOTS", "/tmp/casework_shots"))
CASE_TABS = {"assessments", "documents", "consents", "notes", "referrals", "care_plans"}


@pytest.fixture
def family(db: Database) -> Family:
    return make_family(db)


def context(db: Database, actor: Actor) -> PageContext:
    return PageContext(db, actor, load_centre(db))


def shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.resize(900, 420)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def cell(tab: Any, row: int, column: int) -> str:
    return tab.model.data(tab.model.index(row, column))


def test_case_tabs_are_offered_only_to_case_roles(actors: dict[Role, Actor]) -> None:
    keys = {role: {t.key for t in tabs_for(actor)} for role, actor in actors.items()}
    assert CASE_TABS <= keys[Role.CASEWORKER] and CASE_TABS <= keys[Role.COORDINATOR]
    assert not CASE_TABS & keys[Role.FRONT_DESK] and not CASE_TABS & keys[Role.WAREHOUSE]
    assert "services" in keys[Role.FRONT_DESK]


def test_notes_tab_form_errors_sealed_notes_and_audited_open(qtbot: Any, qtmodeltester: Any, db: Database,
                                                             actors: dict[Role, Actor], family: Family,
                                                             shown: MessageRecorder) -> None:
    author, coordinator = actors[Role.CASEWORKER], actors[Role.COORDINATOR]
    tab = NotesTab(context(db, author), family.household_id, None)
    qtbot.addWidget(tab)
    dialog = tab.new_note()
    dialog.try_save()  # empty note
    assert dialog.isVisible() and dialog.error.text() == "Write the note first."
    dialog.fields["text"].setPlainText("Disclosed violence at home; safety plan agreed.")  # type: ignore[attr-defined]
    dialog.fields["sealed"].setChecked(True)  # type: ignore[attr-defined]
    dialog.try_save()
    assert not dialog.isVisible()
    with UnitOfWork(db) as uow:
        case_notes.add_note(uow, author, text="Brought payslips.", noted_on=TODAY - timedelta(days=1),
                            household_id=family.household_id)
        uow.commit()
    tab.reload()
    qtmodeltester.check(tab.model)
    assert [cell(tab, r, 2) for r in range(2)] == ["Sealed note — open it to read", "Brought payslips."]
    assert tab.model.headerData(2, Qt.Orientation.Horizontal) == "Note"
    shot(tab, "notes_tab")

    admin_tab = NotesTab(context(db, actors[Role.ADMINISTRATOR]), family.household_id, None)
    qtbot.addWidget(admin_tab)
    assert cell(admin_tab, 0, 2) == "Sealed note"
    admin_tab.table.selectRow(0)
    assert admin_tab.open_note() is None
    assert "only the caseworkers on the case" in shown.shown[-1].text

    coord_tab = NotesTab(context(db, coordinator), family.household_id, None)
    qtbot.addWidget(coord_tab)
    coord_tab.table.selectRow(0)
    note = coord_tab.open_note()
    assert note is not None and note.text.startswith("Disclosed violence")
    assert shown.shown[-1].text.startswith("Disclosed violence")
    with UnitOfWork(db, write=False) as uow:
        reads = uow.session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "read", AuditEvent.entity == "case_note", AuditEvent.username == "coordinator"))
    assert reads == 1


def test_referral_flow_consent_refusal_and_letter(qtbot: Any, db: Database, actors: dict[Role, Actor],
                                                  family: Family, tmp_path: Path, shown: MessageRecorder,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    caseworker = actors[Role.CASEWORKER]
    opened: list[Path] = []
    monkeypatch.setattr(notes_referrals, "open_with_system_viewer", lambda p: opened.append(p) or True)
    tab = ReferralsTab(context(db, caseworker), family.household_id, None)
    qtbot.addWidget(tab)
    assert tab.new_referral() is None  # no agencies yet: told where to add one
    assert shown.shown[-1].text == "The agencies directory is empty."
    directory = tab.open_agencies()
    form = directory.widget.new_agency()  # type: ignore[attr-defined]
    form.fields["name"].setText("Poradnia Zdrowia")
    form.fields["type"].setCurrentText("Przychodnia")
    form.try_save()
    assert directory.widget.model.rowCount() == 1  # type: ignore[attr-defined]
    directory.accept()
    with UnitOfWork(db, write=False) as uow:
        from desktop.services import agencies as agency_service

        [row] = agency_service.list_agencies(uow, caseworker)
    assert row.type_label == "Przychodnia"
    agency = row.id
    dialog = tab.new_referral()
    assert dialog is not None
    dialog.try_save()
    assert dialog.error.text() == "Say which service the person is referred for."
    dialog.fields["service"].setText("Dental check-up")  # type: ignore[attr-defined]
    dialog.fields["reason"].setPlainText("Toothache for two weeks")  # type: ignore[attr-defined]
    dialog.try_save()
    assert not dialog.isVisible() and tab.model.rowCount() == 1
    assert cell(tab, 0, 0) == f"REF-{TODAY.year}-000001" and cell(tab, 0, 4) == "Draft"

    tab.table.selectRow(0)
    status = tab.change_status()
    assert status is not None
    status.try_save()  # to "Sent" without consent
    assert "no consent in force" in status.error.text() and "Consents tab" in status.error.text()
    status.reject()
    give_sharing_consent(db, caseworker, family.head_id, agency, TODAY, birth_date=True)
    tab.table.selectRow(0)
    status = tab.change_status()
    assert status is not None
    status.try_save()
    assert not status.isVisible() and cell(tab, 0, 4) == "Sent"
    shot(tab, "referrals_tab")

    tab.table.selectRow(0)
    tab.print_letter(tmp_path / "letter.pdf")
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened == [tmp_path / "letter.pdf"] and opened[0].read_bytes().startswith(b"%PDF")
    os.system(f"pdftoppm -png -r 60 -f 1 -l 1 {opened[0]} {SHOTS / 'referral_letter'} >/dev/null 2>&1")  # noqa: S605


def test_documents_tab_refuses_fake_scan_and_attaches_real_one(qtbot: Any, db: Database, actors: dict[Role, Actor],
                                                               family: Family, tmp_path: Path) -> None:
    tab = DocumentsTab(context(db, actors[Role.CASEWORKER]), family.household_id, None)
    qtbot.addWidget(tab)
    fake = tmp_path / "payslip.pdf"
    fake.write_bytes(b"MZ\x90\x00not a pdf")
    dialog = tab.attach(fake)
    assert dialog is not None
    dialog.try_save()
    assert dialog.error.text().startswith("Only PDF, JPG and PNG files can be attached")
    dialog.reject()
    real = tmp_path / "payslip2.pdf"
    real.write_bytes(b"%PDF-1.4\n%%EOF\n")
    dialog = tab.attach(real)
    assert dialog is not None
    dialog.fields["expires_on"].set_value(TODAY + timedelta(days=5))  # type: ignore[attr-defined]
    dialog.try_save()
    assert tab.model.rowCount() == 1
    assert (cell(tab, 0, 0), cell(tab, 0, 1), cell(tab, 0, 4)) == ("Proof of income", "payslip2", "Expires soon")
    shot(tab, "documents_tab")


def test_other_tabs_render_rows(qtbot: Any, qtmodeltester: Any, db: Database, actors: dict[Role, Actor],
                                family: Family) -> None:
    caseworker = actors[Role.CASEWORKER]
    ctx = context(db, caseworker)
    agency = make_agency(db, caseworker)
    give_sharing_consent(db, caseworker, family.head_id, agency, TODAY - timedelta(days=3), address=True)
    with UnitOfWork(db) as uow:
        consents.record_consent(uow, caseworker, person_id=family.child_id, scope=consents.ConsentScope.PHOTOS,
                                given_on=TODAY)
        uow.commit()

    assessments_tab = AssessmentsTab(ctx, family.household_id, None)
    qtbot.addWidget(assessments_tab)
    form = assessments_tab.new_assessment()
    first_need = next(iter(assessments_tab.need_boxes.values()))
    first_need.setCurrentIndex(3)
    form.fields["income"].setText("1 200,50")  # type: ignore[attr-defined]
    form.fields["expenses"].setText("abc")  # type: ignore[attr-defined]
    form.try_save()
    assert form.error.text() == "Write an amount like 1250.50."
    form.fields["expenses"].setText("1850")  # type: ignore[attr-defined]
    form.try_save()
    assert not form.isVisible()
    qtmodeltester.check(assessments_tab.model)
    assert cell(assessments_tab, 0, 1) == "ubóstwo (High)" and cell(assessments_tab, 0, 2) == "1,200.50"
    shot(assessments_tab, "assessments_tab")

    consents_tab = ConsentsTab(ctx, family.household_id, None)
    qtbot.addWidget(consents_tab)
    assert sorted(cell(consents_tab, r, 1) for r in range(2)) == ["Photos", "Sharing with an agency — Poradnia Zdrowia"]
    assert {cell(consents_tab, r, 0) for r in range(2)} == {"Żaneta Kowalska", "Staś Kowalska"}
    shot(consents_tab, "consents_tab")

    plans = CarePlansTab(ctx, family.household_id, None)
    qtbot.addWidget(plans)
    form = plans.new_plan()
    form.fields["title"].setText("Plan pomocy 2026")  # type: ignore[attr-defined]
    form.try_save()
    plans.table.selectRow(0)
    goal = plans.add_goal()
    assert goal is not None
    goal.fields["description"].setPlainText("Stable job within six months")  # type: ignore[attr-defined]
    goal.try_save()
    plans.table.selectRow(0)
    assert cell(plans, 0, 3) == "0 of 1 goals met" and "Stable job" in plans.detail.text()
    shot(plans, "care_plans_tab")

    services = ServicesTab(ctx, family.household_id, None)
    qtbot.addWidget(services)
    form = services.new_service()
    form.try_save()
    assert services.model.rowCount() == 1 and cell(services, 0, 1) == "Counselling" and cell(services, 0, 2) == "1"
    shot(services, "services_tab")
    assert services.model.data(QModelIndex()) is None


def test_agencies_import_reports_bad_rows(qtbot: Any, db: Database, actors: dict[Role, Actor], tmp_path: Path,
                                          shown: MessageRecorder) -> None:
    widget = AgenciesWidget(context(db, actors[Role.CASEWORKER]))
    qtbot.addWidget(widget)
    path = tmp_path / "agencies.csv"
    path.write_text("name,type,email\nKlinika,Clinic,a@b.pl\n,Clinic,\nPUP,Job centre,bad\n", encoding="utf-8")
    widget.import_file(path)
    qtbot.waitUntil(lambda: widget.last_report is not None, timeout=10_000)
    assert shown.shown[-1].text == "Nothing was imported: 2 rows have problems."
    assert "Line 3: name Enter the agency's name." in shown.shown[-1].hint
    widget.last_report = None
    widget.import_file(path, valid_only=True)
    qtbot.waitUntil(lambda: widget.last_report is not None, timeout=10_000)
    assert widget.model.rowCount() == 1 and widget.model.data(widget.model.index(0, 1)) == "Clinic"
    shot(widget, "agencies")


def test_parse_money() -> None:
    assert parse_money("1 234,50", "x") == 123450
    assert parse_money("1,234.50", "x") == 123450
    assert parse_money("", "x") is None


def test_client_file_window_holds_case_tabs_and_prints_plan(qtbot: Any, db: Database, actors: dict[Role, Actor],
                                                            family: Family, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.views.casework import plans_services, records
    from desktop.views.clients.client_file import ClientFileWindow

    opened: list[Path] = []
    monkeypatch.setattr(plans_services, "open_with_system_viewer", lambda p: opened.append(p) or True)
    monkeypatch.setattr(records, "open_with_system_viewer", lambda p: opened.append(p) or True)
    caseworker = actors[Role.CASEWORKER]
    window = ClientFileWindow(context(db, caseworker), family.household_id, None)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]  # type: ignore[attr-defined]
    assert titles[1:8] == ["Assessments", "Documents", "Consents", "Notes", "Referrals", "Care plans", "Services"]
    plans = window.tab("care_plans")
    assert isinstance(plans, CarePlansTab)
    form = plans.new_plan()
    form.fields["title"].setText("Plan pomocy")  # type: ignore[attr-defined]
    form.try_save()
    plans.table.selectRow(0)
    plans.print_summary(tmp_path / "plan.pdf")
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[0].read_bytes().startswith(b"%PDF")
    docs = window.tab("documents")
    assert isinstance(docs, DocumentsTab)
    scan = tmp_path / "id.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 30)
    dialog = docs.attach(scan)
    assert dialog is not None
    dialog.try_save()
    docs.table.selectRow(0)
    path = docs.open_document()
    assert path is not None and path == opened[-1] and path.read_bytes() == scan.read_bytes()
    window.resize(1000, 450)
    window.tabs.setCurrentWidget(plans)  # type: ignore[attr-defined]
    shot(window, "client_file_care_plans")
