"""Reports page: pack and period pickers, a preview of the figures and warnings, exports."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.views.context import PageContext


def create_page(context: PageContext) -> QWidget:
    """Navigation factory (imported lazily so the report views load only when the page opens)."""
    from desktop.views.reports.page import ReportsPage

    return ReportsPage(context)
