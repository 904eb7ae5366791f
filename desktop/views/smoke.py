"""`centredesk --smoke-test`: the real windows, driven offscreen on a throw-away database."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from desktop.db import open_database
from desktop.schema import prepare
from desktop.services import settings
from desktop.services.uow import UnitOfWork
from desktop.views import crash, messages
from desktop.views.admin.page import AdministrationPage
from desktop.views.context import PageContext, load_centre
from desktop.views.login import LoginDialog
from desktop.views.main_window import MainWindow
from desktop.views.setup.wizard import SetupWizard

log = logging.getLogger(__name__)
PASSWORD = "smoke-test-password"


def _wait_for(task: Any, timeout_ms: int = 30_000) -> None:
    if task.done:
        return
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def run_smoke(app: Any, folder: Path) -> list[str]:
    problems: list[str] = []

    def on_message(shown: messages.Shown) -> bool:
        if shown.kind in ("error", "warning"):
            problems.append(f"message shown: {shown.text} {shown.hint}".strip())
        return True

    previous_messages = messages.set_hook(on_message)
    previous_crash = crash.set_hook(lambda details: problems.append(f"unexpected error:\n{details}"))
    db = open_database(str(folder / "smoke.sqlite3"))
    try:
        prepare(db)
        wizard = SetupWizard(db, training_path=folder / "training.sqlite3")
        wizard.show()
        wizard.next()  # intro: set up my centre
        wizard.profile.buttons["pl"].setChecked(True)
        wizard.next()
        wizard.centre.name.setText("Smoke Test Centre")
        wizard.centre.address.setPlainText("ul. Testowa 1, Kraków")
        wizard.next()
        wizard.admin.username.setText("admin")
        wizard.admin.full_name.setText("Smoke Admin")
        wizard.admin.password.setText(PASSWORD)
        wizard.admin.password2.setText(PASSWORD)
        wizard.accept()
        if wizard.outcome is None:
            problems.append(f"the wizard did not set the centre up: {wizard.admin.error.text()}")
            return problems
        with UnitOfWork(db, write=False) as uow:
            if settings.centre_info(uow).name != "Smoke Test Centre":
                problems.append("the centre name was not saved")

        login = LoginDialog(db, "admin")
        login.show()
        login.password.setText(PASSWORD)
        login.try_sign_in()
        actor = login.actor
        login.close()
        if actor is None:
            problems.append(f"sign-in failed: {login.error.text()}")
            return problems

        window = MainWindow(PageContext(db, actor, load_centre(db)))
        window.show()
        for key in window.page_keys():
            page = window.open_page(key)
            app.processEvents()
            if window.stack.currentWidget() is not page:
                problems.append(f"page {key} did not open")
            if isinstance(page, AdministrationPage):
                for tab in list(page.tab_pages):
                    page.open_tab(tab)
                    app.processEvents()
        admin = window.pages.get("administration")
        if not isinstance(admin, AdministrationPage) or len(admin.tab_pages) != 4:
            problems.append("the administrator does not see the four administration tabs")
        else:
            backup_page: Any = admin.tab_pages["backup"]
            backup_page.folder.setText(str(folder / "backups"))
            backup_page.back_up_now()
            _wait_for(backup_page.last_task)
            if not list((folder / "backups").glob("*.sqlite3")):
                problems.append("the backup was not written")

        window.lock()
        if window.body.currentWidget() is not window.lock_page:
            problems.append("the screen did not lock")
        window.lock_page.password.setText(PASSWORD)
        window.lock_page.try_unlock()
        if window.locked:
            problems.append("the screen did not unlock with the right password")
        window.close()
        QApplication.processEvents()
    except Exception:
        log.exception("smoke test failed")
        import traceback

        problems.append(traceback.format_exc())
    finally:
        messages.set_hook(previous_messages)
        crash.set_hook(previous_crash)
        db.dispose()
    return problems
