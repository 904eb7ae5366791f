"""Report entry points: permission-checked and audited. The GUI, the CLI and tests all come through here.

- `run_pack`: compute a pack's figures (Permission.VIEW_REPORTS), shown as a preview with its warnings;
- `export_pack`: compute and write .xlsx / .pdf / .json (Permission.EXPORT_REPORTS), audited with the pack,
  period and file name (Action.EXPORT) once the file is written;
- `quality_records`: the ids behind a data-quality warning, to list and fix them;
- `export_people_served`: the only export with names (Permission.EXPORT_PERSONAL_LISTS), audited.
Aggregate packs never carry names.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.db import Database
from desktop.errors import UserError, ValidationError
from desktop.i18n import translate
from desktop.progress import Progress
from desktop.reports.engine import PackResult
from desktop.reports.packs import build_pack
from desktop.reports.periods import Period
from desktop.reports.quality import check_by_code, check_ids
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission, require
from desktop.services.uow import UnitOfWork

EXPORT_FORMATS = (".xlsx", ".pdf", ".json")


def _who(actor: Actor) -> str:
    return actor.full_name or actor.username


def run_pack(uow: UnitOfWork, actor: Actor, pack: str, period: Period, *,
             progress: Progress | None = None) -> PackResult:
    require(actor, Permission.VIEW_REPORTS)
    return build_pack(uow, pack, period, generated_by=_who(actor), progress=progress)


def write_result(result: PackResult, path: Path, progress: Progress | None = None) -> Path:
    """Render an already computed pack to a file chosen by its suffix (no database access)."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        from desktop.reports.json_export import write_json

        return write_json(result, path)
    if suffix == ".xlsx":
        from desktop.reports.xlsx import write_xlsx

        return write_xlsx(result, path)
    if suffix == ".pdf":
        from desktop.reports.pdf import write_pdf

        return write_pdf(result, path)
    raise ValidationError(translate("reports", "Choose a file ending in .xlsx, .pdf or .json."), field="path")


def export_pack(db: Database, actor: Actor, pack: str, period: Period, path: Path, *,
                progress: Progress | None = None, result: PackResult | None = None) -> PackResult:
    """Compute (unless `result` is given, e.g. the preview), write the pack, and audit the export."""
    require(actor, Permission.EXPORT_REPORTS)
    if path.suffix.lower() not in EXPORT_FORMATS:
        raise ValidationError(translate("reports", "Choose a file ending in .xlsx, .pdf or .json."), field="path")
    if result is None or result.pack != pack or result.period != period:
        with UnitOfWork(db, write=False) as uow:
            result = build_pack(uow, pack, period, generated_by=_who(actor), progress=progress)
    with _staged(path) as partial:
        write_result(result, partial, progress)
        _audit_export(db, actor, "report", pack,
                      f"{pack} {period.start.isoformat()}..{period.end.isoformat()} -> {path.name}")
    return result


@contextmanager
def _staged(path: Path) -> Iterator[Path]:
    """A hidden file beside `path` to write to; it takes the place of `path` only when the block (writing and
    auditing) succeeded, so a failed or unaudited export leaves no file and an older file with that name as it
    was. Computing and writing happen outside any write transaction: saves at the desk are never held up."""
    partial = path.with_name(f".{path.stem}.partial{path.suffix}")
    try:
        yield partial
        try:
            os.replace(partial, path)
        except PermissionError as exc:  # Windows: the old file is open in Excel or a PDF viewer
            raise UserError(translate("reports", "{name} is open in another program, so it cannot be replaced.")
                            .format(name=path.name),
                            translate("reports", "Close it there, or choose another file name, and export again.")
                            ) from exc
    finally:
        partial.unlink(missing_ok=True)


def _audit_export(db: Database, actor: Actor, entity: str, entity_id: str, summary: str) -> None:
    with UnitOfWork(db) as uow:
        audit.record(uow, actor, Action.EXPORT, entity, entity_id, summary)
        uow.commit()


def quality_records(uow: UnitOfWork, actor: Actor, check: str, period: Period, *, limit: int = 10_000) -> list[int]:
    """Ids of the records behind a data-quality warning (persons, households, service records...)."""
    require(actor, Permission.VIEW_REPORTS)
    if check_by_code(check) is None:
        raise ValidationError(translate("reports", "Unknown data-quality check {check}.").format(check=check))
    return check_ids(uow, check, period, limit)


def export_people_served(db: Database, actor: Actor, period: Period, path: Path, *,
                         progress: Progress | None = None) -> int:
    """The list of people served in the period, with names (coordinators only). Returns the row count."""
    require(actor, Permission.EXPORT_PERSONAL_LISTS)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(translate("reports", "The list of people is written as an .xlsx file."), field="path")
    from desktop.reports.people_list import write_people_list

    with _staged(path) as partial:
        with UnitOfWork(db, write=False) as uow:
            rows = write_people_list(uow, period, partial, progress or Progress())
        _audit_export(db, actor, "people_list", "", f"people served {period.start.isoformat()}.."
                      f"{period.end.isoformat()}: {rows} rows -> {path.name}")
    return rows
