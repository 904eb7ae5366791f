"""The screen lock hides every window with data and only the same user's password brings them back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.models.users import Role
from desktop.services import audit
from desktop.services.audit import AuditFilter
from desktop.services.uow import UnitOfWork
from desktop.views.admin.user_dialogs import UserDialog
from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD
from tests.gui.helpers import main_window


def test_lock_hides_pages_and_dialogs_and_unlock_needs_the_right_password(qtbot, db, admin):
    window = main_window(qtbot, db, admin)
    users_page = window.open_page("administration").open_tab("users")
    users_page.add_user()
    dialog = users_page.dialog
    assert isinstance(dialog, UserDialog) and dialog.isVisible()
    dialog.username.setText("half-typed")  # an unsaved form must survive the lock

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert window.body.currentWidget() is window.lock_page
    assert not window.shell.isVisible() and not window.stack.isVisible()
    assert not dialog.isVisible()
    assert not window.menuBar().isEnabled()
    assert window.windowTitle().startswith("Locked")

    window.lock_page.password.setText("not the password")
    window.lock_page.try_unlock()
    assert window.locked and not window.shell.isVisible()
    assert "password is wrong" in window.lock_page.error.text()
    assert window.lock_page.password.text() == ""

    window.lock_page.password.setText(ADMIN_PASSWORD)
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_Return)
    assert not window.locked
    assert window.shell.isVisible()
    assert dialog.isVisible() and dialog.username.text() == "half-typed"
    with UnitOfWork(db, write=False) as uow:
        actions = [e.action for e in audit.search_events(uow, admin, AuditFilter())]
    assert actions[:2] == ["unlock", "login_failed"]


def test_another_users_password_does_not_unlock(qtbot, db, actors):
    window = main_window(qtbot, db, actors[Role.FRONT_DESK])
    window.lock()
    window.lock_page.password.setText(ADMIN_PASSWORD)  # the administrator's password, not this user's
    window.lock_page.try_unlock()
    assert window.locked
    window.lock_page.password.setText(STAFF_PASSWORD)
    window.lock_page.try_unlock()
    assert not window.locked


def test_idle_time_locks_the_screen(qtbot, db, admin):
    window = main_window(qtbot, db, admin)
    assert window.idle.timeout_ms == 5 * 60_000  # the centre's default
    window.idle.set_timeout_ms(150)
    window.idle.reset()
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert window.body.currentWidget() is window.lock_page


def test_input_keeps_the_screen_unlocked(qtbot, db, admin):
    window = main_window(qtbot, db, admin)
    window.idle.set_timeout_ms(1000)
    window.idle.reset()
    # 2 s of typing in a text field (no page switches, so a busy machine cannot stall the event loop for
    # a whole second): every key press restarts the idle timer.
    search = window.findChild(QLineEdit)
    assert search is not None
    for _ in range(20):
        qtbot.wait(100)
        qtbot.keyClick(search, Qt.Key.Key_A)
    assert not window.locked


def test_sign_out_from_the_lock_page_closes_the_window(qtbot, db, admin):
    window = main_window(qtbot, db, admin)
    window.lock()
    with qtbot.waitSignal(window.closed) as blocker:
        window.lock_page.sign_out_button.click()
    assert blocker.args == [True]
