"""Small builders shared by the roster tests (not a test module)."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from desktop.db import Database
from desktop.models.rosters import QualificationKind, StaffKind
from desktop.services.permissions import Actor
from desktop.services.rosters import posts, register, shifts
from desktop.services.rosters.register import HeldQualification, StaffInput
from desktop.services.uow import UnitOfWork


class Roster:
    """A centre with a food-hygiene credential, a warehouse post requiring it, and helpers to add more."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db, self.actor = db, actor
        with UnitOfWork(db) as uow:
            self.hygiene = register.create_qualification(uow, actor, "Food hygiene", QualificationKind.CREDENTIAL)
            self.forklift = register.create_qualification(uow, actor, "Forklift", QualificationKind.SKILL)
            self.warehouse = posts.create_post(uow, actor, "Warehouse", requirement_ids=[self.hygiene])
            self.desk = posts.create_post(uow, actor, "Intake desk")
            uow.commit()

    def person(self, given: str = "Anna", family: str = "Nowak", *, max_hours: str | None = None,
               hygiene_expires: date | None = None, kind: StaffKind = StaffKind.VOLUNTEER) -> int:
        with UnitOfWork(self.db) as uow:
            staff_id = register.create_staff(uow, self.actor, StaffInput(
                given, family, kind, max_hours_per_week=Decimal(max_hours) if max_hours else None))
            if hygiene_expires is not None:
                register.set_qualifications(uow, self.actor, staff_id, [
                    HeldQualification(self.hygiene, date(2020, 1, 1), hygiene_expires)])
            uow.commit()
        return staff_id

    def shift(self, day: date, start: str, end: str, *, post: int | None = None, needed: int = 2) -> int:
        with UnitOfWork(self.db) as uow:
            shift_id = shifts.create_shift(uow, self.actor, post_id=post or self.desk, shift_date=day,
                                           start_time=time.fromisoformat(start), end_time=time.fromisoformat(end),
                                           needed=needed)
            uow.commit()
        return shift_id
