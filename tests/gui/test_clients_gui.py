"""Clients GUI: keyboard-only intake of a family of five, search as you type, the lazy list, the client
file with its tabs, the import preview; table models checked with qtmodeltester; screenshots saved."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from desktop.db import Database
from desktop.models.casework import Assessment, Consent
from desktop.models.clients import HouseholdMember, Person, Relationship, Sex
from desktop.models.users import Role
from desktop.services import households, intake
from desktop.services.households import HouseholdData
from desktop.services.identifiers import make_pesel
from desktop.services.people import PersonData
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from desktop.views.clients import client_file
from desktop.views.clients.client_file import open_client_file
from desktop.views.clients.import_dialog import ImportDialog
from desktop.views.clients.intake_dialog import IntakeDialog
from desktop.views.clients.members_model import MembersModel
from desktop.views.clients.page import ClientsPage
from desktop.views.context import PageContext, load_centre
from tests.gui.conftest import MessageRecorder

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture(autouse=True)
def close_files() -> Any:
    yield
    for window in client_file.open_windows():
        window.close()


def context(db: Database, actor: Actor) -> PageContext:
    return PageContext(db, actor, load_centre(db))


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(qtbot: Any, text: str) -> None:
    """Key events for each character; QTest cannot type letters outside ASCII (ł, ś), so those are sent as
    key events carrying the text, exactly what a Polish keyboard layout delivers."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(focused(), char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(focused(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def choose(qtbot: Any, text: str) -> None:
    """Type-ahead in a combo box; the pause a person makes starts a fresh search (Qt joins quick keys)."""
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    type_text(qtbot, text)


def key(qtbot: Any, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), k, modifier)


FAMILY = [  # given, sex key, birth, relationship key, pesel
    ("Łukasz", "m", "1980-05-01", "", make_pesel(date(1980, 5, 1), False, 1)),
    ("Anna", "f", "1982-07-09", "sp", ""),
    ("Zofia", "f", "2012-02-03", "", ""),
    ("Jan", "m", "2015", "", ""),
    ("Helena", "f", "1950-12-24", "pare", ""),
]


