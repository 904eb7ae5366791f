"""Save a screenshot of every page of the main window, as a given user, in a given language.

Usage: QT_QPA_PLATFORM=offscreen python tools/screenshots.py DB USER PASSWORD LANG OUTDIR [WIDTHxHEIGHT]
For looking at the app as a user would (and for the README picture); not used by the app itself.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from desktop.db import open_database
from desktop.schema import prepare
from desktop.services import users
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.context import PageContext, load_centre
from desktop.views.main_window import MainWindow
from desktop.views.translations import install_language


def settle(ms: int = 1500) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(db_path: str, username: str, password: str, lang: str, outdir: str, size: str = "1280x800") -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    install_language(lang)
    messages.set_hook(lambda shown: True)
    db = open_database(db_path)
    prepare(db)
    with UnitOfWork(db) as uow:
        actor = users.authenticate(uow, username, password)
    window = MainWindow(PageContext(db, actor, load_centre(db)))
    width, height = (int(v) for v in size.split("x"))
    window.resize(width, height)
    window.show()
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        settle()
        key = window.entries[row].key
        window.grab().save(str(out / f"{lang}-{username}-{row + 1}-{key}.png"))
    window.close()
    db.dispose()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
