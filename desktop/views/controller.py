"""The sequence of windows: first-run wizard or sign-in, then the main window, and back on sign-out.

Windows are shown with show()/open() and hand over through signals, never nested exec() loops, so
the app always has exactly one event loop (desktop.app runs it).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.db import Database, open_database
from desktop.errors import UserError
from desktop.i18n import current_language
from desktop.schema import prepare
from desktop.services import account, settings, users
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.context import PageContext, load_centre
from desktop.views.login import ChangePasswordDialog, LoginDialog
from desktop.views.main_window import MainWindow
from desktop.views.setup.wizard import SetupWizard
from desktop.views.translations import install_language

log = logging.getLogger(__name__)


class AppController(QObject):
    """`quit_requested` asks the application to end (wizard or sign-in cancelled, main window closed)."""

    quit_requested = Signal()

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.window: QWidget | None = None  # the one window currently in charge
        self.main_window: MainWindow | None = None
        self.login_language = current_language()

    def start(self) -> None:
        with UnitOfWork(self.db, write=False) as uow:
            initialised = settings.is_initialised(uow)
        if initialised:
            self.show_login()
        else:
            self.show_wizard()

    # -- first run ------------------------------------------------------------------------------------
    def show_wizard(self) -> None:
        wizard = SetupWizard(self.db)
        wizard.accepted.connect(lambda: self._wizard_done(wizard))
        wizard.rejected.connect(self.quit_requested)
        self.window = wizard
        wizard.show()

    def _wizard_done(self, wizard: SetupWizard) -> None:
        outcome = wizard.outcome
        wizard.deleteLater()
        if outcome is None:
            self.quit_requested.emit()
            return
        self.login_language = current_language()
        if outcome.training and outcome.training_path is not None:
            try:
                training = open_database(str(outcome.training_path))
                prepare(training)
            except UserError as exc:
                messages.show_user_error(None, exc)
                self.quit_requested.emit()
                return
            log.info("opening the training database %s", outcome.training_path)
            self.db.dispose()
            self.db = training
        self.show_login(outcome.username)

    # -- sign in --------------------------------------------------------------------------------------
    def show_login(self, username: str = "") -> None:
        if current_language() != self.login_language:
            install_language(self.login_language)  # the previous user's own language no longer applies
        dialog = LoginDialog(self.db, username)
        dialog.accepted.connect(lambda: self._signed_in(dialog))
        dialog.rejected.connect(self.quit_requested)
        self.window = dialog
        dialog.show()

    def _signed_in(self, dialog: LoginDialog) -> None:
        actor = dialog.actor
        self.login_language = current_language()
        dialog.deleteLater()
        if actor is None:
            self.show_login()
            return
        with UnitOfWork(self.db, write=False) as uow:
            must_change = users.must_change_password(uow, actor)
        if must_change:
            change = ChangePasswordDialog(self.db, actor)
            change.accepted.connect(lambda: self.open_main(actor))
            change.rejected.connect(lambda: self._sign_out(actor, "password change refused"))
            self.window = change
            change.show()
            return
        self.open_main(actor)

    # -- main window ----------------------------------------------------------------------------------
    def open_main(self, actor: Actor) -> MainWindow:
        with UnitOfWork(self.db, write=False) as uow:
            own = account.own_language(uow, actor)
        if own and own != current_language():
            install_language(own)
        window = MainWindow(PageContext(self.db, actor, load_centre(self.db)))
        window.closed.connect(lambda signed_out: self._main_closed(window, actor, signed_out))
        self.window = self.main_window = window
        window.show()
        return window

    def _main_closed(self, window: MainWindow, actor: Actor, signed_out: bool) -> None:
        window.deleteLater()
        self.main_window = None
        if signed_out:
            self._sign_out(actor, "signed out")
        else:
            self._record_sign_out(actor, "window closed")
            self.quit_requested.emit()

    def _record_sign_out(self, actor: Actor, reason: str) -> None:
        try:
            with UnitOfWork(self.db) as uow:
                account.record_sign_out(uow, actor, reason=reason)
                uow.commit()
        except UserError:
            log.warning("could not record the sign-out of user %s", actor.user_id, exc_info=True)

    def _sign_out(self, actor: Actor, reason: str) -> None:
        self._record_sign_out(actor, reason)
        self.show_login()
