"""Stock documents (no Qt): count sheet, stock list and ledger as PDF; stock list and ledger as Excel.

They take plain rows from desktop.services.stock.queries/counts and never touch the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from desktop.errors import UserError
from desktop.i18n import translate
from desktop.reports.pdf_common import CentreDocument, para, table
from desktop.services.settings import CentreInfo
from desktop.services.stock.common import category_label, kind_label, reason_label
from desktop.services.stock.counts import CountSheet
from desktop.services.stock.queries import LedgerRow, OnHandRow, totals_by_category

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def number(value: Decimal | None) -> str:
    """3 decimals only when needed: 12, 2.5, 0.125."""
    if value is None:
        return ""
    text = f"{value.normalize():f}"
    return "0" if text in ("-0", "0") else text


def money(minor: int | None, currency: str) -> str:
    if minor is None:
        return ""
    digits = 0 if currency == "IDR" else 2
    return f"{minor / (10 ** digits):,.{digits}f}".replace(",", "\u202f") + f" {currency}"


def safe_text(value: Any) -> Any:
    """Neutralise text that a spreadsheet would run as a formula (= + - @) by prefixing a quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


# -- PDFs ---------------------------------------------------------------------------------------------------

def count_sheet_pdf(path: Path, centre: CentreInfo, sheet: CountSheet, *, show_expected: bool = False,
                    printed_by: str = "") -> Path:
    """A sheet to count on: one row per item/lot, an empty box to write the counted quantity in.

    Blind by default (no expected quantity printed) so that people count what is there."""
    title = translate("stock", "Count sheet")
    doc = CentreDocument(path, centre_name=centre.name, centre_address=centre.address, title=title,
                         generated_by=printed_by)
    story: list[Flowable] = [
        para(f"{title}: {sheet.location_name}", "title"),
        para(translate("stock", "Count {id} · count date {date}").format(id=sheet.id,
                                                                         date=sheet.counted_on.isoformat())),
        Spacer(1, 4 * mm),
    ]
    header = [translate("stock", "Item"), translate("stock", "Category"), translate("stock", "Lot"),
              translate("stock", "Expiry"), translate("stock", "Unit")]
    if show_expected:
        header.append(translate("stock", "Expected"))
    header.append(translate("stock", "Counted"))
    rows: list[list[Any]] = [header]
    for line in sheet.lines:
        row = [line.item_name, category_label(line.category), line.lot_code or ("—" if line.lot_id is None else ""),
               line.expires_on.isoformat() if line.expires_on else "", line.unit]
        if show_expected:
            row.append(number(line.expected))
        row.append(number(line.counted) if line.counted is not None else "")
        rows.append(row)
    widths = [52 * mm, 26 * mm, 24 * mm, 24 * mm, 18 * mm] + ([18 * mm] if show_expected else []) + [26 * mm]
    grid = table(rows, widths, number_columns=range(5, len(header)))
    # room to write a number by hand in the Counted box
    grid.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, -1), 5), ("BOTTOMPADDING", (0, 1), (-1, -1), 5)]))
    story.append(grid)
    story += [Spacer(1, 8 * mm), para(translate("stock", "Counted by: ____________________    "
                                                         "Checked by: ____________________    Date: __________"))]
    doc.build_with_page_numbers(story)
    return path


def stock_list_pdf(path: Path, centre: CentreInfo, rows: Sequence[OnHandRow], *, location_name: str,
                   as_of: date, printed_by: str = "") -> Path:
    title = translate("stock", "Stock list")
    doc = CentreDocument(path, centre_name=centre.name, centre_address=centre.address, title=title,
                         landscape_pages=True, generated_by=printed_by)
    story: list[Flowable] = [para(f"{title}: {location_name}", "title"),
                             para(translate("stock", "On hand on {date}").format(date=as_of.isoformat())),
                             Spacer(1, 3 * mm)]
    data: list[list[Any]] = [[translate("stock", "Item"), translate("stock", "Category"), translate("stock", "Unit"),
                              translate("stock", "On hand"), translate("stock", "kg"),
                              translate("stock", "Value"), translate("stock", "Reorder level"),
                              translate("stock", "Next expiry")]]
    for r in rows:
        data.append([r.name + (" ⚠" if r.below_reorder else ""), category_label(r.category), r.unit,
                     number(r.quantity), number(r.weight_kg), money(r.value_minor, centre.currency),
                     number(r.reorder_level), r.next_expiry.isoformat() if r.next_expiry else ""])
    story.append(table(data, [75 * mm, 35 * mm, 18 * mm, 22 * mm, 22 * mm, 35 * mm, 25 * mm, 25 * mm],
                       number_columns=(3, 4, 5, 6)))
    story += [Spacer(1, 5 * mm), para(translate("stock", "Totals by category"), "h2")]
    totals: list[list[Any]] = [[translate("stock", "Category"), translate("stock", "Items in stock"),
                                translate("stock", "kg"), translate("stock", "Value")]]
    for t in totals_by_category(list(rows)):
        totals.append([category_label(t.category), t.items, number(t.weight_kg), money(t.value_minor, centre.currency)])
    story.append(table(totals, [50 * mm, 30 * mm, 30 * mm, 40 * mm], number_columns=(1, 2, 3)))
    doc.build_with_page_numbers(story)
    return path


