"""Care (intervention) plans — plan pomocy / rencana intervensi: goals with target dates and status,
agreed actions with who is responsible, periodic reviews."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, func, select

from desktop.errors import NotFound, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.casework import CareAction, CareGoal, CarePlan, CareReview, GoalStatus, PlanStatus
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.case_access import check_subject, require_edit, require_read, subject_filter, user_names
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork

GOAL_LABELS: dict[GoalStatus, str] = {
    GoalStatus.OPEN: QT_TRANSLATE_NOOP("care_plans", "Open"),
    GoalStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("care_plans", "In progress"),
    GoalStatus.MET: QT_TRANSLATE_NOOP("care_plans", "Met"),
    GoalStatus.NOT_MET: QT_TRANSLATE_NOOP("care_plans", "Not met"),
    GoalStatus.DROPPED: QT_TRANSLATE_NOOP("care_plans", "Dropped"),
}


def goal_label(status: GoalStatus) -> str:
    return translate("care_plans", GOAL_LABELS[status])


@dataclass(frozen=True)
class GoalRow:
    id: int
    description: str
    target_on: date | None
    status: GoalStatus


@dataclass(frozen=True)
class ActionRow:
    id: int
    goal_id: int | None
    description: str
    responsible: str
    due_on: date | None
    done_on: date | None


@dataclass(frozen=True)
class ReviewRow:
    id: int
    reviewed_on: date
    reviewer: str
    summary: str
    next_review_on: date | None


@dataclass(frozen=True)
class PlanRow:
    id: int
    person_id: int | None
    household_id: int | None
    title: str
    started_on: date
    review_every_days: int
    next_review_on: date | None
    status: PlanStatus
    closed_on: date | None
    goals: tuple[GoalRow, ...]
    actions: tuple[ActionRow, ...]
    reviews: tuple[ReviewRow, ...]

    @property
    def goals_met(self) -> int:
        return sum(1 for g in self.goals if g.status is GoalStatus.MET)

    def review_due(self, today: date) -> bool:
        return self.status is PlanStatus.ACTIVE and self.next_review_on is not None and self.next_review_on <= today


def _plan(uow: UnitOfWork, plan_id: int, *, active: bool = False) -> CarePlan:
    plan = uow.session.get(CarePlan, plan_id)
    if plan is None:
        raise NotFound(translate("care_plans", "That care plan no longer exists."))
    if active and plan.status is not PlanStatus.ACTIVE:
        raise ValidationError(translate("care_plans", "This plan is closed: reopen it or start a new one."))
    return plan


def create_plan(uow: UnitOfWork, actor: Actor, *, title: str, started_on: date, person_id: int | None = None,
                household_id: int | None = None, review_every_days: int = 90) -> int:
    require_edit(actor)
    check_subject(uow, person_id, household_id)
    if not title.strip():
        raise ValidationError(translate("care_plans", "Give the plan a title."), field="title")
    if not 7 <= review_every_days <= 366:
        raise ValidationError(translate("care_plans", "Reviews must be between 7 and 366 days apart."),
                              field="review_every_days")
    plan = CarePlan(person_id=person_id, household_id=household_id, title=title.strip()[:200], started_on=started_on,
                    review_every_days=review_every_days, next_review_on=started_on + timedelta(days=review_every_days),
                    created_by_user_id=actor.user_id)
    uow.session.add(plan)
    uow.flush()
    audit.record(uow, actor, Action.CREATE, "care_plan", plan.id, "plan started")
    return plan.id


def add_goal(uow: UnitOfWork, actor: Actor, plan_id: int, description: str, target_on: date | None) -> int:
    require_edit(actor)
    plan = _plan(uow, plan_id, active=True)
    if not description.strip():
        raise ValidationError(translate("care_plans", "Describe the goal."), field="description")
    if target_on is not None and target_on < plan.started_on:
        raise ValidationError(translate("care_plans", "The target date is before the plan started."), field="target_on")
    goal = CareGoal(plan_id=plan_id, description=description.strip(), target_on=target_on)
    uow.session.add(goal)
    uow.flush()
    audit.record(uow, actor, Action.CREATE, "care_goal", goal.id, f"plan {plan_id}")
    return goal.id


def set_goal_status(uow: UnitOfWork, actor: Actor, goal_id: int, status: GoalStatus, on: date | None = None) -> None:
    require_edit(actor)
    status = GoalStatus(status)  # a combo box hands back the plain string
    goal = uow.session.get(CareGoal, goal_id)
    if goal is None:
        raise NotFound(translate("care_plans", "That goal no longer exists."))
    _plan(uow, goal.plan_id, active=True)
    goal.status, goal.status_changed_on = status, on or date.today()
    audit.record(uow, actor, Action.UPDATE, "care_goal", goal.id, status.value)


def add_action(uow: UnitOfWork, actor: Actor, plan_id: int, description: str, responsible: str,
               due_on: date | None = None, goal_id: int | None = None) -> int:
    require_edit(actor)
    _plan(uow, plan_id, active=True)
    if not description.strip():
        raise ValidationError(translate("care_plans", "Describe the action."), field="description")
    if not responsible.strip():
        raise ValidationError(translate("care_plans", "Say who is responsible for the action."), field="responsible")
    if goal_id is not None:
        goal = uow.session.get(CareGoal, goal_id)
        if goal is None or goal.plan_id != plan_id:
            raise ValidationError(translate("care_plans", "That goal is not part of this plan."), field="goal")
    action = CareAction(plan_id=plan_id, goal_id=goal_id, description=description.strip(),
                        responsible=responsible.strip()[:200], due_on=due_on)
    uow.session.add(action)
    uow.flush()
    audit.record(uow, actor, Action.CREATE, "care_action", action.id, f"plan {plan_id}")
    return action.id


def complete_action(uow: UnitOfWork, actor: Actor, action_id: int, done_on: date | None = None) -> None:
    require_edit(actor)
    action = uow.session.get(CareAction, action_id)
    if action is None:
        raise NotFound(translate("care_plans", "That action no longer exists."))
    action.done_on = done_on or date.today()
    audit.record(uow, actor, Action.UPDATE, "care_action", action.id, "done")


def add_review(uow: UnitOfWork, actor: Actor, plan_id: int, reviewed_on: date, summary: str,
               next_review_on: date | None = None) -> int:
    """A periodic review; the next one is due `review_every_days` later unless a date is given."""
    require_edit(actor)
    plan = _plan(uow, plan_id, active=True)
    if not summary.strip():
        raise ValidationError(translate("care_plans", "Summarise the review."), field="summary")
    if reviewed_on < plan.started_on:
        raise ValidationError(translate("care_plans", "The review date is before the plan started."), field="date")
    next_review_on = next_review_on or reviewed_on + timedelta(days=plan.review_every_days)
    if next_review_on <= reviewed_on:
        raise ValidationError(translate("care_plans", "The next review must come after this one."), field="next")
    review = CareReview(plan_id=plan_id, reviewed_on=reviewed_on, reviewer_user_id=actor.user_id,
                        summary=summary.strip(), next_review_on=next_review_on)
    uow.session.add(review)
    plan.next_review_on = next_review_on
    uow.flush()
    audit.record(uow, actor, Action.UPDATE, "care_plan", plan_id, f"review {review.id}")
    return review.id


def close_plan(uow: UnitOfWork, actor: Actor, plan_id: int, closed_on: date | None = None) -> None:
    require_edit(actor)
    plan = _plan(uow, plan_id, active=True)
    plan.status, plan.closed_on, plan.next_review_on = PlanStatus.CLOSED, closed_on or date.today(), None
    audit.record(uow, actor, Action.UPDATE, "care_plan", plan_id, "closed")


def list_plans(uow: UnitOfWork, actor: Actor, household_id: int | None, person_ids: list[int]) -> list[PlanRow]:
    require_read(actor)
    plans = list(uow.session.scalars(
        select(CarePlan)
        .where(subject_filter(CarePlan.person_id, CarePlan.household_id, person_ids, household_id))
        .order_by(CarePlan.started_on.desc(), CarePlan.id.desc())))
    return _rows(uow, plans)


def get_plan(uow: UnitOfWork, actor: Actor, plan_id: int) -> PlanRow:
    require_read(actor)
    return _rows(uow, [_plan(uow, plan_id)])[0]


def _rows(uow: UnitOfWork, plans: list[CarePlan]) -> list[PlanRow]:
    ids = [p.id for p in plans]
    goals: dict[int, list[GoalRow]] = {}
    actions: dict[int, list[ActionRow]] = {}
    reviews: dict[int, list[tuple[CareReview]]] = {}
    if ids:
        for g in uow.session.scalars(select(CareGoal).where(CareGoal.plan_id.in_(ids)).order_by(CareGoal.id)):
            goals.setdefault(g.plan_id, []).append(GoalRow(g.id, g.description, g.target_on, g.status))
        for a in uow.session.scalars(select(CareAction).where(CareAction.plan_id.in_(ids)).order_by(CareAction.id)):
            actions.setdefault(a.plan_id, []).append(
                ActionRow(a.id, a.goal_id, a.description, a.responsible, a.due_on, a.done_on))
        for r in uow.session.scalars(select(CareReview).where(CareReview.plan_id.in_(ids))
                                     .order_by(CareReview.reviewed_on)):
            reviews.setdefault(r.plan_id, []).append((r,))
    names = user_names(uow, {r.reviewer_user_id for rs in reviews.values() for (r,) in rs})
    return [
        PlanRow(p.id, p.person_id, p.household_id, p.title, p.started_on, p.review_every_days, p.next_review_on,
                p.status, p.closed_on, tuple(goals.get(p.id, [])), tuple(actions.get(p.id, [])),
                tuple(ReviewRow(r.id, r.reviewed_on, names.get(r.reviewer_user_id or 0, ""), r.summary,
                                r.next_review_on) for (r,) in reviews.get(p.id, [])))
        for p in plans
    ]


def reviews_due(uow: UnitOfWork, actor: Actor, today: date,
                limit: int | None = None) -> list[tuple[int, int | None, int | None, date]]:
    """(plan id, person id, household id, next review) for active plans whose review date has come."""
    require_read(actor)
    rows = uow.session.execute(
        select(CarePlan.id, CarePlan.person_id, CarePlan.household_id, CarePlan.next_review_on)
        .where(_review_due(today)).order_by(CarePlan.next_review_on).limit(limit))
    return [(pid, person, household, when) for pid, person, household, when in rows if when is not None]


def count_reviews_due(uow: UnitOfWork, actor: Actor, today: date) -> int:
    require_read(actor)
    return int(uow.session.scalar(select(func.count()).select_from(CarePlan).where(_review_due(today))) or 0)


def _review_due(today: date) -> ColumnElement[bool]:
    return (CarePlan.status == PlanStatus.ACTIVE) & (CarePlan.next_review_on <= today)
