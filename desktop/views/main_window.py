"""The shell: navigation, pages, menus, status bar, training banner and the screen lock.

Pages come from desktop.views.navigation and are built the first time they are opened.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.i18n import LANGUAGES
from desktop.logging_setup import log_file_path
from desktop.services import account
from desktop.services.permissions import Permission, role_label
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.context import PageContext
from desktop.views.dialogs import ui_settings
from desktop.views.lock import IdleWatcher, LockPage
from desktop.views.navigation import PageEntry, visible_pages

log = logging.getLogger(__name__)


def training_banner(parent: QWidget | None = None) -> QLabel:
    banner = QLabel(parent)
    banner.setObjectName("trainingBanner")
    banner.setWordWrap(True)
    banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
    banner.setStyleSheet("background-color: #e65100; color: white; font-weight: bold; padding: 0.4em;")
    return banner


class MainWindow(QMainWindow):
    """`closed(signed_out)` fires once: True after "Sign out", False when the window was closed/quit."""

    closed = Signal(bool)

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        context.centre_changed = self.refresh_centre
        context.open_page = self.open_page_if_allowed
        self.entries: list[PageEntry] = visible_pages(context.actor)
        self.pages: dict[str, QWidget] = {}
        self.locked = False
        self._signing_out = False
        self._closed_emitted = False
        self._hidden_while_locked: list[QWidget] = []
        self.setWindowTitle(APP_NAME)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = training_banner()
        self.banner.setText(
            self.tr("TRAINING DATABASE — practice data only: nothing you do here touches real records.")
        )
        self.banner.setVisible(context.centre.demo)
        outer.addWidget(self.banner)

        self.body = QStackedWidget()
        outer.addWidget(self.body, 1)
        shell = QWidget()
        row = QHBoxLayout(shell)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Parts of CentreDesk"))
        self.nav.setMaximumWidth(self.fontMetrics().averageCharWidth() * 28)
        self.nav.setMinimumWidth(self.fontMetrics().averageCharWidth() * 18)
        self.nav.setSpacing(max(1, self.fontMetrics().height() // 5))
        for number, entry in enumerate(self.entries, start=1):
            item = QListWidgetItem(entry.title())
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            if number <= 8:
                item.setToolTip(self.tr("Ctrl+{n}").format(n=number))
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Page"))
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.body.addWidget(shell)
        self.shell = shell
        self.lock_page = LockPage(context.db, context.actor)
        self.lock_page.unlocked.connect(self.unlock)
        self.lock_page.sign_out_requested.connect(self.sign_out)
        self.body.addWidget(self.lock_page)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._row_changed)

        self._build_menus()
        self._build_status_bar()
        self.idle = IdleWatcher(context.centre.idle_lock_minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.idle.lock_requested.connect(self.lock)
        self.idle.start()
        if self.entries:
            self.nav.setCurrentRow(0)
        self._restore_geometry()

    # -- building -------------------------------------------------------------------------------------
    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work whatever has the focus
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.backup_action = self._action(self.tr("&Back up database…"), self.back_up)
        self.backup_action.setVisible(self.context.can(Permission.BACKUP))
        self.backup_action.setEnabled(self.context.db.path is not None)
        self.lock_action = self._action(self.tr("&Lock screen"), self.lock, "Ctrl+L")
        self.sign_out_action = self._action(self.tr("&Sign out"), self.sign_out)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        for action in (self.backup_action, self.lock_action, self.sign_out_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = QMenu(self.tr("&Language"), self)
        settings_menu.addMenu(language_menu)
        group = QActionGroup(self)
        group.setExclusive(True)
        with UnitOfWork(self.context.db, write=False) as uow:
            own = account.own_language(uow, self.context.actor) if self.context.actor.user_id else None
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == (own or ""))
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)
        self.language_actions = group.actions()

        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About CentreDesk"), self.about)
        help_menu.addAction(self.about_action)

        self.page_actions: list[QAction] = []
        for number in range(1, 9):
            action = self._action(self.tr("Page {n}").format(n=number),
                                  lambda _checked=False, n=number: self.open_position(n - 1), f"Ctrl+{number}")
            self.page_actions.append(action)
        # Ctrl+F / Ctrl+N / Ctrl+S are left free for the pages' own search, new and save actions.

    def _build_status_bar(self) -> None:
        actor, centre = self.context.actor, self.context.centre
        self.user_label = QLabel(
            self.tr("Signed in: {name} ({role})").format(name=actor.full_name or actor.username,
                                                         role=role_label(actor.role))
        )
        self.centre_label = QLabel(centre.name)
        self.db_label = QLabel(self.tr("Database: {where}").format(where=self.context.db.describe()))
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.user_label, self.centre_label, self.db_label):
            label.setAccessibleName(label.text())
            self.statusBar().addPermanentWidget(label)

    # -- pages ----------------------------------------------------------------------------------------
    def page_keys(self) -> list[str]:
        return [entry.key for entry in self.entries]

    def open_page(self, key: str) -> QWidget:
        for row, entry in enumerate(self.entries):
            if entry.key == key:
                if self.nav.currentRow() != row:
                    self.nav.setCurrentRow(row)  # -> _row_changed builds and shows it
                return self.pages[key]
        raise KeyError(key)

    def open_page_if_allowed(self, key: str) -> None:
        """For pages (dashboard tiles): switch to `key` when this user may open it; otherwise stay."""
        if not self.locked and key in self.page_keys():
            self.open_page(key)

    def open_position(self, index: int) -> None:
        if not self.locked and 0 <= index < len(self.entries):
            self.nav.setCurrentRow(index)

    def current_key(self) -> str | None:
        row = self.nav.currentRow()
        return self.entries[row].key if 0 <= row < len(self.entries) else None

    def _row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        page = self.pages.get(entry.key)
        if page is None:
            page = entry.factory(self.context)
            page.setAccessibleName(entry.title())
            self.pages[entry.key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.setWindowTitle(f"{entry.title()} — {self.context.centre.name} — {APP_NAME}")

    def refresh_centre(self) -> None:
        centre = self.context.reload_centre()
        self.centre_label.setText(centre.name)
        self.banner.setVisible(centre.demo)
        self.idle.set_timeout_ms(centre.idle_lock_minutes * 60_000)

    # -- lock -----------------------------------------------------------------------------------------
    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        log.info("screen locked")
        self._hidden_while_locked = [
            w for w in QApplication.topLevelWidgets()
            if w is not self and w.isVisible() and not isinstance(w, QMenu)
        ]
        for window in self._hidden_while_locked:
            window.hide()  # hidden, never closed: a dialog keeps what was typed until the unlock
        for action in self.actions():
            action.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.body.setCurrentWidget(self.lock_page)
        self.setWindowTitle(self.tr("Locked — {app}").format(app=APP_NAME))
        self.lock_page.prepare()

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        log.info("screen unlocked")
        self.body.setCurrentWidget(self.shell)
        self.menuBar().setEnabled(True)
        for action in self.actions():
            action.setEnabled(True)
        self.backup_action.setEnabled(self.context.db.path is not None)
        self._row_changed(self.nav.currentRow())
        for window in self._hidden_while_locked:
            window.show()
        self._hidden_while_locked = []
        self.idle.reset()

    # -- menu actions ---------------------------------------------------------------------------------
    def back_up(self) -> None:
        from desktop.views.admin.backup_page import ask_folder_and_back_up

        ask_folder_and_back_up(self, self.context)

    def set_language(self, code: str) -> None:
        with UnitOfWork(self.context.db) as uow:
            account.set_own_language(uow, self.context.actor, code)
            uow.commit()
        messages.info(
            self,
            self.tr("Your language is now {language}.").format(language=LANGUAGES[code]),
            self.tr("Sign out and sign in again to see CentreDesk in it."),
        )

    def about(self) -> None:
        messages.info(
            self,
            self.tr("CentreDesk {version}").format(version=__version__),
            self.tr("Database: {db}\nLog file: {log}").format(db=self.context.db.describe(), log=log_file_path()),
            title=self.tr("About CentreDesk"),
        )

    def sign_out(self) -> None:
        self._signing_out = True
        self.close()

    # -- window state ---------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        value = ui_settings().value("geometry/MainWindow")
        if isinstance(value, QByteArray) and not value.isEmpty():
            self.restoreGeometry(value)
        else:
            metrics = self.fontMetrics()
            self.resize(metrics.averageCharWidth() * 130, metrics.height() * 40)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.locked:
            ui_settings().setValue("geometry/MainWindow", self.saveGeometry())
        self.idle.stop()
        for window in self._hidden_while_locked:
            window.close()
        super().closeEvent(event)
        if not self._closed_emitted:
            self._closed_emitted = True
            self.closed.emit(self._signing_out)
