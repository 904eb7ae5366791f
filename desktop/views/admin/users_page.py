"""Users tab: the list of accounts and add / edit / reset password / disable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop.errors import UserError
from desktop.services import users
from desktop.services.uow import UnitOfWork
from desktop.services.users import UserInfo
from desktop.views import messages
from desktop.views.admin.user_dialogs import ResetPasswordDialog, UserDialog
from desktop.views.admin.users_model import UsersTableModel
from desktop.views.context import PageContext


class UsersPage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.dialog: UserDialog | ResetPasswordDialog | None = None
        self.model = UsersTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(self.edit_user)
        self.add_button = QPushButton(self.tr("&New user…"))
        self.add_button.setToolTip(self.tr("Ctrl+N"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.disable_button = QPushButton(self.tr("&Disable"))
        for button, slot in (
            (self.add_button, self.add_user),
            (self.edit_button, self.edit_user),
            (self.reset_button, self.reset_password),
            (self.disable_button, self.disable_user),
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
        shortcut = QShortcut(QKeySequence.StandardKey.New, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.add_user)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.reset_button, self.disable_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        chosen = self.selected()
        current = select or (chosen.username if chosen else None)
        with UnitOfWork(self.context.db, write=False) as uow:
            self.model.set_rows(users.list_users(uow, self.context.actor))
        for row, user in enumerate(self.model.rows):
            if user.username == current:
                self.table.selectRow(row)
                break
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.user_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.edit_button, self.reset_button):
            button.setEnabled(user is not None)
        self.disable_button.setEnabled(user is not None and user.active)

    def _open(self, dialog: UserDialog | ResetPasswordDialog) -> None:
        # open(), not exec(): the screen lock can hide the dialog and show it again without losing input.
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()

    def _saved(self, dialog: UserDialog | ResetPasswordDialog) -> None:
        self.reload(select=dialog.saved.username if dialog.saved else None)
        if isinstance(dialog, ResetPasswordDialog):
            messages.info(self, self.tr("The password was reset."),
                          self.tr("Give it to the user; they will choose their own when they next sign in."))

    def add_user(self) -> None:
        self._open(UserDialog(self.context.db, self.context.actor, None, self))

    def edit_user(self) -> None:
        user = self.selected()
        if user is not None:
            self._open(UserDialog(self.context.db, self.context.actor, user, self))

    def reset_password(self) -> None:
        user = self.selected()
        if user is not None:
            self._open(ResetPasswordDialog(self.context.db, self.context.actor, user, self))

    def disable_user(self) -> None:
        user = self.selected()
        if user is None:
            return
        if not messages.confirm(
            self,
            self.tr("Disable the account {login}?").format(login=user.username),
            self.tr("They can no longer sign in. Their records and the audit log stay; you can enable it again."),
        ):
            return
        try:
            with UnitOfWork(self.context.db) as uow:
                users.disable_user(uow, self.context.actor, user.username)
                uow.commit()
        except UserError as exc:
            messages.show_user_error(self, exc)
        self.reload(select=user.username)
