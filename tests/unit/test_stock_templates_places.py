"""Parcel templates, locations and donors edited from the Stock page: validation, permissions, audit, history."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.db import Database
from desktop.errors import NotFound, PermissionDenied, ValidationError
from desktop.models.audit import AuditEvent
from desktop.models.stock import (
    DistributionLine,
    DonorKind,
    ItemCategory,
    LocationKind,
    ParcelTemplateLine,
    Receipt,
    StockMovement,
)
from desktop.models.users import Role
from desktop.services.permissions import Actor
from desktop.services.stock import adjustments, catalogue, counts, distributions, queries, receipts, templates
from desktop.services.stock.catalogue import DonorInput, ItemInput
from desktop.services.stock.receipts import ReceiptLineInput
from desktop.services.stock.templates import TemplateInput
from desktop.services.uow import UnitOfWork
from tests.stock_support import StockWorld, make_world, receive

D = Decimal
MANAGERS = (Role.ADMINISTRATOR, Role.COORDINATOR, Role.WAREHOUSE)
OTHERS = (Role.CASEWORKER, Role.FRONT_DESK)


@pytest.fixture
def world(db: Database, admin: Actor) -> StockWorld:
    return make_world(db, admin)


def audit_rows(db: Database, entity: str) -> list[tuple[str, str, str, str]]:
    with UnitOfWork(db, write=False) as uow:
        return [(e.action, e.entity_id, e.summary, e.username) for e in uow.session.scalars(
            select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id))]


def new_template(db: Database, actor: Actor, data: TemplateInput) -> templates.TemplateInfo:
    with UnitOfWork(db) as uow:
        result = templates.create_template(uow, actor, data)
        uow.commit()
        return result


# -- templates ---------------------------------------------------------------------------------------------

def test_template_created_edited_and_retired_with_audit(db: Database, admin: Actor, world: StockWorld) -> None:
    created = new_template(db, admin, TemplateInput("  Standard   parcel, household of 4 ",
                                                    ((world.rice, D(4)), (world.beans, D("2.5"))), 4))
    assert created.name == "Standard parcel, household of 4"  # spaces tidied
    assert created.lines == ((world.rice, D("4.000")), (world.beans, D("2.500"))) and created.active
    with UnitOfWork(db) as uow:
        updated = templates.update_template(uow, admin, created.id, TemplateInput(
            "Family parcel", ((world.beans, D(3)), (world.soap, D(1))), None))
        uow.commit()
    assert (updated.name, updated.household_size, updated.lines) == (
        "Family parcel", None, ((world.beans, D("3.000")), (world.soap, D("1.000"))))
    with UnitOfWork(db, write=False) as uow:
        stored = [(line.item_id, line.quantity) for line in uow.session.scalars(
            select(ParcelTemplateLine).where(ParcelTemplateLine.template_id == created.id)
            .order_by(ParcelTemplateLine.id))]
        assert stored == [(world.beans, D(3)), (world.soap, D(1))]  # old lines gone, not added to
        assert templates.get_template(uow, admin, created.id) == updated
    with UnitOfWork(db) as uow:
        retired = templates.set_template_active(uow, admin, created.id, False)
        templates.set_template_active(uow, admin, created.id, False)  # no change: no second audit row
        uow.commit()
    assert not retired.active
    with UnitOfWork(db, write=False) as uow:
        assert templates.list_templates(uow, admin) == []
        assert [t.id for t in templates.list_templates(uow, admin, include_inactive=True)] == [created.id]
    rows = audit_rows(db, "stock_template")
    assert rows == [
        ("create", str(created.id), "parcel template created, 2 line(s)", "admin"),
        ("update", str(created.id), "parcel template updated, 2 line(s)", "admin"),
        ("disable", str(created.id), "parcel template made inactive", "admin"),
    ]
    assert not any("Family" in summary or "Standard" in summary for _, _, summary, _ in rows)


@pytest.mark.parametrize(("data", "field", "message"), [
    (TemplateInput("   ", ((1, D(1)),)), "name", "Enter the template's name."),
    (TemplateInput("x" * 121, ((1, D(1)),)), "name", "The name is too long (120 characters at most)."),
    (TemplateInput("Empty", ()), "lines", "A template needs at least one line."),
    (TemplateInput("Zero", ((1, D(2)), (2, D(0)))), "lines",
     "Line 2 (Beans can): the quantity must be more than zero."),
    (TemplateInput("Negative", ((1, D(-1)),)), "lines", "Line 1 (Rice 1 kg): the quantity must be more than zero."),
    (TemplateInput("Twice", ((1, D(1)), (3, D(1)), (1, D(2)))), "lines", "Line 3: Rice 1 kg is already on line 1."),
    (TemplateInput("Huge household", ((1, D(1)),), 31), "household_size",
     "The household size must be between 1 and 30."),
    (TemplateInput("No household", ((1, D(1)),), 0), "household_size", "The household size must be between 1 and 30."),
])
def test_template_validation_names_the_field(db: Database, admin: Actor, world: StockWorld, data: TemplateInput,
                                             field: str, message: str) -> None:
    assert (world.rice, world.beans, world.soap) == (1, 2, 3)  # the ids the cases above use
    with UnitOfWork(db) as uow, pytest.raises(ValidationError) as caught:
        templates.create_template(uow, admin, data)
    assert (caught.value.field, caught.value.message) == (field, message)
    assert audit_rows(db, "stock_template") == []


def test_template_refuses_inactive_item_duplicate_name_and_unknown_item(db: Database, admin: Actor,
                                                                        world: StockWorld) -> None:
    with UnitOfWork(db) as uow:
        soap = catalogue.get_item(uow, admin, world.soap)
        catalogue.update_item(uow, admin, world.soap, ItemInput(soap.name, ItemCategory.HYGIENE, active=False))
        uow.commit()
    with UnitOfWork(db) as uow, pytest.raises(ValidationError) as caught:
        templates.create_template(uow, admin, TemplateInput("Hygiene", ((world.rice, D(1)), (world.soap, D(1)))))
    assert caught.value.message == "Line 2: Soap is no longer in use." and caught.value.field == "lines"
    assert caught.value.hint == "Remove the line or choose another item."
    first = new_template(db, admin, TemplateInput("Single", ((world.rice, D(1)),), 1))
    with UnitOfWork(db) as uow, pytest.raises(ValidationError) as caught:
        templates.create_template(uow, admin, TemplateInput("SINGLE", ((world.beans, D(1)),)))
    assert caught.value.message == "A template called SINGLE already exists." and caught.value.field == "name"
    with UnitOfWork(db) as uow:  # keeping its own name while editing is no clash
        assert templates.update_template(uow, admin, first.id, TemplateInput("Single", ((world.beans, D(2)),),
                                                                             1)).lines == ((world.beans, D(2)),)
        uow.commit()
    with UnitOfWork(db) as uow, pytest.raises(NotFound):
        templates.create_template(uow, admin, TemplateInput("Ghost", ((999, D(1)),)))


@pytest.mark.parametrize("role", MANAGERS + OTHERS)
def test_template_permissions_per_role(db: Database, actors: dict[Role, Actor], world: StockWorld,
                                       role: Role) -> None:
    actor = actors[role]
    existing = new_template(db, actors[Role.ADMINISTRATOR], TemplateInput("Base", ((world.rice, D(1)),)))
    calls = [
        lambda uow: templates.create_template(uow, actor, TemplateInput("", ())),  # invalid: permission first
        lambda uow: templates.update_template(uow, actor, existing.id, TemplateInput("Base", ((world.beans, D(1)),))),
        lambda uow: templates.set_template_active(uow, actor, existing.id, False),
    ]
    for call in calls:
        with UnitOfWork(db) as uow:
            if role in MANAGERS:
                try:
                    call(uow)
                except ValidationError:
                    pass
                uow.commit()
            else:
                with pytest.raises(PermissionDenied):
                    call(uow)
    with UnitOfWork(db, write=False) as uow:  # everyone who gives parcels sees the templates
        listed = templates.list_templates(uow, actor, include_inactive=True)
    assert [t.active for t in listed] == [role not in MANAGERS]
    assert len(audit_rows(db, "stock_template")) == (3 if role in MANAGERS else 1)


def test_parcels_keep_their_lines_and_sizes_skip_retired_templates(db: Database, admin: Actor,
                                                                   world: StockWorld) -> None:
    receive(db, admin, world.shelf, [ReceiptLineInput(world.rice, D(10), expires_on=date(2026, 9, 1)),
                                     ReceiptLineInput(world.beans, D(10), expires_on=date(2026, 9, 1))])
    small = new_template(db, admin, TemplateInput("Small", ((world.rice, D(1)),), 1))
    big = new_template(db, admin, TemplateInput("Big", ((world.rice, D(2)), (world.beans, D(2))), 3))
    with UnitOfWork(db) as uow:
        parcel = distributions.give_parcel(
            uow, admin, distributed_on=date(2026, 2, 1), location_id=world.shelf, household_id=world.households[0],
            template_id=big.id, lines=[distributions.ParcelLineInput(i, q) for i, q in big.lines],
            today=date(2026, 3, 1))
        templates.update_template(uow, admin, big.id, TemplateInput("Big", ((world.soap, D(5)),), 3))
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        given = sorted((line.item_id, line.quantity) for line in uow.session.scalars(
            select(DistributionLine).where(DistributionLine.distribution_id == parcel.distribution_id)))
        assert given == [(world.rice, D(2)), (world.beans, D(2))]
        listed = templates.list_templates(uow, admin)
    assert templates.template_for_size(listed, 4) == next(t for t in listed if t.id == big.id)
    retired = [t if t.id != big.id else templates.TemplateInfo(t.id, t.name, t.household_size, t.lines, False)
               for t in listed]
    assert templates.template_for_size(retired, 4) == next(t for t in listed if t.id == small.id)


# -- locations ---------------------------------------------------------------------------------------------

def test_location_with_stock_cannot_be_retired_until_moved(db: Database, admin: Actor, world: StockWorld) -> None:
    receive(db, admin, world.shelf, [ReceiptLineInput(world.rice, D(10), expires_on=date(2026, 9, 1)),
                                     ReceiptLineInput(world.soap, D("3.5"))])
    with UnitOfWork(db) as uow, pytest.raises(ValidationError) as caught:
        catalogue.set_location_active(uow, admin, world.shelf, False)
    assert caught.value.message == "Pantry shelf still holds 2 items: Rice 1 kg (10 bag); Soap (3.5 pcs)."
    assert caught.value.hint == "Transfer the stock to another location first, then make this one inactive."
    assert caught.value.field == "active"
    with UnitOfWork(db) as uow, pytest.raises(ValidationError):  # the edit form's checkbox goes the same way
        catalogue.update_location(uow, admin, world.shelf, "Pantry shelf", LocationKind.PANTRY_SHELF, False)
    with UnitOfWork(db) as uow:
        for item_id, quantity in ((world.rice, D(10)), (world.soap, D("3.5"))):
            adjustments.transfer(uow, admin, from_location_id=world.shelf, to_location_id=world.warehouse,
                                 moved_on=date(2026, 2, 1), lines=[distributions.ParcelLineInput(item_id, quantity)],
                                 today=date(2026, 3, 1))
        retired = catalogue.set_location_active(uow, admin, world.shelf, False)
        uow.commit()
    assert not retired.active
    with UnitOfWork(db, write=False) as uow:
        assert [loc.id for loc in catalogue.list_locations(uow, admin)] == [world.warehouse]
        assert {loc.id for loc in catalogue.list_locations(uow, admin, include_inactive=True)} == {
            world.warehouse, world.shelf}
    with UnitOfWork(db) as uow, pytest.raises(ValidationError, match="no longer in use"):
        receipts.receive(uow, admin, kind=receipts.ReceiptKind.DONATION, received_on=date(2026, 2, 2),
                         location_id=world.shelf, lines=[ReceiptLineInput(world.soap, D(1))], today=date(2026, 3, 1))
    assert [row[0] for row in audit_rows(db, "stock_location")][-1] == "disable"


def test_location_being_counted_cannot_be_retired(db: Database, admin: Actor, world: StockWorld) -> None:
    with UnitOfWork(db) as uow:
        sheet = counts.start_count(uow, admin, location_id=world.warehouse, counted_on=date(2026, 2, 1),
                                   today=date(2026, 3, 1))
        uow.commit()
    with UnitOfWork(db) as uow, pytest.raises(ValidationError) as caught:
        catalogue.set_location_active(uow, admin, world.warehouse, False)
    assert caught.value.message == f"Warehouse has a count in progress (count {sheet.id})."


def test_renamed_location_keeps_its_movements(db: Database, admin: Actor, world: StockWorld) -> None:
    receive(db, admin, world.shelf, [ReceiptLineInput(world.soap, D(4))])
    with UnitOfWork(db) as uow:
        renamed = catalogue.update_location(uow, admin, world.shelf, "  Front   shelf ", LocationKind.SHELTER_STORE)
        uow.commit()
    assert (renamed.name, renamed.kind, renamed.active) == ("Front shelf", LocationKind.SHELTER_STORE, True)
    with UnitOfWork(db, write=False) as uow:
        assert set(uow.session.scalars(select(StockMovement.location_id))) == {world.shelf}
        assert [r.location_name for r in queries.movement_history(uow, admin, world.soap)] == ["Front shelf"]
    with UnitOfWork(db) as uow, pytest.raises(ValidationError) as caught:
        catalogue.update_location(uow, admin, world.shelf, "warehouse", LocationKind.WAREHOUSE)
    assert caught.value.message == "A location called warehouse already exists." and caught.value.field == "name"
    assert audit_rows(db, "stock_location")[-1] == ("update", str(world.shelf), "location updated", "admin")


@pytest.mark.parametrize("role", MANAGERS + OTHERS)
def test_location_and_donor_edits_per_role(db: Database, actors: dict[Role, Actor], world: StockWorld,
                                           role: Role) -> None:
    actor = actors[role]
    calls = [
        lambda uow: catalogue.update_location(uow, actor, world.warehouse, "Back store", LocationKind.WAREHOUSE),
        lambda uow: catalogue.set_location_active(uow, actor, world.warehouse, False),
        lambda uow: catalogue.update_donor(uow, actor, world.donor, DonorInput("Food Bank", DonorKind.FOOD_BANK)),
        lambda uow: catalogue.set_donor_active(uow, actor, world.donor, False),
    ]
    for call in calls:
        with UnitOfWork(db) as uow:
            if role in MANAGERS:
                call(uow)
                uow.commit()
            else:
                with pytest.raises(PermissionDenied):
                    call(uow)
    with UnitOfWork(db, write=False) as uow:
        names = [(loc.name, loc.active) for loc in catalogue.list_locations(uow, actors[Role.ADMINISTRATOR],
                                                                           include_inactive=True)]
    assert names[0] == (("Back store", False) if role in MANAGERS else ("Warehouse", True))
    expected = 2 if role in MANAGERS else 0
    assert len(audit_rows(db, "stock_location")) - 2 == expected  # two were created by make_world
    assert len(audit_rows(db, "stock_donor")) - 1 == expected


# -- donors ------------------------------------------------------------------------------------------------

def test_donor_renamed_and_retired_keeps_its_receipts(db: Database, admin: Actor, world: StockWorld) -> None:
    with UnitOfWork(db) as uow:
        receipt = receipts.receive(uow, admin, kind=receipts.ReceiptKind.DONATION, received_on=date(2026, 2, 1),
                                   location_id=world.shelf, lines=[ReceiptLineInput(world.soap, D(2))],
                                   donor_id=world.donor, today=date(2026, 3, 1))
        updated = catalogue.update_donor(uow, admin, world.donor, DonorInput(
            " Regional  Food Bank ", DonorKind.FOOD_BANK, "Anna", "555 01", "office@foodbank.example", "Main St 1"))
        uow.commit()
    assert (updated.name, updated.contact_name, updated.email, updated.address) == (
        "Regional Food Bank", "Anna", "office@foodbank.example", "Main St 1")
    with UnitOfWork(db, write=False) as uow:
        assert uow.session.get(Receipt, receipt.receipt_id).donor_id == world.donor  # type: ignore[union-attr]
    with UnitOfWork(db) as uow, pytest.raises(ValidationError) as caught:
        catalogue.update_donor(uow, admin, world.donor, DonorInput("Regional Food Bank", DonorKind.FOOD_BANK,
                                                                   email="not-an-address"))
    assert caught.value.field == "email"
    with UnitOfWork(db) as uow, pytest.raises(ValidationError) as caught:
        catalogue.update_donor(uow, admin, world.donor, DonorInput("  ", DonorKind.FOOD_BANK))
    assert caught.value.field == "name"
    with UnitOfWork(db) as uow:
        catalogue.set_donor_active(uow, admin, world.donor, False)
        uow.commit()
    with UnitOfWork(db, write=False) as uow:
        assert catalogue.list_donors(uow, admin) == []
        assert [d.name for d in catalogue.list_donors(uow, admin, include_inactive=True)] == ["Regional Food Bank"]
    with UnitOfWork(db) as uow, pytest.raises(ValidationError) as caught:
        receipts.receive(uow, admin, kind=receipts.ReceiptKind.DONATION, received_on=date(2026, 2, 2),
                         location_id=world.shelf, lines=[ReceiptLineInput(world.soap, D(1))], donor_id=world.donor,
                         today=date(2026, 3, 1))
    assert caught.value.message == "That donor is no longer active." and caught.value.field == "donor"
    rows = audit_rows(db, "stock_donor")
    assert [(action, summary) for action, _, summary, _ in rows] == [
        ("create", "donor created"), ("update", "donor updated"), ("disable", "donor updated, made inactive")]
    with UnitOfWork(db) as uow:
        catalogue.set_donor_active(uow, admin, world.donor, True)
        uow.commit()
    assert audit_rows(db, "stock_donor")[-1][2] == "donor updated, made active again"
