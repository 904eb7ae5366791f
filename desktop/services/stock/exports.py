"""Printing and exporting stock (permission checks and audit; the documents live in desktop.reports)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.i18n import translate
from desktop.models.stock import Location
from desktop.reports import stock_documents
from desktop.services import audit, settings
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission, require
from desktop.services.stock import counts, queries
from desktop.services.stock.common import get_or_404
from desktop.services.uow import UnitOfWork


def print_count_sheet(uow: UnitOfWork, actor: Actor, count_id: int, path: Path, *,
                      show_expected: bool = False) -> Path:
    sheet = counts.count_sheet(uow, actor, count_id)
    result = stock_documents.count_sheet_pdf(path, settings.centre_info(uow), sheet, show_expected=show_expected,
                                             printed_by=actor.full_name or actor.username)
    audit.record(uow, actor, Action.EXPORT, "stock_count", count_id, "count sheet printed")
    return result


def print_stock_list(uow: UnitOfWork, actor: Actor, path: Path, *, location_id: int | None = None,
                     today: date | None = None) -> Path:
    require(actor, Permission.MANAGE_STOCK)
    name = translate("stock", "All locations")
    if location_id is not None:
        name = get_or_404(uow, Location, location_id, translate("stock", "Location")).name
    rows = queries.on_hand(uow, actor, location_id=location_id)
    result = stock_documents.stock_list_pdf(path, settings.centre_info(uow), rows, location_name=name,
                                            as_of=today or date.today(), printed_by=actor.full_name or actor.username)
    audit.record(uow, actor, Action.EXPORT, "stock", location_id or "", "stock list printed")
    return result


def print_ledger(uow: UnitOfWork, actor: Actor, path: Path, date_from: date, date_to: date) -> Path:
    rows = queries.ledger(uow, actor, date_from, date_to)
    result = stock_documents.ledger_pdf(path, settings.centre_info(uow), rows, date_from=date_from, date_to=date_to,
                                        printed_by=actor.full_name or actor.username)
    audit.record(uow, actor, Action.EXPORT, "stock_movement", "", f"ledger printed {date_from}..{date_to}")
    return result


def export_excel(uow: UnitOfWork, actor: Actor, path: Path, date_from: date, date_to: date) -> Path:
    require(actor, Permission.MANAGE_STOCK)
    rows = queries.on_hand(uow, actor)
    ledger = queries.ledger(uow, actor, date_from, date_to)
    result = stock_documents.stock_workbook(path, settings.centre_info(uow), rows, ledger,
                                            date_from=date_from, date_to=date_to)
    audit.record(uow, actor, Action.EXPORT, "stock", "", f"stock exported to Excel {date_from}..{date_to}")
    return result
