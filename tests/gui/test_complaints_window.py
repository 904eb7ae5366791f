"""The Complaints window: a new complaint refused for a future date (message in the form), then saved (row in the
database and in the list); closing a complaint; the DTKS tab for the Indonesian profile only; roles."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from desktop.db import Database
from desktop.models.complaints import Complaint, ComplaintStatus, ComplaintType, DtksProposal
from desktop.models.users import Role
from desktop.services import client_search, complaints, users
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from desktop.views.casework.common import FormDialog
from desktop.views.clients.page import ClientsPage
from desktop.views.complaints.window import ComplaintsWindow
from desktop.views.context import PageContext, load_centre
from tests.conftest import STAFF_PASSWORD, make_centre
from tests.unit.casework_helpers import make_family


def _window(qtbot: Any, db: Database, actor: Actor) -> ComplaintsWindow:
    window = ComplaintsWindow(PageContext(db, actor, load_centre(db)))
    qtbot.addWidget(window)
    window.show()
    return window


def _family(db: Database, ref: str, family_name: str) -> int:
    household_id = make_family(db, ref=ref, family_name=family_name).household_id
    with UnitOfWork(db) as uow:
        client_search.index_household(uow, household_id)  # make_family writes rows directly
        uow.commit()
    return household_id


def _save(dialog: FormDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _staff(db: Database, admin: Actor, role: Role) -> Actor:
    name = role.value.replace("_", "-")
    with UnitOfWork(db) as uow:
        users.create_user(uow, admin, name, role.value.title(), role, STAFF_PASSWORD)
        uow.commit()
    with UnitOfWork(db) as uow:
        return users.authenticate(uow, name, STAFF_PASSWORD)


def test_new_complaint_bad_date_then_good(qtbot: Any, empty_db: Database, qtmodeltester: Any) -> None:
    admin = make_centre(empty_db, profile="id")
    household_id = _family(empty_db, "KK-1", "Rahayu")
    desk = _staff(empty_db, admin, Role.FRONT_DESK)
    window = _window(qtbot, empty_db, desk)
    tab = window.complaints
    assert window.dtks is None  # the front desk reads no case files, so no DTKS tab even for "id"
    assert tab.new_button.isVisible() and not tab.status_button.isVisible()

    dialog = tab.new_complaint()
    assert dialog is not None and dialog.isVisible()
    dialog.fields["received_on"].setDate(QDate.currentDate().addDays(1))  # type: ignore[attr-defined]
    dialog.picker.search.setText("Rahayu")
    assert dialog.picker.results.count() >= 2  # the household and its members
    dialog.picker.results.setCurrentRow(0)
    assert "Rahayu" in dialog.picker.chosen_label.text()
    dialog.fields["complaint_type"].setCurrentIndex(  # type: ignore[attr-defined]
        dialog.fields["complaint_type"].findData(ComplaintType.DATA_DTKS.value))  # type: ignore[attr-defined]
    dialog.fields["description"].setPlainText("Nama tidak ada di DTKS")  # type: ignore[attr-defined]
    _save(dialog)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "is in the future" in dialog.error.text()
    with UnitOfWork(empty_db, write=False) as uow:
        assert uow.session.scalar(select(Complaint.id)) is None

    dialog.fields["received_on"].setDate(QDate.currentDate())  # type: ignore[attr-defined]
    _save(dialog)
    assert not dialog.isVisible()
    with UnitOfWork(empty_db, write=False) as uow:
        saved = uow.session.scalars(select(Complaint)).one()
        assert (saved.received_on, saved.complaint_type, saved.status, saved.description) == (
            date.today(), ComplaintType.DATA_DTKS, ComplaintStatus.OPEN, "Nama tidak ada di DTKS")
        assert saved.household_id == household_id
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 4).data() == "Data or DTKS listing"
    assert tab.model.index(0, 6).data() == "Open"
    assert tab.selected() is not None and "Nama tidak ada di DTKS" in tab.detail.text()
    assert tab.count_label.text() == "1 complaint"
    qtmodeltester.check(tab.proxy)


def test_unregistered_complainant_needs_a_name_and_resolving(qtbot: Any, empty_db: Database) -> None:
    admin = make_centre(empty_db, profile="generic")
    window = _window(qtbot, empty_db, admin)
    assert window.dtks is None and window.tabs.count() == 1  # DTKS only for the Indonesian profile
    tab = window.complaints
    dialog = tab.new_complaint()
    assert dialog is not None
    dialog.fields["description"].setPlainText("Queue too long")  # type: ignore[attr-defined]
    _save(dialog)
    assert "Say who is complaining" in dialog.error.text()
    dialog.fields["complainant_name"].setText("Mrs Jones")  # type: ignore[attr-defined]
    _save(dialog)
    assert not dialog.isVisible() and tab.model.rows[0].complainant == "Mrs Jones"

    tab.table.selectRow(0)
    status = tab.change_status()
    assert status is not None
    status.fields["status"].setCurrentIndex(  # type: ignore[attr-defined]
        status.fields["status"].findData("resolved"))  # type: ignore[attr-defined]
    assert status.fields["resolved_on"].isEnabled() and not status.agency.isEnabled()
    _save(status)
    assert "Write how the complaint was resolved" in status.error.text()
    status.fields["note"].setPlainText("Extra desk hours on Mondays")  # type: ignore[attr-defined]
    _save(status)
    assert not status.isVisible()
    assert tab.model.rowCount() == 0  # the default filter shows open complaints only
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("resolved"))
    assert [r.status for r in tab.model.rows] == [ComplaintStatus.RESOLVED]
    tab.table.selectRow(0)
    assert "Outcome: Extra desk hours on Mondays" in tab.detail.text()


def test_sorting_numbers_and_search(qtbot: Any, empty_db: Database) -> None:
    admin = make_centre(empty_db, profile="generic")
    with UnitOfWork(empty_db) as uow:
        for n in range(11):
            complaints.create_complaint(uow, admin, received_on=date(2026, 1, 1 + n), channel="phone",
                                        complaint_type="other", description=f"issue {n}", complainant_name=f"P{n}")
        uow.commit()
    window = _window(qtbot, empty_db, admin)
    tab = window.complaints
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    numbers = [int(tab.proxy.index(r, 0).data()) for r in range(tab.proxy.rowCount())]
    assert numbers == sorted(numbers) and numbers[-1] == 11
    tab.search.setText("p7")
    assert [r.complainant for r in tab.model.rows] == ["P7"]


def test_dtks_tab_for_indonesian_profile(qtbot: Any, empty_db: Database) -> None:
    admin = make_centre(empty_db, profile="id")
    _family(empty_db, "KK-7", "Santoso")
    window = _window(qtbot, empty_db, _staff(empty_db, admin, Role.CASEWORKER))
    assert window.dtks is not None and window.tabs.count() == 2
    tab = window.dtks
    dialog = tab.new_proposal()
    assert dialog is not None
    dialog.fields["reason"].setPlainText("Keluarga belum terdaftar")  # type: ignore[attr-defined]
    _save(dialog)
    assert "Find and choose the household first." in dialog.error.text()
    dialog.picker.search.setText("KK-7")
    assert dialog.picker.results.count() == 1  # households only
    dialog.picker.results.setCurrentRow(0)
    _save(dialog)
    assert not dialog.isVisible()
    with UnitOfWork(empty_db, write=False) as uow:
        assert uow.session.scalars(select(DtksProposal.reason)).one() == "Keluarga belum terdaftar"
    assert tab.model.rows[0].household_ref == "KK-7" and tab.model.index(0, 5).data() == "Draft"
    tab.table.selectRow(0)
    status = tab.change_status()
    assert status is not None
    _save(status)  # first choice: submitted, today
    assert tab.model.index(0, 5).data() == "Submitted"


def test_clients_page_opens_the_window(qtbot: Any, db: Database, actors: dict[Role, Actor]) -> None:
    page = ClientsPage(PageContext(db, actors[Role.FRONT_DESK], load_centre(db)))
    qtbot.addWidget(page)
    page.show()
    assert page.complaints_button.isVisible()
    qtbot.mouseClick(page.complaints_button, Qt.MouseButton.LeftButton)
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, ComplaintsWindow) and w.isVisible()]
    assert len(windows) == 1
    windows[0].close()
