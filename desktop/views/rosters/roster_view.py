"""Week and month roster: posts x days or people x days, keyboard first, print and export."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.progress import Progress
from desktop.services.permissions import Permission
from desktop.services.rosters import exports, grid, shift_edit
from desktop.services.rosters.common import time_range, week_start
from desktop.services.rosters.grid import ShiftCell
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.context import PageContext
from desktop.views.rosters.grid_model import BY_PEOPLE, BY_POSTS, RosterGridModel
from desktop.views.rosters.shift_dialogs import AssignDialog, shift_title
from desktop.views.rosters.shift_form import ShiftDialog
from desktop.views.rosters.support import Failed, call

WEEK, MONTH = "week", "month"


def print_in_worker(progress: Progress, context: PageContext, first_day: date, weeks: int, path: Path) -> Path:
    with UnitOfWork(context.db) as uow:
        exports.print_weeks(uow, context.actor, first_day, weeks, path, progress)
        uow.commit()
    return path


class RosterView(QWidget):
    def __init__(self, context: PageContext, today: date | None = None) -> None:
        super().__init__()
        self.context = context
        self.today = today or date.today()
        self.anchor = week_start(self.today)
        self.span = WEEK
        self.model = RosterGridModel()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ &Previous"))
        self.previous_button.setToolTip(self.tr("Previous week or month (Ctrl+PgUp)"))
        self.today_button = QPushButton(self.tr("&Today"))
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.next_button.setToolTip(self.tr("Next week or month (Ctrl+PgDown)"))
        self.span_box = QComboBox()
        self.span_box.addItem(self.tr("Week"), WEEK)
        self.span_box.addItem(self.tr("Month"), MONTH)
        self.span_box.setAccessibleName(self.tr("Period shown"))
        self.mode_box = QComboBox()
        self.mode_box.addItem(self.tr("Posts × days"), BY_POSTS)
        self.mode_box.addItem(self.tr("People × days"), BY_PEOPLE)
        self.mode_box.setAccessibleName(self.tr("Rows"))
        self.title = QLabel()
        self.title.setAccessibleName(self.tr("Period"))
        for widget in (self.previous_button, self.today_button, self.next_button, self.span_box, self.mode_box):
            bar.addWidget(widget)
        bar.addWidget(self.title, 1)
        self.new_button = QPushButton(self.tr("New &shift…"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.assign_button = QPushButton(self.tr("&Assign…"))
        self.edit_button = QPushButton(self.tr("&Edit shift…"))
        self.edit_button.setToolTip(self.tr("Change the selected shift (F2)"))
        self.delete_button = QPushButton(self.tr("&Delete shift…"))
        self.delete_button.setToolTip(self.tr("Delete the selected shift (Delete)"))
        self.print_button = QPushButton(self.tr("P&rint week…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.excel_button = QPushButton(self.tr("E&xcel…"))
        manage = context.can(Permission.MANAGE_ROSTER)
        for widget in (self.new_button, self.assign_button, self.edit_button, self.delete_button, self.print_button,
                       self.excel_button):
            bar.addWidget(widget)
        for widget in (self.new_button, self.assign_button, self.edit_button, self.delete_button):
            widget.setVisible(manage)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Roster"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Row heights from line counts: measuring every cell (ResizeToContents) is slow with 300 people.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(self.open_cell)  # Enter or double-click
        if manage:
            self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.table.customContextMenuRequested.connect(self.show_cell_menu)
            # On the table only: Delete must not reach other fields of the window.
            for key, slot in ((QKeySequence(Qt.Key.Key_F2), self.edit_selected),
                              (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected)):
                QShortcut(key, self.table, slot, context=Qt.ShortcutContext.WidgetShortcut)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Roster summary"))
        layout.addWidget(self.summary)
        self.previous_button.clicked.connect(lambda: self.step_period(-1))
        self.next_button.clicked.connect(lambda: self.step_period(1))
        self.today_button.clicked.connect(self.go_today)
        self.span_box.currentIndexChanged.connect(self.span_changed)
        self.mode_box.currentIndexChanged.connect(self.reload)
        self.new_button.clicked.connect(self.new_shift)
        self.assign_button.clicked.connect(lambda: self.open_cell(self.table.currentIndex()))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.print_button.clicked.connect(self.print_week)
        self.excel_button.clicked.connect(self.export_excel)
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.step_period(-1))
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.step_period(1))
        self.reload()

    # -- period ----------------------------------------------------------------------------------------
    def period_bounds(self) -> tuple[date, int]:
        if self.span == WEEK:
            return self.anchor, 7
        first = self.anchor.replace(day=1)
        return first, calendar.monthrange(first.year, first.month)[1]

    def step_period(self, step: int) -> None:
        if self.span == WEEK:
            self.anchor += timedelta(days=7 * step)
        else:
            first = self.anchor.replace(day=1)
            month = first.month - 1 + step
            self.anchor = date(first.year + month // 12, month % 12 + 1, 1)
        self.reload()

    def go_today(self) -> None:
        self.anchor = week_start(self.today) if self.span == WEEK else self.today.replace(day=1)
        self.reload()

    def span_changed(self) -> None:
        self.span = self.span_box.currentData()
        self.anchor = week_start(self.anchor) if self.span == WEEK else self.anchor.replace(day=1)
        self.reload()

    def reload(self) -> None:
        start, days = self.period_bounds()
        try:
            period = call(self.context, self, lambda uow: grid.roster_period(uow, self.context.actor, start, days),
                          write=False)
        except Failed:
            return
        current = self.table.currentIndex()
        self.model.set_period(period, self.mode_box.currentData())
        line, header = self.table.fontMetrics().lineSpacing(), self.table.verticalHeader()
        for row in range(self.model.rowCount()):
            header.resizeSection(row, self.model.row_lines(row) * line + line // 2)
        self.title.setText(self.tr("{start} to {end}").format(start=period.start.isoformat(),
                                                              end=period.end.isoformat()))
        short = len(period.understaffed())
        text = self.tr("%n shifts", "", len(period.shifts)) + " · " + self.tr("%n short of people", "", short)
        if period.holidays:
            text += " · " + self.tr("Public holidays: {days}").format(
                days=", ".join(f"{d.isoformat()} {n}" for d, n in sorted(period.holidays.items())))
        self.summary.setText(text)
        if current.isValid() and current.row() < self.model.rowCount() and current.column() < self.model.columnCount():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        elif self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    # -- actions ---------------------------------------------------------------------------------------
    def open_cell(self, index: object) -> None:
        if not self.context.can(Permission.MANAGE_ROSTER):
            return
        cells = self.model.shifts_at(self.table.currentIndex())
        if not cells:
            if self.model.mode == BY_POSTS and self.table.currentIndex().isValid():
                self.new_shift()
            return
        for cell in cells:  # a post with two shifts that day: one dialog after the other
            AssignDialog(self.context, cell, self).exec()
        self.reload()

    def new_shift(self) -> None:
        index = self.table.currentIndex()
        day = self.model.day(index.column()) if index.isValid() else self.period_bounds()[0]
        post_id = self.model.row_id(index.row()) if index.isValid() and self.model.mode == BY_POSTS else None
        dialog = ShiftDialog(self.context, day, post_id, self)
        if dialog.exec():
            self.reload()

    def cell_menu(self, index: QModelIndex) -> QMenu:
        """What can be done with the shifts of a cell; one entry per shift when the cell holds several."""
        menu = QMenu(self)
        cells = self.model.shifts_at(index)
        for cell in cells:
            if len(cells) == 1:
                labels = (self.tr("People on the shift…"), self.tr("Edit shift…"), self.tr("Delete shift…"))
            else:
                which = f"{time_range(cell.start_time, cell.end_time)} {cell.post_name}"
                labels = (self.tr("People on {shift}…").format(shift=which),
                          self.tr("Edit {shift}…").format(shift=which), self.tr("Delete {shift}…").format(shift=which))
            for label, slot in zip(labels, (self.assign_people, self.edit_shift, self.delete_shift), strict=True):
                menu.addAction(label, partial(slot, cell))
            menu.addSeparator()
        if self.model.mode == BY_POSTS:
            menu.addAction(self.tr("New shift here…"), self.new_shift)
        return menu

    def show_cell_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if index.isValid():
            self.table.setCurrentIndex(index)
            menu = self.cell_menu(index)
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a new menu each time: none piles up
            menu.popup(self.table.viewport().mapToGlobal(point))

    def pick_shift(self, verb: str) -> ShiftCell | None:
        """The selected cell's shift; with several, the coordinator picks one from a small menu."""
        index = self.table.currentIndex()
        cells = self.model.shifts_at(index)
        if len(cells) <= 1:
            return cells[0] if cells else None
        menu = QMenu(self)
        for cell in cells:
            menu.addAction(f"{verb} {time_range(cell.start_time, cell.end_time)} {cell.post_name}").setData(cell.id)
        chosen = menu.exec(self.table.viewport().mapToGlobal(self.table.visualRect(index).center()))
        picked = chosen.data() if chosen is not None else None
        menu.deleteLater()
        return next((c for c in cells if c.id == picked), None)

    def assign_people(self, cell: ShiftCell) -> None:
        AssignDialog(self.context, cell, self).exec()
        self.reload()

    def edit_selected(self) -> None:
        cell = self.pick_shift(self.tr("Edit"))
        if cell is not None:
            self.edit_shift(cell)

    def delete_selected(self) -> None:
        cell = self.pick_shift(self.tr("Delete"))
        if cell is not None:
            self.delete_shift(cell)

    def edit_shift(self, cell: ShiftCell) -> None:
        if ShiftDialog(self.context, cell.day, cell.post_id, self, shift=cell).exec():
            self.reload()

    def delete_shift(self, cell: ShiftCell) -> bool:
        """Ask first, saying how many people are planned on it; a shift with attendance is refused before asking."""
        try:
            planned = call(self.context, self, lambda uow: shift_edit.prepare_deletion(
                uow, self.context.actor, cell.id), write=False)
        except Failed:
            return False
        who = (self.tr("%n people are assigned to it and will be taken off.", "", planned) if planned
               else self.tr("Nobody is assigned to it."))
        if not messages.confirm(self, self.tr("Delete the shift {shift}?").format(shift=shift_title(cell)), who):
            return False
        try:
            call(self.context, self, lambda uow: shift_edit.delete_shift(uow, self.context.actor, cell.id))
        except Failed:
            return False
        self.reload()
        return True

    def print_week(self) -> None:
        start, days = self.period_bounds()
        weeks = 1 if self.span == WEEK else (days + (start.weekday()) + 6) // 7
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the printable roster"),
                                              f"roster-{start.isoformat()}.pdf", self.tr("PDF files (*.pdf)"))
        if not name:
            return
        self.last_task = self.context.run_task(
            self, print_in_worker, self.context, start, weeks, Path(name),
            label=self.tr("Preparing the roster"),
            on_done=lambda path: messages.info(self, self.tr("The roster was saved to {path}").format(path=path)),
        )

    def export_excel(self) -> None:
        start, days = self.period_bounds()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the roster to Excel"),
                                              f"roster-{start.isoformat()}.xlsx", self.tr("Excel files (*.xlsx)"))
        if not name:
            return
        try:
            call(self.context, self, lambda uow: exports.export_roster_xlsx(uow, self.context.actor, start, days,
                                                                           Path(name)))
        except Failed:
            return
        messages.info(self, self.tr("The roster was saved to {path}").format(path=name))
