"""The counting engine: a registry of sections, and the run that turns a pack and a period into figures.

A section is a small function `(ReportContext) -> SectionResult` registered with `@section("key")`. It
returns tables for people (labels already translated), JSON figures under stable keys, charts and
notes. Packs (desktop/reports/packs.py) only list section keys, so shelter or programmes add a section
module later without touching the engine. All figures are computed set-based in SQL by the sections;
every export (xlsx, pdf, json) renders the same `PackResult`, so the three always agree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Executable
from sqlalchemy.orm import Session

from desktop.progress import Progress
from desktop.reports.periods import Period
from desktop.reports.served import SHORT_PERIOD_DAYS, Served
from desktop.services.uow import UnitOfWork

DEFAULT_BANDS: tuple[tuple[int, int | None], ...] = ((0, 4), (5, 17), (18, 59), (60, None))
TEFAP_BANDS: tuple[tuple[int, int | None], ...] = ((0, 17), (18, 59), (60, None))

Number = int | Decimal


@dataclass(frozen=True)
class ReportTable:
    """A table as people read it. `rows` hold a text label first, then numbers (or text)."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    total_row: bool = False  # the last row is a total (rendered bold)
    note: str = ""


@dataclass(frozen=True)
class Chart:
    kind: str  # "bar" or "line"
    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    unit: str = ""


@dataclass(frozen=True)
class SectionResult:
    key: str
    title: str
    tables: tuple[ReportTable, ...] = ()
    figures: dict[str, Any] = field(default_factory=dict)  # merged into the JSON at top level
    charts: tuple[Chart, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class QualityIssue:
    check: str  # stable code
    label: str  # translated
    count: int


@dataclass(frozen=True)
class PackResult:
    pack: str
    title: str
    language: str
    period: Period
    centre_name: str
    centre_address: str
    generated_by: str
    generated_at: datetime
    sections: tuple[SectionResult, ...]
    figures: dict[str, Any]
    data_quality: tuple[QualityIssue, ...]


@dataclass
class ReportContext:
    """What a section gets. `cache` lets sections share an intermediate figure within one run."""

    uow: UnitOfWork
    period: Period
    profile: str
    bands: tuple[tuple[int, int | None], ...] = DEFAULT_BANDS
    progress: Progress = field(default_factory=Progress)
    cache: dict[str, Any] = field(default_factory=dict)
    served: Served = field(init=False)

    def __post_init__(self) -> None:
        self.served = Served(self.period)

    @property
    def session(self) -> Session:
        return self.uow.session

    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]

    def rows(self, key: str, query: Executable) -> list[Any]:
        """The rows of a section's query; already there when the engine ran it ahead (see `section`)."""
        cached: list[Any] | None = self.cache.get(f"rows:{key}")
        if cached is None:
            cached = self.cache[f"rows:{key}"] = list(self.session.execute(query).all())
        return cached


SectionFunction = Callable[[ReportContext], SectionResult | None]
# A section's heavy, independent queries by key, as it will ask for them with
# ctx.rows(key, query). The engine runs them ahead, side by side (desktop/reports/parallel.py).
QueryFunction = Callable[[ReportContext], dict[str, Executable]]
_SECTIONS: dict[str, SectionFunction] = {}
_QUERIES: dict[str, QueryFunction] = {}


def section(key: str, *, queries: QueryFunction | None = None) -> Callable[[SectionFunction], SectionFunction]:
    """Register a section. Returning None means "nothing to show" (e.g. an area with no data model)."""

    def add(fn: SectionFunction) -> SectionFunction:
        _SECTIONS[key] = fn
        if queries is not None:
            _QUERIES[key] = queries
        return fn

    return add


def run_ahead(ctx: ReportContext, keys: Sequence[str], also: Sequence[QueryFunction] = ()) -> None:
    """Run the heavy queries of the pack's sections before the sections ask for them, in parallel where the
    database allows it."""
    from desktop.reports.parallel import run_queries

    queries: dict[str, Executable] = {}
    for provider in [_QUERIES[key] for key in keys if key in _QUERIES] + list(also):
        for name, query in provider(ctx).items():
            queries.setdefault(name, query)
    pending = {name: query for name, query in queries.items() if f"rows:{name}" not in ctx.cache}
    for name, rows in run_queries(ctx.uow, pending).items():
        ctx.cache[f"rows:{name}"] = rows


def _load_sections() -> None:
    import desktop.reports.sections  # noqa: F401 - registers the built-in sections


def section_keys() -> list[str]:
    _load_sections()
    return sorted(_SECTIONS)


def merge_figures(target: dict[str, Any], source: dict[str, Any]) -> None:
    """Deep-merge `source` into `target` (sections may add keys under the same top-level name)."""
    for key, value in source.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            merge_figures(target[key], value)
        else:
            target[key] = value


def run_sections(ctx: ReportContext, keys: Sequence[str],
                 also: Sequence[QueryFunction] = ()) -> tuple[list[SectionResult], dict[str, Any]]:
    """Run the sections `keys`; `also` = more query providers to run ahead with theirs (the quality checks)."""
    _load_sections()
    results: list[SectionResult] = []
    figures: dict[str, Any] = {"period": {"start": ctx.period.start.isoformat(), "end": ctx.period.end.isoformat()}}
    ctx.progress.start("", maximum=len(keys) + 1)
    if (ctx.period.end - ctx.period.start).days < SHORT_PERIOD_DAYS:
        ctx.served.materialise(ctx.session)
    else:
        run_ahead(ctx, keys, also)
    ctx.progress.step(1)
    for key in keys:
        result = _SECTIONS[key](ctx)
        ctx.progress.step(1)
        if result is None:
            continue
        results.append(result)
        merge_figures(figures, result.figures)
    return results, figures


def to_json_number(value: Number | float | None) -> int | float | None:
    """Counts stay integers; quantities become floats rounded to 3 places (kg, hours)."""
    if value is None:
        return None
    if isinstance(value, int):
        return value
    return float(round(Decimal(str(value)), 3))
