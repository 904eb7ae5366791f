"""Import with a preview: choose a file, see every bad row (line, column, reason) and the likely
duplicates, then import / import the valid rows / cancel. Also downloads the template."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.progress import Progress
from desktop.services import importing
from desktop.services.import_households import duplicate_notes_for_file
from desktop.services.importing import ImportIssue, ImportReport
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.context import PageContext
from desktop.views.dialogs import BaseDialog

Index = QModelIndex | QPersistentModelIndex
COL_LINE, COL_COLUMN, COL_MESSAGE = range(3)
HEADERS = (QT_TRANSLATE_NOOP("ImportIssuesModel", "Line"), QT_TRANSLATE_NOOP("ImportIssuesModel", "Column"),
           QT_TRANSLATE_NOOP("ImportIssuesModel", "Problem"))


class ImportIssuesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.issues: list[ImportIssue] = []

    def set_issues(self, issues: list[ImportIssue]) -> None:
        self.beginResetModel()
        self.issues = list(issues)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.issues)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt signature
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return QCoreApplication.translate("ImportIssuesModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid() or not 0 <= index.row() < len(self.issues):
            return None
        issue = self.issues[index.row()]
        return (str(issue.line), issue.column, issue.message)[index.column()] if 0 <= index.column() < 3 else None


def check_or_import(progress: Progress, db: Database, actor: Actor, kind: str, path: Path, dry_run: bool,
                    valid_only: bool) -> tuple[ImportReport, list[str]]:
    """Runs on the worker thread with its own session."""
    with UnitOfWork(db) as uow:
        report = importing.run_import(uow, actor, kind, path, dry_run=dry_run, valid_only=valid_only,
                                      progress=progress)
        notes = duplicate_notes_for_file(uow, actor, path) if dry_run and kind == "households" else []
        if report.imported:
            uow.commit()
    return report, notes


class ImportDialog(BaseDialog):
    def __init__(self, context: PageContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.kind = context, kind
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import {kind}").format(kind=kind))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.setPlaceholderText(self.tr("A .csv (UTF-8) or .xlsx file with a header row"))
        browse = QPushButton(self.tr("&Choose file…"))
        self.check_button = QPushButton(self.tr("C&heck"))
        template = QPushButton(self.tr("Download &template…"))
        for widget in (self.path, browse, self.check_button, template):
            row.addWidget(widget, 1 if widget is self.path else 0)
        layout.addLayout(row)
        self.summary = QLabel(self.tr("Choose a file, then Check: nothing is imported before you confirm."))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = ImportIssuesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Problems found"))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 2)
        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Notes"))
        layout.addWidget(self.notes, 1)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.valid_button = self.buttons.addButton(self.tr("Import &valid rows"), QDialogButtonBox.ButtonRole.ApplyRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.import_button.setEnabled(False)
        self.valid_button.setEnabled(False)
        browse.clicked.connect(self.choose_file)
        self.check_button.clicked.connect(self.check)
        template.clicked.connect(self.save_template)
        self.import_button.clicked.connect(lambda: self.run(valid_only=False))
        self.valid_button.clicked.connect(lambda: self.run(valid_only=True))
        cancel.clicked.connect(self.reject)
        self.path.textChanged.connect(lambda _t: self._reset())
        self.resize(820, 560)

    def _reset(self) -> None:
        self.report = None
        self.import_button.setEnabled(False)
        self.valid_button.setEnabled(False)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file to import"), "",
                                              self.tr("Spreadsheets (*.csv *.xlsx)"))
        if path:
            self.path.setText(path)
            self.check()

    def save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the template"), f"{self.kind}-template.xlsx",
                                              self.tr("Excel (*.xlsx);;CSV UTF-8 (*.csv)"))
        if path:
            try:
                importing.write_template(self.kind, Path(path))
            except UserError as err:
                messages.show_user_error(self, err)

    def check(self) -> None:
        if self.path.text().strip():
            self._start(dry_run=True, valid_only=False)

    def run(self, *, valid_only: bool) -> None:
        self._start(dry_run=False, valid_only=valid_only)

    def _start(self, *, dry_run: bool, valid_only: bool) -> None:
        self.context.run_task(self, check_or_import, self.context.db, self.context.actor, self.kind,
                              Path(self.path.text().strip()), dry_run, valid_only,
                              label=self.tr("Checking the file") if dry_run else self.tr("Importing"),
                              on_done=self.show_result, on_error=self.show_error)

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            messages.show_user_error(self, exc)
        else:
            raise exc

    def show_result(self, result: tuple[ImportReport, list[str]]) -> None:
        report, duplicate_notes = result
        self.report = report
        self.model.set_issues(report.issues)
        self.notes.clear()
        if report.unknown_columns:
            self.notes.addItem(self.tr("Unknown columns (ignored): {columns}").format(
                columns=", ".join(report.unknown_columns)))
        for note in [*duplicate_notes, *report.notes]:
            self.notes.addItem(note)
        bad = len(report.bad_lines)
        if report.imported:
            self.summary.setText(self.tr("Imported %n row(s).", "", report.imported))
            self.import_button.setEnabled(False)
            self.valid_button.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
            return
        self.summary.setText(self.tr("%n row(s) read", "", report.rows) + " · "
                             + self.tr("%n valid", "", report.valid_rows) + " · "
                             + self.tr("%n with problems", "", bad))
        header_problem = any(i.line == 1 for i in report.issues)
        self.import_button.setEnabled(not report.issues and report.valid_rows > 0)
        self.valid_button.setEnabled(bool(report.issues) and report.valid_rows > 0 and not header_problem)
