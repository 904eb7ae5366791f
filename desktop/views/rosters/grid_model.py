"""Table model of a roster period: posts x days or people x days, short shifts coloured."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.services.rosters.common import time_range, weekday_name
from desktop.services.rosters.grid import RosterPeriod, ShiftCell
from desktop.views.rosters.support import HOLIDAY_COLOUR, SHORT_COLOUR
from desktop.views.translations import translate

BY_POSTS = "posts"
BY_PEOPLE = "people"
Index = QModelIndex | QPersistentModelIndex


class RosterGridModel(QAbstractTableModel):
    """Rows are posts (or people), columns are the period's days; each cell lists its shifts."""

    def __init__(self) -> None:
        super().__init__()
        self.mode = BY_POSTS
        self.period: RosterPeriod | None = None
        self.compact = False
        self._labels: list[str] = []
        self._row_ids: list[int] = []
        self._cells: list[list[list[ShiftCell]]] = []

    def set_period(self, period: RosterPeriod, mode: str | None = None) -> None:
        self.beginResetModel()
        self.period = period
        self.mode = mode or self.mode
        self.compact = len(period.days) > 7  # a month: counts in cells, details in tooltips
        column = {d: i for i, d in enumerate(period.days)}
        rows = period.posts if self.mode == BY_POSTS else period.people
        position = {r.id: i for i, r in enumerate(rows)}
        self._labels = [r.name for r in rows]
        self._row_ids = [r.id for r in rows]
        self._cells = [[[] for _ in period.days] for _ in rows]
        for cell in period.shifts:
            if self.mode == BY_POSTS:
                if cell.post_id in position:
                    self._cells[position[cell.post_id]][column[cell.day]].append(cell)
            else:
                for person in cell.people:
                    if person.staff_id in position:
                        self._cells[position[person.staff_id]][column[cell.day]].append(cell)
        self.endResetModel()

    # -- Qt API ----------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self._labels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() or self.period is None else len(self.period.days)

    def day(self, column: int) -> date:
        assert self.period is not None
        return self.period.days[column]

    def row_lines(self, row: int) -> int:
        """Text lines of the row's fullest cell, so the view can size rows without measuring every cell."""
        if self.mode == BY_POSTS and not self.compact:
            counts = [sum(1 + len(c.people) for c in cells) for cells in self._cells[row]]
        else:
            counts = [len(cells) for cells in self._cells[row]]
        return max([1, *counts])

    def row_id(self, row: int) -> int:
        return self._row_ids[row]

    def shifts_at(self, index: Index) -> list[ShiftCell]:
        if not index.isValid():
            return []
        return list(self._cells[index.row()][index.column()])

    def cell_text(self, cells: list[ShiftCell]) -> str:
        if self.compact:
            if self.mode == BY_POSTS:
                return "\n".join(f"{c.filled}/{c.needed}" for c in cells)
            return "\n".join(f"{c.start_time:%H}" for c in cells)
        lines = []
        for cell in cells:
            head = f"{time_range(cell.start_time, cell.end_time)}"
            if self.mode == BY_POSTS:
                lines.append(f"{head} ({cell.filled}/{cell.needed})")
                lines += [f"  {p.name}" for p in cell.people]
            else:
                lines.append(f"{head} {cell.post_name}")
        return "\n".join(lines)

    def _full_text(self, cells: list[ShiftCell]) -> str:
        compact, self.compact = self.compact, False
        try:
            return self.cell_text(cells)
        finally:
            self.compact = compact

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.period is None:
            return None
        cells = self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(cells)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._full_text(cells)
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.compact and cells:
                return self._full_text(cells)
            short = [c for c in cells if c.understaffed]
            if short:
                return "\n".join(
                    translate("RosterGridModel", "%n more people needed", "", c.needed - c.filled) + f" — {c.post_name}"
                    f" {time_range(c.start_time, c.end_time)}" for c in short
                )
            holiday = self.period.holidays.get(self.day(index.column()))
            return holiday or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.mode == BY_POSTS and any(c.understaffed for c in cells):
                return SHORT_COLOUR
            if self.day(index.column()) in self.period.holidays:
                return HOLIDAY_COLOUR
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if role == Qt.ItemDataRole.UserRole:
            return [c.id for c in cells]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt signature
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.period is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._labels):
                return self._labels[section]
            return None
        if not 0 <= section < len(self.period.days):
            return None
        day = self.period.days[section]
        holiday = self.period.holidays.get(day)
        if role == Qt.ItemDataRole.DisplayRole:
            if self.compact:
                return f"{weekday_name(day.weekday(), short=True)}\n{day:%d}"
            text = f"{weekday_name(day.weekday(), short=True)} {day:%d.%m}"
            return f"{text}\n{holiday}" if holiday else text
        if role == Qt.ItemDataRole.ToolTipRole:
            if not holiday:
                return day.isoformat()
            return translate("RosterGridModel", "Public holiday: {name}").format(name=holiday)
        if role == Qt.ItemDataRole.BackgroundRole and holiday:
            return HOLIDAY_COLOUR
        return None
