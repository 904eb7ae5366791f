"""Add/edit a user and reset a password. Each dialog saves through the service itself and stays open,
with the message inline, until the save succeeds: a refused save never loses what was typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.errors import UserError
from desktop.models.users import Role
from desktop.services import users
from desktop.services.permissions import Actor, role_label
from desktop.services.uow import UnitOfWork
from desktop.services.users import UserInfo
from desktop.views.dialogs import BaseDialog, error_label, set_error


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class _SavingDialog(BaseDialog):
    """OK runs `save()`; a UserError is shown inline and the dialog stays open."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self.saved: UserInfo | None = None

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def save(self, uow: UnitOfWork) -> UserInfo:
        raise NotImplementedError

    def focus_for(self, field: str | None) -> QWidget | None:
        return None

    def try_save(self) -> None:
        try:
            with UnitOfWork(self.db) as uow:
                self.saved = self.save(uow)
                uow.commit()
        except UserError as exc:
            set_error(self.error, exc.message, exc.hint)
            widget = self.focus_for(exc.field)
            if widget is not None:
                widget.setFocus()
            return
        self.accept()


class UserDialog(_SavingDialog):
    """New user (login name, full name, role, first password) or edit (full name, role, active)."""

    def __init__(self, db: Database, actor: Actor, user: UserInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.user = user
        self.setWindowTitle(self.tr("New user") if user is None else self.tr("Edit user"))
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("Login name"))
        self.full_name = QLineEdit()
        self.full_name.setAccessibleName(self.tr("Full name"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for role in Role:
            self.role.addItem(role_label(role), role)
        self.form.addRow(self.tr("&Login name:"), self.username)
        self.form.addRow(self.tr("&Full name:"), self.full_name)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.active = QCheckBox(self.tr("&Active (may sign in)"))
        self.password = _password_field(self.tr("First password"))
        self.password2 = _password_field(self.tr("Repeat the first password"))
        if user is None:
            self.form.addRow(self.tr("First &password:"), self.password)
            self.form.addRow(self.tr("R&epeat it:"), self.password2)
            note = QLabel(self.tr("The user chooses their own password the first time they sign in."))
            note.setWordWrap(True)
            self.form.addRow(note)
            self.role.setCurrentIndex(self.role.findData(Role.FRONT_DESK))
        else:
            self.username.setText(user.username)
            self.username.setReadOnly(True)
            self.full_name.setText(user.full_name)
            self.role.setCurrentIndex(self.role.findData(user.role))
            self.active.setChecked(user.active)
            self.form.addRow("", self.active)
        self.finish_layout()

    def focus_for(self, field: str | None) -> QWidget | None:
        return {"username": self.username, "password": self.password}.get(field or "", None)

    def save(self, uow: UnitOfWork) -> UserInfo:
        role = Role(self.role.currentData())  # Qt hands the enum back as its string value
        if self.user is None:
            if self.password.text() != self.password2.text():
                raise UserError(self.tr("The two passwords are not the same."), field="password")
            return users.create_user(uow, self.actor, self.username.text(), self.full_name.text(), role,
                                     self.password.text())
        return users.update_user(uow, self.actor, self.user.username, full_name=self.full_name.text(), role=role,
                                 active=self.active.isChecked())


class ResetPasswordDialog(_SavingDialog):
    """Set a temporary password; this also lifts a lockout. The user changes it at the next sign-in."""

    def __init__(self, db: Database, actor: Actor, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, parent)
        self.user = user
        self.setWindowTitle(self.tr("Reset password"))
        intro = QLabel(
            self.tr("New temporary password for {login}. Any lockout is lifted; they choose their own "
                    "password at their next sign-in.").format(login=user.username)
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.password = _password_field(self.tr("New password"))
        self.password2 = _password_field(self.tr("Repeat the new password"))
        self.form.addRow(self.tr("&New password:"), self.password)
        self.form.addRow(self.tr("R&epeat it:"), self.password2)
        self.finish_layout()

    def focus_for(self, field: str | None) -> QWidget | None:
        return self.password

    def save(self, uow: UnitOfWork) -> UserInfo:
        if self.password.text() != self.password2.text():
            raise UserError(self.tr("The two passwords are not the same."), field="password")
        return users.reset_password(uow, self.actor, self.user.username, self.password.text())


DialogFactory = Callable[[], _SavingDialog]
