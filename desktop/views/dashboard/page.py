"""The dashboard: what needs attention today, as tiles, and people served per month as a chart.

Everything is loaded on the thread pool (run_task) so the window never waits for the database: the page
shows a quiet "Loading…" line, never a progress dialog. F5 (or Refresh) and coming back to the page reload.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import shiboken6
from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.errors import UserError
from desktop.progress import Progress
from desktop.services import dashboard, dashboard_figures
from desktop.services.permissions import Actor, Permission, role_label
from desktop.services.uow import UnitOfWork
from desktop.views import crash, tasks
from desktop.views.context import PageContext
from desktop.views.dashboard.chart import PeopleServedChart
from desktop.views.dashboard.tile import TileButton
from desktop.views.navigation import visible_pages

CHART_MONTHS = 12
NEVER_SHOW_DIALOG_MS = 24 * 3600 * 1000  # the dashboard loads quietly: no progress dialog however long it takes
TILE_WIDTH_CHARS = 36  # a tile's comfortable width, in average characters of the user's font


@dataclass(frozen=True)
class DashboardData:
    today: date
    tiles: tuple[dashboard.Tile, ...]
    chart: tuple[tuple[str, int], ...] | None  # None: the role does not see the monthly figures


def load_dashboard(progress: Progress, db: Database, actor: Actor, today: date) -> DashboardData:
    """Worker side: one read-only unit of work for the tiles and the chart."""
    progress.start("", maximum=2)
    with UnitOfWork(db, write=False) as uow:
        tiles = tuple(dashboard.tiles_for(uow, actor, today))
        progress.step(1)
        chart = None
        if dashboard_figures.can_see_monthly(actor):
            chart = tuple(dashboard_figures.people_served_by_month(uow, actor, CHART_MONTHS, today))
        progress.step(1)
    return DashboardData(today, tiles, chart)


class DashboardPage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.task: tasks.Task | None = None
        self.reload_pending = False
        self.data: DashboardData | None = None
        self.tiles: list[TileButton] = []
        self._columns = 0
        actor = context.actor

        outer = QVBoxLayout(self)
        heading = QLabel(self.tr("Welcome, {name}").format(name=actor.full_name or actor.username))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        outer.addWidget(heading)
        self.centre_label = QLabel(self.tr("{centre} — you are signed in as {role}.").format(
            centre=context.centre.name, role=role_label(actor.role)))
        self.centre_label.setWordWrap(True)
        outer.addWidget(self.centre_label)

        bar = QHBoxLayout()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Dashboard status"))
        bar.addWidget(self.status, 1)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Load the figures again (F5)"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the dashboard"))
        self.refresh_button.clicked.connect(self.refresh)
        bar.addWidget(self.refresh_button)
        outer.addLayout(bar)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.grid_host)
        self.empty_label = QLabel(self.tr("Nothing needs your attention today."))
        self.empty_label.setVisible(False)
        body_layout.addWidget(self.empty_label)
        self.chart = PeopleServedChart()
        self.chart.setVisible(False)
        body_layout.addWidget(self.chart)
        body_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)

        self.refresh()

    # -- loading --------------------------------------------------------------------------------------
    def is_loading(self) -> bool:
        return self.task is not None and not self.task.done

    def refresh(self) -> None:
        if self.is_loading():
            self.reload_pending = True  # one more load when this one ends: the figures may have moved since
            return
        self.status.setText(self.tr("Loading…"))
        self.refresh_button.setEnabled(False)
        self.task = self.context.run_task(
            self, load_dashboard, self.context.db, self.context.actor, date.today(),
            label=self.tr("Loading the dashboard"), on_done=self.show_data, on_error=self._failed,
            on_cancel=self._finished, cancellable=False, show_after_ms=NEVER_SHOW_DIALOG_MS,
        )

    def _alive(self) -> bool:
        """False once the window closed under a running load (sign out): the result has nowhere to go."""
        return shiboken6.isValid(self) and shiboken6.isValid(self.status)

    def _finished(self) -> None:
        if not self._alive():
            return
        self.refresh_button.setEnabled(True)
        if self.reload_pending:
            self.reload_pending = False
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        if not self._alive():
            if not isinstance(exc, UserError):
                crash.report_exception(exc)  # a bug stays a bug even when the page has gone
            return
        if isinstance(exc, UserError):
            self.status.setText(self.tr("The dashboard could not be loaded: {reason}").format(reason=str(exc)))
        else:
            self.status.setText(self.tr("The dashboard could not be loaded."))
            crash.report_exception(exc)
        self._finished()

    def show_data(self, data: DashboardData) -> None:
        if not self._alive():
            return
        self.data = data
        self._build_tiles(data.tiles)
        self.chart.setVisible(data.chart is not None)
        if data.chart is not None:
            self.chart.set_series(list(data.chart))
        day = QDate(data.today.year, data.today.month, data.today.day)
        self.status.setText(self.tr("Figures for {day}, updated at {time}.").format(
            day=QLocale().toString(day, QLocale.FormatType.LongFormat),
            time=QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)))
        self._finished()

    # -- tiles ----------------------------------------------------------------------------------------
    def _openable(self) -> dict[str, str]:
        """Navigation key -> page title, for the pages this user may open."""
        return {entry.key: entry.title() for entry in visible_pages(self.context.actor)}

    def _build_tiles(self, tiles: tuple[dashboard.Tile, ...]) -> None:
        had_focus = next((t.tile.key for t in self.tiles if t.hasFocus()), None)
        for old in self.tiles:
            self.grid.removeWidget(old)
            old.deleteLater()
        openable = self._openable()
        self.tiles = []
        for item in tiles:
            button = TileButton(item, item.opens in openable, openable.get(item.opens, ""),
                                records_linked=self.context.actor.can(Permission.FIND_CLIENTS))
            button.activated.connect(self.context.open_page)
            button.record_activated.connect(self.open_record)
            self.tiles.append(button)
        self.empty_label.setVisible(not self.tiles)
        self._columns = 0
        self._place_tiles()
        for button in self.tiles:  # a refresh keeps the keyboard where it was
            if button.tile.key == had_focus:
                button.setFocus()

    def open_record(self, target: str) -> None:
        """A tile row's household or person: their client file (the services check the permission again)."""
        from desktop.views.clients.client_file import open_client_file

        kind, _, number = target.partition(":")
        if not number.isdigit():
            return
        record = int(number)
        open_client_file(self.context, record if kind == "household" else None,
                         record if kind == "person" else None, self.window())

    def _column_count(self) -> int:
        width = self.scroll_area.viewport().width() or self.width()
        return max(1, min(4, width // (self.fontMetrics().averageCharWidth() * TILE_WIDTH_CHARS)))

    def _place_tiles(self) -> None:
        columns = self._column_count()
        if columns == self._columns:
            return
        self._columns = columns
        for button in self.tiles:
            self.grid.removeWidget(button)
        for index, button in enumerate(self.tiles):
            self.grid.addWidget(button, index // columns, index % columns)
        for column in range(4):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        # Tab follows reading order: left to right, then down.
        for first, second in zip(self.tiles, self.tiles[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_tiles()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # Coming back to the page (not the window being restored) reloads: a parcel may have gone out since.
        if not event.spontaneous() and self.data is not None:
            self.refresh()
