"""Weekly availability as a short list of windows (day, from, until), several a day, added and removed by row."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.rosters.common import weekday_name
from desktop.services.rosters.register import AvailabilityWindow
from desktop.views.rosters.support import to_qtime, to_time


class WindowRow:
    """The widgets of one window; kept together so removing a row removes all of them."""

    def __init__(self, day: QComboBox, start: QTimeEdit, end: QTimeEdit, remove: QPushButton) -> None:
        self.day, self.start, self.end, self.remove = day, start, end, remove

    def widgets(self) -> tuple[QWidget, ...]:
        return self.day, self.start, self.end, self.remove

    def window(self) -> AvailabilityWindow:
        return AvailabilityWindow(int(self.day.currentData()), to_time(self.start.time()), to_time(self.end.time()))


class AvailabilityEditor(QWidget):
    def __init__(self, windows: tuple[AvailabilityWindow, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("When the person can usually work. Add several windows for a day if needed "
                               "(morning and evening); an end at or before the start runs past midnight. "
                               "No windows at all means availability is not known."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.empty = QLabel(self.tr("No windows: availability not known."))
        layout.addWidget(self.empty)
        holder = QWidget()
        self.grid = QGridLayout(holder)
        for column, title in enumerate((self.tr("Day"), self.tr("From"), self.tr("Until"))):
            self.grid.addWidget(QLabel(title), 0, column)
        self.grid.setColumnStretch(0, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a window"))
        self.add_button.clicked.connect(lambda: self.add_row(None, focus=True))
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.rows: list[WindowRow] = []
        for window in sorted(windows, key=lambda w: (w.weekday, w.start_time)):
            self.add_row(window)
        self._refresh()

    def add_row(self, window: AvailabilityWindow | None, *, focus: bool = False) -> WindowRow:
        if window is None and self.rows:
            # The next day after the last row, same hours: the usual way a week is typed in.
            last = self.rows[-1].window()
            window = AvailabilityWindow((last.weekday + 1) % 7, last.start_time, last.end_time)
        row = self._make_row(window)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self._refresh()
        if focus:
            row.day.setFocus()
        return row

    def _make_row(self, window: AvailabilityWindow | None) -> WindowRow:
        day = QComboBox()
        for weekday in range(7):
            day.addItem(weekday_name(weekday), weekday)
        day.setCurrentIndex(window.weekday if window else 0)
        start = QTimeEdit(to_qtime(window.start_time) if window else QTime(8, 0))
        end = QTimeEdit(to_qtime(window.end_time) if window else QTime(16, 0))
        for edit in (start, end):
            edit.setDisplayFormat("HH:mm")
        remove = QPushButton(self.tr("Remove"))
        day.setAccessibleName(self.tr("Day of the week"))
        start.setAccessibleName(self.tr("Available from"))
        end.setAccessibleName(self.tr("Available until"))
        remove.setAccessibleName(self.tr("Remove this window"))
        return WindowRow(day, start, end, remove)

    def remove_row(self, row: WindowRow) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._refresh()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].remove.setFocus()
        else:
            self.add_button.setFocus()

    def _refresh(self) -> None:
        """Lay the rows out again in order, so the tab order follows what the eye sees."""
        previous: QWidget | None = None
        for number, row in enumerate(self.rows, start=1):
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, number, column)
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
        if previous is not None:
            QWidget.setTabOrder(previous, self.add_button)
        for number in range(self.grid.rowCount()):
            self.grid.setRowStretch(number, 0)
        self.grid.setRowStretch(len(self.rows) + 1, 1)  # rows stay at the top
        self.empty.setVisible(not self.rows)

    def windows(self) -> list[AvailabilityWindow]:
        return [row.window() for row in self.rows]
