"""Sign-in: success, wrong password, lockout, forced password change, remembered language, sign-out."""

from __future__ import annotations

from desktop.models.users import Role
from desktop.services import audit, users
from desktop.services.audit import AuditFilter
from desktop.services.uow import UnitOfWork
from desktop.views.controller import AppController
from desktop.views.dialogs import ui_settings
from desktop.views.login import LANGUAGE_KEY, ChangePasswordDialog, LoginDialog
from desktop.views.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD


def _login(qtbot, db, username="admin") -> LoginDialog:
    dialog = LoginDialog(db, username)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_right_password_signs_in(qtbot, db):
    dialog = _login(qtbot, db)
    assert dialog.centre_label.text() == "Test Centre"
    dialog.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.accepted.emit()
    assert dialog.actor is not None and dialog.actor.username == "admin"


def test_wrong_password_shows_the_message_inline(qtbot, db):
    dialog = _login(qtbot, db)
    dialog.password.setText("wrong password")
    dialog.try_sign_in()
    assert dialog.actor is None and dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        "Wrong login name or password.\nCheck Caps Lock and the keyboard language, then try again."
    )
    assert dialog.password.text() == ""


def test_lockout_after_five_wrong_passwords(qtbot, db):
    dialog = _login(qtbot, db)
    for _ in range(5):
        dialog.password.setText("wrong password")
        dialog.try_sign_in()
    dialog.password.setText(ADMIN_PASSWORD)  # even the right password is refused while locked
    dialog.try_sign_in()
    assert dialog.actor is None
    assert dialog.error.text().startswith("Too many wrong passwords: this account is locked.\nTry again in 1 minute")


def test_language_choice_is_remembered_as_ui_state(qtbot, db):
    dialog = _login(qtbot, db)
    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    assert ui_settings().value(LANGUAGE_KEY) == "pl"
    from desktop.i18n import current_language

    assert current_language() == "pl"


def test_training_database_login_names_the_training_accounts(qtbot, db):
    from desktop.services import settings

    with UnitOfWork(db) as uow:
        settings.put(uow, "centre.demo", True)
        uow.commit()
    dialog = _login(qtbot, db)
    assert dialog.banner.isVisible()
    assert "training-2026" in dialog.banner.text() and "admin" in dialog.banner.text()


def test_controller_forces_a_password_change_then_opens_the_main_window(qtbot, db, admin):
    with UnitOfWork(db) as uow:
        users.create_user(uow, admin, "newbie", "New Person", Role.FRONT_DESK, STAFF_PASSWORD)
        uow.commit()
    controller = AppController(db)
    controller.start()
    login = controller.window
    assert isinstance(login, LoginDialog)
    login.username.setText("newbie")
    login.password.setText(STAFF_PASSWORD)
    login.try_sign_in()
    change = controller.window
    assert isinstance(change, ChangePasswordDialog)
    change.old.setText(STAFF_PASSWORD)
    change.new.setText("my own password")
    change.new2.setText("my own passwort")
    change.try_change()
    assert change.error.text() == "The two new passwords are not the same."
    change.new2.setText("my own password")
    change.try_change()
    window = controller.window
    assert isinstance(window, MainWindow)
    assert window.context.actor.username == "newbie"
    with UnitOfWork(db, write=False) as uow:
        assert users.must_change_password(uow, window.context.actor) is False

    window.sign_out()  # back to the sign-in screen, with the sign-out audited
    assert isinstance(controller.window, LoginDialog)
    controller.window.close()
    with UnitOfWork(db, write=False) as uow:
        events = audit.search_events(uow, admin, AuditFilter(username="newbie"))
    assert [e.action for e in events][:3] == ["logout", "password_change", "login"]


def test_closing_the_main_window_quits(qtbot, db):
    controller = AppController(db)
    controller.start()
    login = controller.window
    login.password.setText(ADMIN_PASSWORD)
    login.username.setText("admin")
    login.try_sign_in()
    window = controller.window
    assert isinstance(window, MainWindow)
    with qtbot.waitSignal(controller.quit_requested):
        window.close()


def test_cancelling_the_login_quits(qtbot, db):
    controller = AppController(db)
    controller.start()
    with qtbot.waitSignal(controller.quit_requested):
        controller.window.reject()
