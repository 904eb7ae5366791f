"""Needs assessments: needs from the profile's taxonomy with severity, income and expenses, narrative,
eligibility outcome. Dated, of a person or a household."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.errors import NotFound, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.casework import Assessment, AssessmentNeed, Eligibility
from desktop.models.settings import NeedCategory
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.case_access import check_subject, require_edit, require_read, subject_filter, user_names
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork

SEVERITY_LABELS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("assessments", "Low"),
    2: QT_TRANSLATE_NOOP("assessments", "Moderate"),
    3: QT_TRANSLATE_NOOP("assessments", "High"),
    4: QT_TRANSLATE_NOOP("assessments", "Critical"),
}
ELIGIBILITY_LABELS: dict[Eligibility, str] = {
    Eligibility.PENDING: QT_TRANSLATE_NOOP("assessments", "Pending"),
    Eligibility.ELIGIBLE: QT_TRANSLATE_NOOP("assessments", "Eligible"),
    Eligibility.PARTLY: QT_TRANSLATE_NOOP("assessments", "Partly eligible"),
    Eligibility.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("assessments", "Not eligible"),
}


def severity_label(value: int) -> str:
    return translate("assessments", SEVERITY_LABELS.get(value, "?"))


def eligibility_label(value: Eligibility) -> str:
    return translate("assessments", ELIGIBILITY_LABELS[value])


@dataclass(frozen=True)
class NeedInput:
    need_category_id: int
    severity: int
    note: str = ""


@dataclass(frozen=True)
class NeedRow:
    need_category_id: int
    code: str
    label: str
    severity: int
    note: str


@dataclass(frozen=True)
class AssessmentRow:
    id: int
    person_id: int | None
    household_id: int | None
    assessed_on: date
    income_minor: int | None
    expenses_minor: int | None
    narrative: str
    eligibility: Eligibility
    eligible_for: str
    assessor: str
    needs: tuple[NeedRow, ...]

    @property
    def balance_minor(self) -> int | None:
        if self.income_minor is None or self.expenses_minor is None:
            return None
        return self.income_minor - self.expenses_minor


def _validate(uow: UnitOfWork, assessed_on: date, income_minor: int | None, expenses_minor: int | None,
              needs: list[NeedInput], eligibility: Eligibility, eligible_for: str) -> None:
    if assessed_on > date.today():
        raise ValidationError(translate("assessments", "The assessment date cannot be in the future."), field="date")
    for value, field in ((income_minor, "income"), (expenses_minor, "expenses")):
        if value is not None and value < 0:
            raise ValidationError(translate("assessments", "Income and expenses cannot be negative."), field=field)
    seen: set[int] = set()
    for need in needs:
        if need.severity not in SEVERITY_LABELS:
            raise ValidationError(translate("assessments", "Choose a severity from 1 (low) to 4 (critical)."),
                                  field="needs")
        if need.need_category_id in seen:
            raise ValidationError(translate("assessments", "Each need can be listed only once."), field="needs")
        seen.add(need.need_category_id)
        if uow.session.get(NeedCategory, need.need_category_id) is None:
            raise ValidationError(translate("assessments", "Unknown need category."), field="needs")
    if eligibility in (Eligibility.ELIGIBLE, Eligibility.PARTLY) and not eligible_for.strip():
        raise ValidationError(translate("assessments", "Say what the client is eligible for."), field="eligible_for")


def create_assessment(uow: UnitOfWork, actor: Actor, *, assessed_on: date, person_id: int | None = None,
                      household_id: int | None = None, needs: list[NeedInput] | None = None,
                      income_minor: int | None = None, expenses_minor: int | None = None, narrative: str = "",
                      eligibility: Eligibility = Eligibility.PENDING, eligible_for: str = "") -> int:
    require_edit(actor)
    eligibility = Eligibility(eligibility)  # a combo box hands back the plain string
    check_subject(uow, person_id, household_id)
    needs = needs or []
    _validate(uow, assessed_on, income_minor, expenses_minor, needs, eligibility, eligible_for)
    row = Assessment(person_id=person_id, household_id=household_id, assessed_on=assessed_on,
                     income_minor=income_minor, expenses_minor=expenses_minor, narrative=narrative.strip(),
                     eligibility=eligibility, eligible_for=eligible_for.strip(), assessor_user_id=actor.user_id)
    uow.session.add(row)
    uow.flush()
    for need in needs:
        uow.session.add(AssessmentNeed(assessment_id=row.id, need_category_id=need.need_category_id,
                                       severity=need.severity, note=need.note.strip()))
    audit.record(uow, actor, Action.CREATE, "assessment", row.id, f"{len(needs)} needs, {eligibility.value}")
    return row.id


def update_outcome(uow: UnitOfWork, actor: Actor, assessment_id: int, *, eligibility: Eligibility,
                   eligible_for: str) -> None:
    require_edit(actor)
    row = uow.session.get(Assessment, assessment_id)
    if row is None:
        raise NotFound(translate("assessments", "That assessment no longer exists."))
    if eligibility in (Eligibility.ELIGIBLE, Eligibility.PARTLY) and not eligible_for.strip():
        raise ValidationError(translate("assessments", "Say what the client is eligible for."), field="eligible_for")
    row.eligibility, row.eligible_for = eligibility, eligible_for.strip()
    audit.record(uow, actor, Action.UPDATE, "assessment", row.id, f"outcome {eligibility.value}")


def list_assessments(uow: UnitOfWork, actor: Actor, household_id: int | None,
                     person_ids: list[int]) -> list[AssessmentRow]:
    """Assessments of the household and of the given people, newest first."""
    require_read(actor)
    rows = list(uow.session.scalars(
        select(Assessment)
        .where(subject_filter(Assessment.person_id, Assessment.household_id, person_ids, household_id))
        .order_by(Assessment.assessed_on.desc(), Assessment.id.desc())
    ))
    needs: dict[int, list[NeedRow]] = {}
    if rows:
        query = (
            select(AssessmentNeed, NeedCategory.code, NeedCategory.label)
            .join(NeedCategory, NeedCategory.id == AssessmentNeed.need_category_id)
            .where(AssessmentNeed.assessment_id.in_([r.id for r in rows]))
            .order_by(AssessmentNeed.severity.desc(), NeedCategory.position)
        )
        for need, code, label in uow.session.execute(query):
            needs.setdefault(need.assessment_id, []).append(
                NeedRow(need.need_category_id, code, label, need.severity, need.note))
    names = user_names(uow, {r.assessor_user_id for r in rows})
    return [
        AssessmentRow(r.id, r.person_id, r.household_id, r.assessed_on, r.income_minor, r.expenses_minor,
                      r.narrative, r.eligibility, r.eligible_for, names.get(r.assessor_user_id or 0, ""),
                      tuple(needs.get(r.id, [])))
        for r in rows
    ]
