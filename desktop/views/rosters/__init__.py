"""Rosters page: week/month roster, the sign-in desk, the register, posts and templates, hours."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.views.context import PageContext


def create_page(context: PageContext) -> QWidget:
    from desktop.views.rosters.page import RostersPage

    return RostersPage(context)
