"""The dashboard page (navigation key "dashboard")."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.views.context import PageContext


def create_page(context: PageContext) -> QWidget:
    from desktop.views.dashboard.page import DashboardPage

    return DashboardPage(context)