def test_keyboard_only_intake_of_a_family_of_five(qtbot: Any, db: Database, actors: dict[Role, Actor]) -> None:
    dialog = IntakeDialog(context(db, actors[Role.CASEWORKER]))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.household.fields["address_line"].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.household.fields["address_line"])
    # Household page: street, locality, gmina, powiat, województwo, postal code, phone, housing, income.
    for text in ("ul. Długa 5", "Kraków", "Kraków", "krakowski", "małopolskie", "30-001", "+48 601 234 567",
                 "rented flat", "2500.50"):
        type_text(qtbot, text)
        key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Return)  # the default button: Next
    assert dialog.currentPage() is dialog.members
    members = dialog.members
    qtbot.waitUntil(lambda: QApplication.focusWidget() is members.given)
    for given, sex, born, relationship, pesel in FAMILY:
        assert focused() is members.given
        type_text(qtbot, given)
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Wiśniewski")
        key(qtbot, Qt.Key.Key_Tab)
        choose(qtbot, sex)  # combo: first letter picks Female / Male
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, born)
        key(qtbot, Qt.Key.Key_Tab)
        if relationship:
            choose(qtbot, relationship)  # "sp" Spouse, "pare" Parent (type-ahead)
        key(qtbot, Qt.Key.Key_Tab)
        if pesel:
            choose(qtbot, "p")  # identifier type PESEL
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, pesel)
        key(qtbot, Qt.Key.Key_Return)  # adds the member, focus back to the given name
    assert members.list.count() == 5, members.error.text()
    shot(dialog, "clients-intake-members")
    assert [m.relationship for m in members.members] == [Relationship.HEAD, Relationship.SPOUSE, Relationship.CHILD,
                                                         Relationship.CHILD, Relationship.PARENT]
    key(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # Next
    assert dialog.currentPage() is dialog.needs
    assert dialog.needs is not None and dialog.consent is not None
    dialog.needs.list.setFocus()
    key(qtbot, Qt.Key.Key_Space)  # first need (ubóstwo) ticked
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Space)  # bezrobocie
    key(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # Next
    assert dialog.currentPage() is dialog.consent
    dialog.consent.data_processing.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    assert dialog.consent.data_processing.isChecked()
    shot(dialog, "clients-intake-consent")
    key(qtbot, Qt.Key.Key_Return)  # Finish (the default button on the last page)
    qtbot.waitUntil(lambda: dialog.result_ids is not None)
    assert dialog.result_ids is not None
    household_id, person_ids = dialog.result_ids
    with UnitOfWork(db, write=False) as uow:
        summary = households.household_summary(uow, actors[Role.CASEWORKER], household_id)
        people = uow.session.scalars(select(Person).where(Person.id.in_(person_ids)).order_by(Person.id)).all()
        assert summary.members == 5 and summary.head_name == "Wiśniewski, Łukasz"
        assert "Kraków" in summary.address
        assert [(p.given_name, p.sex) for p in people] == [("Łukasz", Sex.MALE), ("Anna", Sex.FEMALE),
                                                           ("Zofia", Sex.FEMALE), ("Jan", Sex.MALE),
                                                           ("Helena", Sex.FEMALE)]
        assert people[0].id_number == FAMILY[0][4] and people[3].birth_year == 2015
        assert uow.session.scalar(select(func.count()).select_from(Consent)) == 5
        assessment = uow.session.scalars(select(Assessment)).one()
        assert assessment.household_id == household_id


def test_intake_form_explains_a_wrong_pesel(qtbot: Any, db: Database, admin: Actor) -> None:
    dialog = IntakeDialog(context(db, admin))
    qtbot.addWidget(dialog)
    members = dialog.members
    members.given.setText("Jan")
    members.family.setText("Zły")
    members.id_type.setCurrentIndex(members.id_type.findData("pesel"))
    members.id_number.setText("44051401358")
    members.add_member()
    assert members.list.count() == 0
    assert "check digit" in members.error.text()


def _seed(db: Database, admin: Actor, count: int = 30) -> int:
    with UnitOfWork(db) as uow:
        first = 0
        for i in range(count):
            data = intake.IntakeData(
                household=HouseholdData(address_line=f"ul. Polna {i}", locality="Łódź" if i % 2 else "Zgierz",
                                        registered_on=date(2025, 1, 1)),
                members=(intake.IntakeMember(PersonData("Łukasz" if i == 7 else f"Osoba{i}", f"Nowak{i}",
                                                        birth_date=date(1970 + i, 1, 1)), Relationship.HEAD),
                         intake.IntakeMember(PersonData("Ewa", f"Nowak{i}", birth_year=2010), Relationship.CHILD)))
            result = intake.save_intake(uow, admin, data)
            first = first or result.household_id
        uow.commit()
    return first


def test_search_as_you_type_and_lazy_list(qtbot: Any, qtmodeltester: Any, db: Database, admin: Actor) -> None:
    _seed(db, admin)
    page = ClientsPage(context(db, admin))
    qtbot.addWidget(page)
    page.resize(1000, 520)
    page.show()
    qtbot.waitExposed(page)
    assert len(page.list_model.ids) == 30 and page.count_label.text() == "30 households"
    qtmodeltester.check(page.list_model)
    assert page.list_model.data(page.list_model.index(0, 0)) == "H000001"
    assert page.list_model.data(page.list_model.index(0, 2)) == "2"
    page.list_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.list_model.data(page.list_model.index(0, 0)) == "H000030"
    key_target = page.search
    key_target.setFocus()
    qtbot.keyClicks(key_target, "LUKASZ")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.results_view)
    qtmodeltester.check(page.results_model)
    assert page.results_model.rowCount() == 2  # Łukasz, then his household (found through its member's name)
    assert page.results_model.data(page.results_model.index(0, 0)) == "Nowak7, Łukasz"
    assert page.results_model.data(page.results_model.index(1, 0)) == "Household: Nowak7, Łukasz"
    assert page.count_label.text() == "2 results"
    shot(page, "clients-search")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    windows = client_file.open_windows()
    assert len(windows) == 1 and "Nowak7" in windows[0].windowTitle()
    page.search.clear()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.list_view)
    page.status_filter.setCurrentIndex(1)  # archived: none yet
    assert page.list_model.rowCount() == 0


