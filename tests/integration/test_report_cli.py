"""`centredesk report` and `centredesk import services` as a user types them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.db import open_database
from desktop.services import users
from desktop.services.uow import UnitOfWork
from tests.unit.report_fixtures import build_october


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str,
        stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def centre(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "c.sqlite3"
    code, _, err = run(capsys, monkeypatch, "--db", str(path), "--lang", "en", "init", "--centre", "Pantry",
                       "--profile", "us", "--admin", "admin", "--password-stdin", stdin="secret-pass-1\n")
    assert code == 0, err
    db = open_database(str(path))
    with UnitOfWork(db) as uow:
        actor = users.authenticate(uow, "admin", "secret-pass-1")
        uow.commit()
    build_october(db, actor)
    db.dispose()
    return path


def test_report_json_and_xlsx(centre: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "oct.json"
    code, text, err = run(capsys, monkeypatch, "--db", str(centre), "report", "monthly", "--period", "2026-10",
                          "--out", str(out))
    assert code == 0, err
    assert "written to" in text and "Warning: People served without a birth date: 1" in text
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["people"]["unduplicated"] == 7 and figures["households"]["with_children"] == 1
    xlsx = tmp_path / "oct.xlsx"
    code, _, err = run(capsys, monkeypatch, "--db", str(centre), "report", "us-tefap", "--from", "2026-10-01",
                       "--to", "2026-10-31", "--out", str(xlsx))
    assert code == 0, err
    sheet = load_workbook(xlsx)["TEFAP figures"]
    rows = {r[0]: r[1] for r in sheet.iter_rows(values_only=True) if r and isinstance(r[0], str)}
    assert rows["Total persons"] == 7 and rows["Persons aged 0-17"] == 2
    assert rows["Food distributed (lb)"] == pytest.approx(31.967, abs=0.001)  # 14.5 kg x 2.20462


def test_report_errors_are_one_line(centre: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(capsys, monkeypatch, "--db", str(centre), "report", "nope", "--period", "2026-10",
                       "--out", str(tmp_path / "x.json"))
    assert code == 1 and "Unknown report nope" in err and "Traceback" not in err
    code, _, err = run(capsys, monkeypatch, "--db", str(centre), "report", "monthly", "--period", "October",
                       "--out", str(tmp_path / "x.json"))
    assert code == 1 and "Unknown period" in err
    code, _, err = run(capsys, monkeypatch, "--db", str(centre), "report", "monthly", "--period", "2026-10",
                       "--out", str(tmp_path / "x.docx"))
    assert code == 1 and ".xlsx, .pdf or .json" in err


def test_import_services_then_report(centre: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    csv = tmp_path / "s.csv"
    csv.write_text("date,household_ref,given_name,family_name,service_type,quantity,weight_kg,programme\n"
                   "2026-10-28,H3,,,food_parcel,1,7.5,\n", encoding="utf-8")
    code, text, err = run(capsys, monkeypatch, "--db", str(centre), "import", "services", str(csv))
    assert code == 0, err + text
    out = tmp_path / "oct.json"
    code, _, err = run(capsys, monkeypatch, "--db", str(centre), "report", "monthly", "--period", "2026-10",
                       "--out", str(out))
    figures = json.loads(out.read_text(encoding="utf-8"))
    # H3 (Hana) joins October's figures: 7 + 1 people, 2 + 1 households; Hana and H3 were served in
    # September, so both are returning; 14.5 + 7.5 = 22 kg.
    assert figures["people"]["unduplicated"] == 8 and figures["people"]["new"] == 3
    assert figures["households"]["unduplicated"] == 3 and figures["households"]["new"] == 0
    assert figures["food"]["kg"] == 22
