"""Training (demo) data: a realistic centre for learning the app safely.

Each capability registers a step with `@demo_step(order, guard_tables)`. `fill_demo` refuses a database
that already holds real records in any step's guard tables, so demo data never mixes with real data,
then runs the steps in order with one shared Faker in the profile's locale.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from faker import Faker
from sqlalchemy import func, select, table

from desktop.errors import UserError, ValidationError
from desktop.i18n import translate
from desktop.models.users import Role, User
from desktop.progress import Progress
from desktop.services import audit, settings
from desktop.services.audit import Action
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork

FAKER_LOCALES = {"pl": "pl_PL", "id": "id_ID", "us": "en_US", "generic": "en_GB"}
DEMO_PASSWORD = "training-2026"  # printed by the CLI and shown on the training login screen


@dataclass
class DemoContext:
    """What every demo step gets: the transaction, who is filling, sizes, a seeded Faker and RNG."""

    uow: UnitOfWork
    actor: Actor
    profile: str
    households: int
    months: int
    today: date
    fake: Faker
    rng: random.Random
    progress: Progress
    counts: dict[str, int] = field(default_factory=dict)
    staff: list[Actor] = field(default_factory=list)


DemoFunction = Callable[[DemoContext], None]


@dataclass(frozen=True)
class DemoStep:
    order: int
    name: str
    guard_tables: tuple[str, ...]
    run: DemoFunction


_STEPS: list[DemoStep] = []


def demo_step(order: int, guard_tables: tuple[str, ...] = ()) -> Callable[[DemoFunction], DemoFunction]:
    """Register a demo step. `guard_tables` hold real data that demo data must never be mixed with."""

    def register(fn: DemoFunction) -> DemoFunction:
        _STEPS.append(DemoStep(order, fn.__name__, guard_tables, fn))
        _STEPS.sort(key=lambda s: s.order)
        return fn

    return register


def _load_steps() -> None:
    """Import the modules that register steps (kept here so a new area adds one line)."""
    import desktop.services.demo_casework  # noqa: F401
    import desktop.services.demo_clients  # noqa: F401
    import desktop.services.demo_complaints  # noqa: F401
    import desktop.services.demo_staff  # noqa: F401
    import desktop.services.rosters.demo  # noqa: F401
    import desktop.services.stock.demo  # noqa: F401


def guard_tables() -> list[str]:
    _load_steps()
    return [t for step in _STEPS for t in step.guard_tables]


def _holds_records(uow: UnitOfWork) -> list[str]:
    found = []
    for name in guard_tables():
        if uow.session.scalar(select(func.count()).select_from(table(name))):
            found.append(name)
    return found


def fill_demo(
    uow: UnitOfWork,
    actor: Actor,
    *,
    households: int,
    months: int,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Fill a freshly set-up database with training data. The caller commits."""
    if actor.role is not Role.ADMINISTRATOR:
        raise UserError(translate("demo", "Only an administrator can fill a training database."))
    if not settings.is_initialised(uow):
        raise UserError(translate("demo", "Set the centre up first (init), then add the demo data."))
    if not 1 <= households <= 200_000:
        raise ValidationError(translate("demo", "The number of households must be between 1 and 200000."))
    if not 1 <= months <= 60:
        raise ValidationError(translate("demo", "The number of months must be between 1 and 60."))
    held = _holds_records(uow)
    if held:
        raise UserError(
            translate("demo", "This database already holds real records ({tables}).").format(tables=", ".join(held)),
            translate("demo", "Demo data is only added to a new, empty database, so it never mixes with real data."),
        )
    profile = settings.get(uow, "centre.profile")
    ctx = DemoContext(
        uow=uow,
        actor=actor,
        profile=profile,
        households=households,
        months=months,
        today=today or date.today(),
        fake=Faker(FAKER_LOCALES.get(profile, "en_GB")),
        rng=random.Random(seed),
        progress=progress or Progress(),
    )
    ctx.fake.seed_instance(seed)
    _load_steps()
    ctx.progress.start(translate("demo", "Creating training data"), len(_STEPS))
    for step in _STEPS:
        step.run(ctx)
        ctx.progress.step()
    settings.put(uow, "centre.demo", True)
    summary = ", ".join(f"{k} {v}" for k, v in sorted(ctx.counts.items()))
    audit.record(uow, actor, Action.DEMO, "centre", "", f"training data: {summary}")
    return ctx.counts


def demo_users(uow: UnitOfWork) -> list[tuple[str, Role]]:
    """The training accounts (all use DEMO_PASSWORD), for the login screen's hint."""
    rows = uow.session.execute(select(User.username, User.role).where(User.active.is_(True)).order_by(User.id))
    return [(name, role) for name, role in rows]

