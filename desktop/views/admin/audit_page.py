"""Audit viewer: filters (dates, user, action, record type, free text) over the append-only log."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import audit
from desktop.services.audit import AuditFilter
from desktop.services.uow import UnitOfWork
from desktop.views.admin.audit_model import COL_SUMMARY, AuditTableModel
from desktop.views.context import PageContext

LIMIT = 5000


class AuditPage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.model = AuditTableModel(self)
        grid = QGridLayout()
        today = QDate.currentDate()
        self.use_from = QCheckBox(self.tr("&From:"))
        self.date_from = QDateEdit(today.addDays(-30))
        self.use_to = QCheckBox(self.tr("&To:"))
        self.date_to = QDateEdit(today)
        for check, edit, name in ((self.use_from, self.date_from, self.tr("From date")),
                                  (self.use_to, self.date_to, self.tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.setAccessibleName(name)
            check.setAccessibleName(name)
            check.toggled.connect(edit.setEnabled)
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("login name"))
        self.user.setAccessibleName(self.tr("User"))
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Action"))
        self.entity = QComboBox()
        self.entity.setAccessibleName(self.tr("Record type"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("words in the details or a record number"))
        self.text.setAccessibleName(self.tr("Search text"))
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.setDefault(True)
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        for line in (self.user, self.text):
            line.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.clear_button.clicked.connect(self.clear_filters)

        def labelled(text: str, widget: QWidget) -> QLabel:
            label = QLabel(text)
            label.setBuddy(widget)
            return label

        grid.addWidget(self.use_from, 0, 0)
        grid.addWidget(self.date_from, 0, 1)
        grid.addWidget(self.use_to, 0, 2)
        grid.addWidget(self.date_to, 0, 3)
        grid.addWidget(labelled(self.tr("&User:"), self.user), 0, 4)
        grid.addWidget(self.user, 0, 5)
        grid.addWidget(labelled(self.tr("&Action:"), self.action), 1, 0)
        grid.addWidget(self.action, 1, 1)
        grid.addWidget(labelled(self.tr("&Record type:"), self.entity), 1, 2)
        grid.addWidget(self.entity, 1, 3)
        grid.addWidget(labelled(self.tr("Te&xt:"), self.text), 1, 4)
        grid.addWidget(self.text, 1, 5)
        grid.setColumnStretch(5, 1)
        buttons = QHBoxLayout()
        self.count = QLabel()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.search_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit events"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SUMMARY, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.load_choices()
        self.search()

    def load_choices(self) -> None:
        with UnitOfWork(self.context.db, write=False) as uow:
            actions, entities = audit.distinct_values(uow, self.context.actor)
        for combo, values in ((self.action, actions), (self.entity, entities)):
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("(any)"), "")
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def current_filter(self) -> AuditFilter:
        def day(check: QCheckBox, edit: QDateEdit) -> date | None:
            if not check.isChecked():
                return None
            qdate = edit.date()
            return date(qdate.year(), qdate.month(), qdate.day())

        return AuditFilter(
            date_from=day(self.use_from, self.date_from),
            date_to=day(self.use_to, self.date_to),
            username=self.user.text().strip(),
            action=self.action.currentData() or "",
            entity=self.entity.currentData() or "",
            text=self.text.text().strip(),
        )

    def search(self) -> None:
        with UnitOfWork(self.context.db, write=False) as uow:
            rows = audit.search_events(uow, self.context.actor, self.current_filter(), limit=LIMIT)
        self.model.set_rows(rows)
        if len(rows) >= LIMIT:
            self.count.setText(self.tr("Showing the newest %n event(s): narrow the filters to see older ones.", "",
                                       len(rows)))
        else:
            self.count.setText(self.tr("%n event(s)", "", len(rows)))

    def clear_filters(self) -> None:
        self.use_from.setChecked(False)
        self.use_to.setChecked(False)
        self.user.clear()
        self.text.clear()
        self.action.setCurrentIndex(0)
        self.entity.setCurrentIndex(0)
        self.search()
