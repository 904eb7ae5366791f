"""Count sheet, stock list and ledger PDFs; the Excel export with formula-looking text neutralised."""

from __future__ import annotations

import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.db import Database
from desktop.models.audit import AuditEvent
from desktop.models.stock import ItemCategory
from desktop.services.permissions import Actor
from desktop.services.stock import catalogue, counts, exports
from desktop.services.stock.receipts import ReceiptLineInput
from desktop.services.uow import UnitOfWork
from tests.stock_support import make_world, receive

D = Decimal


def pdf_text(path: Path) -> str:
    try:
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
    except FileNotFoundError:
        pytest.skip("pdftotext (poppler-utils) is not installed")


def test_count_sheet_and_stock_list_and_ledger(db: Database, admin: Actor, tmp_path: Path) -> None:
    world = make_world(db, admin)
    with UnitOfWork(db) as uow:
        catalogue.create_item(uow, admin, catalogue.ItemInput("Mąka żytnia (ś, ł)", ItemCategory.FOOD, "kg",
                                                              D(1), True))
        uow.commit()
    receive(db, admin, world.shelf, [ReceiptLineInput(world.rice, D(12), "LOT-7", date(2026, 6, 1),
                                                      value_minor=4800)])
    with UnitOfWork(db) as uow:
        sheet = counts.start_count(uow, admin, location_id=world.shelf, counted_on=date(2026, 2, 1),
                                   today=date(2026, 3, 1))
        path = exports.print_count_sheet(uow, admin, sheet.id, tmp_path / "count.pdf")
        stock_list = exports.print_stock_list(uow, admin, tmp_path / "stock.pdf", today=date(2026, 3, 1))
        ledger = exports.print_ledger(uow, admin, tmp_path / "ledger.pdf", date(2026, 1, 1), date(2026, 3, 1))
        uow.commit()
    text = pdf_text(path)
    assert "Count sheet: Pantry shelf" in text and "Mąka żytnia (ś, ł)" in text and "LOT-7" in text
    assert "Winter jacket" in text and "Page 1 of 1" in text
    assert "12" not in text.split("LOT-7")[1].splitlines()[0]  # blind sheet: no expected quantity
    text = pdf_text(stock_list)
    assert "Rice 1 kg" in text and "48.00 PLN" in text and "Totals by category" in text
    text = pdf_text(ledger)
    assert "Received" in text and "receipt 1" in text and "1 movement" in text
    with UnitOfWork(db, write=False) as uow:
        exports_logged = list(uow.session.scalars(select(AuditEvent.entity).where(AuditEvent.action == "export")))
    assert exports_logged == ["stock_count", "stock", "stock_movement"]


def test_excel_export_neutralises_formulas(db: Database, admin: Actor, tmp_path: Path) -> None:
    world = make_world(db, admin)
    with UnitOfWork(db) as uow:
        evil = catalogue.create_item(uow, admin, catalogue.ItemInput("=HYPERLINK(\"x\")", ItemCategory.OTHER)).id
        uow.commit()
    receive(db, admin, world.shelf, [ReceiptLineInput(evil, D(2), "-1+1")])
    with UnitOfWork(db) as uow:
        path = exports.export_excel(uow, admin, tmp_path / "stock.xlsx", date(2026, 1, 1), date(2026, 3, 1))
        uow.commit()
    workbook = load_workbook(path)
    on_hand = {row[0]: row for row in workbook.worksheets[0].iter_rows(min_row=2, values_only=True)}
    assert "'=HYPERLINK(\"x\")" in on_hand
    assert on_hand["'=HYPERLINK(\"x\")"][3] == 2
    assert on_hand["Rice 1 kg"][3] == 0
    ledger = list(workbook.worksheets[1].iter_rows(min_row=2, values_only=True))
    assert [(r[2], r[6], r[8]) for r in ledger] == [("Received", "'-1+1", 2)]
