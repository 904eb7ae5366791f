"""Intake as a guided form: household -> members -> needs -> consent. Keyboard only: Tab between fields,
Enter in a member field adds the member, Ctrl+PgDown next (Alt+N too where the platform delivers button
mnemonics), Ctrl+PgUp back, Ctrl+S or Enter on the last page saves.

Saving first asks the service for likely duplicates; the user can open a match, merge the new person
into it after saving, or go on. Needs and consent pages are shown to roles that may edit case files."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.errors import UserError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models.clients import IdType, Relationship, Sex
from desktop.services import intake, merge, people
from desktop.services.duplicates import DuplicateMatch
from desktop.services.households import ADDRESS_COLUMNS, ADDRESS_LABELS, HouseholdData, relationship_label
from desktop.services.people import PersonData
from desktop.services.permissions import Permission
from desktop.services.profiles import PROFILES
from desktop.services.setup import need_categories
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.clients.duplicates_dialog import DuplicatesDialog
from desktop.views.context import PageContext
from desktop.views.dialogs import error_label, set_error
from desktop.views.translations import translate

SEX_LABELS = {Sex.FEMALE: QT_TRANSLATE_NOOP("IntakeDialog", "Female"),
              Sex.MALE: QT_TRANSLATE_NOOP("IntakeDialog", "Male"),
              Sex.OTHER: QT_TRANSLATE_NOOP("IntakeDialog", "Other"),
              Sex.UNKNOWN: QT_TRANSLATE_NOOP("IntakeDialog", "Unknown")}
ID_LABELS = {IdType.NONE: QT_TRANSLATE_NOOP("IntakeDialog", "None"), IdType.PESEL: "PESEL", IdType.NIK: "NIK",
             IdType.SSN: "SSN", IdType.OTHER: QT_TRANSLATE_NOOP("IntakeDialog", "Other")}


class _EnterEdit(QLineEdit):
    """Enter runs `on_enter` and stops there (the wizard's default button must not fire)."""

    def __init__(self, on_enter: Callable[[], None]) -> None:
        super().__init__()
        self._on_enter = on_enter

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_enter()
            event.accept()
            return
        super().keyPressEvent(event)


def parse_birth(text: str) -> tuple[date | None, int | None]:
    text = text.strip()
    if not text:
        return None, None
    if len(text) == 4 and text.isdigit():
        return None, int(text)
    try:
        return date.fromisoformat(text), None
    except ValueError:
        raise ValidationError(translate("IntakeDialog", "Write the birth date as YYYY-MM-DD, or only the year (YYYY)."),
                              field="birth_date") from None


def _as_date(value: object) -> date | None:
    return value if isinstance(value, date) else None


class HouseholdPage(QWizardPage):
    def __init__(self, profile_code: str) -> None:
        super().__init__()
        self.setTitle(translate("IntakeDialog", "Household"))
        self.setSubTitle(translate("IntakeDialog", "Where the household lives and how to reach it."))
        form = QFormLayout(self)
        self.no_household = QCheckBox(translate("IntakeDialog",
                "No household: one person served on their own (e.g. sleeping rough)"))
        form.addRow(self.no_household)
        self.fields: dict[str, QLineEdit] = {}
        for name in PROFILES[profile_code].address_fields:
            edit = QLineEdit()
            edit.setAccessibleName(QCoreApplication.translate("address", ADDRESS_LABELS[name]))
            self.fields[ADDRESS_COLUMNS[name]] = edit
            form.addRow(QCoreApplication.translate("address", ADDRESS_LABELS[name]), edit)
        self.phone, self.housing, self.income = QLineEdit(), QLineEdit(), QLineEdit()
        self.registered = QDateEdit(QDate.currentDate())
        self.registered.setCalendarPopup(True)
        self.registered.setDisplayFormat("yyyy-MM-dd")
        for label, widget in ((translate("IntakeDialog", "Phone"), self.phone),
                              (translate("IntakeDialog", "Housing situation"), self.housing),
                              (translate("IntakeDialog", "Monthly income"), self.income),
                              (translate("IntakeDialog", "Registered on"), self.registered)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.error = error_label()
        form.addRow(self.error)
        self.no_household.toggled.connect(self._toggle)

    def _toggle(self, on: bool) -> None:
        for widget in (*self.fields.values(), self.phone, self.housing, self.income, self.registered):
            widget.setEnabled(not on)

    @staticmethod
    def parse_income(text: str) -> int:
        try:
            value = Decimal(text.strip().replace(",", ".").replace(" ", "")) * 100
        except InvalidOperation:
            raise ValidationError(translate("IntakeDialog",
                    "Write the income as a number, e.g. 1250.50."), field="income") from None
        return int(value)

    def data(self) -> HouseholdData:
        income = self.parse_income(self.income.text()) if self.income.text().strip() else None
        registered = self.registered.date().toPython()
        assert isinstance(registered, date)
        base = HouseholdData(phone=self.phone.text(), housing_situation=self.housing.text(),
                             monthly_income_minor=income, registered_on=registered)
        address: dict[str, Any] = {column: edit.text() for column, edit in self.fields.items()}
        return replace(base, **address)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        try:
            self.data()
        except ValidationError as err:
            set_error(self.error, err.message)
            return False
        set_error(self.error, "")
        return True


class MembersPage(QWizardPage):
    def __init__(self, id_types: tuple[str, ...]) -> None:
        super().__init__()
        self.setTitle(translate("IntakeDialog", "Members"))
        self.setSubTitle(translate("IntakeDialog",
                "Enter each person and press Enter to add them. The first is the head of household."))
        self.members: list[intake.IntakeMember] = []
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.given, self.family = _EnterEdit(self.add_member), _EnterEdit(self.add_member)
        self.birth, self.id_number, self.phone = (_EnterEdit(self.add_member) for _ in range(3))
        self.birth.setPlaceholderText(translate("IntakeDialog", "YYYY-MM-DD or YYYY"))
        self.sex, self.relationship, self.id_type = QComboBox(), QComboBox(), QComboBox()
        for sex in (Sex.FEMALE, Sex.MALE, Sex.OTHER, Sex.UNKNOWN):
            self.sex.addItem(translate("IntakeDialog", SEX_LABELS[sex]), sex.value)
        self.sex.setCurrentIndex(3)
        for rel in Relationship:
            self.relationship.addItem(relationship_label(rel), rel.value)
        for code in ("none", *[t for t in id_types if t != "none"]):
            self.id_type.addItem(translate("IntakeDialog", ID_LABELS[IdType(code)]), code)
        self.disability = QCheckBox(translate("IntakeDialog", "Disability"))
        rows = ((translate("IntakeDialog", "Given name"), self.given),
                (translate("IntakeDialog", "Family name"), self.family),
                (translate("IntakeDialog", "Sex"), self.sex),
                (translate("IntakeDialog", "Birth date"), self.birth),
                (translate("IntakeDialog", "Relationship"), self.relationship),
                (translate("IntakeDialog", "Identifier type"), self.id_type),
                (translate("IntakeDialog", "Identifier number"), self.id_number),
                (translate("IntakeDialog", "Phone"), self.phone))
        for i, (label, widget) in enumerate(rows):
            widget.setAccessibleName(label)
            grid.addWidget(QLabel(label), i // 2, (i % 2) * 2)
            grid.addWidget(widget, i // 2, (i % 2) * 2 + 1)
        grid.addWidget(self.disability, 4, 1)
        layout.addLayout(grid)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("IntakeDialog", "&Add member"))
        self.remove_button = QPushButton(translate("IntakeDialog", "&Remove selected"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error = error_label()
        layout.addWidget(self.error)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("IntakeDialog", "Members added"))
        layout.addWidget(self.list, 1)
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_member)
        self._reset_form()

    def _reset_form(self) -> None:
        for edit in (self.given, self.birth, self.id_number, self.phone):
            edit.clear()
        self.disability.setChecked(False)
        self.id_type.setCurrentIndex(0)
        self.sex.setCurrentIndex(3)
        default = Relationship.HEAD if not self.members else Relationship.CHILD
        self.relationship.setCurrentIndex(self.relationship.findData(default.value))
        self.given.setFocus()

    def add_member(self) -> None:
        try:
            born, year = parse_birth(self.birth.text())
            person = people.clean_person(PersonData(
                self.given.text(), self.family.text(), Sex(self.sex.currentData()), born, year,
                IdType(self.id_type.currentData()), self.id_number.text(), self.phone.text(),
                disability=self.disability.isChecked()))
        except ValidationError as err:
            set_error(self.error, err.message)
            return
        set_error(self.error, "")
        member = intake.IntakeMember(person, Relationship(self.relationship.currentData()))
        self.members.append(member)
        born_text = person.birth_date.isoformat() if person.birth_date else str(person.birth_year or "")
        item = QListWidgetItem(f"{person.family_name}, {person.given_name} · {relationship_label(member.relationship)}"
                               + (f" · {born_text}" if born_text else ""))
        self.list.addItem(item)
        self._reset_form()
        self.completeChanged.emit()

    def remove_member(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.members):
            del self.members[row]
            self.list.takeItem(row)
            self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.members)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        wizard = self.wizard()
        alone = isinstance(wizard, IntakeDialog) and wizard.household.no_household.isChecked()
        if alone:
            if len(self.members) != 1:
                set_error(self.error, translate("IntakeDialog",
                        "A person without a household is registered on their own: "
                                          "keep one member only."))
                return False
            return True
        heads = sum(1 for m in self.members if m.relationship is Relationship.HEAD)
        if heads != 1:
            set_error(self.error, translate("IntakeDialog", "Choose exactly one head of household."))
            return False
        return True


class NeedsPage(QWizardPage):
    def __init__(self, categories: list[tuple[str, str]]) -> None:
        super().__init__()
        self.setTitle(translate("IntakeDialog", "Needs"))
        self.setSubTitle(translate("IntakeDialog",
                "Tick what the household needs help with (Space ticks, arrows move)."))
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("IntakeDialog", "Needs"))
        for code, label in categories:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list)

    def codes(self) -> tuple[str, ...]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return tuple(str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked)


class ConsentPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("IntakeDialog", "Consent"))
        self.setSubTitle(translate("IntakeDialog",
                "What every member agreed to. Saving (Enter) registers the household."))
        form = QFormLayout(self)
        self.data_processing = QCheckBox(translate("IntakeDialog", "Agreed to the processing of their personal data"))
        self.photos = QCheckBox(translate("IntakeDialog", "Agreed to photos"))
        self.given_on = QDateEdit(QDate.currentDate())
        self.given_on.setDisplayFormat("yyyy-MM-dd")
        self.given_on.setAccessibleName(translate("IntakeDialog", "Consent given on"))
        form.addRow(self.data_processing)
        form.addRow(self.photos)
        form.addRow(translate("IntakeDialog", "Given on"), self.given_on)


class IntakeDialog(QWizard):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result_ids: tuple[int | None, tuple[int, ...]] | None = None
        self.setWindowTitle(translate("IntakeDialog", "New intake"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        profile = PROFILES[context.centre.profile]
        self.household = HouseholdPage(profile.code)
        self.members = MembersPage(profile.identifier_types)
        self.addPage(self.household)
        self.addPage(self.members)
        self.needs: NeedsPage | None = None
        self.consent: ConsentPage | None = None
        if context.can(Permission.EDIT_CASE_FILES):
            with UnitOfWork(context.db, write=False) as uow:
                categories = [(c.code, c.label) for c in need_categories(uow)]
            self.needs, self.consent = NeedsPage(categories), ConsentPage()
            self.addPage(self.needs)
            self.addPage(self.consent)
        # Shortcuts that work on every platform and never clash with a field (the Alt+N / Alt+B mnemonics of
        # the wizard's own buttons are not delivered everywhere): next, back, save.
        QShortcut(QKeySequence("Ctrl+PgDown"), self, self.next)
        QShortcut(QKeySequence("Ctrl+PgUp"), self, self.back)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_shortcut)
        self.resize(760, 560)

    def save_shortcut(self) -> None:
        if self.currentId() == self.pageIds()[-1]:
            if self.currentPage().validatePage():
                self.accept()
        else:
            self.next()

    def intake_data(self) -> intake.IntakeData:
        return intake.IntakeData(
            household=self.household.data(), members=tuple(self.members.members),
            need_codes=self.needs.codes() if self.needs else (),
            consent_data_processing=bool(self.consent and self.consent.data_processing.isChecked()),
            consent_photos=bool(self.consent and self.consent.photos.isChecked()),
            consent_on=_as_date(self.consent.given_on.date().toPython()) if self.consent else None,
            no_household=self.household.no_household.isChecked())

    def ask_about_duplicates(self, matches: list[tuple[int, DuplicateMatch]]) -> tuple[str, dict[int, int]]:
        """("save" | "merge" | "back", {member index: matched person id to merge into})."""
        dialog = DuplicatesDialog(self.context, matches, [m.person for m in self.members.members], self)
        dialog.exec()
        return dialog.decision, dialog.merge_targets

    def accept(self) -> None:
        data = self.intake_data()
        try:
            with UnitOfWork(self.context.db, write=False) as uow:
                matches = intake.check_duplicates(uow, self.context.actor, data)
            merges: dict[int, int] = {}
            if matches:
                decision, merges = self.ask_about_duplicates(matches)
                if decision == "back":
                    return
            with UnitOfWork(self.context.db) as uow:
                result = intake.save_intake(uow, self.context.actor, data)
                for index, target in merges.items():
                    merge.merge_people(uow, self.context.actor, target, result.person_ids[index])
                uow.commit()
        except UserError as err:
            messages.show_user_error(self, err)
            return
        self.result_ids = (result.household_id, result.person_ids)
        super().accept()
