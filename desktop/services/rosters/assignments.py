"""Putting people on shifts (after the clash check) and taking them off again."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.errors import NotFound, ValidationError
from desktop.i18n import translate
from desktop.models.rosters import Assignment, AssignmentStatus, Shift, StaffMember
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission, require
from desktop.services.rosters.clashes import Clash, ClashError, find_clashes
from desktop.services.uow import UnitOfWork


@dataclass(frozen=True)
class AssignResult:
    assignment_id: int
    clashes: tuple[Clash, ...]  # what was overridden (blocking) or noted (holiday)
    overridden: bool


def assign(uow: UnitOfWork, actor: Actor, shift_id: int, staff_id: int, *, override_reason: str = "") -> AssignResult:
    """Assign, refusing any blocking clash unless a coordinator gives a reason (then audited as an override)."""
    require(actor, Permission.MANAGE_ROSTER)
    member = uow.session.get(StaffMember, staff_id)
    if member is None:
        raise NotFound(translate("rosters", "That person is no longer on the register."))
    if not member.active:
        raise ValidationError(translate("rosters", "This person is marked inactive on the register."))
    if uow.session.get(Shift, shift_id) is None:
        raise NotFound(translate("rosters", "That shift no longer exists."))
    existing = uow.session.scalar(
        select(Assignment).where(Assignment.shift_id == shift_id, Assignment.staff_id == staff_id)
    )
    if existing is not None and existing.status is not AssignmentStatus.CANCELLED:
        raise ValidationError(translate("rosters", "This person is already on this shift."))
    clashes = find_clashes(uow, shift_id, staff_id)
    blocking = [c for c in clashes if c.blocking]
    reason = override_reason.strip()
    if blocking and not reason:
        raise ClashError(clashes)
    row = existing or Assignment(shift_id=shift_id, staff_id=staff_id)
    row.status = AssignmentStatus.SCHEDULED
    row.override_reason = reason if blocking else ""
    row.clashes = ",".join(c.kind.value for c in blocking)
    row.signed_in_at = row.signed_out_at = None
    row.created_by = actor.user_id
    if existing is None:
        uow.session.add(row)
    uow.flush()
    audit.record(uow, actor, Action.CREATE, "shift_assignment", row.id, f"staff {staff_id} on shift {shift_id}")
    if blocking:
        audit.record(uow, actor, Action.OVERRIDE, "shift_assignment", row.id,
                     "clashes overridden with a reason: " + row.clashes)
    return AssignResult(row.id, tuple(clashes), bool(blocking))


def unassign(uow: UnitOfWork, actor: Actor, assignment_id: int) -> None:
    """Take someone off a shift they have not started (the row stays, cancelled, for the record)."""
    require(actor, Permission.MANAGE_ROSTER)
    row = uow.session.get(Assignment, assignment_id)
    if row is None:
        raise NotFound(translate("rosters", "That assignment no longer exists."))
    if row.status is not AssignmentStatus.SCHEDULED:
        raise ValidationError(translate("rosters", "Only a shift that has not started can be cancelled."))
    row.status = AssignmentStatus.CANCELLED
    audit.record(uow, actor, Action.UPDATE, "shift_assignment", assignment_id, "cancelled")
