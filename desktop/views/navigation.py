"""The page list of the main window. A later issue replaces a placeholder factory here in ONE line.

Each entry: key, label (marked for translation, context "navigation"), the permissions of which the
user needs at least one to see the page, and a factory `(context) -> QWidget`. Pages a role may not
open are not shown at all; services check permissions again whatever the UI shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.permissions import Actor, Permission
from desktop.views.clients import create_page as clients_page
from desktop.views.context import PageContext
from desktop.views.dashboard import create_page as dashboard_page
from desktop.views.placeholder import placeholder
from desktop.views.reports import create_page as reports_page
from desktop.views.rosters import create_page as rosters_page
from desktop.views.stock import create_page as stock_page

PageFactory = Callable[[PageContext], QWidget]


def _admin_page(context: PageContext) -> QWidget:
    from desktop.views.admin.page import AdministrationPage

    return AdministrationPage(context)


@dataclass(frozen=True)
class PageEntry:
    key: str
    label: str  # untranslated source text; show with entry.title()
    permissions: tuple[Permission, ...]  # any one of them opens the page; () = everyone
    factory: PageFactory

    def title(self) -> str:
        return QCoreApplication.translate("navigation", self.label)

    def allowed(self, actor: Actor) -> bool:
        return not self.permissions or any(actor.can(p) for p in self.permissions)


PAGES: list[PageEntry] = [
    PageEntry("dashboard", QT_TRANSLATE_NOOP("navigation", "Dashboard"), (), dashboard_page),
    PageEntry("clients", QT_TRANSLATE_NOOP("navigation", "Clients"), (Permission.FIND_CLIENTS,),
              clients_page),
    PageEntry("stock", QT_TRANSLATE_NOOP("navigation", "Stock"),
              (Permission.MANAGE_STOCK, Permission.DISTRIBUTE_STOCK), stock_page),
    PageEntry("rosters", QT_TRANSLATE_NOOP("navigation", "Rosters"),
              (Permission.MANAGE_ROSTER, Permission.SIGN_IN_SHIFTS), rosters_page),
    PageEntry("programmes", QT_TRANSLATE_NOOP("navigation", "Programmes"), (Permission.MANAGE_PROGRAMMES,),
              placeholder("programmes")),
    PageEntry("shelter", QT_TRANSLATE_NOOP("navigation", "Shelter"), (Permission.SHELTER,), placeholder("shelter")),
    PageEntry("reports", QT_TRANSLATE_NOOP("navigation", "Reports"), (Permission.VIEW_REPORTS,),
              reports_page),
    PageEntry("administration", QT_TRANSLATE_NOOP("navigation", "Administration"),
              (Permission.MANAGE_USERS, Permission.MANAGE_SETTINGS, Permission.VIEW_AUDIT, Permission.BACKUP),
              _admin_page),
]


def visible_pages(actor: Actor) -> list[PageEntry]:
    return [entry for entry in PAGES if entry.allowed(actor)]
