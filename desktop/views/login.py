"""Sign-in (with the language of the screen, remembered as UI state) and the forced password change."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.db import Database
from desktop.errors import UserError
from desktop.i18n import LANGUAGES, current_language
from desktop.services import demo, settings, users
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from desktop.views.dialogs import BaseDialog, error_label, set_error, ui_settings
from desktop.views.main_window import training_banner
from desktop.views.translations import install_language

LANGUAGE_KEY = "login/language"


def remembered_language() -> str | None:
    value = ui_settings().value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class LoginDialog(BaseDialog):
    """Accepted once `authenticate` succeeds; `self.actor` is then the signed-in user."""

    def __init__(self, db: Database, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        with UnitOfWork(db, write=False) as uow:
            self.centre = settings.centre_info(uow)
            self.training_accounts = [name for name, _role in demo.demo_users(uow)] if self.centre.demo else []
        layout = QVBoxLayout(self)
        self.banner = training_banner()
        self.banner.setVisible(self.centre.demo)
        layout.addWidget(self.banner)
        self.centre_label = QLabel(self.centre.name)
        font = self.centre_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.centre_label.setFont(font)
        self.centre_label.setWordWrap(True)
        layout.addWidget(self.centre_label)
        form = QFormLayout()
        self.username = QLineEdit(username)
        self.password = _password_field()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.username_label, self.password_label, self.language_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        form.addRow(self.language_label, self.language)
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        self.language_label.setBuddy(self.language)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.language)
        self.retranslate()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        (self.password if username else self.username).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in — {app}").format(app=APP_NAME))
        self.username_label.setText(self.tr("&Login name:"))
        self.password_label.setText(self.tr("&Password:"))
        self.language_label.setText(self.tr("Lan&guage:"))
        self.username.setAccessibleName(self.tr("Login name"))
        self.password.setAccessibleName(self.tr("Password"))
        self.language.setAccessibleName(self.tr("Language"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        if self.centre.demo:
            self.banner.setText(
                self.tr("TRAINING DATABASE — practice data only. Accounts: {accounts}. Password: {password}").format(
                    accounts=", ".join(self.training_accounts), password=demo.DEMO_PASSWORD
                )
            )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        ui_settings().setValue(LANGUAGE_KEY, code)
        install_language(code)

    def try_sign_in(self) -> None:
        try:
            with UnitOfWork(self.db) as uow:
                self.actor = users.authenticate(uow, self.username.text(), self.password.text())
        except UserError as exc:
            self.password.clear()
            set_error(self.error, exc.message, exc.hint)
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        set_error(self.error, "")
        self.accept()


class ChangePasswordDialog(BaseDialog):
    """Asked right after signing in with a password the administrator set."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Choose your password"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Your password was set by the administrator. Choose your own before you carry on."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.old = _password_field()
        self.new = _password_field()
        self.new2 = _password_field()
        for field, label, name in (
            (self.old, self.tr("&Current password:"), self.tr("Current password")),
            (self.new, self.tr("&New password:"), self.tr("New password")),
            (self.new2, self.tr("R&epeat it:"), self.tr("Repeat the new password")),
        ):
            field.setAccessibleName(name)
            form.addRow(label, field)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_change)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def try_change(self) -> None:
        if self.new.text() != self.new2.text():
            set_error(self.error, self.tr("The two new passwords are not the same."))
            self.new2.clear()
            self.new2.setFocus()
            return
        try:
            with UnitOfWork(self.db) as uow:
                users.change_own_password(uow, self.actor, self.old.text(), self.new.text())
                uow.commit()
        except UserError as exc:
            set_error(self.error, exc.message, exc.hint)
            (self.old if exc.field == "old" else self.new).setFocus()
            return
        self.accept()
