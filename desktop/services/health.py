"""`centredesk check`: schema revision, integrity, foreign keys and the audit log's protection."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from desktop.db import Database
from desktop.i18n import translate
from desktop.schema import revision_status


@dataclass
class HealthReport:
    ok: bool = True
    lines: list[str] = field(default_factory=list)

    def good(self, line: str) -> None:
        self.lines.append(f"[ok]   {line}")

    def bad(self, line: str) -> None:
        self.ok = False
        self.lines.append(f"[FAIL] {line}")


def check_database(db: Database) -> HealthReport:
    report = HealthReport()
    report.lines.append(translate("health", "Database: {path}").format(path=db.describe()))
    current, head = revision_status(db)
    if current == head:
        report.good(translate("health", "schema revision {rev} (current)").format(rev=current))
    elif current is None:
        report.bad(translate("health", "no schema revision: not a CentreDesk database, or never set up"))
    else:
        report.bad(
            translate(
                "health",
                "schema revision {rev}, this version expects {head}: start the app or run any command to upgrade",
            ).format(rev=current, head=head)
        )
    if not db.is_sqlite:
        return report
    with db.engine.connect() as conn:
        mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        (report.good if mode == "wal" else report.bad)(translate("health", "journal mode {mode}").format(mode=mode))
        integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        if integrity == ["ok"]:
            report.good(translate("health", "integrity check"))
        else:
            report.bad(translate("health", "integrity check: {detail}").format(detail="; ".join(integrity[:5])))
        problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            report.bad(
                translate(
                    "health", "foreign keys: %n broken reference(s), first in table {table}", "", len(problems)
                ).format(table=problems[0][0])
            )
        else:
            report.good(translate("health", "foreign keys"))
        triggers = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type='trigger'")).scalars())
        if {"audit_events_no_update", "audit_events_no_delete"} <= triggers:
            report.good(translate("health", "audit log is append-only"))
        elif current is not None:
            report.bad(translate("health", "audit log protection triggers are missing"))
    return report
