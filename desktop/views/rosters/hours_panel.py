"""Hours worked per person and per post for a period, with totals, exported to PDF or Excel."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.progress import Progress
from desktop.services.rosters import exports, hours
from desktop.services.rosters.common import format_hours, kind_label
from desktop.services.rosters.hours import VolunteerHours
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.context import PageContext
from desktop.views.rosters.support import Failed, call, to_date, to_qdate

Index = QModelIndex | QPersistentModelIndex


class HoursModel(QAbstractTableModel):
    """Per person (or per post) rows, and a bold total row at the bottom."""

    def __init__(self, by_post: bool = False) -> None:
        super().__init__()
        self.by_post = by_post
        self.cells: list[tuple[str, ...]] = []

    def headers(self) -> tuple[str, ...]:
        if self.by_post:
            return (self.tr("Post"), self.tr("Shifts"), self.tr("People"), self.tr("Hours"))
        return (self.tr("Person"), self.tr("Type"), self.tr("Shifts"), self.tr("No-shows"), self.tr("Hours"))

    def set_figures(self, figures: VolunteerHours) -> None:
        self.beginResetModel()
        if self.by_post:
            self.cells = [(p.name, str(p.shifts), str(p.people), format_hours(p.hours)) for p in figures.by_post]
            self.cells.append((self.tr("Total"), str(sum(p.shifts for p in figures.by_post)), str(figures.people),
                               format_hours(figures.hours)))
        else:
            self.cells = [(p.name, kind_label(p.kind), str(p.shifts), str(p.no_shows), format_hours(p.hours))
                          for p in figures.by_person]
            self.cells.append((self.tr("Total"), "", str(sum(p.shifts for p in figures.by_person)),
                               str(figures.no_shows), format_hours(figures.hours)))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= (1 if self.by_post else 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() == len(self.cells) - 1:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt signature
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None


def export_in_worker(progress: Progress, context: PageContext, start: date, end: date, path: Path,
                     volunteers_only: bool) -> Path:
    progress.start(path.name)
    with UnitOfWork(context.db) as uow:
        exports.export_hours(uow, context.actor, start, end, path, volunteers_only=volunteers_only)
        uow.commit()
    return path


class HoursPanel(QWidget):
    def __init__(self, context: PageContext, today: date | None = None) -> None:
        super().__init__()
        self.context = context
        today = today or date.today()
        last = today.replace(day=1) - timedelta(days=1)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.start, self.end = QDateEdit(to_qdate(last.replace(day=1))), QDateEdit(to_qdate(last))
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            bar.addWidget(QLabel(name))
            bar.addWidget(edit)
        self.volunteers_only = QCheckBox(self.tr("Volunteers only"))
        self.show_button = QPushButton(self.tr("&Show"))
        self.pdf_button = QPushButton(self.tr("&PDF…"))
        self.excel_button = QPushButton(self.tr("E&xcel…"))
        for widget in (self.volunteers_only, self.show_button, self.pdf_button, self.excel_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.people_model, self.posts_model = HoursModel(), HoursModel(by_post=True)
        tables = QHBoxLayout()
        for model, name in ((self.people_model, self.tr("Hours by person")),
                            (self.posts_model, self.tr("Hours by post"))):
            table = QTableView()
            table.setModel(model)
            table.setAccessibleName(name)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            tables.addWidget(table)
        layout.addLayout(tables, 1)
        self.show_button.clicked.connect(self.reload)
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.excel_button.clicked.connect(lambda: self.export(".xlsx"))
        self.reload()

    def period(self) -> tuple[date, date]:
        return to_date(self.start.date()), to_date(self.end.date())

    def reload(self) -> None:
        start, end = self.period()
        only = self.volunteers_only.isChecked()
        try:
            figures = call(self.context, self, lambda uow: hours.hours_report(
                uow, self.context.actor, start, end, volunteers_only=only), write=False)
        except Failed:
            return
        self.people_model.set_figures(figures)
        self.posts_model.set_figures(figures)
        self.summary.setText(self.tr("{people} people worked {hours} hours on completed shifts.").format(
            people=figures.people, hours=format_hours(figures.hours)))

    def export(self, suffix: str) -> None:
        start, end = self.period()
        pattern = self.tr("PDF files (*.pdf)") if suffix == ".pdf" else self.tr("Excel files (*.xlsx)")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the hours report"),
                                              f"hours-{start.isoformat()}-{end.isoformat()}{suffix}", pattern)
        if not name:
            return
        path = Path(name) if name.lower().endswith(suffix) else Path(name + suffix)
        self.last_task = self.context.run_task(
            self, export_in_worker, self.context, start, end, path, self.volunteers_only.isChecked(),
            label=self.tr("Saving the hours report"),
            on_done=lambda written: messages.info(self, self.tr("Saved to {path}").format(path=written)))
