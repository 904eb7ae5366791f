"""The client file's Parcels tab: the household's recent parcels and the parcel screen for it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.permissions import Permission
from desktop.services.stock import distributions
from desktop.services.stock.distributions import DistributionInfo
from desktop.services.uow import UnitOfWork
from desktop.views.clients.file_tabs import register_tab
from desktop.views.context import PageContext
from desktop.views.stock.parcel import ParcelWidget
from desktop.views.stock.table_models import Column, RowsModel, number

COLUMNS: list[Column[DistributionInfo]] = [
    Column(QT_TRANSLATE_NOOP("StockTables", "Date"), lambda d: d.distributed_on.isoformat()),
    Column(QT_TRANSLATE_NOOP("StockTables", "Items"),
           lambda d: ", ".join(f"{name} × {number(q)} {unit}" for name, q, unit in d.lines)),
    Column(QT_TRANSLATE_NOOP("StockTables", "Override reason"), lambda d: d.override_reason),
]


class ParcelsTab(QWidget):
    def __init__(self, context: PageContext, household_id: int | None, person_id: int | None) -> None:
        super().__init__()
        self.context = context
        self.household_id = household_id
        layout = QVBoxLayout(self)
        self.model = RowsModel(COLUMNS, parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Recent parcels"))
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setMaximumHeight(180)
        if household_id is None:
            layout.addWidget(QLabel(self.tr("Parcels are given to households: open the person's household.")))
            return
        layout.addWidget(QLabel(self.tr("Recent parcels")))
        layout.addWidget(self.view)
        self.parcel = ParcelWidget(context, household_id)
        self.parcel.save_button.clicked.connect(self.reload)
        layout.addWidget(self.parcel, 1)
        self.reload()

    def reload(self) -> None:
        if self.household_id is None:
            return
        with UnitOfWork(self.context.db, write=False) as uow:
            self.model.set_rows(distributions.household_parcels(uow, self.context.actor, self.household_id))


register_tab("parcels", QT_TRANSLATE_NOOP("file_tabs", "Parcels"), Permission.DISTRIBUTE_STOCK, ParcelsTab, 60)
