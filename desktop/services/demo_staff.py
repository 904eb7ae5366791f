"""Demo step: one training account per role, with names from the profile's country."""

from __future__ import annotations

from sqlalchemy import select

from desktop.models.users import Role, User
from desktop.services import users
from desktop.services.demo import DEMO_PASSWORD, DemoContext, demo_step
from desktop.services.users import actor_for

DEMO_ACCOUNTS: tuple[tuple[str, Role], ...] = (
    ("coordinator", Role.COORDINATOR),
    ("caseworker", Role.CASEWORKER),
    ("caseworker2", Role.CASEWORKER),
    ("warehouse", Role.WAREHOUSE),
    ("frontdesk", Role.FRONT_DESK),
)


@demo_step(order=10)
def demo_staff_accounts(ctx: DemoContext) -> None:
    session = ctx.uow.session
    created = 0
    for username, role in DEMO_ACCOUNTS:
        if session.scalar(select(User.id).where(User.username == username)) is not None:
            continue
        full_name = f"{ctx.fake.first_name()} {ctx.fake.last_name()}"
        info = users.create_user(ctx.uow, ctx.actor, username, full_name, role, DEMO_PASSWORD)
        user = session.get(User, info.id)
        assert user is not None
        user.must_change_password = False  # training accounts: no password change on first login
        ctx.staff.append(actor_for(user))
        created += 1
    ctx.counts["users"] = created
