"""The warehouse edits parcel templates, locations and donors from the Stock page, and the front desk
sees the result: a new template on the parcel screen, a renamed donor in the receipt screen."""

from __future__ import annotations

import os
import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.db import Database
from desktop.models.stock import Distribution, DistributionLine, LocationKind
from desktop.models.users import Role
from desktop.services import client_search
from desktop.services.permissions import Actor
from desktop.services.stock import catalogue, templates
from desktop.services.stock.receipts import ReceiptLineInput
from desktop.services.uow import UnitOfWork
from desktop.views.context import PageContext, load_centre
from desktop.views.stock.page import StockPage
from desktop.views.stock.template_dialog import COL_TEMPLATE_ITEMS, COL_TEMPLATE_SIZE, COL_TEMPLATE_STATUS
from tests.stock_support import StockWorld, make_world, receive

D = Decimal
SHOTS = Path(os.environ.get("CENTREDESK_SHOTS", "/tmp/wave2-stock"))


@pytest.fixture
def world(db: Database, admin: Actor) -> StockWorld:
    result = make_world(db, admin, households=2)
    with UnitOfWork(db) as uow:
        for household_id in result.households:
            client_search.index_household(uow, household_id)
        uow.commit()
    today = date.today()
    receive(db, admin, result.shelf, [ReceiptLineInput(result.rice, D(10), expires_on=today + timedelta(days=90)),
                                      ReceiptLineInput(result.beans, D(10), expires_on=today + timedelta(days=90))],
            on=today, today=today)
    return result


def page_for(qtbot: object, db: Database, actor: Actor) -> StockPage:
    page = StockPage(PageContext(db, actor, load_centre(db)))
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.resize(1100, 700)
    page.show()
    return page


