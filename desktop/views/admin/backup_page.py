"""Backups from the GUI: a folder, then `maintenance.backup` on a worker through tasks.run_task."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.paths import backups_dir_for
from desktop.progress import Progress
from desktop.services import maintenance
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from desktop.views import messages, tasks
from desktop.views.context import PageContext

translate = QCoreApplication.translate


def default_folder(db: Database) -> Path | None:
    return backups_dir_for(db.path) if db.path is not None else None


def back_up_in_worker(progress: Progress, db: Database, actor: Actor, folder: Path) -> Path:
    """Runs on a worker thread: its own unit of work; the audit row commits with the finished backup."""
    with UnitOfWork(db) as uow:
        written = maintenance.backup(uow, actor, db, folder, progress)
        uow.commit()
    return written


def start_backup(parent: QWidget, context: PageContext, folder: Path,
                 on_done: object = None) -> tasks.Task:
    def done(written: Path) -> None:
        messages.info(
            parent,
            translate("backup", "The backup was written and checked."),
            translate("backup", "File: {path}").format(path=written),
        )
        if callable(on_done):
            on_done(written)

    return tasks.run_task(
        parent,
        back_up_in_worker,
        context.db,
        context.actor,
        folder,
        label=translate("backup", "Backing up the database"),
        on_done=done,
        cancellable=False,  # the SQLite backup API copies in one step; there is no safe point to stop
    )


def ask_folder_and_back_up(parent: QWidget, context: PageContext) -> tasks.Task | None:
    start = default_folder(context.db)
    folder = QFileDialog.getExistingDirectory(
        parent, translate("backup", "Choose the folder for the backup"), str(start or Path.home())
    )
    if not folder:
        return None
    return start_backup(parent, context, Path(folder))


class BackupPage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.last_task: tasks.Task | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A backup is a checked copy of the whole database, made while everyone keeps working. "
                "Keep copies on a USB drive or another computer too: a broken disk takes the backups folder with it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Backup folder"))
        folder = default_folder(context.db)
        self.folder.setText(str(folder) if folder else "")
        label = QLabel(self.tr("&Folder:"))
        label.setBuddy(self.folder)
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Browse for the backup folder"))
        self.browse.clicked.connect(self.choose_folder)
        row.addWidget(label)
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)
        self.backup_button = QPushButton(self.tr("Back up &now"))
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        layout.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignRight)
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        if context.db.path is None:
            for widget in (self.folder, self.browse, self.backup_button):
                widget.setEnabled(False)
            self.result.setText(
                self.tr("This is a server database: back it up with the server's own tools (pg_dump).")
            )
        layout.addStretch(1)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder for the backup"),
                                                  self.folder.text() or str(Path.home()))
        if folder:
            self.folder.setText(folder)

    def back_up_now(self) -> None:
        text = self.folder.text().strip()
        if not text:
            messages.warn(self, self.tr("Choose a folder for the backup first."))
            return
        self.backup_button.setEnabled(False)
        self.last_task = start_backup(self, self.context, Path(text), on_done=self._written)
        self.last_task.finished.connect(lambda: self.backup_button.setEnabled(True))

    def _written(self, path: Path) -> None:
        self.result.setText(self.tr("Last backup: {path}").format(path=path))
