"""Every column that points at a person or a household, for merge, erasure and subject access.

Columns are found from the table metadata (any foreign key to persons.id / households.id), so a new
area's table is covered without anyone remembering to list it; `register_person_reference` /
`register_household_reference` add columns that hold ids without a foreign key. Erase hooks let an
area clear what the generic scrub cannot know about (files on disk, for instance).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Column, Enum, String, Table, Text

import desktop.models  # noqa: F401 - every table registered on the metadata
from desktop.models.base import Base
from desktop.services.uow import UnitOfWork

# Tables this module's callers handle themselves.
_OWN_TABLES = {"persons", "households", "client_search"}

_EXTRA_PERSON: set[tuple[str, str]] = set()
_EXTRA_HOUSEHOLD: set[tuple[str, str]] = set()

EraseHook = Callable[[UnitOfWork, set[int], set[int]], None]  # (uow, person ids, household ids)
_ERASE_HOOKS: list[EraseHook] = []


def register_person_reference(table: str, column: str) -> None:
    _EXTRA_PERSON.add((table, column))


def register_household_reference(table: str, column: str) -> None:
    _EXTRA_HOUSEHOLD.add((table, column))


def erase_hook(fn: EraseHook) -> EraseHook:
    """Register `fn(uow, person_ids, household_ids)`, run inside the erasure's transaction."""
    _ERASE_HOOKS.append(fn)
    return fn


def _load_hooks() -> None:
    """Modules that register erase hooks (one import line per area), so erasure never depends on
    which screens happened to be opened first."""
    import desktop.services.documents  # noqa: F401 - deletes stored scans of erased people


def erase_hooks() -> list[EraseHook]:
    _load_hooks()
    return list(_ERASE_HOOKS)


def _discover(target: str) -> set[tuple[str, str]]:
    found = set()
    for table in Base.metadata.sorted_tables:
        if table.name in _OWN_TABLES:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == target and fk.column.name == "id" and fk.parent.table is table:
                found.add((table.name, fk.parent.name))
    return found


def person_columns() -> list[tuple[str, str]]:
    return sorted(_discover("persons") | _EXTRA_PERSON)


def household_columns() -> list[tuple[str, str]]:
    return sorted(_discover("households") | _EXTRA_HOUSEHOLD)


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def free_text_columns(tbl: Table) -> list[Column[str]]:
    """String/Text columns that may hold personal words: not enums, keys or codes."""
    skip = {"status", "scope", "kind", "type", "code", "service_type", "source", "relationship", "sha256"}
    result = []
    for col in tbl.columns:
        if isinstance(col.type, Enum) or col.primary_key or col.foreign_keys or col.name in skip:
            continue
        if isinstance(col.type, String | Text):
            result.append(col)
    return result
