"""The stock page as a new user meets it: receive by barcode, give a parcel, try a second one the same
month, count the shelf with one difference, and find it all in the movement history."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop.db import Database
from desktop.models.stock import MovementKind
from desktop.models.users import Role
from desktop.services import client_search
from desktop.services.permissions import Actor
from desktop.services.stock import queries, templates
from desktop.services.uow import UnitOfWork
from desktop.views.context import PageContext, load_centre
from desktop.views.stock import prompts
from desktop.views.stock.count_dialog import COL_COUNTED
from desktop.views.stock.lines import COL_EXPIRY, COL_QUANTITY
from desktop.views.stock.page import StockPage
from desktop.views.stock.table_models import COL_HIST_BALANCE, COL_HIST_MOVEMENT, COL_ONHAND_ITEM, COL_ONHAND_QTY
from tests.stock_support import StockWorld, make_world

D = Decimal
SHOTS = os.environ.get("CENTREDESK_SHOTS")  # set to a folder to keep screenshots of the page


@pytest.fixture
def world(db: Database, admin: Actor) -> StockWorld:
    result = make_world(db, admin, households=2)
    with UnitOfWork(db) as uow:
        for household_id in result.households:
            client_search.index_household(uow, household_id)
        templates.create_template(uow, admin, templates.TemplateInput("Standard parcel, household of 1",
                                                                      ((result.rice, D(2)),), 1))
        uow.commit()
    return result


@pytest.fixture
def answers() -> Iterator[list[str]]:
    given: list[str] = []
    previous = prompts.set_answer_hook(lambda _title, _label: given.pop(0) if given else None)
    yield given
    prompts.set_answer_hook(previous)


def page_for(qtbot: object, db: Database, actor: Actor) -> StockPage:
    page = StockPage(PageContext(db, actor, load_centre(db)))
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.resize(1100, 700)
    page.show()
    return page


def shot(widget: object, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


def on_hand_row(page: StockPage, name: str) -> int:
    return next(r for r in range(page.on_hand.rowCount())
                if page.on_hand.data(page.on_hand.index(r, COL_ONHAND_ITEM)) == name)


def test_new_user_walkthrough(qtbot: object, db: Database, admin: Actor, world: StockWorld, shown: object,
                              answers: list[str]) -> None:
    page = page_for(qtbot, db, admin)
    # 1. receive a donation by barcode: the scanner types the code and Enter, twice
    dialog = page.receive()
    dialog.location.setCurrentIndex(dialog.location.findData(world.shelf))
    for _ in range(2):
        qtbot.keyClicks(dialog.scan, "5901234123457")  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert dialog.model.rowCount() == 1 and dialog.model.lines[0].quantity == D(2)
    assert dialog.receipt_id is None and not dialog.error.isVisibleTo(dialog)  # Enter from the scanner never saves
    assert dialog.model.setData(dialog.model.index(0, COL_QUANTITY), "10")
    assert not dialog.model.setData(dialog.model.index(0, COL_EXPIRY), "31/12/2026")  # wrong format refused
    assert dialog.model.setData(dialog.model.index(0, COL_EXPIRY), (date.today() + timedelta(days=60)).isoformat())
    shot(dialog, "receipt")
    dialog.save()
    assert dialog.receipt_id is not None
    assert page.on_hand.data(page.on_hand.index(on_hand_row(page, "Rice 1 kg"), COL_ONHAND_QTY)) == "10"

    # 2. give a household a parcel from the parcel tab, by search and template
    page.tabs.setCurrentIndex(0)
    parcel = page.parcel
    parcel.search.setText("H-000")
    parcel.run_search()
    assert parcel.hits.rowCount() == 1  # the household once, though its head matches too
    parcel.hit_view.setCurrentIndex(parcel.hits.index(0, 0))
    parcel._choose_hit()
    assert "H-000" in parcel.chosen.text()
    assert parcel.template.currentText() == "Standard parcel, household of 1"  # suggested by household size
    parcel.location.setCurrentIndex(parcel.location.findData(world.shelf))
    parcel.apply_template()
    shot(page, "parcel_screen")
    parcel.save()
    assert parcel.last_result is not None and parcel.last_result.weight_kg == D(2)
    assert "Parcel" in shown.texts()[-1]  # type: ignore[attr-defined]

    # 3. a second parcel the same month asks for a reason; without one nothing is saved
    first = parcel.last_result
    parcel.apply_template()
    parcel.save()
    assert parcel.last_result is first and parcel.error.isVisibleTo(parcel)
    assert "visit limit" in parcel.error.text()
    answers.append("family's flat flooded")
    parcel.save()
    assert parcel.last_result is not first and parcel.last_result.overridden

    # 4. count the shelf with one difference
    count = page.start_count(world.shelf)
    assert count is not None
    model = count.model
    for row in range(model.rowCount()):
        line = model.lines[row]
        value = line.expected - 1 if line.item_name == "Rice 1 kg" else line.expected
        assert model.setData(model.index(row, COL_COUNTED), str(value))
    shot(count, "count_dialog")
    sheet = count.print_sheet(str(Path(os.environ.get("CENTREDESK_SHOTS") or count.context.db.path.parent)  # type: ignore[union-attr]
                                  / "count-sheet.pdf"))
    assert sheet is not None and sheet.exists()
    count.post()
    assert count.posted is not None and count.posted.differences == 1
    assert page.on_hand.data(page.on_hand.index(on_hand_row(page, "Rice 1 kg"), COL_ONHAND_QTY)) == "5"

    # 5. all of it in the history, newest first, with the running balance
    page.history_item.setCurrentIndex(page.history_item.findData(world.rice))
    texts = [page.history.data(page.history.index(r, COL_HIST_MOVEMENT)) for r in range(page.history.rowCount())]
    assert texts == ["Counted (Stock count)", "Distributed", "Distributed", "Received"]
    balances = [page.history.data(page.history.index(r, COL_HIST_BALANCE)) for r in range(page.history.rowCount())]
    assert balances == ["5", "6", "8", "10"]
    page.tabs.setCurrentIndex(1)
    shot(page, "stock_page")

    # 6. reverse the last parcel's movement with a reason
    page.history_view.setCurrentIndex(page.history.index(1, 0))
    answers.append("parcel returned unopened")
    page.reverse_selected()
    with UnitOfWork(db, write=False) as uow:
        history = queries.movement_history(uow, admin, world.rice)
    assert (history[0].kind, history[0].quantity, history[0].note) == (
        MovementKind.DISTRIBUTED, D(2), "parcel returned unopened")
    assert history[2].reversed


def test_front_desk_sees_the_parcel_screen_but_no_warehouse_actions(
        qtbot: object, db: Database, actors: dict[Role, Actor], world: StockWorld) -> None:
    page = page_for(qtbot, db, actors[Role.FRONT_DESK])
    assert page.tabs.currentIndex() == 0
    assert not page.action_buttons["Receive"].isVisibleTo(page)
    assert not page.write_off.isVisibleTo(page)


def test_models_pass_the_model_tester(qtbot: object, qtmodeltester: object, db: Database, admin: Actor,
                                      world: StockWorld) -> None:
    page = page_for(qtbot, db, admin)
    for model in (page.on_hand, page.lots, page.history, page.low, page.parcel.model, page.parcel.hits):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert page.on_hand.rowCount() == 4
    assert page.on_hand.headerData(COL_ONHAND_QTY, Qt.Orientation.Horizontal) == "On hand"
    assert page.on_hand.data(QModelIndex()) is None
    assert "0 items in stock" in page.summary.text()


def test_parcels_tab_in_the_client_file(qtbot: object, db: Database, admin: Actor, world: StockWorld,
                                        qtmodeltester: object) -> None:
    from desktop.views.clients.file_tabs import tabs_for

    tab_entry = next(t for t in tabs_for(admin) if t.key == "parcels")
    context = PageContext(db, admin, load_centre(db))
    with UnitOfWork(db) as uow:
        from desktop.services.stock import receipts

        receipts.receive(uow, admin, kind=receipts.ReceiptKind.DONATION, received_on=date.today(),
                         location_id=world.shelf, lines=[receipts.ReceiptLineInput(world.jacket, D(3))])
        uow.commit()
    tab = tab_entry.factory(context, world.households[0], None)
    qtbot.addWidget(tab)  # type: ignore[attr-defined]
    tab.parcel.location.setCurrentIndex(tab.parcel.location.findData(world.shelf))  # type: ignore[attr-defined]
    tab.parcel.add_code("Winter jacket")  # type: ignore[attr-defined]
    tab.parcel.save_button.click()  # type: ignore[attr-defined]
    assert tab.parcel.last_result.service_type == "clothing"  # type: ignore[attr-defined]
    assert tab.model.rowCount() == 1  # type: ignore[attr-defined]
    assert "Winter jacket × 1 pcs" in tab.model.data(tab.model.index(0, 1))  # type: ignore[attr-defined]
    qtmodeltester.check(tab.model)  # type: ignore[attr-defined]
