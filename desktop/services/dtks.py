"""Proposals to update the national DTKS welfare register (Indonesia): add a household, correct its data, or
deactivate it. The screens show this only for the "id" profile; the service works for any profile.

Casework: proposing and moving a proposal along need EDIT_CASE_FILES, reading needs READ_CASE_FILES.
Flow: draft -> submitted -> accepted / rejected; a draft may also be rejected before it goes up (the village
deliberation turned it down). At most one open (draft or submitted) proposal of each kind per household.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from desktop.errors import NotFound, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.clients import Household, RecordStatus
from desktop.models.complaints import OPEN_DTKS_STATUSES, DtksKind, DtksProposal, DtksStatus
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.case_access import user_names
from desktop.services.complaints import check_text_length, head_names
from desktop.services.permissions import Actor, Permission, require
from desktop.services.uow import UnitOfWork

EDIT = Permission.EDIT_CASE_FILES
READ = Permission.READ_CASE_FILES

D = DtksStatus
ALLOWED: dict[DtksStatus, frozenset[DtksStatus]] = {
    D.DRAFT: frozenset({D.SUBMITTED, D.REJECTED}),
    D.SUBMITTED: frozenset({D.ACCEPTED, D.REJECTED}),
    D.ACCEPTED: frozenset(),
    D.REJECTED: frozenset(),
}

KIND_LABELS: dict[DtksKind, str] = {
    DtksKind.NEW: QT_TRANSLATE_NOOP("dtks", "New household"),
    DtksKind.CORRECTION: QT_TRANSLATE_NOOP("dtks", "Correction of data"),
    DtksKind.DEACTIVATION: QT_TRANSLATE_NOOP("dtks", "Deactivation"),
}
STATUS_LABELS: dict[DtksStatus, str] = {
    D.DRAFT: QT_TRANSLATE_NOOP("dtks", "Draft"),
    D.SUBMITTED: QT_TRANSLATE_NOOP("dtks", "Submitted"),
    D.ACCEPTED: QT_TRANSLATE_NOOP("dtks", "Accepted"),
    D.REJECTED: QT_TRANSLATE_NOOP("dtks", "Rejected"),
}


def kind_label(value: DtksKind) -> str:
    return translate("dtks", KIND_LABELS[DtksKind(value)])


def status_label(value: DtksStatus) -> str:
    return translate("dtks", STATUS_LABELS[DtksStatus(value)])


@dataclass(frozen=True)
class ProposalRow:
    id: int
    household_id: int
    household_ref: str
    head_name: str
    kind: DtksKind
    proposed_on: date
    reason: str
    status: DtksStatus
    submitted_on: date | None
    decided_on: date | None
    recorded_by: str

    @property
    def next_statuses(self) -> frozenset[DtksStatus]:
        return ALLOWED[self.status]


def create_proposal(uow: UnitOfWork, actor: Actor, *, household_id: int, kind: DtksKind | str, reason: str,
                    proposed_on: date | None = None, today: date | None = None) -> int:
    """A draft proposal for a household."""
    require(actor, EDIT)
    today = today or date.today()
    proposed_on = proposed_on or today
    try:
        kind = DtksKind(kind)
    except ValueError as exc:
        raise ValidationError(translate("dtks", "Choose what the proposal is for."), field="kind") from exc
    household = uow.session.get(Household, household_id)
    if household is None:
        raise NotFound(translate("dtks", "That household no longer exists."))
    if household.status is RecordStatus.ERASED:
        raise ValidationError(translate("dtks", "That household's data was erased."), field="household")
    if proposed_on > today:
        raise ValidationError(translate("dtks", "The proposal date cannot be in the future."), field="proposed_on")
    if not reason.strip():
        raise ValidationError(translate("dtks", "Give the reason for the proposal."), field="reason")
    check_text_length(reason.strip(), "reason")
    open_one = uow.session.scalar(select(DtksProposal.id).where(
        DtksProposal.household_id == household_id, DtksProposal.kind == kind,
        DtksProposal.status.in_(OPEN_DTKS_STATUSES)).limit(1))
    if open_one is not None:
        raise ValidationError(translate("dtks", "This household already has an open proposal of this kind (no. {id}): "
                                                "follow that one up instead.").format(id=open_one), field="kind")
    row = DtksProposal(household_id=household_id, kind=kind, proposed_on=proposed_on, reason=reason.strip(),
                       status=D.DRAFT, recorded_by_user_id=actor.user_id)
    uow.session.add(row)
    uow.flush()
    audit.record(uow, actor, Action.CREATE, "dtks_proposal", row.id, f"{kind.value} for household {household_id}")
    return row.id


def change_status(uow: UnitOfWork, actor: Actor, proposal_id: int, new_status: DtksStatus | str, *,
                  on: date | None = None, today: date | None = None) -> None:
    """Submit, accept or reject a proposal on a day (today by default)."""
    require(actor, EDIT)
    today = today or date.today()
    on = on or today
    new_status = DtksStatus(new_status)
    row = uow.session.get(DtksProposal, proposal_id)
    if row is None:
        raise NotFound(translate("dtks", "That proposal no longer exists."))
    if new_status not in ALLOWED[row.status]:
        raise ValidationError(translate("dtks", "A proposal that is \"{current}\" cannot become \"{new}\".").format(
            current=status_label(row.status), new=status_label(new_status)), field="status")
    if on > today:
        raise ValidationError(translate("dtks", "The date cannot be in the future."), field="date")
    earliest = row.submitted_on or row.proposed_on
    if on < earliest:
        raise ValidationError(translate("dtks", "The date is before the proposal was made or submitted ({date}).")
                              .format(date=earliest.isoformat()), field="date")
    if new_status is D.SUBMITTED:
        row.submitted_on = on
    else:
        row.decided_on = on
    previous, row.status = row.status, new_status
    audit.record(uow, actor, Action.UPDATE, "dtks_proposal", row.id, f"{previous.value} -> {new_status.value}")


def _query() -> Any:  # Select of (row, ...) joined names
    return select(DtksProposal, Household.ref).join(Household, Household.id == DtksProposal.household_id)


def _rows(uow: UnitOfWork, query: Any) -> list[ProposalRow]:
    result = list(uow.session.execute(query))
    heads = head_names(uow, {p.household_id for p, _ in result})
    recorders = user_names(uow, {p.recorded_by_user_id for p, _ in result})
    return [ProposalRow(p.id, p.household_id, ref, heads.get(p.household_id, ""), p.kind, p.proposed_on, p.reason,
                        p.status, p.submitted_on, p.decided_on, recorders.get(p.recorded_by_user_id or 0, ""))
            for p, ref in result]


def list_proposals(uow: UnitOfWork, actor: Actor, *, status: DtksStatus | None = None, kind: DtksKind | None = None,
                   household_id: int | None = None, text: str = "", limit: int = 2000) -> list[ProposalRow]:
    """Newest first; `text` matches the household reference or the reason."""
    require(actor, READ)
    query = _query().order_by(DtksProposal.proposed_on.desc(), DtksProposal.id.desc()).limit(limit)
    if status is not None:
        query = query.where(DtksProposal.status == DtksStatus(status))
    if kind is not None:
        query = query.where(DtksProposal.kind == DtksKind(kind))
    if household_id is not None:
        query = query.where(DtksProposal.household_id == household_id)
    for word in text.split():
        like = f"%{word}%"
        query = query.where(Household.ref.ilike(like) | DtksProposal.reason.ilike(like))
    return _rows(uow, query)


def get_proposal(uow: UnitOfWork, actor: Actor, proposal_id: int) -> ProposalRow:
    require(actor, READ)
    rows = _rows(uow, _query().where(DtksProposal.id == proposal_id))
    if not rows:
        raise NotFound(translate("dtks", "That proposal no longer exists."))
    return rows[0]
