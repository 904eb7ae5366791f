"""The client file's tabs: a registry each area adds to (areas.md contract).

An entry is (key, label, permission, factory(context, household_id, person_id) -> QWidget). The clients
area registers Overview and Timeline; casework registers Assessments, Documents, Consents, Notes,
Referrals, Care plans, Services; stock may add Parcels. Each area adds ONE import line to `_load_tabs`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.services.permissions import Actor, Permission
from desktop.views.context import PageContext

TabFactory = Callable[[PageContext, int | None, int | None], QWidget]


@dataclass(frozen=True)
class FileTab:
    key: str
    label: str  # source text, context "file_tabs"; shown with title()
    permission: Permission
    factory: TabFactory
    order: int = 100

    def title(self) -> str:
        return QCoreApplication.translate("file_tabs", self.label)


TABS: list[FileTab] = []


def register_tab(key: str, label: str, permission: Permission, factory: TabFactory, order: int = 100) -> None:
    TABS[:] = [t for t in TABS if t.key != key]
    TABS.append(FileTab(key, label, permission, factory, order))
    TABS.sort(key=lambda t: t.order)


def _load_tabs() -> None:
    """Modules that register tabs (one import line per area)."""
    import desktop.views.casework.tabs  # noqa: F401
    import desktop.views.clients.overview_tab  # noqa: F401
    import desktop.views.clients.timeline_tab  # noqa: F401
    import desktop.views.stock.parcels_tab  # noqa: F401


def tabs_for(actor: Actor) -> list[FileTab]:
    _load_tabs()
    return [t for t in TABS if actor.can(t.permission)]
