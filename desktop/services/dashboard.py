"""Dashboard tiles: each capability registers what needs attention today; the Dashboard page shows them.

A tile function takes (uow, actor, today) and returns a `Tile` or None (nothing to show, or the actor may
not see it). Tiles never carry more personal data than the role may read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from desktop.services.permissions import Actor, Permission
from desktop.services.uow import UnitOfWork


@dataclass(frozen=True)
class TileRow:
    text: str
    detail: str = ""
    target: str = ""  # what the row opens, e.g. "household:12", "item:5", "staff:3"


@dataclass(frozen=True)
class Tile:
    key: str
    title: str  # translated
    count: int
    severity: str = "info"  # info | warning | danger
    rows: tuple[TileRow, ...] = field(default_factory=tuple)
    opens: str = ""  # navigation key of the page behind the tile (e.g. "stock", "clients", "rosters")


TileFunction = Callable[[UnitOfWork, Actor, date], Tile | None]


@dataclass(frozen=True)
class TileSpec:
    key: str
    order: int
    permissions: frozenset[Permission]  # any of these
    compute: TileFunction


_TILES: dict[str, TileSpec] = {}


def tile(key: str, order: int, *permissions: Permission) -> Callable[[TileFunction], TileFunction]:
    def register(fn: TileFunction) -> TileFunction:
        _TILES[key] = TileSpec(key, order, frozenset(permissions), fn)
        return fn

    return register


def _load_tiles() -> None:
    """Modules that register tiles (one import line per area)."""
    import desktop.services.casework_tiles  # noqa: F401
    import desktop.services.dashboard_figures  # noqa: F401
    import desktop.services.rosters.tiles  # noqa: F401
    import desktop.services.stock.tiles  # noqa: F401


def tiles_for(uow: UnitOfWork, actor: Actor, today: date) -> list[Tile]:
    _load_tiles()
    result = []
    for spec in sorted(_TILES.values(), key=lambda s: s.order):
        if spec.permissions and not any(actor.can(p) for p in spec.permissions):
            continue
        computed = spec.compute(uow, actor, today)
        if computed is not None:
            result.append(computed)
    return result