def shot(widget: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def test_new_template_with_two_lines_is_used_on_the_parcel_screen(
        qtbot: object, db: Database, actors: dict[Role, Actor], world: StockWorld, qtmodeltester: object,
        shown: object) -> None:
    page = page_for(qtbot, db, actors[Role.WAREHOUSE])
    parcel = page.parcel
    page.tabs.setCurrentIndex(0)
    assert parcel.edit_templates.isVisibleTo(page) and parcel.template.count() == 1  # only "(choose a template)"
    shot(page, "warehouse_parcel_screen")
    parcel.edit_templates.click()
    catalogue_dialog = page.catalogue_dialog
    assert catalogue_dialog is not None and catalogue_dialog.isVisible()
    assert catalogue_dialog.tabs.currentWidget() is catalogue_dialog.templates
    panel = catalogue_dialog.templates
    form = panel.new_template()

    # saving an empty form: the service's message, inline, nothing saved
    form.save()
    assert form.error.isVisibleTo(form) and form.error.text() == "Enter the template's name."
    form.name.setText("Household of 4")
    form.save()
    assert form.error.text() == "A template needs at least one line.\nAdd the items a parcel of this kind holds."
    # two lines, by typing the item's name, Enter, the quantity, Enter (keyboard only: Enter never saves here)
    qtbot.keyClicks(form.item_text, "Rice 1 kg (bag)")  # type: ignore[attr-defined]
    qtbot.keyClick(form.item_text, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert form.focusWidget() is form.quantity and form.model.rowCount() == 0
    qtbot.keyClicks(form.quantity, "3")  # type: ignore[attr-defined]
    qtbot.keyClick(form.quantity, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert form.isVisible() and form.saved is None and form.model.rowCount() == 1 \
        and form.focusWidget() in (form.item, form.item_text)
    form.add_line(world.beans, D(2))
    form.add_line(world.rice, D(1))  # the same item again adds to its line
    form.household_size.setValue(4)
    assert [(line.item.name, line.quantity) for line in form.model.lines] == [("Rice 1 kg", D(4)), ("Beans can", D(2))]
    shot(form, "template_form")
    form.save()
    assert form.result() == form.DialogCode.Accepted and form.saved is not None
    assert panel.model.rowCount() == 1
    assert panel.model.data(panel.model.index(0, COL_TEMPLATE_SIZE)) == "4 people"
    assert panel.model.data(panel.model.index(0, COL_TEMPLATE_ITEMS)) == "Rice 1 kg × 4; Beans can × 2"
    assert panel.model.data(panel.model.index(0, COL_TEMPLATE_STATUS)) == "In use"
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    shot(catalogue_dialog, "templates_tab")
    catalogue_dialog.reject()

    # the warehouse's parcel screen offers it at once; the front desk's suggests it for a household of two
    assert parcel.template.findText("Household of 4") == 1
    desk = page_for(qtbot, db, actors[Role.FRONT_DESK]).parcel
    desk.search.setText("H-001")
    desk.run_search()
    desk.hit_view.setCurrentIndex(desk.hits.index(0, 0))
    desk._choose_hit()
    assert desk.template.currentText() == "Household of 4"  # H-001 has two members: the only sized template
    assert desk.location.currentData() == world.shelf
    desk.apply_template()
    shot(desk.window(), "parcel_with_template")
    desk.save()
    assert desk.last_result is not None, desk.error.text()
    with UnitOfWork(db, write=False) as uow:
        lines = sorted((line.item_id, line.quantity) for line in uow.session.scalars(
            select(DistributionLine).where(DistributionLine.distribution_id == desk.last_result.distribution_id)))
        template_id = uow.session.get(Distribution, desk.last_result.distribution_id).template_id  # type: ignore[union-attr]
    assert lines == [(world.rice, D(4)), (world.beans, D(2))] and template_id == form.saved.id
    assert shown.texts()[-1].startswith("Parcel ")  # type: ignore[attr-defined]

    # retiring it takes it off the parcel screen
    dialog = page.open_catalogue("templates")
    dialog.templates.view.setCurrentIndex(dialog.templates.model.index(0, 0))
    assert dialog.templates.toggle_button.text() == "Make &inactive"
    dialog.templates.toggle_button.click()
    assert dialog.templates.model.data(dialog.templates.model.index(0, COL_TEMPLATE_STATUS)) == "Not in use"
    assert dialog.templates.toggle_button.text() == "Make a&ctive"
    dialog.reject()
    assert parcel.template.findText("Household of 4") == -1


def test_location_with_stock_refused_inline_then_renamed(qtbot: object, db: Database, actors: dict[Role, Actor],
                                                         world: StockWorld, qtmodeltester: object) -> None:
    page = page_for(qtbot, db, actors[Role.COORDINATOR])
    dialog = page.open_catalogue("locations")
    row = next(r for r, loc in enumerate(dialog.locations.rows) if loc.id == world.shelf)
    dialog.location_view.setCurrentIndex(dialog.locations.index(row, 0))
    dialog.location_toggle.click()
    message = dialog.error.text()
    assert dialog.error.isVisibleTo(dialog)
    assert re.match(r"Pantry shelf still holds 2 item(s|\(s\)): Beans can \(10 can\); Rice 1 kg \(10 bag\)\.\n"
                    r"Transfer the stock to another location first, then make this one inactive\.$", message), message
    assert dialog.locations.data(dialog.locations.index(row, 2)) == "In use"
    shot(dialog, "location_refused")

    # the edit form says the same under its fields; a rename alone goes through
    edit = dialog.edit_location()
    assert edit is not None
    edit.active.setChecked(False)
    edit.save()
    assert edit.error.isVisibleTo(edit) and "still holds" in edit.error.text() and edit.result() != 1
    shot(edit, "location_edit_refused")
    edit.active.setChecked(True)
    edit.name.setText("Front shelf")
    edit.save()
    assert edit.result() == edit.DialogCode.Accepted
    assert dialog.locations.data(dialog.locations.index(row, 0)) == "Front shelf"
    # an empty location can be retired; it greys and stays listed
    warehouse_row = next(r for r, loc in enumerate(dialog.locations.rows) if loc.id == world.warehouse)
    dialog.location_view.setCurrentIndex(dialog.locations.index(warehouse_row, 0))
    dialog.location_toggle.click()
    assert not dialog.error.isVisibleTo(dialog)
    assert dialog.locations.data(dialog.locations.index(warehouse_row, 2)) == "Not in use"
    assert dialog.location_toggle.text() == "Make a&ctive"
    qtmodeltester.check(dialog.locations)  # type: ignore[attr-defined]
    dialog.reject()
    assert [page.location.itemText(i) for i in range(page.location.count())] == ["All locations", "Front shelf"]
    assert [page.parcel.location.itemText(i) for i in range(page.parcel.location.count())] == ["Front shelf"]


def test_renamed_donor_shows_in_the_receipt_screen(qtbot: object, db: Database, actors: dict[Role, Actor],
                                                   world: StockWorld) -> None:
    warehouse = actors[Role.WAREHOUSE]
    with UnitOfWork(db) as uow:
        other = catalogue.create_donor(uow, warehouse, "Corner Bakery", catalogue.DonorKind.BUSINESS).id
        uow.commit()
    page = page_for(qtbot, db, warehouse)
    dialog = page.open_catalogue("donors")
    row = next(r for r, d in enumerate(dialog.donors.rows) if d.id == world.donor)
    dialog.donor_view.setCurrentIndex(dialog.donors.index(row, 0))
    edit = dialog.edit_donor()
    assert edit is not None and edit.name.text() == "City Food Bank"
    edit.email.setText("no address")
    edit.save()
    assert edit.error.text() == "The e-mail address is not valid."
    edit.email.setText("desk@foodbank.example")
    edit.name.setText("Regional Food Bank")
    shot(edit, "donor_edit")
    edit.save()
    assert edit.result() == edit.DialogCode.Accepted
    # retire the bakery: it leaves the receipt screen but stays in the catalogue, greyed
    bakery_row = next(r for r, d in enumerate(dialog.donors.rows) if d.id == other)
    dialog.donor_view.setCurrentIndex(dialog.donors.index(bakery_row, 0))
    dialog.donor_toggle.click()
    assert [(d.name, d.active) for d in dialog.donors.rows] == [("Corner Bakery", False),
                                                                ("Regional Food Bank", True)]
    shot(dialog, "donors_tab")
    dialog.reject()

    receipt = page.receive()
    donors = [receipt.donor.itemText(i) for i in range(receipt.donor.count())]
    assert donors == ["(not recorded)", "Regional Food Bank"]
    assert receipt.donor.itemData(1) == world.donor  # the same donor, under its new name
    receipt.reject()


def test_front_desk_uses_templates_but_cannot_edit_them(qtbot: object, db: Database, actors: dict[Role, Actor],
                                                        world: StockWorld) -> None:
    with UnitOfWork(db) as uow:
        templates.create_template(uow, actors[Role.WAREHOUSE], templates.TemplateInput(
            "Single", ((world.rice, D(1)),), 1))
        uow.commit()
    page = page_for(qtbot, db, actors[Role.FRONT_DESK])
    assert page.tabs.currentWidget() is page.parcel and not page.parcel.edit_templates.isVisibleTo(page)
    assert page.parcel.template.findText("Single") == 1
    assert LocationKind.PANTRY_SHELF == next(loc.kind for loc in page.parcel.locations
                                             if loc.id == page.parcel.location.currentData())