def test_client_file_shows_members_alerts_and_timeline(qtbot: Any, qtmodeltester: Any, db: Database,
                                                       admin: Actor) -> None:
    first = _seed(db, admin, 1)
    with UnitOfWork(db) as uow:
        member = uow.session.scalars(select(HouseholdMember).where(HouseholdMember.household_id == first,
                                                                   HouseholdMember.relationship_ == Relationship.CHILD)
                                     ).one()
        households.end_membership(uow, admin, member.id, date(2025, 6, 1))
        uow.commit()
    window = open_client_file(context(db, admin), first, None)
    assert window is not None
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[0] == "Overview" and "Timeline" in titles
    overview = window.tab("overview")
    model = overview.members.model()  # type: ignore[union-attr]
    assert isinstance(model, MembersModel)
    qtmodeltester.check(model)
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["Nowak0, Osoba0", "Nowak0, Ewa"]
    assert model.data(model.index(0, 1)) == str(date.today().year - 1970)  # born 1 January 1970
    assert model.data(model.index(1, 4)) == "2025-06-01" and model.data(model.index(1, 5)) == "birth year only"
    timeline = window.tab("timeline")
    texts = [timeline.list.item(i).text() for i in range(timeline.list.count())]  # type: ignore[union-attr]
    assert texts[0].startswith("2025-06-01") and "moved out" in texts[0]
    window.resize(900, 600)
    shot(window, "clients-file")
    assert open_client_file(context(db, admin), first, None) is window  # one window per household


def test_archive_from_the_client_file(qtbot: Any, db: Database, admin: Actor, shown: MessageRecorder) -> None:
    first = _seed(db, admin, 1)
    window = open_client_file(context(db, admin), first, None)
    assert window is not None
    qtbot.addWidget(window)
    overview = window.tab("overview")
    overview.archive_button.click()  # type: ignore[union-attr]
    assert "(archived)" in overview.title.text()  # type: ignore[union-attr]
    assert overview.archive_button.text() == "Restore"  # type: ignore[union-attr]


def test_front_desk_does_not_see_archive_or_erase(qtbot: Any, db: Database, actors: dict[Role, Actor]) -> None:
    first = _seed(db, actors[Role.ADMINISTRATOR], 1)
    window = open_client_file(context(db, actors[Role.FRONT_DESK]), first, None)
    assert window is not None
    qtbot.addWidget(window)
    overview = window.tab("overview")
    assert not overview.erase_button.isVisibleTo(overview)  # type: ignore[union-attr]
    assert not overview.archive_button.isVisibleTo(overview)  # type: ignore[union-attr]


def test_import_dialog_previews_then_imports_valid_rows(qtbot: Any, qtmodeltester: Any, db: Database, admin: Actor,
                                                        tmp_path: Path) -> None:
    path = tmp_path / "households.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["household_ref", "given_name", "family_name", "sex", "birth_date", "relationship"])
        writer.writerows([["A", "Jan", "Nowak", "M", "1980-01-01", "head"], ["A", "Ewa", "Nowak", "Q", "", "spouse"],
                          ["B", "Olga", "Lis", "F", "1990", "head"]])
    dialog = ImportDialog(context(db, admin), "households")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.check()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    qtmodeltester.check(dialog.model)
    assert dialog.model.data(dialog.model.index(0, 0)) == "3" and dialog.model.data(dialog.model.index(0, 1)) == "sex"
    assert not dialog.import_button.isEnabled() and dialog.valid_button.isEnabled()
    dialog.resize(820, 480)
    shot(dialog, "clients-import-preview")
    dialog.valid_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.imported == 2, timeout=10_000)
    assert dialog.summary.text() == "Imported 2 rows."
    with UnitOfWork(db, write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Person)) == 2


