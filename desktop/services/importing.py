"""The one import path for spreadsheets (CSV UTF-8 or XLSX with a header row).

Every importer (households, services, items, agencies...) declares its columns and checks one row at a
time; this module reads the file, reports unknown and missing columns and every bad row with its line
and reason, and imports nothing when any row is bad unless the user chose "import the valid rows".
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from desktop.errors import UserError
from desktop.i18n import translate
from desktop.progress import Progress
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission, require
from desktop.services.uow import UnitOfWork

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_ISSUES_KEPT = 10_000

T = TypeVar("T")


class RowError(Exception):
    """One or more problems with a row; each message names the column when it can."""

    def __init__(self, *problems: tuple[str, str]) -> None:
        super().__init__("; ".join(m for _, m in problems))
        self.problems = list(problems)


@dataclass(frozen=True)
class ImportIssue:
    line: int  # line in the file as a spreadsheet shows it (the header is line 1)
    column: str
    message: str


@dataclass
class ImportReport:
    kind: str
    file_name: str
    rows: int = 0
    valid_rows: int = 0
    imported: int = 0
    dry_run: bool = False
    valid_only: bool = False
    unknown_columns: list[str] = field(default_factory=list)
    issues: list[ImportIssue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. likely duplicates found, created counts

    @property
    def bad_lines(self) -> list[int]:
        return sorted({i.line for i in self.issues if i.line > 0})

    @property
    def blocked(self) -> bool:
        """True when nothing was (or would be) imported because of bad rows."""
        return bool(self.issues) and not self.valid_only


class Importer(Protocol[T]):
    kind: str
    permission: Permission
    required: Sequence[str]
    optional: Sequence[str]
    example: dict[str, str]

    def check(self, uow: UnitOfWork, line: int, row: dict[str, str]) -> T:
        """Parse and validate one row; raise RowError."""

    def check_all(self, uow: UnitOfWork, rows: list[tuple[int, T]]) -> list[tuple[int, RowError]]:
        """Checks across rows (e.g. one household's rows agree); return (line, error) pairs."""

    def apply(self, uow: UnitOfWork, actor: Actor, rows: list[tuple[int, T]], report: ImportReport,
              progress: Progress) -> int:
        """Write the valid rows; return how many rows were imported."""


_IMPORTERS: dict[str, Callable[[], Importer[Any]]] = {}


def register(kind: str) -> Callable[[Callable[[], Importer[Any]]], Callable[[], Importer[Any]]]:
    def add(factory: Callable[[], Importer[Any]]) -> Callable[[], Importer[Any]]:
        _IMPORTERS[kind] = factory
        return factory

    return add


def _load_importers() -> None:
    """Modules that register importers (one line per area)."""
    import desktop.services.agencies  # noqa: F401
    import desktop.services.import_households  # noqa: F401
    import desktop.services.import_services  # noqa: F401
    import desktop.services.stock.item_import  # noqa: F401


def importer_for(kind: str) -> Importer[Any]:
    _load_importers()
    if kind not in _IMPORTERS:
        raise UserError(
            translate("import", "Unknown import type {kind}: choose one of {choices}.").format(
                kind=kind, choices=", ".join(sorted(_IMPORTERS)) or "-"
            )
        )
    return _IMPORTERS[kind]()


def kinds() -> list[str]:
    _load_importers()
    return sorted(_IMPORTERS)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float | Decimal):
        return format(Decimal(str(value)).normalize(), "f")
    return str(value).strip()


