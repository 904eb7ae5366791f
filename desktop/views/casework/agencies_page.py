"""The agencies directory: search, add, edit, import from CSV/XLSX. Opened from the Clients area."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.progress import Progress
from desktop.services import agencies, importing
from desktop.services.agencies import AgencyInput, AgencyRow
from desktop.services.importing import ImportReport
from desktop.services.permissions import Actor, Permission
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.casework.common import Column, FormDialog, RowsModel
from desktop.views.context import PageContext
from desktop.views.dialogs import BaseDialog
from desktop.views.translations import translate

COLUMNS: list[Column[AgencyRow]] = [
    Column(QT_TRANSLATE_NOOP("casework", "Name"), lambda a: a.name),
    Column(QT_TRANSLATE_NOOP("casework", "Type"), lambda a: a.type_label),
    Column(QT_TRANSLATE_NOOP("casework", "Services"), lambda a: a.services),
    Column(QT_TRANSLATE_NOOP("casework", "Phone"), lambda a: a.phone),
    Column(QT_TRANSLATE_NOOP("casework", "E-mail"), lambda a: a.email),
    Column(QT_TRANSLATE_NOOP("casework", "Contact person"), lambda a: a.contact_person),
    Column(QT_TRANSLATE_NOOP("casework", "Address"), lambda a: a.address),
]


def import_agencies(progress: Progress, db: Database, actor: Actor, path: Path, valid_only: bool) -> ImportReport:
    with UnitOfWork(db) as uow:
        report = importing.run_import(uow, actor, "agencies", path, valid_only=valid_only, progress=progress)
        if report.imported:
            uow.commit()
    return report


def describe(report: ImportReport) -> tuple[str, str]:
    """(message, details) for the user."""
    lines = [
        translate("casework", "Line {line}: {column} {message}")
        .format(line=i.line, column=i.column, message=i.message)
        .replace(":  ", ": ")
        for i in report.issues[:30]
    ]
    if report.unknown_columns:
        lines.insert(
            0, translate("casework", "Columns not used: {columns}").format(columns=", ".join(report.unknown_columns))
        )
    if report.blocked:
        return translate(
            "casework", "Nothing was imported: %n row(s) have problems.", "", len(report.bad_lines)
        ), "\n".join(lines)
    return translate("casework", "%n agency(ies) imported.", "", report.imported), "\n".join(lines)


class AgenciesWidget(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.dialog: FormDialog | None = None
        self.last_report: ImportReport | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("casework", "Search agencies by name, type or service"))
        self.search.setAccessibleName(translate("casework", "Search agencies"))
        self.search.textChanged.connect(self.reload)
        QShortcut(
            QKeySequence.StandardKey.Find, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        ).activated.connect(self.search.setFocus)
        self.model: RowsModel[AgencyRow] = RowsModel(COLUMNS, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("casework", "Agencies"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.search, 1)
        if context.can(Permission.EDIT_CASE_FILES):
            for text, slot in (
                (translate("casework", "&New agency…"), self.new_agency),
                (translate("casework", "&Edit…"), self.edit_agency),
                (translate("casework", "&Import…"), self.import_file),
            ):
                button = QPushButton(text)
                button.setAccessibleName(text.replace("&", "").rstrip("…"))
                button.clicked.connect(lambda _=False, s=slot: s())
                buttons.addWidget(button)
            QShortcut(
                QKeySequence.StandardKey.New, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            ).activated.connect(self.new_agency)
            self.table.doubleClicked.connect(lambda _index: self.edit_agency())
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        with UnitOfWork(self.context.db, write=False) as uow:
            self.model.set_rows(agencies.list_agencies(uow, self.context.actor, self.search.text()))

    def selected(self) -> AgencyRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _form(self, title: str, current: AgencyRow | None) -> FormDialog:
        with UnitOfWork(self.context.db) as uow:
            agencies.ensure_agency_types(uow)
            types = agencies.agency_types(uow)
            uow.commit()

        def save(uow: UnitOfWork, d: FormDialog) -> int:
            return agencies.save_agency(
                uow,
                self.context.actor,
                AgencyInput(
                    d.value("name"),
                    d.fields["type"].currentText(),  # type: ignore[attr-defined]
                    d.value("services"),
                    d.value("phone"),
                    d.value("email"),
                    d.value("address"),
                    d.value("contact_person"),
                ),
                current.id if current else None,
            )

        dialog = FormDialog(self.context, title, save, self)
        dialog.add_line("name", translate("casework", "Name"), current.name if current else "")
        combo = dialog.add_combo("type", translate("casework", "Type"), [(t.label, t.id) for t in types])
        combo.setEditable(True)  # a new kind typed here is added to the list
        combo.setCurrentText(current.type_label if current else "")
        dialog.add_text("services", translate("casework", "Services offered"), current.services if current else "")
        dialog.add_line("phone", translate("casework", "Phone"), current.phone if current else "")
        dialog.add_line("email", translate("casework", "E-mail"), current.email if current else "")
        dialog.add_line(
            "contact_person", translate("casework", "Contact person"), current.contact_person if current else ""
        )
        dialog.add_text("address", translate("casework", "Address"), current.address if current else "")
        dialog.accepted.connect(self.reload)
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_agency(self) -> FormDialog:
        return self._form(translate("casework", "New agency"), None)

    def edit_agency(self) -> FormDialog | None:
        chosen = self.selected()
        return self._form(translate("casework", "Edit agency"), chosen) if chosen else None

    def import_file(self, path: Path | None = None, valid_only: bool = False) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, translate("casework", "Import agencies"), "", translate("casework", "Spreadsheets (*.csv *.xlsx)")
            )
            if not name:
                return
            path = Path(name)
        self.context.run_task(
            self,
            import_agencies,
            self.context.db,
            self.context.actor,
            path,
            valid_only,
            label=translate("casework", "Importing agencies"),
            on_done=self._imported,
        )

    def _imported(self, report: ImportReport) -> None:
        self.last_report = report
        self.reload()
        text, details = describe(report)
        (messages.warn if report.issues else messages.info)(self, text, details)


class AgenciesDialog(BaseDialog):
    """The directory as a window over the Clients page."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("casework", "Agencies"))
        self.widget = AgenciesWidget(context)
        layout = QVBoxLayout(self)
        layout.addWidget(self.widget)
        self.resize(900, 500)


def open_agencies(context: PageContext, parent: QWidget | None = None) -> AgenciesDialog:
    try:
        dialog = AgenciesDialog(context, parent)
    except UserError as err:
        messages.show_user_error(parent, err)
        raise
    dialog.open()
    return dialog
