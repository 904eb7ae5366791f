"""Items import (CLI and service), dashboard tiles for expiring and low stock."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from desktop import cli
from desktop.db import Database
from desktop.models.stock import ItemCategory
from desktop.models.users import Role
from desktop.services import dashboard, importing
from desktop.services.permissions import Actor
from desktop.services.stock import catalogue
from desktop.services.stock.receipts import ReceiptLineInput
from desktop.services.uow import UnitOfWork
from tests.stock_support import make_world, receive

D = Decimal


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_items_import_reports_every_bad_row_and_imports_nothing(db: Database, admin: Actor, tmp_path: Path) -> None:
    path = write(tmp_path / "items.csv",
                 "name,category,unit,unit_weight_kg,perishable,barcode,reorder_level,colour\n"
                 "Ryż 1 kg,food,bag,1,yes,111,20,red\n"
                 "Mąka,flour,bag,1,yes,222,5,\n"
                 "Soap,hygiene,pcs,x,maybe,111,-1,\n"
                 "Ryż 1 kg,food,bag,1,no,,,\n"
                 "Tea,food,box,0.1,no,111,,\n")
    with UnitOfWork(db) as uow:
        report = importing.run_import(uow, admin, "items", path)
        uow.commit()
    assert report.unknown_columns == ["colour"]
    assert report.imported == 0 and report.bad_lines == [3, 4, 5, 6]
    columns = {(i.line, i.column) for i in report.issues}
    assert {(3, "category"), (4, "unit_weight_kg"), (4, "perishable"), (4, "reorder_level"), (5, "name"),
            (6, "barcode")} <= columns
    with UnitOfWork(db) as uow:
        report = importing.run_import(uow, admin, "items", path, valid_only=True)
        uow.commit()
    assert report.imported == 1
    with UnitOfWork(db, write=False) as uow:
        (item,) = catalogue.list_items(uow, admin)
        assert (item.name, item.category, item.unit_weight_kg, item.perishable, item.barcodes, item.reorder_level) == (
            "Ryż 1 kg", ItemCategory.FOOD, D("1.000"), True, ("111",), D("20.000"))
        assert catalogue.find_by_barcode(uow, admin, "111") == item


def test_items_import_from_the_command_line(db: Database, db_path: Path, tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    assert cli.main(["--db", str(db_path), "template", "items", str(template)]) == 0
    assert cli.main(["--db", str(db_path), "import", "items", str(template)]) == 0
    path = write(tmp_path / "more.csv", "name,category,perishable\nBlanket,shelter supplies,no\n")
    assert cli.main(["--db", str(db_path), "import", "items", str(path)]) == 0
    with UnitOfWork(db, write=False) as uow:
        admin_like = Actor(None, "cli", Role.ADMINISTRATOR)
        names = {i.name: i.category for i in catalogue.list_items(uow, admin_like)}
    assert names == {"Rice 1 kg": ItemCategory.FOOD, "Blanket": ItemCategory.SHELTER_SUPPLIES}


def test_tiles_for_expiring_and_low_stock(db: Database, actors: dict[Role, Actor]) -> None:
    admin = actors[Role.ADMINISTRATOR]
    world = make_world(db, admin)
    receive(db, admin, world.shelf, [ReceiptLineInput(world.rice, D(3), "A", date(2026, 3, 5)),
                                     ReceiptLineInput(world.beans, D(2), "B", date(2026, 6, 1)),
                                     ReceiptLineInput(world.soap, D(9))])
    with UnitOfWork(db, write=False) as uow:
        tiles = {t.key: t for t in dashboard.tiles_for(uow, actors[Role.WAREHOUSE], date(2026, 3, 1))}
        expiring = tiles["stock.expiring"]
        assert expiring.count == 1 and expiring.severity == "warning" and expiring.opens == "stock"
        assert "Rice 1 kg" in expiring.rows[0].text and expiring.rows[0].target == f"item:{world.rice}"
        low = tiles["stock.low"]
        assert low.count == 1 and "Rice 1 kg" in low.rows[0].text  # 3 < 10; soap 9 >= 5
        caseworker = {t.key for t in dashboard.tiles_for(uow, actors[Role.CASEWORKER], date(2026, 3, 1))}
        assert "stock.low" not in caseworker
