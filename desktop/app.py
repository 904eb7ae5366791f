"""Composition root of the GUI: QApplication, logging, crash handler, single instance, language,
database (open + migrate), then the window sequence in desktop.views.controller.

`run_gui` is `centredesk` with no command; `smoke_test` is `centredesk --smoke-test`.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

from desktop import APP_NAME, __version__

log = logging.getLogger("desktop.app")

EXIT_OK, EXIT_ERROR, EXIT_ALREADY_RUNNING = 0, 1, 2


def _qt_message_handler(mode: object, context: object, message: str) -> None:
    log.debug("Qt: %s", message)


def _application() -> object:
    from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setOrganizationName(APP_NAME)
        QCoreApplication.setApplicationVersion(__version__)
        app = QApplication(sys.argv[:1])
        qInstallMessageHandler(_qt_message_handler)
    from desktop.views import gc_guard

    gc_guard.install(app)
    return app


def choose_language(requested: str | None) -> tuple[str, bool]:
    """(language, explicit): --lang wins, then the login screen's last choice, then the system's."""
    from desktop.i18n import LANGUAGES
    from desktop.views.login import remembered_language
    from desktop.views.translations import system_language

    if requested in LANGUAGES:
        return str(requested), True
    remembered = remembered_language()
    if remembered:
        return remembered, True
    return system_language(), False


def _lock_file_path() -> Path:
    from desktop.paths import user_data_dir

    folder = user_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "centredesk.lock"


def run_gui(target: str | None, language: str | None) -> int:
    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QApplication

    from desktop.db import open_database
    from desktop.errors import UserError
    from desktop.logging_setup import configure_logging
    from desktop.schema import prepare
    from desktop.services import settings
    from desktop.services.uow import UnitOfWork
    from desktop.views import crash, messages
    from desktop.views.controller import AppController
    from desktop.views.translations import install_language

    log_file = configure_logging()
    app = _application()
    assert isinstance(app, QApplication)
    crash.install()
    log.info("CentreDesk %s starting (log %s)", __version__, log_file)
    code, explicit = choose_language(language)
    install_language(code)

    lock = QLockFile(str(_lock_file_path()))
    lock.setStaleLockTime(0)  # stale only when the owning process is gone, however long it has run
    if not lock.tryLock(200):
        messages.warn(
            None,
            QApplication.translate("app", "CentreDesk is already open on this computer."),
            QApplication.translate("app", "Switch to its window (look in the task bar) instead of starting it again."),
        )
        return EXIT_ALREADY_RUNNING
    try:
        try:
            db = open_database(target)
            prepare(db)
        except UserError as exc:
            log.warning("cannot open the database: %s", exc)
            messages.show_user_error(None, exc, title=QApplication.translate("app", "Cannot open the database"))
            return EXIT_ERROR
        if not explicit:
            with UnitOfWork(db, write=False) as uow:
                if settings.is_initialised(uow):
                    install_language(settings.get(uow, "centre.language"))
        app.setQuitOnLastWindowClosed(False)  # the controller decides when the app ends
        controller = AppController(db)
        controller.quit_requested.connect(app.quit)
        controller.start()
        result = app.exec()
        controller.db.dispose()
        log.info("CentreDesk closed (%s)", result)
        return int(result)
    finally:
        lock.unlock()


def smoke_test() -> int:
    """Drive the real windows offscreen on a temporary database: set up a centre through the wizard,
    sign in through the login dialog, open every page and admin tab, lock and unlock. 0 = all good."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.logging_setup import configure_logging

    configure_logging()
    app = _application()
    from desktop.views.smoke import run_smoke

    with tempfile.TemporaryDirectory(prefix="centredesk-smoke-") as folder:
        problems = run_smoke(app, Path(folder))
    for line in problems:
        print(f"smoke test: {line}", file=sys.stderr)
    if not problems:
        print("smoke test: ok")
    return EXIT_OK if not problems else EXIT_ERROR
