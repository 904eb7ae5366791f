"""Printed weekly roster (landscape A4, one page per week) and the hours report, as PDF and Excel.

No Qt and no database: the services hand in `RosterPeriod` / `VolunteerHours` figures, so what is printed is
exactly what the screen shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, TableStyle

from desktop.errors import UserError
from desktop.i18n import translate
from desktop.reports.pdf_common import CentreDocument, para, table
from desktop.services.rosters.common import format_hours, kind_label, time_range, weekday_name
from desktop.services.rosters.grid import RosterPeriod, ShiftCell
from desktop.services.rosters.hours import VolunteerHours

SHORT_FILL = colors.HexColor("#fde2e1")
HOLIDAY_FILL = colors.HexColor("#fff4ce")
XL_SHORT = PatternFill("solid", fgColor="FDE2E1")
XL_HOLIDAY = PatternFill("solid", fgColor="FFF4CE")
XL_HEAD = PatternFill("solid", fgColor="E8EEF5")


def day_heading(day: date, holidays: dict[date, str]) -> str:
    text = f"{weekday_name(day.weekday())}\n{day.isoformat()}"
    if day in holidays:
        text += "\n" + holidays[day]
    return text


def shift_text(cell: ShiftCell, *, with_names: bool = True) -> str:
    line = f"{time_range(cell.start_time, cell.end_time)} ({cell.filled}/{cell.needed})"
    if with_names and cell.people:
        line += "\n" + "\n".join(p.name for p in cell.people)
    if cell.understaffed:
        line += "\n" + translate("rosters", "short by %n", "", cell.needed - cell.filled)
    return line


def posts_by_days(period: RosterPeriod) -> list[tuple[str, list[list[ShiftCell]]]]:
    """Rows of (post name, per-day lists of its shifts) for posts that have any shift, or all when none do."""
    index = {d: i for i, d in enumerate(period.days)}
    rows: dict[int, list[list[ShiftCell]]] = {}
    for cell in period.shifts:
        rows.setdefault(cell.post_id, [[] for _ in period.days])[index[cell.day]].append(cell)
    return [(p.name, rows[p.id]) for p in period.posts if p.id in rows]


def people_by_days(period: RosterPeriod) -> list[tuple[str, list[list[tuple[ShiftCell, str]]]]]:
    index = {d: i for i, d in enumerate(period.days)}
    rows: dict[int, list[list[tuple[ShiftCell, str]]]] = {}
    for cell in period.shifts:
        for person in cell.people:
            rows.setdefault(person.staff_id, [[] for _ in period.days])[index[cell.day]].append((cell, person.name))
    return [(p.name, rows[p.id]) for p in period.people if p.id in rows]


def weekly_roster_pdf(path: Path, weeks: Sequence[RosterPeriod], *, centre_name: str, centre_address: str,
                      generated_by: str = "") -> None:
    """One landscape page per week: posts down, days across, names in each shift, short shifts shaded."""
    title = translate("rosters", "Weekly roster")
    doc = CentreDocument(path, centre_name=centre_name, centre_address=centre_address, title=title,
                         landscape_pages=True, generated_by=generated_by)
    story: list[Flowable] = []
    first_width = 32 * mm
    day_width = (doc.width - first_width) / 7
    for number, week in enumerate(weeks):
        if number:
            story.append(PageBreak())
        story.append(para(translate("rosters", "Roster for the week {start} to {end}").format(
            start=week.start.isoformat(), end=week.end.isoformat()), "title"))
        header = [translate("rosters", "Post")] + [day_heading(d, week.holidays) for d in week.days]
        body: list[list[Any]] = []
        shade: list[tuple[int, int]] = []
        for r, (post_name, cells) in enumerate(posts_by_days(week), start=1):
            row: list[Any] = [post_name]
            for c, day_cells in enumerate(cells, start=1):
                row.append("\n\n".join(shift_text(s) for s in day_cells))
                if any(s.understaffed for s in day_cells):
                    shade.append((c, r))
            body.append(row)
        if not body:
            story.append(para(translate("rosters", "No shifts this week.")))
            continue
        grid = table([header, *body], [first_width] + [day_width] * 7)
        extra = [("BACKGROUND", (c, r), (c, r), SHORT_FILL) for c, r in shade]
        extra += [("BACKGROUND", (i, 0), (i, 0), HOLIDAY_FILL)
                  for i, d in enumerate(week.days, start=1) if d in week.holidays]
        grid.setStyle(TableStyle(extra))
        story += [grid, Spacer(1, 4 * mm)]
        legend = translate("rosters", "(filled/needed). Shaded: short of people.")
        if week.holidays:
            legend += " " + translate("rosters", "Yellow day: public holiday.")
        story.append(para(legend, "small"))
    doc.build_with_page_numbers(story)


def _save(workbook: Workbook, path: Path) -> None:
    try:
        workbook.save(path)
    except OSError as exc:
        raise UserError(translate("rosters", "Cannot write the Excel file: {reason}").format(
            reason=exc.strerror or exc)) from exc


def _sheet_grid(ws: Any, head: list[str], rows: list[list[str]], shaded: set[tuple[int, int]],
                holidays: set[int]) -> None:
    ws.append(head)
    for values in rows:
        ws.append(values)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = XL_HEAD
    for col in holidays:
        ws.cell(row=1, column=col).fill = XL_HOLIDAY
    for col, row_number in shaded:
        ws.cell(row=row_number, column=col).fill = XL_SHORT
    for row_cells in ws.iter_rows():
        for cell in row_cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 24
    for i in range(2, len(head) + 1):
        ws.column_dimensions[get_column_letter(i)].width = 22
    ws.freeze_panes = "B2"


def roster_xlsx(path: Path, period: RosterPeriod) -> None:
    """Two sheets: posts x days and people x days, for any period (week or month)."""
    wb = Workbook()
    posts_ws = wb.active
    assert posts_ws is not None
    posts_ws.title = translate("rosters", "Posts")[:31]
    head = [translate("rosters", "Post")] + [day_heading(d, period.holidays).replace("\n", " ") for d in period.days]
    holiday_cols = {i for i, d in enumerate(period.days, start=2) if d in period.holidays}
    rows: list[list[str]] = []
    shaded: set[tuple[int, int]] = set()
    for r, (name, cells) in enumerate(posts_by_days(period), start=2):
        rows.append([name] + ["\n\n".join(shift_text(s) for s in day) for day in cells])
        shaded |= {(c, r) for c, day in enumerate(cells, start=2) if any(s.understaffed for s in day)}
    _sheet_grid(posts_ws, head, rows, shaded, holiday_cols)
    people_ws = wb.create_sheet(translate("rosters", "People")[:31])
    head[0] = translate("rosters", "Person")
    people_rows = [[name] + ["\n".join(f"{time_range(s.start_time, s.end_time)} {s.post_name}" for s, _ in day)
                            for day in cells] for name, cells in people_by_days(period)]
    _sheet_grid(people_ws, head, people_rows, set(), holiday_cols)
    _save(wb, path)


def _hours_tables(figures: VolunteerHours) -> tuple[list[list[Any]], list[list[Any]]]:
    people: list[list[Any]] = [[
        translate("rosters", "Person"), translate("rosters", "Type"), translate("rosters", "Shifts"),
        translate("rosters", "No-shows"), translate("rosters", "Hours"),
    ]]
    people += [[p.name, kind_label(p.kind), p.shifts, p.no_shows, p.hours] for p in figures.by_person]
    people.append([translate("rosters", "Total"), "", sum(p.shifts for p in figures.by_person), figures.no_shows,
                   figures.hours])
    posts: list[list[Any]] = [[
        translate("rosters", "Post"), translate("rosters", "Shifts"), translate("rosters", "People"),
        translate("rosters", "Hours"),
    ]]
    posts += [[p.name, p.shifts, p.people, p.hours] for p in figures.by_post]
    posts.append([translate("rosters", "Total"), sum(p.shifts for p in figures.by_post), figures.people,
                  figures.hours])
    return people, posts


def hours_title(figures: VolunteerHours) -> str:
    return translate("rosters", "Hours worked {start} to {end}").format(
        start=figures.start.isoformat() if figures.start else "", end=figures.end.isoformat() if figures.end else "")


def hours_pdf(path: Path, figures: VolunteerHours, *, centre_name: str, centre_address: str,
              generated_by: str = "") -> None:
    title = hours_title(figures)
    doc = CentreDocument(path, centre_name=centre_name, centre_address=centre_address, title=title,
                         generated_by=generated_by)
    people, posts = _hours_tables(figures)

    def printable(rows: list[list[Any]]) -> list[list[Any]]:
        return [[format_hours(v) if hasattr(v, "quantize") else v for v in row] for row in rows]

    story: list[Flowable] = [
        para(title, "title"),
        para(translate("rosters", "{people} people worked {hours} hours on completed shifts.").format(
            people=figures.people, hours=format_hours(figures.hours))),
        para(translate("rosters", "By person"), "h2"),
        table(printable(people), [70 * mm, 30 * mm, 25 * mm, 25 * mm, 25 * mm], number_columns=(2, 3, 4)),
        para(translate("rosters", "By post"), "h2"),
        table(printable(posts), [70 * mm, 25 * mm, 25 * mm, 25 * mm], number_columns=(1, 2, 3)),
    ]
    doc.build_with_page_numbers(story)


def hours_xlsx(path: Path, figures: VolunteerHours) -> None:
    wb = Workbook()
    people, posts = _hours_tables(figures)
    ws = wb.active
    assert ws is not None
    ws.title = translate("rosters", "By person")[:31]
    sheets = [(ws, people), (wb.create_sheet(translate("rosters", "By post")[:31]), posts)]
    for sheet, rows in sheets:
        sheet.append([hours_title(figures)])
        sheet["A1"].font = Font(bold=True, size=13)
        for row in rows:
            sheet.append([float(v) if hasattr(v, "quantize") else v for v in row])
        for cell in sheet[2]:
            cell.font = Font(bold=True)
            cell.fill = XL_HEAD
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for row_cells in sheet.iter_rows(min_row=3):
            for cell in row_cells:
                if isinstance(cell.value, float):
                    cell.number_format = "0.00"
        sheet.column_dimensions["A"].width = 32
    _save(wb, path)
