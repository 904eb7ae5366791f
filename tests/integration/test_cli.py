"""The command line, run in-process as a user would type it."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main

PASSWORD = "secret-pass-1\n"


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str,
        stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def centre(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "test.sqlite3"
    # The centre's language is English here so messages can be compared; Polish is tested on its own.
    code, out, err = run(capsys, monkeypatch, "--lang", "en", "--db", str(path), "init", "--centre", "OPS Gdańsk",
                         "--profile", "pl", "--admin", "admin", "--password-stdin", stdin=PASSWORD)
    assert (code, err) == (0, "")
    assert "OPS Gdańsk" in out
    return path


def test_init_demo_check(centre: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(capsys, monkeypatch, "--db", str(centre), "demo", "--households", "5", "--months", "1")
    assert code == 0 and "users: 5" in out
    code, out, _ = run(capsys, monkeypatch, "--db", str(centre), "check")
    assert code == 0, out
    assert "[FAIL]" not in out and "journal mode wal" in out and "append-only" in out
    conn = sqlite3.connect(centre)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert conn.execute("SELECT value FROM settings WHERE key='centre.profile'").fetchone() == ('"pl"',)
    assert conn.execute("SELECT count(*) FROM users").fetchone() == (6,)
    conn.close()


def test_demo_refuses_a_database_with_real_records(centre: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    conn = sqlite3.connect(centre)
    conn.execute("INSERT INTO households (ref, address_line, rt, rw, locality, district, county, region, postal_code,"
                 " rural, family_card_number, phone, housing_situation, registered_on, status, created_at, updated_at)"
                 " VALUES ('H1', '', '', '', '', '', '', '', '', 0, '', '', '', '2026-01-01', 'active', "
                 "'2026-01-01 00:00:00', '2026-01-01 00:00:00')")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, monkeypatch, "--db", str(centre), "demo")
    assert code == 1 and "already holds real records" in err and "Traceback" not in err


def test_backup_and_restore_round_trip(centre: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(capsys, monkeypatch, "--db", str(centre), "backup", str(tmp_path / "copies"))
    assert code == 0
    backup = next((tmp_path / "copies").glob("*.sqlite3"))
    assert str(backup) in out
    # change the live database after the backup...
    code, _, _ = run(capsys, monkeypatch, "--db", str(centre), "users", "add", "late", "--role", "front_desk",
                     "--password-stdin", stdin=PASSWORD)
    assert code == 0
    # ...then restore: the later user is gone, and the replaced file was kept
    code, out, _ = run(capsys, monkeypatch, "--db", str(centre), "restore", str(backup))
    assert code == 0 and "kept as" in out
    names = [r[0] for r in sqlite3.connect(centre).execute("SELECT username FROM users")]
    assert names == ["admin"]
    kept = next((centre.parent / "backups").glob("*before-restore*.sqlite3"))
    assert "late" in [r[0] for r in sqlite3.connect(kept).execute("SELECT username FROM users")]
    actions = [r[0] for r in sqlite3.connect(centre).execute("SELECT action FROM audit_events")]
    assert actions[-1] == "restore"


def test_restore_refuses_a_file_that_is_not_ours(centre: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "holiday.jpg"
    other.write_bytes(b"\xff\xd8\xff\xe0 not a database")
    code, _, err = run(capsys, monkeypatch, "--db", str(centre), "restore", str(other))
    assert code == 1 and "not a CentreDesk database" in err
    assert sqlite3.connect(centre).execute("SELECT count(*) FROM users").fetchone() == (1,)


def test_users_commands(centre: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = ["--db", str(centre)]
    assert run(capsys, monkeypatch, *db, "users", "add", "ewa", "--role", "caseworker", "--full-name", "Ewa N",
               "--password-stdin", stdin=PASSWORD)[0] == 0
    code, out, _ = run(capsys, monkeypatch, *db, "users", "list")
    assert code == 0 and "ewa" in out and "Caseworker" in out and "Ewa N" in out
    assert run(capsys, monkeypatch, *db, "users", "reset-password", "ewa", "--password-stdin",
               stdin="another-pass-2\n")[0] == 0
    assert run(capsys, monkeypatch, *db, "users", "disable", "ewa")[0] == 0
    code, out, _ = run(capsys, monkeypatch, *db, "users", "list")
    assert "disabled" in out.splitlines()[1]
    audit = [r[0] for r in sqlite3.connect(centre).execute("SELECT username FROM audit_events WHERE action='disable'")]
    assert audit and audit[0].startswith("cli:")


@pytest.mark.parametrize(("args", "stdin", "message"), [
    (["users", "add", "bob", "--role", "boss", "--password-stdin"], PASSWORD, "Unknown role boss"),
    (["users", "add", "bob", "--role", "caseworker", "--password-stdin"], "short\n", "at least 8 characters"),
    (["users", "add", "bob", "--role", "caseworker"], "", "--password-stdin"),
    (["users", "disable", "nobody"], "", "no user called nobody"),
    (["users", "disable", "admin"], "", "last active administrator"),
    (["import", "households", "missing.csv"], "", "does not exist"),
    (["import", "nonsense", "missing.csv"], "", "Unknown import type"),
])
def test_bad_input_gives_one_clear_line(centre: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch, args: list[str], stdin: str,
                                        message: str) -> None:
    code, _, err = run(capsys, monkeypatch, "--db", str(centre), *args, stdin=stdin)
    assert code == 1
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) <= 2


def test_bad_databases(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(capsys, monkeypatch, "--db", str(tmp_path / "none.sqlite3"), "check")
    assert code == 1 and "does not exist" in err
    assert not (tmp_path / "none.sqlite3").exists()
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("this is not a database")
    code, _, err = run(capsys, monkeypatch, "--db", str(junk), "users", "list")
    assert code == 1 and "Cannot open the database" in err and "Traceback" not in err
    code, _, err = run(capsys, monkeypatch, "--db", str(tmp_path / "x.sqlite3"), "init", "--centre", "C",
                       "--profile", "fr", "--admin", "admin", "--password-stdin", stdin=PASSWORD)
    assert code == 1 and "Unknown country profile fr" in err
    assert not (tmp_path / "x.sqlite3").exists()


def test_wrong_profile_message_in_polish(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(capsys, monkeypatch, "--lang", "pl", "--db", str(tmp_path / "x.sqlite3"), "init",
                       "--centre", "C", "--profile", "fr", "--admin", "admin", "--password-stdin", stdin=PASSWORD)
    assert code == 1 and "fr" in err and "Unknown country profile" not in err


def test_check_reports_a_damaged_database(centre: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    conn = sqlite3.connect(centre)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("INSERT INTO audit_events (at, user_id, username, action, entity, entity_id, summary) "
                 "VALUES ('2026-01-01 00:00:00', 999, '', 'x', '', '', '')")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, monkeypatch, "--db", str(centre), "check")
    assert code == 1 and "[FAIL] foreign keys: 1 broken reference" in out