def ledger_pdf(path: Path, centre: CentreInfo, rows: Sequence[LedgerRow], *, date_from: date, date_to: date,
               printed_by: str = "") -> Path:
    title = translate("stock", "Stock ledger")
    doc = CentreDocument(path, centre_name=centre.name, centre_address=centre.address, title=title,
                         landscape_pages=True, generated_by=printed_by)
    story: list[Flowable] = [para(title, "title"),
                             para(translate("stock", "{start} to {end}, %n movement(s)", "", len(rows)).format(
                                 start=date_from.isoformat(), end=date_to.isoformat())), Spacer(1, 3 * mm)]
    data: list[list[Any]] = [[translate("stock", "No."), translate("stock", "Date"), translate("stock", "Movement"),
                              translate("stock", "Item"), translate("stock", "Lot"), translate("stock", "Location"),
                              translate("stock", "Quantity"), translate("stock", "kg"),
                              translate("stock", "Document"), translate("stock", "User")]]
    for r in rows:
        movement = kind_label(r.kind) + (f" ({reason_label(r.reason)})" if r.reason.value else "")
        data.append([r.movement_id, r.moved_on.isoformat(), movement, r.item_name, r.lot_code, r.location_name,
                     number(r.quantity), number(r.weight_kg), r.document, r.username])
    story.append(table(data, [14 * mm, 24 * mm, 38 * mm, 55 * mm, 22 * mm, 30 * mm, 20 * mm, 16 * mm, 26 * mm,
                              22 * mm], number_columns=(0, 6, 7)))
    doc.build_with_page_numbers(story)
    return path


# -- Excel ------------------------------------------------------------------------------------------------

def stock_workbook(path: Path, centre: CentreInfo, on_hand: Sequence[OnHandRow], ledger: Sequence[LedgerRow], *,
                   date_from: date, date_to: date) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = translate("stock", "On hand")[:31]
    sheet.append([translate("stock", "Item"), translate("stock", "Category"), translate("stock", "Unit"),
                  translate("stock", "On hand"), translate("stock", "kg"),
                  translate("stock", "Value ({currency})").format(currency=centre.currency),
                  translate("stock", "Reorder level"), translate("stock", "Below reorder level"),
                  translate("stock", "Next expiry")])
    digits = 0 if centre.currency == "IDR" else 2
    for r in on_hand:
        sheet.append([safe_text(r.name), category_label(r.category), safe_text(r.unit), r.quantity, r.weight_kg,
                      None if r.value_minor is None else Decimal(r.value_minor).scaleb(-digits),
                      r.reorder_level, r.below_reorder, r.next_expiry])
    ledger_sheet = workbook.create_sheet(translate("stock", "Ledger")[:31])
    ledger_sheet.append([translate("stock", "No."), translate("stock", "Date"), translate("stock", "Movement"),
                         translate("stock", "Reason"), translate("stock", "Item"), translate("stock", "Category"),
                         translate("stock", "Lot"), translate("stock", "Location"), translate("stock", "Quantity"),
                         translate("stock", "kg"), translate("stock", "Document"), translate("stock", "User")])
    for m in ledger:
        ledger_sheet.append([m.movement_id, m.moved_on, kind_label(m.kind), reason_label(m.reason),
                             safe_text(m.item_name), category_label(m.category), safe_text(m.lot_code),
                             safe_text(m.location_name), m.quantity, m.weight_kg, m.document, safe_text(m.username)])
    for ws in (sheet, ledger_sheet):
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
    info = workbook.create_sheet(translate("stock", "About")[:31])
    info.append([translate("stock", "Centre"), safe_text(centre.name)])
    info.append([translate("stock", "Period"), f"{date_from.isoformat()} – {date_to.isoformat()}"])
    try:
        workbook.save(path)
    except OSError as exc:
        raise UserError(translate("stock", "Cannot write {path}: {reason}").format(path=path,
                                                                                  reason=exc.strerror or exc)) from exc
    return path