def test_intake_of_a_rough_sleeper_opens_a_person_file(qtbot: Any, db: Database, admin: Actor) -> None:
    dialog = IntakeDialog(context(db, admin))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.household.no_household.setChecked(True)
    assert not dialog.household.fields["address_line"].isEnabled()
    dialog.next()
    dialog.members.given.setText("Marek")
    dialog.members.family.setText("Wędrowny")
    dialog.members.birth.setText("1961")
    dialog.members.add_member()
    dialog.next()
    dialog.next()
    assert dialog.currentPage() is dialog.consent
    qtbot.keyClick(dialog.consent.photos, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves
    assert dialog.result_ids is not None and dialog.result_ids[0] is None
    window = open_client_file(context(db, admin), None, dialog.result_ids[1][0])
    assert window is not None
    qtbot.addWidget(window)
    assert window.tab("overview").title.text() == "Wędrowny, Marek"  # type: ignore[union-attr]


def test_client_file_edits_members_household_and_merges(qtbot: Any, db: Database, admin: Actor) -> None:
    from desktop.views.clients.edit_dialogs import HouseholdDialog, MergeDialog, MovedOutDialog, PersonDialog

    first = _seed(db, admin, 3)
    window = open_client_file(context(db, admin), first, None)
    assert window is not None
    qtbot.addWidget(window)
    overview: Any = window.tab("overview")
    dialogs: list[Any] = []

    def run(dialog: Any) -> None:  # what exec() would show, filled in and saved by the test
        dialogs.append(dialog)
        if isinstance(dialog, PersonDialog) and dialog.person is None:
            dialog.given.setText("Kacper")
            dialog.family.setText("Nowak0")
            dialog.birth.setText("2020-02-02")
            dialog.relationship.setCurrentIndex(dialog.relationship.findData("child"))
        elif isinstance(dialog, PersonDialog):
            dialog.id_type.setCurrentIndex(dialog.id_type.findData("pesel"))
            dialog.id_number.setText("123")
            dialog.try_save()
            assert dialog.error.isVisibleTo(dialog) and "PESEL" in dialog.error.text()
            dialog.id_number.setText(make_pesel(date(1970, 1, 1), False, 55))
        elif isinstance(dialog, HouseholdDialog):
            dialog.phone.setText("+48 500 600 700")
            dialog.income.setText("1 234,50")
        elif isinstance(dialog, MergeDialog):
            dialog.query.setText("polna 1")
            assert dialog.results.count() == 1  # household H000002 (ul. Polna 1); this one is excluded
        dialog.try_save()
        assert not dialog.error.isVisibleTo(dialog), dialog.error.text()
        if dialog.result():
            overview.reload()

    overview._run = run
    overview.add_member()
    assert overview.members.model().rowCount() == 3
    overview.members.selectRow(0)
    overview.edit_person()
    overview.edit_household()
    overview.members.selectRow(1)  # Ewa (joined 2025); Kacper joined today and cannot leave today
    overview.moved_out()
    assert isinstance(dialogs[-1], MovedOutDialog)
    overview.merge_duplicate()
    with UnitOfWork(db, write=False) as uow:
        detail = households.household_detail(uow, admin, first)
    assert detail.data.phone == "+48 500 600 700" and detail.data.monthly_income_minor == 123450
    assert len(detail.members) == 5  # 2 + Kacper + the 2 members of the merged household
    head = detail.members[0].person
    assert head.id_number == make_pesel(date(1970, 1, 1), False, 55)
    assert sum(1 for m in detail.members if m.left_on == date.today()) == 1
