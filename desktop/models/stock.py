"""Stock: catalogue, places, donors, lots, the documents that move stock and the append-only ledger.

Every change of stock is one `StockMovement` row; nobody may update or delete one (database triggers,
like audit_events). A mistake is put right by a reversing movement that points at the original.
`StockBalance` is a cache of SUM(quantity) per (item, lot, location), written only by the ledger
writer in the same transaction as the movement; `services.stock.ledger.verify_balances` rebuilds it
from the ledger and compares.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import DDL, Boolean, Date, Enum, ForeignKey, Index, Integer, Numeric, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, utcnow


def _enum(cls: type[enum.Enum], length: int = 20) -> Enum:
    return Enum(cls, native_enum=False, length=length, validate_strings=True,
                values_callable=lambda e: [m.value for m in e])


def _qty() -> Numeric[Decimal]:
    return Numeric(14, 3, asdecimal=True)


class ItemCategory(enum.StrEnum):
    FOOD = "food"
    CLOTHING = "clothing"
    HYGIENE = "hygiene"
    SHELTER_SUPPLIES = "shelter_supplies"
    OTHER = "other"


class LocationKind(enum.StrEnum):
    WAREHOUSE = "warehouse"
    PANTRY_SHELF = "pantry_shelf"
    SHELTER_STORE = "shelter_store"


class DonorKind(enum.StrEnum):
    INDIVIDUAL = "individual"
    BUSINESS = "business"
    GOVERNMENT = "government"
    FOOD_BANK = "food_bank"


class ReceiptKind(enum.StrEnum):
    DONATION = "donation"
    PURCHASE = "purchase"


class MovementKind(enum.StrEnum):
    RECEIVED = "received"
    DISTRIBUTED = "distributed"
    TRANSFERRED = "transferred"
    ADJUSTED = "adjusted"
    WRITTEN_OFF = "written_off"
    COUNTED = "counted"


class MovementReason(enum.StrEnum):
    NONE = ""
    DAMAGED = "damaged"
    SPOILED = "spoiled"
    FOUND = "found"
    CORRECTION = "correction"
    EXPIRED = "expired"
    COUNT = "count"
    REVERSAL = "reversal"


class CountStatus(enum.StrEnum):
    OPEN = "open"
    POSTED = "posted"
    CANCELLED = "cancelled"


class Item(Base):
    __tablename__ = "stock_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    category: Mapped[ItemCategory] = mapped_column(_enum(ItemCategory))
    unit: Mapped[str] = mapped_column(String(20), default="pcs")
    unit_weight_kg: Mapped[Decimal | None] = mapped_column(_qty(), nullable=True)
    perishable: Mapped[bool] = mapped_column(Boolean, default=False)
    reorder_level: Mapped[Decimal] = mapped_column(_qty(), default=Decimal(0))
    unit_value_minor: Mapped[int | None] = mapped_column(Integer, nullable=True)  # estimated value of one unit
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (Index("ix_stock_items_category", "category"),)


class ItemBarcode(Base):
    __tablename__ = "stock_item_barcodes"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("stock_items.id"))
    code: Mapped[str] = mapped_column(String(64), unique=True)

    __table_args__ = (Index("ix_stock_item_barcodes_item", "item_id"),)


class Location(Base):
    __tablename__ = "stock_locations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[LocationKind] = mapped_column(_enum(LocationKind))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Donor(Base):
    __tablename__ = "stock_donors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160))
    kind: Mapped[DonorKind] = mapped_column(_enum(DonorKind))
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(160), default="")
    address: Mapped[str] = mapped_column(String(250), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Lot(Base):
    """A batch of one item received together; `expires_on` is a use-by or best-before date (or none)."""

    __tablename__ = "stock_lots"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("stock_items.id"))
    code: Mapped[str] = mapped_column(String(60), default="")
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    best_before: Mapped[bool] = mapped_column(Boolean, default=False)  # date is "best before", not "use by"
    received_on: Mapped[date] = mapped_column(Date)
    unit_value_minor: Mapped[int | None] = mapped_column(Integer, nullable=True)  # purchase price per unit

    __table_args__ = (Index("ix_stock_lots_item", "item_id", "expires_on"),)


class Receipt(Base):
    __tablename__ = "stock_receipts"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ReceiptKind] = mapped_column(_enum(ReceiptKind))
    donor_id: Mapped[int | None] = mapped_column(ForeignKey("stock_donors.id"), nullable=True)
    received_on: Mapped[date] = mapped_column(Date)
    location_id: Mapped[int] = mapped_column(ForeignKey("stock_locations.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ParcelTemplate(Base):
    __tablename__ = "stock_parcel_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    household_size: Mapped[int | None] = mapped_column(Integer, nullable=True)  # suggested for this size
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ParcelTemplateLine(Base):
    __tablename__ = "stock_parcel_template_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("stock_parcel_templates.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("stock_items.id"))
    quantity: Mapped[Decimal] = mapped_column(_qty())

    __table_args__ = (Index("ix_stock_parcel_template_lines_template", "template_id"),)


class Distribution(Base):
    """A parcel given to a household (or a person without one). Its lines become movements."""

    __tablename__ = "stock_distributions"

    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), nullable=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), nullable=True)
    distributed_on: Mapped[date] = mapped_column(Date)
    location_id: Mapped[int] = mapped_column(ForeignKey("stock_locations.id"))
    template_id: Mapped[int | None] = mapped_column(ForeignKey("stock_parcel_templates.id"), nullable=True)
    service_record_id: Mapped[int | None] = mapped_column(ForeignKey("service_records.id"), nullable=True)
    override_reason: Mapped[str] = mapped_column(Text, default="")  # visit-limit override, when needed
    note: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        Index("ix_stock_distributions_household", "household_id", "distributed_on"),
        Index("ix_stock_distributions_person", "person_id", "distributed_on"),
        Index("ix_stock_distributions_service_record", "service_record_id"),
    )


class DistributionLine(Base):
    """What was asked for (item, quantity); the movements say which lots it came from."""

    __tablename__ = "stock_distribution_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    distribution_id: Mapped[int] = mapped_column(ForeignKey("stock_distributions.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("stock_items.id"))
    category: Mapped[ItemCategory] = mapped_column(_enum(ItemCategory))  # copied: the visit limit is by category
    quantity: Mapped[Decimal] = mapped_column(_qty())

    __table_args__ = (Index("ix_stock_distribution_lines_distribution", "distribution_id"),)


class Transfer(Base):
    __tablename__ = "stock_transfers"

    id: Mapped[int] = mapped_column(primary_key=True)
    from_location_id: Mapped[int] = mapped_column(ForeignKey("stock_locations.id"))
    to_location_id: Mapped[int] = mapped_column(ForeignKey("stock_locations.id"))
    moved_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class StockCount(Base):
    """A stocktake of one location. Once posted, no movement there may be dated before `counted_on`."""

    __tablename__ = "stock_counts"

    id: Mapped[int] = mapped_column(primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("stock_locations.id"))
    counted_on: Mapped[date] = mapped_column(Date)
    status: Mapped[CountStatus] = mapped_column(_enum(CountStatus), default=CountStatus.OPEN)
    note: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (Index("ix_stock_counts_location", "location_id", "status", "counted_on"),)


class StockCountLine(Base):
    """One item (and lot, when stock exists) on the count sheet; `counted` is None until entered."""

    __tablename__ = "stock_count_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    count_id: Mapped[int] = mapped_column(ForeignKey("stock_counts.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("stock_items.id"))
    lot_id: Mapped[int | None] = mapped_column(ForeignKey("stock_lots.id"), nullable=True)
    expected: Mapped[Decimal] = mapped_column(_qty())  # on hand when the sheet was made
    counted: Mapped[Decimal | None] = mapped_column(_qty(), nullable=True)

    __table_args__ = (
        Index("ix_stock_count_lines_count", "count_id"),
        Index("ix_stock_count_lines_item", "item_id", "count_id"),
    )


class StockMovement(Base):
    """One line of the append-only ledger. `quantity` is signed: + into the location, - out of it."""

    __tablename__ = "stock_movements"

    id: Mapped[int] = mapped_column(primary_key=True)
    moved_on: Mapped[date] = mapped_column(Date)  # the business date (counts lock dates before them)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)  # when it was written
    kind: Mapped[MovementKind] = mapped_column(_enum(MovementKind))
    reason: Mapped[MovementReason] = mapped_column(_enum(MovementReason), default=MovementReason.NONE)
    item_id: Mapped[int] = mapped_column(ForeignKey("stock_items.id"))
    lot_id: Mapped[int] = mapped_column(ForeignKey("stock_lots.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("stock_locations.id"))
    quantity: Mapped[Decimal] = mapped_column(_qty())
    value_minor: Mapped[int | None] = mapped_column(Integer, nullable=True)  # purchase value of a receipt line
    note: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("stock_receipts.id"), nullable=True)
    distribution_id: Mapped[int | None] = mapped_column(ForeignKey("stock_distributions.id"), nullable=True)
    transfer_id: Mapped[int | None] = mapped_column(ForeignKey("stock_transfers.id"), nullable=True)
    count_id: Mapped[int | None] = mapped_column(ForeignKey("stock_counts.id"), nullable=True)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("stock_movements.id"), nullable=True, unique=True)

    __table_args__ = (
        Index("ix_stock_movements_item", "item_id", "id"),
        Index("ix_stock_movements_moved_on", "moved_on"),
        Index("ix_stock_movements_location", "location_id", "item_id"),
        Index("ix_stock_movements_distribution", "distribution_id"),
    )


class StockBalance(Base):
    """Cache: on hand per item, lot and location (= SUM of the ledger). Rebuildable at any time."""

    __tablename__ = "stock_balances"

    item_id: Mapped[int] = mapped_column(ForeignKey("stock_items.id"), primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("stock_lots.id"), primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("stock_locations.id"), primary_key=True)
    quantity: Mapped[Decimal] = mapped_column(_qty(), default=Decimal(0))

    __table_args__ = (Index("ix_stock_balances_location", "location_id", "item_id"),)


# Kept identical to the statements the lead copies into the migration: the database refuses changes.
SQLITE_LEDGER_TRIGGERS = (
    "CREATE TRIGGER stock_movements_no_update BEFORE UPDATE ON stock_movements "
    "BEGIN SELECT RAISE(ABORT, 'stock_movements is append-only'); END",
    "CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements "
    "BEGIN SELECT RAISE(ABORT, 'stock_movements is append-only'); END",
)
POSTGRES_LEDGER_TRIGGERS = (
    "CREATE OR REPLACE FUNCTION stock_movements_append_only() RETURNS trigger AS $$ "
    "BEGIN RAISE EXCEPTION 'stock_movements is append-only'; END; $$ LANGUAGE plpgsql",
    "CREATE TRIGGER stock_movements_no_change BEFORE UPDATE OR DELETE ON stock_movements "
    "FOR EACH ROW EXECUTE FUNCTION stock_movements_append_only()",
)

for _statement in SQLITE_LEDGER_TRIGGERS:
    event.listen(StockMovement.__table__, "after_create", DDL(_statement).execute_if(dialect="sqlite"))
for _statement in POSTGRES_LEDGER_TRIGGERS:
    event.listen(StockMovement.__table__, "after_create", DDL(_statement).execute_if(dialect="postgresql"))
