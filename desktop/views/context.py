"""What every page gets from the shell: the database, who is signed in, the centre, and run_task."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.db import Database
from desktop.services import settings
from desktop.services.permissions import Actor, Permission
from desktop.services.settings import CentreInfo
from desktop.services.uow import UnitOfWork
from desktop.views import tasks


def load_centre(db: Database) -> CentreInfo:
    with UnitOfWork(db, write=False) as uow:
        return settings.centre_info(uow)


@dataclass
class PageContext:
    db: Database
    actor: Actor
    centre: CentreInfo
    # Pages call this after changing centre settings so the shell (status bar, idle lock) follows.
    centre_changed: Callable[[], None] = field(default=lambda: None)
    # Pages call this to switch the shell to another page by its navigation key (set by MainWindow).
    open_page: Callable[[str], None] = field(default=lambda _key: None)

    def can(self, permission: Permission) -> bool:
        return self.actor.can(permission)

    def run_task(self, parent: QWidget | None, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tasks.Task:
        return tasks.run_task(parent, fn, *args, **kwargs)

    def reload_centre(self) -> CentreInfo:
        self.centre = load_centre(self.db)
        return self.centre
