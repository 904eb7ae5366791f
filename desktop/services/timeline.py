"""The client file's timeline: each area registers a source of dated entries about a household and its people.

A source is `fn(uow, actor, household_id, person_ids) -> list[TimelineEntry]` and returns only what the actor
may read (a sealed note appears as "Sealed note" without its text for those who cannot open it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork


@dataclass(frozen=True)
class TimelineEntry:
    when: date
    kind: str  # stable code, e.g. "service", "membership", "case_note", "referral"
    text: str  # translated, ready to show
    ref: str = ""  # what the entry opens, e.g. "referral:12"


TimelineSource = Callable[[UnitOfWork, Actor, int | None, list[int]], list[TimelineEntry]]

_SOURCES: list[TimelineSource] = []


def timeline_source(fn: TimelineSource) -> TimelineSource:
    _SOURCES.append(fn)
    return fn


def _load_sources() -> None:
    """Modules that register sources (one import line per area)."""
    import desktop.services.casework_timeline  # noqa: F401
    import desktop.services.client_timeline  # noqa: F401
    import desktop.services.complaints_timeline  # noqa: F401


def timeline(uow: UnitOfWork, actor: Actor, household_id: int | None, person_ids: list[int]) -> list[TimelineEntry]:
    """Every source's entries, newest first."""
    _load_sources()
    entries: list[TimelineEntry] = []
    for source in _SOURCES:
        entries.extend(source(uow, actor, household_id, person_ids))
    return sorted(entries, key=lambda e: (e.when, e.kind), reverse=True)
