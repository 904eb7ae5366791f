"""The Stock page: the parcel screen, on hand (item/category/location, kg, value), expiring lots,
low stock and each item's movement history with its running balance, plus the warehouse actions."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.errors import UserError
from desktop.models.stock import ItemCategory
from desktop.progress import Progress
from desktop.services import importing
from desktop.services.importing import ImportReport
from desktop.services.permissions import Actor, Permission
from desktop.services.stock import adjustments, catalogue, counts, exports, queries
from desktop.services.stock.common import category_label
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.context import PageContext
from desktop.views.stock import prompts
from desktop.views.stock.adjust_dialog import AdjustDialog, PeriodDialog
from desktop.views.stock.catalogue_dialog import CatalogueDialog
from desktop.views.stock.count_dialog import CountDialog
from desktop.views.stock.parcel import ParcelWidget
from desktop.views.stock.receipt_dialog import ReceiptDialog
from desktop.views.stock.table_models import history_model, lots_model, money, number, on_hand_model
from desktop.views.stock.transfer_dialog import TransferDialog
from desktop.views.translations import translate


def _table(model: object, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setAccessibleName(name)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSortingEnabled(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def import_items(progress: Progress, db: Database, actor: Actor, path: Path, valid_only: bool) -> ImportReport:
    with UnitOfWork(db) as uow:
        report = importing.run_import(uow, actor, "items", path, valid_only=valid_only, progress=progress)
        if report.imported:
            uow.commit()
    return report


def export_excel(progress: Progress, db: Database, actor: Actor, path: Path, start: date, end: date) -> Path:
    with UnitOfWork(db) as uow:
        result = exports.export_excel(uow, actor, path, start, end)
        uow.commit()
    return result


class StockPage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.manager = context.can(Permission.MANAGE_STOCK)
        self.catalogue_dialog: CatalogueDialog | None = None  # the last one opened (tests drive it)
        with UnitOfWork(context.db, write=False) as uow:
            self.locations = catalogue.list_locations(uow, context.actor)
            self.items = catalogue.list_items(uow, context.actor)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("StockPage", "Stock views"))
        layout.addWidget(self.tabs)

        self.parcel = ParcelWidget(context)
        if self.manager:  # templates are the warehouse's to edit; the front desk only uses them
            self.parcel.edit_templates.setVisible(True)
            self.parcel.edit_templates.clicked.connect(lambda: self.open_catalogue("templates"))
        self.tabs.addTab(self.parcel, translate("StockPage", "Parcel"))
        self.tabs.addTab(self._on_hand_tab(), translate("StockPage", "On hand"))
        self.tabs.addTab(self._expiring_tab(), translate("StockPage", "Expiring"))
        self.tabs.addTab(self._low_tab(), translate("StockPage", "Below reorder level"))
        self.tabs.addTab(self._history_tab(), translate("StockPage", "Movement history"))
        if self.manager:
            self.tabs.setCurrentIndex(1)
        QShortcut(QKeySequence.StandardKey.New, self, lambda: self.tabs.setCurrentIndex(0))
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)
        self.reload()

    # -- tabs -------------------------------------------------------------------------------------------------
    def _on_hand_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        filters = QHBoxLayout()
        self.location = QComboBox()
        self.location.setAccessibleName(translate("StockPage", "Location"))
        self._fill_locations()
        self.category = QComboBox()
        self.category.setAccessibleName(translate("StockPage", "Category"))
        self.category.addItem(translate("StockPage", "All categories"), None)
        for category in ItemCategory:
            self.category.addItem(category_label(category), category)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("StockPage", "Filter items by name"))
        self.filter.setAccessibleName(translate("StockPage", "Filter items"))
        for widget in (self.location, self.category, self.filter):
            filters.addWidget(widget)
        self.location.currentIndexChanged.connect(self.reload)
        self.category.currentIndexChanged.connect(self.reload)
        self.filter.textChanged.connect(self.reload)
        layout.addLayout(filters)
        self.summary = QLabel()
        self.summary.setObjectName("stockSummary")
        layout.addWidget(self.summary)
        self.on_hand = on_hand_model(self.context.centre.currency, self)
        self.on_hand_view = _table(self.on_hand, translate("StockPage", "Stock on hand"))
        self.on_hand_view.doubleClicked.connect(self._show_history_of_selected)
        layout.addWidget(self.on_hand_view)
        # Two rows of five: one row of ten is wider than a 1366-pixel screen once translated.
        actions = QGridLayout()
        buttons = [
            (translate("StockPage", "&Receive…"), self.receive, True),
            (translate("StockPage", "&Transfer…"), self.transfer, True),
            (translate("StockPage", "&Adjust…"), self.adjust, True),
            (translate("StockPage", "&Count…"), self.start_count, True),
            (translate("StockPage", "Catalo&gue…"), self.open_catalogue, True),
            (translate("StockPage", "&Print stock list…"), self.print_stock_list, True),
            (translate("StockPage", "Print l&edger…"), self.print_ledger, True),
            (translate("StockPage", "E&xport to Excel…"), self.export, True),
            (translate("StockPage", "&Import items…"), self.import_file, True),
            (translate("StockPage", "Check &ledger"), self.check_ledger, True),
        ]
        self.action_buttons: dict[str, QPushButton] = {}
        for position, (label, slot, needs_manager) in enumerate(buttons):
            button = QPushButton(label)
            button.clicked.connect(slot)
            button.setVisible(self.manager or not needs_manager)
            actions.addWidget(button, position // 5, position % 5)
            self.action_buttons[label.replace("&", "").rstrip("…")] = button
        actions.setColumnStretch(5, 1)
        layout.addLayout(actions)
        return tab

    def _fill_locations(self) -> None:
        chosen = self.location.currentData()
        self.location.blockSignals(True)
        self.location.clear()
        self.location.addItem(translate("StockPage", "All locations"), None)
        for location in self.locations:
            self.location.addItem(location.name, location.id)
        self.location.setCurrentIndex(max(0, self.location.findData(chosen)))
        self.location.blockSignals(False)

    def _expiring_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("StockPage", "Lots expiring within")))
        self.days = QSpinBox()
        self.days.setRange(0, 3650)
        self.days.setValue(14)
        self.days.setSuffix(translate("StockPage", " days"))
        self.days.setAccessibleName(translate("StockPage", "Days"))
        self.days.valueChanged.connect(self.reload)
        row.addWidget(self.days)
        self.write_off = QPushButton(translate("StockPage", "&Write off expired…"))
        self.write_off.setVisible(self.manager)
        self.write_off.clicked.connect(self.write_off_expired)
        row.addStretch(1)
        row.addWidget(self.write_off)
        layout.addLayout(row)
        self.lots = lots_model(self)
        self.lots_view = _table(self.lots, translate("StockPage", "Expiring lots"))
        layout.addWidget(self.lots_view)
        return tab

    def _low_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.low = on_hand_model(self.context.centre.currency, self)
        self.low_view = _table(self.low, translate("StockPage", "Items below reorder level"))
        layout.addWidget(self.low_view)
        return tab

    def _history_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.history_item = QComboBox()
        self.history_item.setAccessibleName(translate("StockPage", "Item"))
        for item in self.items:
            self.history_item.addItem(item.name, item.id)
        self.history_item.currentIndexChanged.connect(self.reload_history)
        self.reverse_button = QPushButton(translate("StockPage", "Re&verse…"))
        self.reverse_button.clicked.connect(self.reverse_selected)
        row.addWidget(self.history_item, 1)
        row.addWidget(self.reverse_button)
        layout.addLayout(row)
        self.history = history_model(self)
        self.history_view = _table(self.history, translate("StockPage", "Movement history"))
        layout.addWidget(self.history_view)
        return tab

    # -- loading ----------------------------------------------------------------------------------------------
    def reload(self) -> None:
        text = self.filter.text().strip().lower()
        with UnitOfWork(self.context.db, write=False) as uow:
            rows = queries.on_hand(
                uow, self.context.actor, location_id=self.location.currentData(), category=self.category.currentData()
            )
            lots = queries.lots_on_hand(
                uow, self.context.actor, expiring_within=self.days.value(), location_id=self.location.currentData()
            )
        shown = [r for r in rows if text in r.name.lower()] if text else rows
        self.on_hand.set_rows(shown)
        self.low.set_rows([r for r in rows if r.below_reorder])
        self.lots.set_rows(lots)
        in_stock = [r for r in shown if r.quantity]
        kg = sum((r.weight_kg or Decimal(0) for r in in_stock), Decimal(0))
        value = sum(r.value_minor or 0 for r in in_stock)
        self.summary.setText(
            translate("StockPage", "%n item(s) in stock", "", len(in_stock))
            + " · "
            + translate("StockPage", "{kg} kg · value {value} · {low} below reorder level").format(
                kg=number(kg),
                value=money(value, self.context.centre.currency),
                low=sum(1 for r in rows if r.below_reorder),
            )
        )
        self.reload_history()

    def reload_history(self) -> None:
        item_id = self.history_item.currentData()
        if item_id is None:
            self.history.set_rows([])
            return
        with UnitOfWork(self.context.db, write=False) as uow:
            self.history.set_rows(queries.movement_history(uow, self.context.actor, item_id))

    def _show_history_of_selected(self) -> None:
        row = self.on_hand.row_at(self.on_hand_view.currentIndex().row())
        if row is not None:
            self.history_item.setCurrentIndex(self.history_item.findData(row.item_id))
            self.tabs.setCurrentIndex(4)

    # -- actions ----------------------------------------------------------------------------------------------
    def receive(self) -> ReceiptDialog:
        dialog = ReceiptDialog(self.context, self)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()
        return dialog

    def adjust(self) -> AdjustDialog:
        row = self.on_hand.row_at(self.on_hand_view.currentIndex().row())
        dialog = AdjustDialog(self.context, row.item_id if row else None, self)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()
        return dialog

    def open_catalogue(self, tab: str = "items") -> CatalogueDialog:
        dialog = self.catalogue_dialog = CatalogueDialog(self.context, self)
        dialog.show_tab(tab)
        dialog.finished.connect(lambda _r: self._items_changed())
        dialog.open()
        return dialog

    def print_ledger(self, path: str | None = None, period: tuple[date, date] | None = None) -> Path | None:
        if period is None:
            chooser = PeriodDialog(translate("StockPage", "Print the ledger for a period"), self)
            if chooser.exec() != PeriodDialog.DialogCode.Accepted:
                return None
            period = chooser.period()
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("StockPage", "Save the ledger"),
                "stock-ledger.pdf",
                translate("StockPage", "PDF files (*.pdf)"),
            )
        if not path:
            return None
        with UnitOfWork(self.context.db) as uow:
            result = exports.print_ledger(uow, self.context.actor, Path(path), *period)
            uow.commit()
        return result

    def transfer(self) -> TransferDialog:
        dialog = TransferDialog(self.context, self)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()
        return dialog

    def start_count(self, location_id: int | None = None, counted_on: date | None = None) -> CountDialog | None:
        location_id = location_id or self.location.currentData() or (self.locations[0].id if self.locations else None)
        if location_id is None:
            return None
        try:
            with UnitOfWork(self.context.db) as uow:
                sheet = counts.start_count(
                    uow, self.context.actor, location_id=location_id, counted_on=counted_on or date.today()
                )
                uow.commit()
        except UserError as exc:
            messages.show_user_error(self, exc)
            return None
        dialog = CountDialog(self.context, sheet.id, self)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()
        return dialog

    def print_stock_list(self, path: str | None = None) -> Path | None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("StockPage", "Save the stock list"),
                "stock-list.pdf",
                translate("StockPage", "PDF files (*.pdf)"),
            )
        if not path:
            return None
        with UnitOfWork(self.context.db) as uow:
            result = exports.print_stock_list(
                uow, self.context.actor, Path(path), location_id=self.location.currentData()
            )
            uow.commit()
        return result

    def export(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("StockPage", "Export stock to Excel"),
                "stock.xlsx",
                translate("StockPage", "Excel workbooks (*.xlsx)"),
            )
        if not path:
            return
        end = date.today()
        self.context.run_task(
            self,
            export_excel,
            self.context.db,
            self.context.actor,
            Path(path),
            end - timedelta(days=31),
            end,
            label=translate("StockPage", "Exporting stock"),
            on_done=lambda p: messages.info(self, translate("StockPage", "Saved {path}").format(path=p)),
        )

    def import_file(self, path: Path | None = None, valid_only: bool = False) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, translate("StockPage", "Import items"), "", translate("StockPage", "Spreadsheets (*.csv *.xlsx)")
            )
            if not name:
                return
            path = Path(name)
        self.context.run_task(
            self,
            import_items,
            self.context.db,
            self.context.actor,
            path,
            valid_only,
            label=translate("StockPage", "Importing items"),
            on_done=self._imported,
        )

    def _imported(self, report: ImportReport) -> None:
        details = "\n".join(
            translate("StockPage", "Line {line} {column}: {message}").format(
                line=i.line, column=i.column, message=i.message
            )
            for i in report.issues[:30]
        )
        if report.blocked:
            messages.warn(
                self,
                translate("StockPage", "Nothing was imported: %n row(s) have problems.", "", len(report.bad_lines)),
                details,
            )
        else:
            messages.info(self, translate("StockPage", "%n item(s) imported.", "", report.imported), details)
        self._items_changed()

    def _items_changed(self) -> None:
        """After the catalogue dialog: items, locations (renamed, retired) and templates may have changed."""
        with UnitOfWork(self.context.db, write=False) as uow:
            self.items = catalogue.list_items(uow, self.context.actor)
            self.locations = catalogue.list_locations(uow, self.context.actor)
        self._fill_locations()
        self.parcel.reload_choices()
        self.history_item.blockSignals(True)
        self.history_item.clear()
        for item in self.items:
            self.history_item.addItem(item.name, item.id)
        self.history_item.blockSignals(False)
        self.reload()

    def write_off_expired(self) -> None:
        location_id = self.location.currentData()
        targets = [location_id] if location_id else [loc.id for loc in self.locations]
        if not messages.confirm(self, translate("StockPage", "Write off every expired lot at the chosen location(s)?")):
            return
        try:
            with UnitOfWork(self.context.db) as uow:
                done = sum(
                    len(adjustments.write_off_expired(uow, self.context.actor, location_id=loc, on_date=date.today()))
                    for loc in targets
                )
                uow.commit()
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        messages.info(self, translate("StockPage", "%n expired lot(s) written off.", "", done))
        self.reload()

    def reverse_selected(self) -> None:
        row = self.history.row_at(self.history_view.currentIndex().row())
        if row is None:
            messages.info(self, translate("StockPage", "Choose the movement to reverse first."))
            return
        reason = prompts.ask_text(
            self,
            translate("StockPage", "Reverse movement {id}").format(id=row.movement_id),
            translate(
                "StockPage", "Why is this movement reversed? (It stays in the ledger; a reversing movement is added.)"
            ),
        )
        if reason is None:
            return
        try:
            with UnitOfWork(self.context.db) as uow:
                adjustments.reverse_movement(uow, self.context.actor, row.movement_id, reason)
                uow.commit()
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        self.reload()

    def check_ledger(self) -> None:
        with UnitOfWork(self.context.db) as uow:
            result = adjustments.check_stock(uow, self.context.actor, repair=False)
        if not result.mismatches:
            messages.info(self, translate("StockPage", "On hand agrees with the ledger exactly."))
            return
        if messages.confirm(
            self,
            translate("StockPage", "%n difference(s) between on hand and the ledger.", "", len(result.mismatches)),
            translate("StockPage", "Rebuild on hand from the ledger now?"),
        ):
            with UnitOfWork(self.context.db) as uow:
                adjustments.check_stock(uow, self.context.actor, repair=True)
                uow.commit()
            self.reload()
