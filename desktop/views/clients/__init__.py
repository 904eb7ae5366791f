"""The Clients page: search, list, intake, import, and the client file window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.views.context import PageContext


def create_page(context: PageContext) -> QWidget:
    from desktop.views.clients.page import ClientsPage

    return ClientsPage(context)
