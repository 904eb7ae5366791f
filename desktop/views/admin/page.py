"""The Administration page: one tab per task the signed-in role may do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.services.permissions import Permission
from desktop.views.context import PageContext


def _tabs() -> list[tuple[str, Permission, Callable[[PageContext], QWidget]]]:
    from desktop.views.admin.audit_page import AuditPage
    from desktop.views.admin.backup_page import BackupPage
    from desktop.views.admin.centre_page import CentrePage
    from desktop.views.admin.users_page import UsersPage

    return [
        ("users", Permission.MANAGE_USERS, UsersPage),
        ("audit", Permission.VIEW_AUDIT, AuditPage),
        ("centre", Permission.MANAGE_SETTINGS, CentrePage),
        ("backup", Permission.BACKUP, BackupPage),
    ]


class AdministrationPage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Administration"))
        titles = {
            "users": self.tr("&Users"),
            "audit": self.tr("Audit &log"),
            "centre": self.tr("&Centre settings"),
            "backup": self.tr("&Backup"),
        }
        self.tab_pages: dict[str, QWidget] = {}
        for key, permission, factory in _tabs():
            if context.can(permission):
                page = factory(context)
                self.tab_pages[key] = page
                self.tabs.addTab(page, titles[key])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def open_tab(self, key: str) -> QWidget:
        page = self.tab_pages[key]
        self.tabs.setCurrentWidget(page)
        return page
