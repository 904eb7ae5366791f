"""Excel, PDF and JSON carry the same figures; the Excel file is safe and formatted; the PDF renders."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.db import Database
from desktop.reports.engine import PackResult, ReportTable, SectionResult
from desktop.reports.xlsx import safe_text, write_xlsx
from desktop.services import reporting
from desktop.services.permissions import Actor
from tests.unit.report_fixtures import OCTOBER, build_october


@pytest.fixture
def october(db: Database, admin: Actor) -> Database:
    build_october(db, admin)
    return db


def export(db: Database, actor: Actor, path: Path, pack: str = "monthly") -> PackResult:
    return reporting.export_pack(db, actor, pack, OCTOBER, path)


def sheet_values(path: Path) -> dict[str, dict[str, list[object]]]:
    """{sheet title: {first cell text: [other cells]}} for every row with a text label."""
    workbook = load_workbook(path, data_only=True)
    result: dict[str, dict[str, list[object]]] = {}
    for sheet in workbook.worksheets:
        rows: dict[str, list[object]] = {}
        for row in sheet.iter_rows(values_only=True):
            if row and isinstance(row[0], str):
                rows.setdefault(row[0], list(row[1:]))
        result[sheet.title] = rows
    return result


def test_xlsx_matches_json(october: Database, admin: Actor, tmp_path: Path) -> None:
    export(october, admin, tmp_path / "m.json")
    export(october, admin, tmp_path / "m.xlsx")
    figures = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    sheets = sheet_values(tmp_path / "m.xlsx")
    assert list(sheets)[0] == "Summary"
    people = sheets["People served"]
    assert people["People served (unduplicated)"][0] == figures["people"]["unduplicated"] == 7
    assert people["New this period"][0] == figures["people"]["new"]
    assert people["0-4"][0] == figures["people"]["by_age_band"]["0-4"]
    assert people["Unknown age"][0] == figures["people"]["by_age_band"]["unknown"]
    assert sheets["Households served"]["With children under 18"][0] == figures["households"]["with_children"]
    food_row = sheets["Food and items distributed"]["Food total"]
    assert food_row[1] == figures["food"]["kg"] == 14.5 and food_row[2] == figures["food"]["unweighted_items"]
    assert sheets["Services by type"]["Food parcel"][:3] == [3, 6, 2]
    summary = sheets["Summary"]
    assert summary["People served without a birth date"][0] == 1
    assert summary["Period"][0] == "2026-10-01 – 2026-10-31"
    workbook = load_workbook(tmp_path / "m.xlsx")
    sheet = workbook["People served"]
    assert sheet.freeze_panes is not None
    assert not any(isinstance(c.value, str) and c.value.startswith("=") for row in sheet.iter_rows() for c in row)
    numbers = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, int)]
    assert numbers and all(c.number_format == "#,##0" for c in numbers)


def test_formula_text_is_neutralised(tmp_path: Path) -> None:
    assert safe_text("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert safe_text("@cmd") == "'@cmd" and safe_text("-2+3") == "'-2+3" and safe_text("Anna") == "Anna"
    from datetime import datetime

    from desktop.reports.periods import month_period

    result = PackResult("monthly", "T", "en", month_period(2026, 10), "=Centre", "", "+me", datetime.now(),
                        (SectionResult("s", "S", (ReportTable("t", ("a", "b"), (("=1+1", 2),)),)),), {}, ())
    write_xlsx(result, tmp_path / "f.xlsx")
    workbook = load_workbook(tmp_path / "f.xlsx")
    texts = [c.value for ws in workbook.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "'=1+1" in texts and not any(t.startswith(("=", "+")) for t in texts)


def test_pdf_renders(october: Database, admin: Actor, tmp_path: Path) -> None:
    path = tmp_path / "m.pdf"
    export(october, admin, path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "People served (unduplicated)" in text and "Page 1 of" in text
        assert "14.5" in text  # food kg, same figure as the JSON


def test_polish_pack_renders_in_polish_pack_language(october: Database, admin: Actor, tmp_path: Path) -> None:
    result = export(october, admin, tmp_path / "pl.json", "pl-mrpips03")
    assert result.language == "pl"
    mrpips = json.loads((tmp_path / "pl.json").read_text(encoding="utf-8"))["mrpips03"]
    # Families = households served (H1, H2); persons in families = members on each household's first
    # October service date: H1 on 10-03? no - H1's first is 10-05: Anna, Bob, Carl; H2's first is 10-07
    # (Eve's counselling): Eve, Frank. 3 + 2 = 5.
    assert mrpips["families"] == 2 and mrpips["persons_in_families"] == 5
    # Rural: only H1 -> 1 family, 3 persons. Staff headcount: Stan (staff); Vera is a volunteer.
    assert mrpips["rural"] == {"families": 1, "persons_in_families": 3}
    assert mrpips["staff_headcount"] == 1 and mrpips["volunteer_headcount"] == 1
    # Form of aid food_parcel: persons 6, families 2; persons in families: H1 first food parcel 10-05 ->
    # Anna, Bob, Carl; H2 food parcel 10-22 -> Eve, Frank = 5.
    assert mrpips["by_form"]["food_parcel"] == {"persons": 6, "families": 2, "persons_in_families": 5}
    export(october, admin, tmp_path / "pl.pdf", "pl-mrpips03")
    assert (tmp_path / "pl.pdf").stat().st_size > 5000


def test_people_list_for_coordinators(october: Database, admin: Actor, tmp_path: Path) -> None:
    path = tmp_path / "people.xlsx"
    rows = reporting.export_people_served(october, admin, OCTOBER, path)
    assert rows == 7
    sheet = load_workbook(path).worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    names = [(r[1], r[2]) for r in values[1:]]
    assert ("Test", "Anna") in names and ("Test", "Hana") not in names
    dora = next(r for r in values[1:] if r[2] == "Dora")
    assert dora[5] == 2 and dora[6] == "H1" and dora[8] == "new"


def test_streamed_list_reads_back(tmp_path: Path) -> None:
    from datetime import date

    from desktop.reports.xlsx_stream import write_list

    path = tmp_path / "list.xlsx"
    rows = [(1, "=cmd|' /C calc'!A0", "Zoë <&> \"Ł\"", date(2026, 10, 5), None, 2.5, "bell\x07")] * 3
    assert write_list(path, "People served", ("id", "family", "given", "first", "empty", "kg", "ctl"),
                      (6, 20, 20, 12, 6, 6, 6), rows) == 3
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    assert sheet.title == "People served" and sheet.freeze_panes == "A2"
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == ("id", "family", "given", "first", "empty", "kg", "ctl")
    first = values[1]
    assert first[0] == 1 and first[1] == "'=cmd|' /C calc'!A0" and first[2] == "Zoë <&> \"Ł\""
    assert first[3].date() == date(2026, 10, 5) and first[4] is None and first[5] == 2.5 and first[6] == "bell"
    assert sheet["A1"].font.b and len(values) == 4