def _read_csv(path: Path) -> Iterator[list[str]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(
            translate("import", "The file is not in UTF-8 text (problem at byte {pos}).").format(pos=exc.start),
            translate("import", "In Excel or LibreOffice choose Save as, then \"CSV UTF-8 (comma delimited)\"."),
        ) from None
    yield from csv.reader(io.StringIO(text, newline=""))


def _read_xlsx(path: Path) -> Iterator[list[str]]:
    from openpyxl import load_workbook
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:  # openpyxl parses with defusedxml when it is installed; refuse to run without it
        raise RuntimeError("defusedxml protection is not active for openpyxl")
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or non-XLSX file
        raise UserError(
            translate("import", "The file could not be read as an Excel workbook ({reason}).").format(
                reason=type(exc).__name__
            ),
            translate("import", "Open it in Excel or LibreOffice and save it again as .xlsx or CSV UTF-8."),
        ) from None
    try:
        sheet = workbook.worksheets[0]
        for values in sheet.iter_rows(values_only=True):
            yield [_cell_text(v) for v in values]
    finally:
        workbook.close()


def read_rows(path: Path) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """Header (lower-cased, trimmed) and the data rows with their spreadsheet line numbers."""
    if not path.exists():
        raise UserError(translate("import", "The file {path} does not exist.").format(path=path))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise UserError(translate("import", "The file is too large (over 200 MB): split it into smaller files."))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        reader = _read_csv(path)
    elif suffix in (".xlsx", ".xlsm"):
        reader = _read_xlsx(path)
    else:
        raise UserError(translate("import", "Choose a .csv (UTF-8) or .xlsx file."))
    try:
        header = next(reader)
    except StopIteration:
        raise UserError(translate("import", "The file is empty: it needs a header row.")) from None
    header = [h.strip().lower().lstrip("\ufeff") for h in header]

    def body() -> Iterator[tuple[int, list[str]]]:
        for index, cells in enumerate(reader, start=2):
            if any(c.strip() for c in cells):
                yield index, cells

    return header, body()


def run_import(
    uow: UnitOfWork,
    actor: Actor,
    kind: str,
    path: Path,
    *,
    dry_run: bool = False,
    valid_only: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Check (and unless dry_run/blocked, import) a file. The caller commits when report.imported > 0."""
    importer = importer_for(kind)
    require(actor, importer.permission)
    progress = progress or Progress()
    report = ImportReport(kind=kind, file_name=path.name, dry_run=dry_run, valid_only=valid_only)
    header, rows = read_rows(path)
    known = set(importer.required) | set(importer.optional)
    report.unknown_columns = [h for h in header if h and h not in known]
    duplicated = sorted({h for h in header if h and header.count(h) > 1})
    missing = [c for c in importer.required if c not in header]
    for column in missing:
        report.issues.append(ImportIssue(1, column, translate("import", "Required column is missing.")))
    for column in duplicated:
        report.issues.append(ImportIssue(1, column, translate("import", "The column appears more than once.")))
    if missing or duplicated:
        return report
    progress.start(translate("import", "Checking rows"))
    checked: list[tuple[int, Any]] = []
    for line, cells in rows:
        report.rows += 1
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
            report.issues.append(ImportIssue(line, "", translate("import", "The row has more cells than the header.")))
            continue
        values = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header) if h}
        try:
            checked.append((line, importer.check(uow, line, values)))
        except RowError as err:
            report.issues.extend(ImportIssue(line, column, message) for column, message in err.problems)
        if report.rows % 500 == 0:
            progress.step(500)
    for line, problem in importer.check_all(uow, checked):
        report.issues.extend(ImportIssue(line, column, message) for column, message in problem.problems)
    bad = set(report.bad_lines)
    valid = [(line, item) for line, item in checked if line not in bad]
    report.valid_rows = len(valid)
    del report.issues[MAX_ISSUES_KEPT:]
    if dry_run or report.blocked or not valid:
        return report
    report.imported = importer.apply(uow, actor, valid, report, progress)
    audit.record(
        uow, actor, Action.CREATE, "import", kind,
        f"imported {report.imported} of {report.rows} rows from {path.suffix.lower()} file"
        + (f", skipped {len(bad)} bad rows" if bad else ""),
    )
    return report


def write_template(kind: str, dest: Path) -> Path:
    """An empty file with the header row and one example row, as CSV or XLSX by the file's suffix."""
    importer = importer_for(kind)
    columns = list(importer.required) + list(importer.optional)
    example = [importer.example.get(c, "") for c in columns]
    try:
        if dest.suffix.lower() == ".xlsx":
            from openpyxl import Workbook

            workbook = Workbook()
            sheet = workbook.active
            assert sheet is not None
            sheet.append(columns)
            sheet.append(example)
            workbook.save(dest)
        else:
            with dest.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(columns)
                writer.writerow(example)
    except OSError as exc:
        raise UserError(
            translate("import", "Cannot write {path}: {reason}").format(path=dest, reason=exc.strerror)
        ) from exc
    return dest


class BaseImporter(Generic[T]):
    """Defaults for importers without cross-row checks."""

    def check_all(self, uow: UnitOfWork, rows: list[tuple[int, T]]) -> list[tuple[int, RowError]]:
        return []
