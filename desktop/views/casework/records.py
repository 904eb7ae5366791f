"""Assessments, Documents and Consents tabs of the client file."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFileDialog, QGridLayout, QLabel, QScrollArea, QWidget

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models.casework import ConsentScope, DocumentType, Eligibility
from desktop.services import agencies, assessments, consents, documents, setup
from desktop.services.assessments import AssessmentRow, NeedInput
from desktop.services.case_access import people_of
from desktop.services.consents import ConsentRow, SharedDetails
from desktop.services.documents import DocumentRow
from desktop.services.permissions import Permission
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.casework.common import CaseTab, Column, FormDialog, day
from desktop.views.casework.notes_referrals import open_with_system_viewer
from desktop.views.context import PageContext
from desktop.views.translations import translate


def money_text(minor: int | None) -> str:
    return "" if minor is None else f"{Decimal(minor) / 100:,.2f}"


def parse_money(text: str, field: str) -> int | None:
    """ "1 234,50" or "1234.50" -> 123450 minor units; blank -> None."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        return None
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    cleaned = cleaned.replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(translate("casework", "Write an amount like 1250.50."), field=field) from None
    return int((value * 100).to_integral_value())


def _needs(a: AssessmentRow) -> str:
    return "; ".join(f"{n.label} ({assessments.severity_label(n.severity)})" for n in a.needs)


class AssessmentsTab(CaseTab[AssessmentRow]):
    def __init__(self, context: PageContext, household_id: int | None, person_id: int | None) -> None:
        super().__init__(
            context,
            household_id,
            person_id,
            [
                Column(QT_TRANSLATE_NOOP("casework", "Date"), lambda a: day(a.assessed_on)),
                Column(QT_TRANSLATE_NOOP("casework", "Needs"), _needs),
                Column(QT_TRANSLATE_NOOP("casework", "Income"), lambda a: money_text(a.income_minor), True),
                Column(QT_TRANSLATE_NOOP("casework", "Expenses"), lambda a: money_text(a.expenses_minor), True),
                Column(
                    QT_TRANSLATE_NOOP("casework", "Outcome"), lambda a: assessments.eligibility_label(a.eligibility)
                ),
                Column(QT_TRANSLATE_NOOP("casework", "Eligible for"), lambda a: a.eligible_for),
                Column(QT_TRANSLATE_NOOP("casework", "Assessor"), lambda a: a.assessor),
            ],
            translate("casework", "Assessments"),
        )
        if context.can(Permission.EDIT_CASE_FILES):
            self.add_button(translate("casework", "&New assessment…"), self.new_assessment, new_shortcut=True)
        self.finish()

    def fetch(self, uow: UnitOfWork, person_ids: list[int]) -> list[AssessmentRow]:
        return assessments.list_assessments(uow, self.context.actor, self.household_id, person_ids)

    def new_assessment(self) -> FormDialog:
        with UnitOfWork(self.context.db, write=False) as uow:
            categories = setup.need_categories(uow)
        severities = [(translate("casework", "—"), 0)] + [
            (assessments.severity_label(v), v) for v in assessments.SEVERITY_LABELS
        ]
        self.need_boxes: dict[int, QComboBox] = {}

        def build(d: FormDialog) -> None:
            d.add_date("assessed_on", translate("casework", "Date"))
            grid_host = QWidget()
            grid = QGridLayout(grid_host)
            for row, category in enumerate(categories):
                box = QComboBox()
                box.setAccessibleName(category.label)
                for text, value in severities:
                    box.addItem(text, value)
                self.need_boxes[category.id] = box
                grid.addWidget(_label(category.label), row, 0)
                grid.addWidget(box, row, 1)
            scroll = QScrollArea()
            scroll.setWidget(grid_host)
            scroll.setWidgetResizable(True)
            scroll.setMinimumHeight(180)
            d.form.addRow(translate("casework", "Needs and severity"), scroll)
            d.add_line(
                "income",
                translate("casework", "Monthly income ({currency})").format(currency=self.context.centre.currency),
            )
            d.add_line(
                "expenses",
                translate("casework", "Monthly expenses ({currency})").format(currency=self.context.centre.currency),
            )
            d.add_text("narrative", translate("casework", "Narrative"))
            d.add_combo(
                "eligibility",
                translate("casework", "Outcome"),
                [(assessments.eligibility_label(e), e) for e in Eligibility],
            )
            d.add_line("eligible_for", translate("casework", "Eligible for"))

        def save(uow: UnitOfWork, d: FormDialog) -> int:
            needs = [NeedInput(cid, box.currentData()) for cid, box in self.need_boxes.items() if box.currentData()]
            return assessments.create_assessment(
                uow,
                self.context.actor,
                assessed_on=d.value("assessed_on"),
                household_id=self.household_id,
                person_id=self.person_id,
                needs=needs,
                income_minor=parse_money(d.value("income"), "income"),
                expenses_minor=parse_money(d.value("expenses"), "expenses"),
                narrative=d.value("narrative"),
                eligibility=d.value("eligibility"),
                eligible_for=d.value("eligible_for"),
            )

        return self.open_form(translate("casework", "New assessment"), build, save)


