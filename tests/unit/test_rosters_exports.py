"""The printed weekly roster, the roster Excel export and the hours report (PDF and Excel)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.db import Database
from desktop.errors import PermissionDenied
from desktop.models.audit import AuditEvent
from desktop.models.users import Role
from desktop.services.permissions import Actor
from desktop.services.rosters import assignments, attendance, exports, shifts
from desktop.services.uow import UnitOfWork
from tests.unit.rosters_helpers import Roster


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture
def filled(db: Database, actors: dict[Role, Actor]) -> Roster:
    coordinator = actors[Role.COORDINATOR]
    roster = Roster(db, coordinator)
    anna = roster.person("Anna", "Łukasiewicz", hygiene_expires=date(2030, 1, 1))
    jan = roster.person("Jan", "Kowalski")
    with UnitOfWork(db) as uow:
        shifts.create_template(uow, coordinator, post_id=roster.warehouse, weekday=0, start_time=time(9),
                               end_time=time(13), needed=2)
        shifts.create_template(uow, coordinator, post_id=roster.desk, weekday=2, start_time=time(22),
                               end_time=time(6), needed=1)
        shifts.generate_shifts(uow, coordinator, date(2025, 4, 14), date(2025, 4, 27))
        uow.commit()
    with UnitOfWork(db) as uow:
        from desktop.models.rosters import Shift
        monday = uow.session.scalar(select(Shift.id).where(Shift.shift_date == date(2025, 4, 14)))
        night = uow.session.scalar(select(Shift.id).where(Shift.shift_date == date(2025, 4, 16)))
        assert monday and night
        a1 = assignments.assign(uow, coordinator, monday, anna).assignment_id
        a2 = assignments.assign(uow, coordinator, night, jan).assignment_id
        start = datetime(2025, 4, 14, 7, tzinfo=UTC)
        attendance.sign_in(uow, actors[Role.FRONT_DESK], a1, at=start)
        attendance.sign_out(uow, actors[Role.FRONT_DESK], a1, at=start + timedelta(hours=4))
        attendance.sign_in(uow, actors[Role.FRONT_DESK], a2, at=datetime(2025, 4, 16, 20, tzinfo=UTC))
        attendance.sign_out(uow, actors[Role.FRONT_DESK], a2, at=datetime(2025, 4, 17, 4, 30, tzinfo=UTC))
        uow.commit()
    return roster


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_weekly_roster_pdf_has_one_landscape_page_per_week(db: Database, actors: dict[Role, Actor], filled: Roster,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "roster.pdf"
    with UnitOfWork(db) as uow:
        exports.print_weeks(uow, actors[Role.COORDINATOR], date(2025, 4, 16), 2, path)
        uow.commit()
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert fields["Pages"].strip() == "2"
    assert fields["Page size"].strip().startswith("841.89 x 595.276")  # landscape A4 in points
    text = pdf_text(path)
    pages = text.split("\f")
    assert "Roster for the week 2025-04-14 to 2025-04-20" in pages[0]
    assert "Łukasiewicz" in pages[0] and "Kowalski" in pages[0]
    assert "Roster for the week 2025-04-21 to 2025-04-27" in pages[1]
    assert "Easter Monday" in pages[1] or "Poniedziałek Wielkanocny" in pages[1]
    assert "Page 1 of 2" in pages[0]
    with UnitOfWork(db, write=False) as uow:
        assert uow.session.scalar(select(AuditEvent.entity).where(AuditEvent.action == "export")) == "roster"


def test_roster_excel_has_posts_and_people_sheets(db: Database, actors: dict[Role, Actor], filled: Roster,
                                                  tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    with UnitOfWork(db) as uow:
        exports.export_roster_xlsx(uow, actors[Role.COORDINATOR], date(2025, 4, 14), 7, path)
        uow.commit()
    wb = load_workbook(path)
    posts, people = wb["Posts"], wb["People"]
    assert posts["A2"].value == "Warehouse"
    assert "Anna Łukasiewicz" in posts["B2"].value and "(1/2)" in posts["B2"].value
    assert posts["B2"].fill.fgColor.rgb.endswith("FDE2E1")  # short of one person: shaded
    assert [people.cell(row=r, column=1).value for r in (2, 3)] == ["Anna Łukasiewicz", "Jan Kowalski"]
    assert people["D3"].value == "22:00–06:00 Intake desk"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_hours_report_pdf_and_excel_agree(db: Database, actors: dict[Role, Actor], filled: Roster,
                                          tmp_path: Path) -> None:
    coordinator = actors[Role.COORDINATOR]
    with UnitOfWork(db) as uow:
        exports.export_hours(uow, coordinator, date(2025, 4, 1), date(2025, 4, 30), tmp_path / "h.pdf")
        exports.export_hours(uow, coordinator, date(2025, 4, 1), date(2025, 4, 30), tmp_path / "h.xlsx")
        with pytest.raises(PermissionDenied):
            exports.export_hours(uow, actors[Role.FRONT_DESK], date(2025, 4, 1), date(2025, 4, 30),
                                 tmp_path / "x.pdf")
        uow.commit()
    text = pdf_text(tmp_path / "h.pdf")
    assert "2 people worked 12.50 hours on completed shifts." in text
    ws = load_workbook(tmp_path / "h.xlsx")["By person"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert rows == [["Anna Łukasiewicz", "Volunteer", 1, 0, 4.0], ["Jan Kowalski", "Volunteer", 1, 0, 8.5],
                    ["Total", None, 2, 0, 12.5]]
    assert Decimal("12.5") == Decimal(str(rows[-1][-1]))
