"""Item catalogue import (DOMAIN.md "items" format) through the shared import framework."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select

from desktop.i18n import translate
from desktop.models.stock import Item, ItemBarcode, ItemCategory
from desktop.progress import Progress
from desktop.services import importing
from desktop.services.importing import BaseImporter, ImportReport, RowError
from desktop.services.permissions import Actor, Permission
from desktop.services.stock import catalogue
from desktop.services.uow import UnitOfWork

YES = {"yes", "y", "true", "1", "tak", "ya"}
NO = {"no", "n", "false", "0", "", "nie", "tidak"}


@dataclass(frozen=True)
class ItemRow:
    data: catalogue.ItemInput


def _category(text: str) -> ItemCategory:
    key = text.strip().lower().replace(" ", "_").replace("-", "_")
    return ItemCategory(key)


def _decimal(text: str) -> Decimal | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


class ItemImporter(BaseImporter[ItemRow]):
    kind: str = "items"
    permission: Permission = Permission.MANAGE_STOCK
    required: Sequence[str] = ("name", "category")
    optional: Sequence[str] = ("unit", "unit_weight_kg", "perishable", "barcode", "reorder_level")
    example: dict[str, str] = {"name": "Rice 1 kg", "category": "food", "unit": "bag", "unit_weight_kg": "1",
               "perishable": "yes", "barcode": "5901234123457", "reorder_level": "20"}

    def check(self, uow: UnitOfWork, line: int, row: dict[str, str]) -> ItemRow:
        problems: list[tuple[str, str]] = []
        name = " ".join(row.get("name", "").split())
        if not name:
            problems.append(("name", translate("stock", "The name is empty.")))
        elif len(name) > 120:
            problems.append(("name", translate("stock", "The name is too long (120 characters at most).")))
        elif uow.session.scalar(select(Item.id).where(func.lower(Item.name) == name.lower())) is not None:
            problems.append(("name", translate("stock", "An item called {name} already exists.").format(name=name)))
        category = ItemCategory.OTHER
        try:
            category = _category(row.get("category", ""))
        except ValueError:
            problems.append(("category", translate(
                "stock", "Unknown category {value}: use food, clothing, hygiene, shelter_supplies or other.").format(
                    value=row.get("category", ""))))
        weight = reorder = None
        try:
            weight = _decimal(row.get("unit_weight_kg", ""))
            if weight is not None and (weight < 0 or weight > 10_000):
                raise ValueError
        except ValueError:
            problems.append(("unit_weight_kg", translate("stock", "Enter the weight of one unit in kg, e.g. 0.5.")))
        try:
            reorder = _decimal(row.get("reorder_level", ""))
            if reorder is not None and reorder < 0:
                raise ValueError
        except ValueError:
            problems.append(("reorder_level", translate("stock", "The reorder level must be a number, 0 or more.")))
        perishable_text = row.get("perishable", "").strip().lower()
        if perishable_text not in YES | NO:
            problems.append(("perishable", translate("stock", "Write yes or no.")))
        codes = tuple(c.strip() for c in row.get("barcode", "").split(";") if c.strip())
        for code in codes:
            if len(code) > 64:
                problems.append(("barcode", translate("stock", "The barcode is too long.")))
            elif uow.session.scalar(select(ItemBarcode.id).where(ItemBarcode.code == code)) is not None:
                problems.append(("barcode", translate("stock", "The barcode {code} already belongs to another item.")
                                 .format(code=code)))
        if problems:
            raise RowError(*problems)
        unit = row.get("unit", "").strip()[:20] or "pcs"
        return ItemRow(catalogue.ItemInput(name, category, unit, weight, perishable_text in YES,
                                           reorder or Decimal(0), None, codes))

    def check_all(self, uow: UnitOfWork, rows: list[tuple[int, ItemRow]]) -> list[tuple[int, RowError]]:
        names: dict[str, list[int]] = defaultdict(list)
        codes: dict[str, list[int]] = defaultdict(list)
        for line, row in rows:
            names[row.data.name.lower()].append(line)
            for code in row.data.barcodes:
                codes[code].append(line)
        errors = []
        for lines in names.values():
            for line in lines[1:]:
                errors.append((line, RowError(("name", translate("stock", "The same name is on line {first}.")
                                                        .format(first=lines[0])))))
        for code, lines in codes.items():
            for line in lines[1:]:
                errors.append((line, RowError(("barcode", translate("stock", "The barcode {code} is also on line "
                                                                             "{first}.").format(code=code,
                                                                                                first=lines[0])))))
        return errors

    def apply(self, uow: UnitOfWork, actor: Actor, rows: list[tuple[int, ItemRow]], report: ImportReport,
              progress: Progress) -> int:
        progress.start(translate("stock", "Importing items"), len(rows))
        for n, (_, row) in enumerate(rows, start=1):
            catalogue.create_item(uow, actor, row.data, audit_it=False)  # the import writes one audit event
            if n % 200 == 0:
                progress.step(200)
        return len(rows)


@importing.register("items")
def item_importer() -> ItemImporter:
    return ItemImporter()