def _label(text: str) -> QWidget:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _doc_state(d: DocumentRow) -> str:
    today = date.today()
    if d.expired(today):
        return translate("casework", "Expired")
    if d.expiring(today):
        return translate("casework", "Expires soon")
    return translate("casework", "Verified") if d.verified_at else translate("casework", "Not verified")


class DocumentsTab(CaseTab[DocumentRow]):
    def __init__(self, context: PageContext, household_id: int | None, person_id: int | None) -> None:
        super().__init__(
            context,
            household_id,
            person_id,
            [
                Column(QT_TRANSLATE_NOOP("casework", "Type"), lambda d: documents.type_label(d.doc_type)),
                Column(QT_TRANSLATE_NOOP("casework", "Title"), lambda d: d.title),
                Column(QT_TRANSLATE_NOOP("casework", "Issued"), lambda d: day(d.issued_on)),
                Column(QT_TRANSLATE_NOOP("casework", "Expires"), lambda d: day(d.expires_on)),
                Column(QT_TRANSLATE_NOOP("casework", "State"), _doc_state),
                Column(QT_TRANSLATE_NOOP("casework", "Verified by"), lambda d: d.verified_by),
                Column(QT_TRANSLATE_NOOP("casework", "SHA-256"), lambda d: d.sha256[:16] + "…"),
            ],
            translate("casework", "Documents"),
        )
        if context.can(Permission.EDIT_CASE_FILES):
            self.add_button(translate("casework", "&Attach scan…"), self.attach, new_shortcut=True)
            self.add_button(translate("casework", "&Verified against the original"), self.verify, needs_selection=True)
        self.add_button(translate("casework", "&Open"), self.open_document, needs_selection=True)
        self.finish()

    def fetch(self, uow: UnitOfWork, person_ids: list[int]) -> list[DocumentRow]:
        return documents.list_documents(uow, self.context.actor, self.household_id, person_ids)

    def activated(self) -> None:
        self.open_document()

    def attach(self, source: Path | None = None) -> FormDialog | None:
        if source is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                translate("casework", "Choose the scanned document"),
                "",
                translate("casework", "Scans (*.pdf *.jpg *.jpeg *.png)"),
            )
            if not name:
                return None
            source = Path(name)
        with UnitOfWork(self.context.db, write=False) as uow:
            people = people_of(uow, self.household_id, self.person_id)
        chosen_source = source

        def build(d: FormDialog) -> None:
            d.add_line("file", translate("casework", "File"), str(chosen_source)).setReadOnly(True)
            d.add_combo(
                "person",
                translate("casework", "Whose document"),
                ([(translate("casework", "The household"), None)] if self.household_id else [])
                + [(name, pid) for pid, name in people],
            )
            d.add_combo("doc_type", translate("casework", "Type"), [(documents.type_label(t), t) for t in DocumentType])
            d.add_line("title", translate("casework", "Title"), chosen_source.stem)
            d.add_optional_date("issued_on", translate("casework", "Issued on"))
            d.add_optional_date("expires_on", translate("casework", "Expires on"))

        def save(uow: UnitOfWork, d: FormDialog) -> int:
            person = d.value("person")
            return documents.attach_document(
                uow,
                self.context.actor,
                chosen_source,
                doc_type=d.value("doc_type"),
                person_id=person,
                household_id=None if person else self.household_id,
                title=d.value("title"),
                issued_on=d.value("issued_on"),
                expires_on=d.value("expires_on"),
            )

        return self.open_form(translate("casework", "Attach a document"), build, save)

    def verify(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.run(lambda uow: documents.verify_document(uow, self.context.actor, chosen.id))

    def open_document(self) -> Path | None:
        chosen = self.selected()
        if chosen is None:
            return None
        path = self.run(lambda uow: documents.open_path(uow, self.context.actor, chosen.id))
        if isinstance(path, Path) and not open_with_system_viewer(path):
            messages.warn(
                self, translate("casework", "No program on this computer opens this kind of file."), str(path)
            )
        return path if isinstance(path, Path) else None


def _consent_scope(c: ConsentRow) -> str:
    return consents.scope_label(c.scope) + (f" — {c.agency_name}" if c.agency_name else "")


def _consent_state(c: ConsentRow) -> str:
    if c.withdrawn_on:
        return translate("casework", "Withdrawn {date}").format(date=day(c.withdrawn_on))
    return translate("casework", "In force") if c.in_force(date.today()) else translate("casework", "Not in force")


class ConsentsTab(CaseTab[ConsentRow]):
    def __init__(self, context: PageContext, household_id: int | None, person_id: int | None) -> None:
        super().__init__(
            context,
            household_id,
            person_id,
            [
                Column(QT_TRANSLATE_NOOP("casework", "Person"), lambda c: c.person_name),
                Column(QT_TRANSLATE_NOOP("casework", "Scope"), _consent_scope),
                Column(QT_TRANSLATE_NOOP("casework", "Given"), lambda c: day(c.given_on)),
                Column(QT_TRANSLATE_NOOP("casework", "Valid until"), lambda c: day(c.valid_until)),
                Column(QT_TRANSLATE_NOOP("casework", "State"), _consent_state),
                Column(QT_TRANSLATE_NOOP("casework", "Recorded by"), lambda c: c.recorded_by),
            ],
            translate("casework", "Consents"),
        )
        if context.can(Permission.EDIT_CASE_FILES):
            self.add_button(translate("casework", "&Record consent…"), self.new_consent, new_shortcut=True)
            self.add_button(translate("casework", "&Withdraw"), self.withdraw, needs_selection=True)
        self.finish()

    def fetch(self, uow: UnitOfWork, person_ids: list[int]) -> list[ConsentRow]:
        return consents.list_consents(uow, self.context.actor, person_ids)

    def new_consent(self) -> FormDialog:
        with UnitOfWork(self.context.db, write=False) as uow:
            people = people_of(uow, self.household_id, self.person_id)
            agency_rows = agencies.list_agencies(uow, self.context.actor)

        def build(d: FormDialog) -> None:
            d.add_combo("person", translate("casework", "Person"), [(name, pid) for pid, name in people])
            d.add_combo("scope", translate("casework", "Scope"), [(consents.scope_label(s), s) for s in ConsentScope])
            d.add_combo(
                "agency",
                translate("casework", "Agency (for sharing)"),
                [(translate("casework", "—"), None)] + [(a.name, a.id) for a in agency_rows],
            )
            d.add_date("given_on", translate("casework", "Given on"))
            d.add_optional_date("valid_until", translate("casework", "Valid until"))
            d.add_check("birth_date", translate("casework", "May share the date of birth"))
            d.add_check("id_number", translate("casework", "May share the identity number"))
            d.add_check("address", translate("casework", "May share the address"))
            d.add_check("phone", translate("casework", "May share the phone number"))
            d.add_text("note", translate("casework", "Note"))

        def save(uow: UnitOfWork, d: FormDialog) -> int:
            return consents.record_consent(
                uow,
                self.context.actor,
                person_id=d.value("person"),
                scope=d.value("scope"),
                agency_id=d.value("agency"),
                given_on=d.value("given_on"),
                valid_until=d.value("valid_until"),
                details=SharedDetails(
                    d.value("birth_date"), d.value("id_number"), d.value("address"), d.value("phone")
                ),
                note=d.value("note"),
            )

        return self.open_form(translate("casework", "Record a consent"), build, save)

    def withdraw(self) -> None:
        chosen = self.selected()
        if chosen is not None and messages.confirm(
            self, translate("casework", "Record that this consent is withdrawn today?")
        ):
            self.run(lambda uow: consents.withdraw_consent(uow, self.context.actor, chosen.id, date.today()))
