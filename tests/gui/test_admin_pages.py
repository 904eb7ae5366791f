"""Administration tabs on real widgets: users (add, edit, reset, disable), audit filters, centre settings,
backup; the two table models pass qtmodeltester."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from desktop.models.base import utcnow
from desktop.models.users import Role, User
from desktop.services import audit, settings, users
from desktop.services.audit import AuditFilter
from desktop.services.uow import UnitOfWork
from desktop.views.admin.audit_model import COL_ACTION, COL_USER, AuditTableModel
from desktop.views.admin.audit_page import AuditPage
from desktop.views.admin.user_dialogs import ResetPasswordDialog, UserDialog
from desktop.views.admin.users_model import COL_FULL_NAME, COL_ROLE, COL_STATUS, COL_USERNAME, UsersTableModel
from desktop.views.admin.users_page import UsersPage
from tests.conftest import ADMIN_PASSWORD, STAFF_PASSWORD
from tests.gui.helpers import main_window


def _users_page(qtbot, db, admin) -> UsersPage:
    window = main_window(qtbot, db, admin)
    page = window.open_page("administration").open_tab("users")
    assert isinstance(page, UsersPage)
    return page


def _select(page: UsersPage, username: str) -> None:
    row = next(i for i, u in enumerate(page.model.rows) if u.username == username)
    page.table.selectRow(row)


def _user_row(db, username: str) -> User:
    with UnitOfWork(db, write=False) as uow:
        from sqlalchemy import select

        user = uow.session.scalar(select(User).where(User.username == username))
        assert user is not None
        uow.session.expunge(user)
        return user


def test_add_user_creates_the_row(qtbot, db, admin):
    page = _users_page(qtbot, db, admin)
    page.add_user()
    dialog = page.dialog
    assert isinstance(dialog, UserDialog)
    dialog.username.setText("marta")
    dialog.full_name.setText("Marta Nowak")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.CASEWORKER))
    dialog.password.setText(STAFF_PASSWORD)
    dialog.password2.setText(STAFF_PASSWORD + "x")
    dialog.try_save()
    assert dialog.isVisible() and dialog.error.text() == "The two passwords are not the same."
    dialog.password2.setText(STAFF_PASSWORD)
    dialog.try_save()
    assert not dialog.isVisible()
    row = _user_row(db, "marta")
    assert (row.full_name, row.role, row.active, row.must_change_password) == (
        "Marta Nowak", Role.CASEWORKER, True, True)
    assert [u.username for u in page.model.rows] == ["admin", "marta"]
    assert page.selected().username == "marta"
    index = page.model.index(1, COL_ROLE)
    assert page.model.data(index) == "Caseworker"


def test_duplicate_login_name_is_refused_in_the_dialog(qtbot, db, admin):
    page = _users_page(qtbot, db, admin)
    page.add_user()
    dialog = page.dialog
    dialog.username.setText("admin")
    dialog.password.setText(STAFF_PASSWORD)
    dialog.password2.setText(STAFF_PASSWORD)
    dialog.try_save()
    assert dialog.isVisible() and dialog.error.text() == "The login name admin is already taken."


def test_edit_changes_name_and_role(qtbot, db, actors):
    page = _users_page(qtbot, db, actors[Role.ADMINISTRATOR])
    _select(page, "warehouse")
    page.edit_user()
    dialog = page.dialog
    assert dialog.username.isReadOnly() and dialog.username.text() == "warehouse"
    dialog.full_name.setText("Jan Magazyn")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.COORDINATOR))
    dialog.try_save()
    row = _user_row(db, "warehouse")
    assert (row.full_name, row.role) == ("Jan Magazyn", Role.COORDINATOR)


def test_reset_password_clears_the_lockout(qtbot, db, actors, shown):
    with UnitOfWork(db) as uow:
        for _ in range(5):
            try:
                users.authenticate(uow, "front-desk", "wrong password")
            except Exception:
                pass
    assert _user_row(db, "front-desk").locked_until is not None
    page = _users_page(qtbot, db, actors[Role.ADMINISTRATOR])
    page.reload()
    row = next(i for i, u in enumerate(page.model.rows) if u.username == "front-desk")
    assert page.model.data(page.model.index(row, COL_STATUS)) == "Locked out"
    _select(page, "front-desk")
    page.reset_password()
    dialog = page.dialog
    assert isinstance(dialog, ResetPasswordDialog)
    dialog.password.setText("temporary-123")
    dialog.password2.setText("temporary-123")
    dialog.try_save()
    user = _user_row(db, "front-desk")
    assert user.locked_until is None and user.failed_logins == 0 and user.must_change_password
    assert shown.texts() == ["The password was reset."]
    assert page.model.data(page.model.index(row, COL_STATUS)) == "Active"
    with UnitOfWork(db) as uow:
        assert users.authenticate(uow, "front-desk", "temporary-123").username == "front-desk"


def test_disable_asks_first_and_then_disables(qtbot, db, actors, shown):
    page = _users_page(qtbot, db, actors[Role.ADMINISTRATOR])
    _select(page, "caseworker")
    shown.answer = False
    page.disable_user()
    assert _user_row(db, "caseworker").active
    shown.answer = True
    page.disable_user()
    assert not _user_row(db, "caseworker").active
    assert shown.texts()[-1] == "Disable the account caseworker?"
    assert not page.disable_button.isEnabled()
    row = next(i for i, u in enumerate(page.model.rows) if u.username == "caseworker")
    assert page.model.data(page.model.index(row, COL_STATUS)) == "Disabled"


def test_disabling_yourself_is_refused_with_a_message(qtbot, db, admin, shown):
    page = _users_page(qtbot, db, admin)
    _select(page, "admin")
    page.disable_user()
    assert shown.shown[-1].kind == "error"
    assert shown.shown[-1].text == "This is the last active administrator: create another one first."
    assert _user_row(db, "admin").active


def test_users_model_passes_qtmodeltester(qtmodeltester, db, actors):
    with UnitOfWork(db, write=False) as uow:
        rows = users.list_users(uow, actors[Role.ADMINISTRATOR])
    model = UsersTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.headerData(COL_FULL_NAME, Qt.Orientation.Horizontal) == "Full name"
    assert model.data(model.index(0, COL_USERNAME)) == "admin"
    assert model.data(model.index(0, COL_FULL_NAME)) == "Ada Admin"


def test_audit_viewer_filters(qtbot, db, actors):
    window = main_window(qtbot, db, actors[Role.ADMINISTRATOR])
    page = window.open_page("administration").open_tab("audit")
    assert isinstance(page, AuditPage)
    everything = page.model.rowCount()
    assert everything >= 10 and page.count.text().startswith(f"{everything} event")
    page.action.setCurrentIndex(page.action.findData("login"))
    page.search()
    assert page.model.rowCount() == 5  # admin + one per other role
    assert {page.model.data(page.model.index(r, COL_ACTION)) for r in range(5)} == {"login"}
    page.user.setText("Warehouse")  # case-insensitive
    page.search()
    assert page.model.rowCount() == 1 and page.model.data(page.model.index(0, COL_USER)) == "warehouse"
    page.clear_filters()
    page.text.setText("role caseworker")
    page.search()
    assert page.model.rowCount() == 1 and page.count.text().startswith("1 event")
    page.clear_filters()
    page.use_from.setChecked(True)
    page.date_from.setDate(page.date_from.date().addDays(40))  # a day in the future
    page.search()
    assert page.model.rowCount() == 0


def test_audit_model_passes_qtmodeltester_and_shows_local_time(qtmodeltester, db, admin):
    with UnitOfWork(db, write=False) as uow:
        rows = audit.search_events(uow, admin, AuditFilter())
    model = AuditTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    local = rows[0].at.astimezone()
    assert f"{local.minute:02d}" in model.data(model.index(0, 0))
    assert model.data(model.index(0, COL_ACTION)) == rows[0].action


def test_centre_settings_save_and_update_the_shell(qtbot, db, admin, shown):
    window = main_window(qtbot, db, admin)
    page = window.open_page("administration").open_tab("centre")
    page.name.setText("")
    page.save()
    assert page.error.text() == "Enter the centre's name."
    page.name.setText("Ośrodek Pomocy Społecznej")
    page.idle.setValue(12)
    page.name.setFocus()
    qtbot.keyClick(page.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with UnitOfWork(db, write=False) as uow:
        centre = settings.centre_info(uow)
    assert (centre.name, centre.idle_lock_minutes) == ("Ośrodek Pomocy Społecznej", 12)
    assert window.centre_label.text() == "Ośrodek Pomocy Społecznej"
    assert window.idle.timeout_ms == 12 * 60_000
    assert shown.texts() == ["The centre settings were saved."]


def test_backup_page_writes_a_checked_copy_and_audits_it(qtbot, db, admin, tmp_path, shown):
    window = main_window(qtbot, db, admin)
    page = window.open_page("administration").open_tab("backup")
    page.folder.setText(str(tmp_path / "copies"))
    page.back_up_now()
    with qtbot.waitSignal(page.last_task.finished, timeout=20_000):
        pass
    written = list((tmp_path / "copies").glob("*.sqlite3"))
    assert len(written) == 1 and written[0].stat().st_size > 0
    assert page.result.text() == f"Last backup: {written[0]}"
    assert shown.texts() == ["The backup was written and checked."]
    with UnitOfWork(db, write=False) as uow:
        events = audit.search_events(uow, admin, AuditFilter(action="backup"))
    assert len(events) == 1 and events[0].username == "admin"


def test_file_menu_backup_asks_for_a_folder(qtbot, db, admin, tmp_path, monkeypatch):
    monkeypatch.setattr("desktop.views.admin.backup_page.QFileDialog.getExistingDirectory",
                        lambda *a, **k: str(tmp_path / "menu"))
    window = main_window(qtbot, db, admin)
    from desktop.views.admin.backup_page import ask_folder_and_back_up

    task = ask_folder_and_back_up(window, window.context)
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    assert len(list((tmp_path / "menu").glob("*.sqlite3"))) == 1


def test_lockout_shows_in_users_list_only_while_it_lasts(db, actors):
    model = UsersTableModel()
    with UnitOfWork(db, write=False) as uow:
        rows = users.list_users(uow, actors[Role.ADMINISTRATOR])
    past = [r.__class__(**{**r.__dict__, "locked_until": utcnow() - timedelta(minutes=1)}) for r in rows]
    model.set_rows(past)
    assert {model.data(model.index(i, COL_STATUS)) for i in range(len(past))} == {"Active"}


def test_admin_password_still_works_after_the_admin_tests(db):
    with UnitOfWork(db) as uow:
        assert users.authenticate(uow, "admin", ADMIN_PASSWORD).username == "admin"
