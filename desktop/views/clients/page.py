"""The Clients page: one search box (Ctrl+F, results as you type), the filtered household list, and
the ways in: new intake (Ctrl+N), import, open a client file (Enter or double-click)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import client_search
from desktop.services.client_list import ClientListFilter, StatusFilter
from desktop.services.client_search import ClientHit
from desktop.services.permissions import Permission
from desktop.services.setup import need_categories
from desktop.services.uow import UnitOfWork
from desktop.views.clients.client_file import open_client_file
from desktop.views.clients.list_models import COL_ADDRESS, COL_HIT_ADDRESS, ClientListModel, SearchResultsModel
from desktop.views.context import PageContext

SEARCH_DELAY_MS = 120  # typing pauses shorter than this do not search (results still feel instant)


class _SearchBox(QLineEdit):
    """Down arrow moves into the results, so the keyboard never has to leave the home row for the mouse."""

    def __init__(self, on_down: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_down = on_down

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Down:
            self._on_down()
            return
        super().keyPressEvent(event)


class ClientsPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = _SearchBox(self.focus_results)
        self.search.setPlaceholderText(self.tr("Search name, identifier, phone, reference or address (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search clients"))
        self.search.setClearButtonEnabled(True)
        self.include_archived = QCheckBox(self.tr("Include &archived"))
        self.new_button = QPushButton(self.tr("&New intake…"))
        self.new_button.setToolTip(self.tr("Register a new household (Ctrl+N)"))
        self.import_button = QPushButton(self.tr("&Import…"))
        top.addWidget(self.search, 1)
        top.addWidget(self.include_archived)
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)
        self.agencies_button = QPushButton(self.tr("A&gencies…"))
        self.agencies_button.setToolTip(self.tr("The directory of outside agencies that clients are referred to"))
        self.agencies_button.setVisible(context.actor.can(Permission.READ_CASE_FILES))
        self.agencies_button.clicked.connect(self._open_agencies)
        top.addWidget(self.agencies_button)
        self.complaints_button = QPushButton(self.tr("Com&plaints…"))
        self.complaints_button.setToolTip(self.tr("Complaints taken at the desk and how they were resolved"))
        self.complaints_button.setVisible(context.actor.can(Permission.FIND_CLIENTS))
        self.complaints_button.clicked.connect(self._open_complaints)
        top.addWidget(self.complaints_button)
        layout.addLayout(top)
        filters = QHBoxLayout()
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status"))
        for label, value in ((self.tr("Active"), StatusFilter.ACTIVE), (self.tr("Archived"), StatusFilter.ARCHIVED),
                             (self.tr("All"), StatusFilter.ALL)):
            self.status_filter.addItem(label, value.value)
        self.need_filter = QComboBox()
        self.need_filter.setAccessibleName(self.tr("Need"))
        self.need_filter.addItem(self.tr("Any need"), "")
        # Legal need names are long (art. 7, PMKS): do not let the longest one set the window's width.
        self.need_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.need_filter.setMinimumContentsLength(24)
        with UnitOfWork(context.db, write=False) as uow:
            for category in need_categories(uow):
                self.need_filter.addItem(category.label, category.code)
        self.visit_filter = QComboBox()
        self.visit_filter.setAccessibleName(self.tr("Last visit"))
        for label, days in ((self.tr("Any last visit"), 0), (self.tr("Visited in the last 30 days"), 30),
                            (self.tr("No visit for 30 days"), -30), (self.tr("No visit for 90 days"), -90)):
            self.visit_filter.addItem(label, days)
        for text, combo in ((self.tr("S&tatus:"), self.status_filter), (self.tr("N&eed:"), self.need_filter),
                            (self.tr("&Last visit:"), self.visit_filter)):
            buddy = QLabel(text)
            buddy.setBuddy(combo)
            filters.addWidget(buddy)
            filters.addWidget(combo)
        filters.addStretch(1)
        self.count_label = QLabel()
        filters.addWidget(self.count_label)
        layout.addLayout(filters)

        self.stack = QStackedWidget()
        self.list_model = ClientListModel(context.db, context.actor, self)
        self.list_view = self._table(self.list_model, COL_ADDRESS, sortable=True)
        self.results_model = SearchResultsModel(self)
        self.results_view = self._table(self.results_model, COL_HIT_ADDRESS, sortable=False)
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.results_view)
        layout.addWidget(self.stack, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.search.returnPressed.connect(self.open_first_result)
        self.include_archived.toggled.connect(lambda _on: self.run_search())
        for combo in (self.status_filter, self.need_filter, self.visit_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.new_button.clicked.connect(self.new_intake)
        self.import_button.clicked.connect(self.import_households)
        self.new_button.setVisible(context.can(Permission.RECORD_SERVICES))
        self.import_button.setVisible(context.can(Permission.RECORD_SERVICES))
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_intake)
        self.reload_list()
        self.setFocusProxy(self.search)

    def _table(self, model: ClientListModel | SearchResultsModel, stretch: int, *, sortable: bool) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        em = view.fontMetrics().horizontalAdvance("M")
        view.setWordWrap(False)  # one line per household: long names and phones elide instead of wrapping
        name_column = 0 if isinstance(model, SearchResultsModel) else 1
        view.setColumnWidth(name_column, em * 18)
        if name_column == 1:
            view.setColumnWidth(0, em * 8)
            view.setColumnWidth(4, em * 11)  # phone numbers with a country code
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() * 3 // 2)
        view.setSortingEnabled(sortable)
        if sortable:
            view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        view.activated.connect(self.open_index)
        view.doubleClicked.connect(self.open_index)
        view.setAccessibleName(self.tr("Clients"))
        return view

    # --- list -------------------------------------------------------------------------------------------
    def current_filter(self) -> ClientListFilter:
        days = int(self.visit_filter.currentData() or 0)
        today = date.today()
        return ClientListFilter(
            status=StatusFilter(self.status_filter.currentData()), need_code=str(self.need_filter.currentData()),
            visited_since=today - timedelta(days=days) if days > 0 else None,
            not_visited_since=today + timedelta(days=days) if days < 0 else None)

    def reload_list(self) -> None:
        self.list_model.reload(self.current_filter())
        if not self.search.text().strip():
            self._show_count(len(self.list_model.ids), searching=False)

    def _show_count(self, count: int, *, searching: bool) -> None:
        text = self.tr("%n result(s)", "", count) if searching else self.tr("%n household(s)", "", count)
        self.count_label.setText(text)

    # --- search -----------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _open_agencies(self) -> None:
        from desktop.errors import UserError
        from desktop.views.casework.agencies_page import open_agencies

        try:
            open_agencies(self.context, self)
        except UserError:
            pass  # already shown to the user by open_agencies

    def _open_complaints(self) -> None:
        from desktop.errors import UserError
        from desktop.views.complaints.window import open_complaints

        try:
            open_complaints(self.context, self)
        except UserError:
            pass  # already shown to the user by open_complaints

    def focus_results(self) -> None:
        view = self.results_view if self.stack.currentWidget() is self.results_view else self.list_view
        view.setFocus()
        if view.model().rowCount() and not view.selectionModel().hasSelection():
            view.selectRow(0)

    def run_search(self) -> None:
        self.timer.stop()
        text = self.search.text().strip()
        if not text:
            self.stack.setCurrentWidget(self.list_view)
            self._show_count(len(self.list_model.ids), searching=False)
            return
        with UnitOfWork(self.context.db, write=False) as uow:
            hits = client_search.search_clients(uow, self.context.actor, text,
                                                include_archived=self.include_archived.isChecked())
        self.results_model.set_hits(hits)
        self.stack.setCurrentWidget(self.results_view)
        self._show_count(len(hits), searching=True)
        if hits:
            self.results_view.selectRow(0)

    def open_first_result(self) -> None:
        if self.timer.isActive():
            self.run_search()
        if self.stack.currentWidget() is self.results_view and self.results_model.hits:
            row = self.results_view.currentIndex().row() if self.results_view.currentIndex().isValid() else 0
            self.open_hit(self.results_model.hits[row])

    # --- opening ----------------------------------------------------------------------------------------
    def open_index(self, index: QModelIndex) -> None:
        value = index.model().data(index.siblingAtColumn(0), Qt.ItemDataRole.UserRole)
        if isinstance(value, ClientHit):
            self.open_hit(value)
        elif isinstance(value, int):
            open_client_file(self.context, value, None, self)

    def open_hit(self, hit: ClientHit) -> None:
        open_client_file(self.context, hit.household_id, hit.person_id, self)

    def new_intake(self) -> None:
        from desktop.views.clients.intake_dialog import IntakeDialog

        dialog = IntakeDialog(self.context, self)
        if dialog.exec() and dialog.result_ids is not None:
            self.reload_list()
            household_id, person_ids = dialog.result_ids
            open_client_file(self.context, household_id, person_ids[0], self)

    def import_households(self) -> None:
        from desktop.views.clients.import_dialog import ImportDialog

        ImportDialog(self.context, "households", self).exec()
        self.reload_list()
