"""Reports page: choose a pack and a period, see the figures and the data-quality warnings, export.

All counting runs off the GUI thread through run_task (progress and Cancel); exports reuse the figures
shown in the preview, so what is exported is what the user looked at.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.errors import UserError
from desktop.progress import Progress
from desktop.reports.engine import PackResult
from desktop.reports.packs import PACKS, pack_title, packs_for_profile
from desktop.reports.periods import Period, month_period, previous_month
from desktop.services import reporting
from desktop.services.permissions import Actor, Permission
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.context import PageContext
from desktop.views.reports.models import FiguresModel, QualityModel


def compute(progress: Progress, db: Database, actor: Actor, pack: str, period: Period) -> PackResult:
    with UnitOfWork(db, write=False) as uow:
        return reporting.run_pack(uow, actor, pack, period, progress=progress)


def export(progress: Progress, db: Database, actor: Actor, result: PackResult, path: Path) -> Path:
    reporting.export_pack(db, actor, result.pack, result.period, path, progress=progress, result=result)
    return path


def export_people(progress: Progress, db: Database, actor: Actor, period: Period, path: Path) -> int:
    return reporting.export_people_served(db, actor, period, path, progress=progress)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportsPage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.result: PackResult | None = None
        self.pack = QComboBox()
        self.pack.setAccessibleName(self.tr("Report"))
        for pack in packs_for_profile(context.centre.profile):
            self.pack.addItem(pack_title(pack), pack.key)
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.set_period(self.default_period())
        self.pack.currentIndexChanged.connect(lambda _=0: self.set_period(self.default_period()))
        self.last_month = QPushButton(self.tr("Last month"))
        self.last_month.clicked.connect(lambda: self.set_period(previous_month(date.today())))
        self.this_month = QPushButton(self.tr("This month"))
        self.this_month.clicked.connect(lambda: self.set_period(month_period(date.today().year,
                                                                             date.today().month)))
        self.show_button = QPushButton(self.tr("&Show figures"))
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.run)
        QShortcut(QKeySequence("F5"), self, self.run)

        form = QFormLayout()
        form.addRow(self.tr("&Report:"), self.pack)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to)
        dates.addWidget(self.last_month)
        dates.addWidget(self.this_month)
        dates.addStretch(1)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.date_from)  # the row's field is a layout: give the mnemonic a target
        form.addRow(period_label, dates)

        self.status = QLabel(self.tr("Choose a report and a period, then Show figures."))
        self.status.setWordWrap(True)
        self.figures = FiguresModel()
        self.figures_view = QTableView()
        self.figures_view.setModel(self.figures)
        self.figures_view.setAccessibleName(self.tr("Figures"))
        self.figures_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.figures_view.horizontalHeader().setStretchLastSection(True)
        self.figures_view.verticalHeader().setVisible(False)
        self.figures_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.quality = QualityModel()
        self.quality_view = QTableView()
        self.quality_view.setModel(self.quality)
        self.quality_view.setAccessibleName(self.tr("Data-quality warnings"))
        self.quality_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.quality_view.verticalHeader().setVisible(False)
        self.quality_view.setToolTip(self.tr("Double-click a warning to see which records it concerns."))
        self.quality_view.doubleClicked.connect(self.show_quality_records)
        splitter = QSplitter()
        splitter.addWidget(self.figures_view)
        splitter.addWidget(self.quality_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        can_export = context.can(Permission.EXPORT_REPORTS)
        self.export_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        for suffix, label in ((".xlsx", self.tr("Export &Excel…")), (".pdf", self.tr("Export P&DF…")),
                              (".json", self.tr("Export &JSON…"))):
            button = QPushButton(label)
            button.setEnabled(False)
            button.setVisible(can_export)
            button.clicked.connect(lambda _=False, s=suffix: self.export(s))
            self.export_buttons[suffix] = button
            buttons.addWidget(button)
        self.people_button = QPushButton(self.tr("List of people served…"))
        self.people_button.setVisible(context.can(Permission.EXPORT_PERSONAL_LISTS))
        self.people_button.clicked.connect(self.export_people)
        buttons.addStretch(1)
        buttons.addWidget(self.people_button)

        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    # -- period -----------------------------------------------------------------------------------------
    def set_period(self, period: Period) -> None:
        self.date_from.setDate(to_qdate(period.start))
        self.date_to.setDate(to_qdate(period.end))

    def default_period(self) -> Period:
        """The previous month, or the previous half-year for half-yearly packs (MRPiPS-03)."""
        today = date.today()
        pack = PACKS.get(str(self.pack.currentData()))
        if pack is not None and pack.default_period == "half":
            if today.month <= 6:
                return Period(date(today.year - 1, 7, 1), date(today.year - 1, 12, 31))
            return Period(date(today.year, 1, 1), date(today.year, 6, 30))
        return previous_month(today)

    def period(self) -> Period | None:
        start, end = to_date(self.date_from.date()), to_date(self.date_to.date())
        if end < start:
            messages.warn(self, self.tr("The period ends before it starts."))
            return None
        return Period(start, end)

    # -- figures --------------------------------------------------------------------------------------
    def run(self) -> None:
        period = self.period()
        if period is None:
            return
        self.show_button.setEnabled(False)
        self.status.setText(self.tr("Counting…"))
        self.context.run_task(self, compute, self.context.db, self.context.actor, self.pack.currentData(), period,
                              label=self.tr("Counting the report figures"), on_done=self.show_result,
                              on_error=self._failed, on_cancel=self._cancelled)

    def show_result(self, result: PackResult) -> None:
        self.result = result
        self.show_button.setEnabled(True)
        self.figures.set_result(result)
        self.quality.set_issues(result.data_quality)
        self.figures_view.resizeColumnsToContents()
        warnings = sum(1 for q in result.data_quality if q.count)
        self.status.setText(self.tr("{title}, {period}. Data-quality warnings: {n}.").format(
            title=result.title, period=result.period.label, n=warnings))
        for button in self.export_buttons.values():
            button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.show_button.setEnabled(True)
        self.status.setText("")
        if isinstance(exc, UserError):
            messages.show_user_error(self, exc)
        else:
            raise exc

    def _cancelled(self) -> None:
        self.show_button.setEnabled(True)
        self.status.setText(self.tr("Cancelled."))

    def show_quality_records(self, index: QModelIndex) -> None:
        if self.result is None or not index.isValid():
            return
        issue = self.quality.issues[index.row()]
        if not issue.count:
            return
        try:
            with UnitOfWork(self.context.db, write=False) as uow:
                ids = reporting.quality_records(uow, self.context.actor, issue.check, self.result.period, limit=200)
        except UserError as exc:
            messages.show_user_error(self, exc)
            return
        shown = ", ".join(str(i) for i in ids[:200])
        more = self.tr(" (first 200 shown)") if issue.count > 200 else ""
        messages.info(self, self.tr("{check}: {count} record(s){more}.").format(
            check=issue.label, count=issue.count, more=more), self.tr("Record numbers: {ids}").format(ids=shown))

    # -- exports --------------------------------------------------------------------------------------
    def ask_path(self, suffix: str, default_name: str) -> Path | None:
        filters = {".xlsx": self.tr("Excel workbook (*.xlsx)"), ".pdf": self.tr("PDF document (*.pdf)"),
                   ".json": self.tr("JSON (*.json)")}
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), default_name, filters[suffix])
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)

    def export(self, suffix: str, path: Path | None = None) -> None:
        if self.result is None:
            return
        path = path or self.ask_path(suffix, f"{self.result.pack}_{self.result.period.slug}{suffix}")
        if path is None:
            return
        self.context.run_task(self, export, self.context.db, self.context.actor, self.result, path,
                              label=self.tr("Writing {name}").format(name=path.name),
                              on_done=lambda written: self.status.setText(
                                  self.tr("Written: {path}").format(path=written)))

    def export_people(self, path: Path | None = None) -> None:
        period = self.period()
        if period is None:
            return
        path = path or self.ask_path(".xlsx", f"people_served_{period.slug}.xlsx")
        if path is None:
            return
        self.context.run_task(self, export_people, self.context.db, self.context.actor, period, path,
                              label=self.tr("Writing the list of people served"),
                              on_done=lambda rows: self.status.setText(
                                  self.tr("%n person(s) written to {path}", "", rows).format(path=path)))
