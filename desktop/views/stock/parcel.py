"""The quick parcel screen: find the household, pick a template or scan items, save.

Also used inside the client file (household given). A second parcel within the visit limit asks for
a reason, which is saved with the parcel and audited.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models.stock import LocationKind
from desktop.services import client_search, households
from desktop.services.client_search import ClientHit
from desktop.services.permissions import Permission
from desktop.services.stock import catalogue, distributions, policy, templates
from desktop.services.stock.templates import TemplateInfo
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.context import PageContext
from desktop.views.dialogs import error_label, set_error
from desktop.views.stock import prompts
from desktop.views.stock.lines import LinesModel, ScanField
from desktop.views.stock.table_models import Column, RowsModel

HIT_COLUMNS: list[Column[ClientHit]] = [
    Column(QT_TRANSLATE_NOOP("StockTables", "Household"), lambda h: h.household_ref),
    Column(QT_TRANSLATE_NOOP("StockTables", "Name"), lambda h: h.display_name),
    Column(QT_TRANSLATE_NOOP("StockTables", "Born"), lambda h: h.birth_date.isoformat() if h.birth_date else ""),
    Column(QT_TRANSLATE_NOOP("StockTables", "Address"), lambda h: h.address),
]


class ParcelWidget(QWidget):
    def __init__(self, context: PageContext, household_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.household_id: int | None = None
        self.members = 0
        self.last_result: distributions.ParcelResult | None = None
        self.locations: list[catalogue.LocationInfo] = []
        self.templates: list[TemplateInfo] = []
        self.items: dict[int, catalogue.ItemInfo] = {}
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find the household: name, reference, ID number or phone"))
        self.search.setAccessibleName(self.tr("Find household"))
        self.hits = RowsModel(HIT_COLUMNS, parent=self)
        self.hit_view = QTableView()
        self.hit_view.setModel(self.hits)
        self.hit_view.setAccessibleName(self.tr("Households found"))
        self.hit_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.hit_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.hit_view.setMaximumHeight(150)
        self.hit_view.activated.connect(self._choose_hit)
        self.hit_view.clicked.connect(self._choose_hit)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.run_search)
        layout.addWidget(self.search)
        layout.addWidget(self.hit_view)
        self.chosen = QLabel(self.tr("No household chosen yet."))
        self.chosen.setObjectName("chosenHousehold")
        self.chosen.setWordWrap(True)
        layout.addWidget(self.chosen)

        form = QFormLayout()
        self.location = QComboBox()
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        template_row = QHBoxLayout()
        self.template = QComboBox()
        self.add_template = QPushButton(self.tr("Add &template"))
        self.add_template.clicked.connect(self.apply_template)
        # Shown (and connected) by the Stock page for roles that manage stock; hidden in the client file.
        self.edit_templates = QPushButton(self.tr("&Edit templates…"))
        self.edit_templates.setVisible(False)
        template_row.addWidget(self.template, 1)
        template_row.addWidget(self.add_template)
        template_row.addWidget(self.edit_templates)
        form.addRow(self.tr("&Location"), self.location)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("Template"), template_row)
        self.location.setAccessibleName(self.tr("Location"))
        self.date.setAccessibleName(self.tr("Date"))
        self.template.setAccessibleName(self.tr("Template"))
        layout.addLayout(form)

        self.scan = ScanField()
        self.scan.scanned.connect(self.add_code)
        layout.addWidget(self.scan)
        self.model = LinesModel(receipt=False, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Parcel lines"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.remove = QPushButton(self.tr("&Remove line"))
        self.remove.clicked.connect(lambda: self.model.remove_row(self.table.currentIndex().row()))
        self.save_button = QPushButton(self.tr("&Give parcel"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.remove)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.error = error_label()
        layout.addWidget(self.error)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.reload_choices()
        if household_id is not None:
            self.search.setVisible(False)
            self.hit_view.setVisible(False)
            self.choose_household(household_id)

    def reload_choices(self) -> None:
        """(Re)load the locations, templates and items offered, keeping what is chosen when it still exists
        (after the catalogue or the templates were edited)."""
        with UnitOfWork(self.context.db, write=False) as uow:
            self.locations = catalogue.list_locations(uow, self.context.actor)
            self.templates = templates.list_templates(uow, self.context.actor)
            self.items = {i.id: i for i in catalogue.list_items(uow, self.context.actor)}
        location_id, template_id = self.location.currentData(), self.template.currentData()
        self.location.clear()
        for location in self.locations:
            self.location.addItem(location.name, location.id)
        shelf = next((loc for loc in self.locations if loc.kind is LocationKind.PANTRY_SHELF), None)
        if location_id is None and shelf is not None:  # parcels go out from the pantry shelf, not the back store
            location_id = shelf.id
        self.location.setCurrentIndex(max(0, self.location.findData(location_id)))
        self.template.clear()
        self.template.addItem(self.tr("(choose a template)"), None)
        for template in self.templates:
            self.template.addItem(template.name, template.id)
        self.template.setCurrentIndex(max(0, self.template.findData(template_id)))

    # -- choosing the household ---------------------------------------------------------------------------
    def run_search(self) -> None:
        text = self.search.text().strip()
        if len(text) < 2:
            self.hits.set_rows([])
            return
        if not self.context.can(Permission.FIND_CLIENTS):
            set_error(self.error, self.tr("Your role may not look clients up: ask the front desk."))
            return
        with UnitOfWork(self.context.db, write=False) as uow:
            found = client_search.search_clients(uow, self.context.actor, text, limit=20)
        seen: set[int] = set()
        unique = []
        for hit in found:  # a household and its members are separate hits: one row per household here
            if hit.household_id is not None and hit.household_id not in seen:
                seen.add(hit.household_id)
                unique.append(hit)
        self.hits.set_rows(unique)
        if self.hits.rows:
            self.hit_view.selectRow(0)

    def _choose_hit(self) -> None:
        hit = self.hits.row_at(self.hit_view.currentIndex().row())
        if hit is not None and hit.household_id is not None:
            self.choose_household(hit.household_id)

    def choose_household(self, household_id: int) -> None:
        with UnitOfWork(self.context.db, write=False) as uow:
            summary = households.household_summary(uow, self.context.actor, household_id)
            recent = distributions.household_parcels(uow, self.context.actor, household_id, limit=1)
        self.household_id = household_id
        self.members = summary.members
        text = self.tr("{ref} · {name} · %n member(s)", "", summary.members).format(ref=summary.ref,
                                                                                   name=summary.head_name)
        if recent:
            text += "\n" + self.tr("Last parcel: {date}").format(date=recent[0].distributed_on.isoformat())
        self.chosen.setText(text)
        suggested = templates.template_for_size(self.templates, summary.members)
        if suggested is not None:
            self.template.setCurrentIndex(self.template.findData(suggested.id))
        self.scan.setFocus()

    # -- lines ---------------------------------------------------------------------------------------------
    def add_code(self, code: str) -> None:
        with UnitOfWork(self.context.db, write=False) as uow:
            item = catalogue.find_by_barcode(uow, self.context.actor, code)
        if item is None:
            set_error(self.error, self.tr("No item has the barcode or name {code}.").format(code=code))
            return
        set_error(self.error, "")
        self.model.add_item(item)

    def _template(self) -> TemplateInfo | None:
        return next((t for t in self.templates if t.id == self.template.currentData()), None)

    def apply_template(self) -> None:
        template = self._template()
        if template is None:
            return
        for item_id, quantity in template.lines:
            if item_id in self.items:
                self.model.add_item(self.items[item_id], Decimal(quantity))

    # -- saving -----------------------------------------------------------------------------------------------
    def save(self) -> None:
        if self.household_id is None:
            set_error(self.error, self.tr("Choose the household first."))
            self.search.setFocus()
            return
        lines = [distributions.ParcelLineInput(line.item.id, line.quantity) for line in self.model.lines]
        reason = ""
        while True:
            try:
                with UnitOfWork(self.context.db) as uow:
                    result = distributions.give_parcel(
                        uow, self.context.actor, distributed_on=self.date.date().toPython(),  # type: ignore[arg-type]
                        location_id=self.location.currentData(), lines=lines, household_id=self.household_id,
                        template_id=self.template.currentData(), override_reason=reason)
                    uow.commit()
                break
            except policy.VisitLimitExceeded as exc:
                answer = prompts.ask_text(self, self.tr("Visit limit"), exc.message + "\n\n" +
                                          self.tr("Reason for giving another parcel (it is recorded):"))
                if answer is None:
                    set_error(self.error, exc.message, self.tr("Nothing was saved."))
                    return
                reason = answer
            except UserError as exc:
                set_error(self.error, exc.message, exc.hint)
                return
        self.last_result = result
        set_error(self.error, "")
        weight = f"{result.weight_kg.normalize():f} kg" if result.weight_kg is not None else ""
        messages.info(self, self.tr("Parcel {id} given. {weight}").format(id=result.distribution_id,
                                                                         weight=weight).strip())
        self.model.clear()
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)
