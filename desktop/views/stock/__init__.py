"""Stock page, parcel screen, receipt and count dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.views.context import PageContext


def create_page(context: PageContext) -> QWidget:
    """Navigation factory (imported lazily so the stock views load only when the page opens)."""
    from desktop.views.stock.page import StockPage

    return StockPage(context)
