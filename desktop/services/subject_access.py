"""Subject access request: everything held about one person, as JSON and PDF, audited as an export.

Rows come from the person's own record, their household memberships with each household's details,
and every row of every table that points at the person (client_refs), column by column, so a table a
later area adds is included without changes here. Password hashes and internal keys are never in it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.errors import UserError
from desktop.i18n import translate
from desktop.models.clients import Household, HouseholdMember
from desktop.models.services import ServiceType
from desktop.services import audit, settings
from desktop.services.audit import Action
from desktop.services.client_refs import person_columns, table
from desktop.services.people import load_person
from desktop.services.permissions import Actor, Permission, require
from desktop.services.uow import UnitOfWork

_HIDDEN_COLUMNS = {"password_hash"}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    return value


def _row(mapping: Any) -> dict[str, Any]:
    return {k: _plain(v) for k, v in dict(mapping).items() if k not in _HIDDEN_COLUMNS}


def _orm_row(obj: Any) -> dict[str, Any]:
    return {c.key: _plain(getattr(obj, c.key)) for c in obj.__mapper__.column_attrs if c.key not in _HIDDEN_COLUMNS}


@dataclass(frozen=True)
class SubjectData:
    person_id: int
    generated_at: str
    data: dict[str, Any]  # exactly what the JSON file holds (raw column names and values, for automation)
    # For the PDF only: names of the rows `data` points at ({"agencies": {3: "Legal aid"}, "users": {...},
    # "service_types": {"food_parcel": "Food parcel"}}), the centre's currency and country profile.
    references: dict[str, dict[Any, str]] = field(default_factory=dict)
    currency: str = ""
    profile: str = ""


# Columns that name a row, best first: what a reference to that row prints as.
_NAME_COLUMNS = ("full_name", "name", "label", "ref", "tracking_number", "title")


def _references(uow: UnitOfWork, rows: list[tuple[str, dict[str, Any]]]) -> dict[str, dict[Any, str]]:
    """Names of every row the collected rows point at through a foreign key (agencies, staff, programmes,
    households, stock locations...), found from the table metadata like the rows themselves."""
    wanted: dict[str, set[Any]] = {}
    codes: set[str] = set()
    for table_name, row in rows:
        for col in table(table_name).columns:
            value = row.get(col.name)
            if value is None:
                continue
            if col.name == "service_type":
                codes.add(value)
            for fk in col.foreign_keys:
                if fk.column.table.name != "persons":
                    wanted.setdefault(fk.column.table.name, set()).add(value)
    names: dict[str, dict[Any, str]] = {}
    for target_name, ids in wanted.items():
        target = table(target_name)
        name_col = next((target.c[n] for n in _NAME_COLUMNS if n in target.c), None)
        if name_col is not None and "id" in target.c:
            found = uow.session.execute(select(target.c.id, name_col).where(target.c.id.in_(ids)))
            names[target_name] = {key: str(name) for key, name in found if name}
    if codes:
        names["service_types"] = {code: label for code, label in uow.session.execute(
            select(ServiceType.code, ServiceType.label).where(ServiceType.code.in_(codes)))}
    return names


def _guard_sealed_notes(uow: UnitOfWork, actor: Actor, rows: list[dict[str, Any]]) -> None:
    """Sealed note text only for those who may read it, and each such read audited like any other."""
    from desktop.services.case_access import can_read_sealed

    for row in rows:
        if not row.get("sealed"):
            continue
        if can_read_sealed(uow, actor, author_user_id=row.get("author_user_id"), person_id=row.get("person_id"),
                           household_id=row.get("household_id")):
            audit.record(uow, actor, Action.READ, "case_note", row.get("id"),
                         "sealed note read for a subject access export")
        else:
            row["text"] = translate("sar", "[sealed note: its text can only be released by a coordinator]")


def collect(uow: UnitOfWork, actor: Actor, person_id: int) -> SubjectData:
    require(actor, Permission.EXPORT_PERSONAL_LISTS)
    require(actor, Permission.READ_CASE_FILES)
    person = load_person(uow, person_id)
    memberships: list[dict[str, Any]] = []
    for m in uow.session.scalars(select(HouseholdMember).where(HouseholdMember.person_id == person_id)):
        household = uow.session.get(Household, m.household_id)
        memberships.append({"membership": _orm_row(m), "household": _orm_row(household) if household else None})
    records: dict[str, list[dict[str, Any]]] = {}
    for table_name, column in person_columns():
        if table_name == "household_members":
            continue
        tbl = table(table_name)
        rows = uow.session.execute(select(tbl).where(tbl.c[column] == person_id)).mappings().all()
        if rows:
            plain = [_row(r) for r in rows]
            if table_name == "case_notes":
                _guard_sealed_notes(uow, actor, plain)
            records.setdefault(table_name, []).extend(plain)
    info = settings.centre_info(uow)
    person_row = _orm_row(person)
    data = {
        "centre": {"name": info.name, "address": info.address},
        "person": person_row,
        "households": memberships,
        "records": records,
    }
    pointed: list[tuple[str, dict[str, Any]]] = [("persons", person_row)]
    for item in memberships:
        pointed.append(("household_members", item["membership"]))
        if item["household"] is not None:
            pointed.append(("households", item["household"]))
    pointed += [(name, row) for name, rows in records.items() for row in rows]
    return SubjectData(person_id, datetime.now().astimezone().isoformat(timespec="seconds"), data,
                       references=_references(uow, pointed), currency=info.currency, profile=info.profile)


def export_subject_access(uow: UnitOfWork, actor: Actor, person_id: int, json_path: Path | None,
                          pdf_path: Path | None) -> SubjectData:
    """Write the JSON and/or PDF files and audit the export. The caller commits (the audit event)."""
    subject = collect(uow, actor, person_id)
    payload = {"generated_at": subject.generated_at, **subject.data}
    if json_path is not None:
        try:
            json_path.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
        except OSError as exc:
            raise UserError(translate("clients", "Cannot write {path}: {reason}").format(
                path=json_path, reason=exc.strerror or exc)) from exc
    if pdf_path is not None:
        from desktop.reports.subject_access_pdf import write_subject_access_pdf

        write_subject_access_pdf(pdf_path, subject, generated_by=actor.full_name or actor.username)
    formats = "+".join(f for f, p in (("json", json_path), ("pdf", pdf_path)) if p is not None)
    audit.record(uow, actor, Action.EXPORT, "person", person_id,
                 f"subject access export ({formats}), {sum(len(v) for v in subject.data['records'].values())} rows")
    return subject
