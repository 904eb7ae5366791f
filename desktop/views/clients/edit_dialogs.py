"""Dialogs of the client file: edit a household, add or edit a member, record a move-out, merge records.
Each one calls one service inside one unit of work and shows refusals inline, in the user's words."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.models.clients import IdType, Relationship, Sex
from desktop.services import client_search, households, merge, people
from desktop.services.households import ADDRESS_COLUMNS, ADDRESS_LABELS, HouseholdData, relationship_label
from desktop.services.people import PersonData, PersonInfo
from desktop.services.profiles import PROFILES
from desktop.services.uow import UnitOfWork
from desktop.views.clients.intake_dialog import ID_LABELS, SEX_LABELS, parse_birth
from desktop.views.context import PageContext
from desktop.views.dialogs import BaseDialog, error_label, set_error


def _date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(value) if value else QDate.currentDate())
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


def _as_date(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


class _FormDialog(BaseDialog):
    """A form, an inline error and OK/Cancel; `save` does the work and raises UserError to refuse."""

    def __init__(self, context: PageContext, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = error_label()
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.layout_.addWidget(self.buttons)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)

    def add_row(self, label: str, widget: QWidget) -> None:
        widget.setAccessibleName(label)
        self.form.addRow(label, widget)

    def save(self, uow: UnitOfWork) -> None:
        raise NotImplementedError

    def try_save(self) -> None:
        try:
            with UnitOfWork(self.context.db) as uow:
                self.save(uow)
                uow.commit()
        except UserError as err:
            set_error(self.error, err.message, err.hint)
            return
        set_error(self.error, "")
        self.accept()


class HouseholdDialog(_FormDialog):
    def __init__(self, context: PageContext, household_id: int, data: HouseholdData,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Edit household"), parent)
        self.household_id, self.original = household_id, data
        self.ref = QLineEdit(data.ref)
        self.add_row(self.tr("Reference"), self.ref)
        self.fields: dict[str, QLineEdit] = {}
        for name in PROFILES[context.centre.profile].address_fields:
            column = ADDRESS_COLUMNS[name]
            self.fields[column] = QLineEdit(str(getattr(data, column)))
            self.add_row(self.translate_address(name), self.fields[column])
        self.phone = QLineEdit(data.phone)
        self.housing = QLineEdit(data.housing_situation)
        self.income = QLineEdit("" if data.monthly_income_minor is None else f"{data.monthly_income_minor / 100:.2f}")
        self.rural = QCheckBox(self.tr("Rural area"))
        self.rural.setChecked(data.rural)
        for label, widget in ((self.tr("Phone"), self.phone), (self.tr("Housing situation"), self.housing),
                              (self.tr("Monthly income"), self.income)):
            self.add_row(label, widget)
        self.form.addRow(self.rural)

    @staticmethod
    def translate_address(name: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("address", ADDRESS_LABELS[name])

    def save(self, uow: UnitOfWork) -> None:
        from desktop.views.clients.intake_dialog import HouseholdPage  # one income parser

        text = self.income.text().strip()
        income = HouseholdPage.parse_income(text) if text else None
        address: dict[str, Any] = {column: edit.text() for column, edit in self.fields.items()}
        data = replace(self.original, ref=self.ref.text().strip(), phone=self.phone.text(),
                       housing_situation=self.housing.text(), monthly_income_minor=income,
                       rural=self.rural.isChecked(), **address)
        households.update_household(uow, self.context.actor, self.household_id, data)


class PersonDialog(_FormDialog):
    """Add a member (with relationship and joining date) or edit a person's details."""

    def __init__(self, context: PageContext, *, household_id: int | None = None, person: PersonInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Edit person") if person else self.tr("Add member"), parent)
        self.household_id, self.person = household_id, person
        self.given, self.family = QLineEdit(), QLineEdit()
        self.birth, self.id_number, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.birth.setPlaceholderText(self.tr("YYYY-MM-DD or YYYY"))
        self.sex, self.id_type, self.relationship = QComboBox(), QComboBox(), QComboBox()
        for sex in (Sex.FEMALE, Sex.MALE, Sex.OTHER, Sex.UNKNOWN):
            self.sex.addItem(self.tr(SEX_LABELS[sex]), sex.value)
        for code in ("none", *[t for t in PROFILES[context.centre.profile].identifier_types if t != "none"]):
            self.id_type.addItem(self.tr(ID_LABELS[IdType(code)]), code)
        for rel in Relationship:
            if rel is not Relationship.HEAD:
                self.relationship.addItem(relationship_label(rel), rel.value)
        self.disability = QCheckBox(self.tr("Disability"))
        self.special_needs = QLineEdit()
        self.joined = _date_edit()
        rows: list[tuple[str, QWidget]] = [
            (self.tr("Given name"), self.given), (self.tr("Family name"), self.family), (self.tr("Sex"), self.sex),
            (self.tr("Birth date"), self.birth), (self.tr("Identifier type"), self.id_type),
            (self.tr("Identifier number"), self.id_number), (self.tr("Phone"), self.phone),
            (self.tr("Special needs"), self.special_needs)]
        if person is None:
            rows += [(self.tr("Relationship"), self.relationship), (self.tr("Joined on"), self.joined)]
        for label, widget in rows:
            self.add_row(label, widget)
        self.form.addRow(self.disability)
        if person is not None:
            self.given.setText(person.given_name)
            self.family.setText(person.family_name)
            self.sex.setCurrentIndex(self.sex.findData(person.sex.value))
            self.birth.setText(person.birth_date.isoformat() if person.birth_date else str(person.birth_year or ""))
            self.id_type.setCurrentIndex(max(0, self.id_type.findData(person.id_type.value)))
            self.id_number.setText(person.id_number)
            self.phone.setText(person.phone)
            self.disability.setChecked(person.disability)
            self.special_needs.setText(person.special_needs)

    def person_data(self) -> PersonData:
        born, year = parse_birth(self.birth.text())
        return PersonData(self.given.text(), self.family.text(), Sex(self.sex.currentData()), born, year,
                          IdType(self.id_type.currentData()), self.id_number.text(), self.phone.text(),
                          self.person.preferred_language if self.person else "", self.disability.isChecked(),
                          self.special_needs.text())

    def save(self, uow: UnitOfWork) -> None:
        actor = self.context.actor
        if self.person is not None:
            people.update_person(uow, actor, self.person.id, self.person_data())
            return
        assert self.household_id is not None
        created = people.create_person(uow, actor, self.person_data())
        households.add_member(uow, actor, self.household_id, created.id, Relationship(self.relationship.currentData()),
                              _as_date(self.joined))


class MovedOutDialog(_FormDialog):
    def __init__(self, context: PageContext, membership_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Moved out"), parent)
        self.membership_id = membership_id
        self.form.addRow(QLabel(self.tr("{name} no longer lives in this household from:").format(name=name)))
        self.left_on = _date_edit()
        self.add_row(self.tr("Left on"), self.left_on)

    def save(self, uow: UnitOfWork) -> None:
        households.end_membership(uow, self.context.actor, self.membership_id, _as_date(self.left_on))


class MergeDialog(_FormDialog):
    """Find the duplicate record and merge it into this one (this one is kept)."""

    def __init__(self, context: PageContext, *, household_id: int | None, person_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Merge a duplicate into this record"), parent)
        self.household_id, self.person_id = household_id, person_id
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Merge"))
        self.form.addRow(QLabel(self.tr("Everything attached to the duplicate (members, services, case files) moves "
                                        "to this record; the duplicate is then removed.")))
        self.query = QLineEdit()
        self.add_row(self.tr("Find the duplicate"), self.query)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Matching records"))
        self.form.addRow(self.results)
        self.query.textChanged.connect(self.search)

    def search(self, text: str) -> None:
        self.results.clear()
        if len(text.strip()) < 2:
            return
        with UnitOfWork(self.context.db, write=False) as uow:
            hits = client_search.search_clients(uow, self.context.actor, text, limit=20, include_archived=True)
        for hit in hits:
            wanted = hit.person_id is None if self.household_id is not None else hit.person_id is not None
            target = hit.household_id if self.household_id is not None else hit.person_id
            if not wanted or target in (self.household_id, self.person_id):
                continue
            item = QListWidgetItem(f"{hit.household_ref}  {hit.display_name}  {hit.address}".strip())
            item.setData(256, target)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def chosen(self) -> int | None:
        item = self.results.currentItem()
        return int(item.data(256)) if item is not None else None

    def save(self, uow: UnitOfWork) -> None:
        other = self.chosen()
        if other is None:
            raise UserError(self.tr("Find and choose the duplicate record first."))
        if self.household_id is not None:
            merge.merge_households(uow, self.context.actor, self.household_id, other)
        else:
            assert self.person_id is not None
            merge.merge_people(uow, self.context.actor, self.person_id, other)
