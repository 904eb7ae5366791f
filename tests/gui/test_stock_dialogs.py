"""Catalogue dialog (items with barcodes, locations, donors, visit limits), adjustments, import, ledger print."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from desktop.db import Database
from desktop.models.stock import ItemCategory, MovementReason
from desktop.models.users import Role
from desktop.services.permissions import Actor
from desktop.services.stock import catalogue, policy, queries
from desktop.services.stock.receipts import ReceiptLineInput
from desktop.services.uow import UnitOfWork
from desktop.views.context import PageContext, load_centre
from desktop.views.stock.page import StockPage
from desktop.views.stock.table_models import COL_ONHAND_ITEM
from tests.stock_support import make_world, receive

D = Decimal


def page_for(qtbot: object, db: Database, actor: Actor) -> StockPage:
    page = StockPage(PageContext(db, actor, load_centre(db)))
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    return page


def test_catalogue_dialog_adds_item_location_donor_and_limits(qtbot: object, db: Database,
                                                              actors: dict[Role, Actor], qtmodeltester: object) -> None:
    page = page_for(qtbot, db, actors[Role.COORDINATOR])
    dialog = page.open_catalogue()
    item = dialog.new_item()
    item.name.setText("Kasza gryczana")
    item.weight.setText("0,5")
    item.barcodes.setText("5900000000001")
    item.perishable.setChecked(True)
    item.save()
    assert item.result() == item.DialogCode.Accepted
    assert dialog.items.rowCount() == 1 and dialog.items.data(dialog.items.index(0, 5)) == "5900000000001"
    dialog.item_view.setCurrentIndex(dialog.items.index(0, 0))
    edit = dialog.edit_item()
    assert edit is not None
    edit.weight.setText("abc")
    edit.save()
    assert "abc is not a number" in edit.error.text()
    edit.reject()
    dialog.location_name.setText("Shelf B")
    dialog.add_location()
    dialog.donor_name.setText("Piekarnia Złoty Kłos")
    dialog.add_donor()
    dialog.limit_boxes[ItemCategory.CLOTHING].setValue(90)
    dialog.save_limits()
    for model in (dialog.items, dialog.locations, dialog.donors):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    with UnitOfWork(db, write=False) as uow:
        found = catalogue.find_by_barcode(uow, actors[Role.COORDINATOR], "5900000000001")
        assert found is not None and found.unit_weight_kg == D("0.5") and found.perishable
        assert [loc.name for loc in catalogue.list_locations(uow, actors[Role.COORDINATOR])] == ["Shelf B"]
        assert policy.limits(uow)[ItemCategory.CLOTHING] == 90
    dialog.reject()
    page._items_changed()
    assert page.on_hand.data(page.on_hand.index(0, COL_ONHAND_ITEM)) == "Kasza gryczana"


def test_warehouse_cannot_change_visit_limits(qtbot: object, db: Database, actors: dict[Role, Actor]) -> None:
    page = page_for(qtbot, db, actors[Role.WAREHOUSE])
    dialog = page.open_catalogue()
    assert not dialog.limit_boxes[ItemCategory.FOOD].isEnabled()


def test_adjust_dialog_writes_a_damaged_adjustment(qtbot: object, db: Database, admin: Actor) -> None:
    world = make_world(db, admin)
    receive(db, admin, world.shelf, [ReceiptLineInput(world.soap, D(5))], on=date.today() - timedelta(days=1),
            today=date.today())
    page = page_for(qtbot, db, admin)
    dialog = page.adjust()
    dialog.item.setCurrentIndex(dialog.item.findData(world.soap))
    assert dialog.lot.count() == 1 and "5 pcs" in dialog.lot.currentText()
    dialog.quantity.setValue(-2)
    dialog.reason.setCurrentIndex(dialog.reason.findData(MovementReason.DAMAGED))
    dialog.save()
    assert dialog.movement_id is not None
    with UnitOfWork(db, write=False) as uow:
        soap = next(r for r in queries.on_hand(uow, admin) if r.item_id == world.soap)
        assert soap.quantity == D(3)
        assert queries.movement_history(uow, admin, world.soap)[0].reason is MovementReason.DAMAGED


def test_import_items_from_the_page_and_print_the_ledger(qtbot: object, db: Database, admin: Actor,
                                                         tmp_path: Path, shown: object) -> None:
    page = page_for(qtbot, db, admin)
    path = tmp_path / "items.csv"
    path.write_text("name,category,unit,unit_weight_kg,perishable,barcode,reorder_level\n"
                    "Olej 1 l,food,butelka,0.92,yes,590111,10\nMydło,hygiene,szt.,,no,,\n", encoding="utf-8")
    page.import_file(path)
    qtbot.waitUntil(lambda: page.history_item.count() == 2, timeout=10_000)  # type: ignore[attr-defined]
    assert shown.texts()[-1] == "2 items imported."  # type: ignore[attr-defined]
    ledger = page.print_ledger(str(tmp_path / "ledger.pdf"), (date(2026, 1, 1), date.today()))
    assert ledger is not None and ledger.stat().st_size > 1000
