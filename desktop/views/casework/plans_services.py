"""Care plans and Services tabs of the client file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel

from desktop.db import Database
from desktop.i18n import QT_TRANSLATE_NOOP, current_language, use_language
from desktop.models.casework import GoalStatus, PlanStatus
from desktop.progress import Progress
from desktop.reports.care_plan_pdf import write_care_plan
from desktop.services import audit, care_plans, casework_services, settings
from desktop.services.audit import Action
from desktop.services.care_plans import PlanRow
from desktop.services.case_access import people_of
from desktop.services.casework_services import CASEWORK_SERVICE_TYPES, ServiceRow
from desktop.services.permissions import Actor, Permission
from desktop.services.service_records import SERVICE_TYPE_LABELS
from desktop.services.uow import UnitOfWork
from desktop.views.casework.common import CaseTab, Column, FormDialog, day
from desktop.views.casework.notes_referrals import open_with_system_viewer
from desktop.views.context import PageContext
from desktop.views.translations import translate


def _plan_progress(p: PlanRow) -> str:
    return translate("casework", "{met} of {n} goals met").format(met=p.goals_met, n=len(p.goals))


def _plan_state(p: PlanRow) -> str:
    if p.status is PlanStatus.CLOSED:
        return translate("casework", "Closed {date}").format(date=day(p.closed_on))
    return translate("casework", "Review due") if p.review_due(date.today()) else translate("casework", "Active")


def write_plan_pdf(
    progress: Progress, db: Database, actor: Actor, plan_id: int, client_name: str, dest: Path, language: str
) -> Path:
    """Worker-thread job: its own unit of work; the export of a case file is audited."""
    with UnitOfWork(db) as uow:
        plan = care_plans.get_plan(uow, actor, plan_id)
        centre = settings.centre_info(uow)
        with use_language(language):
            write_care_plan(
                plan,
                client_name,
                dest,
                centre_name=centre.name,
                centre_address=centre.address,
                printed_by=actor.full_name or actor.username,
            )
        audit.record(uow, actor, Action.EXPORT, "care_plan", plan_id, "plan summary printed")
        uow.commit()
    return dest


class CarePlansTab(CaseTab[PlanRow]):
    """Plans list; goals, actions and reviews are added to the selected plan and summarised below it."""

    def __init__(self, context: PageContext, household_id: int | None, person_id: int | None) -> None:
        super().__init__(
            context,
            household_id,
            person_id,
            [
                Column(QT_TRANSLATE_NOOP("casework", "Plan"), lambda p: p.title),
                Column(QT_TRANSLATE_NOOP("casework", "Started"), lambda p: day(p.started_on)),
                Column(QT_TRANSLATE_NOOP("casework", "Next review"), lambda p: day(p.next_review_on)),
                Column(QT_TRANSLATE_NOOP("casework", "Goals"), _plan_progress),
                Column(QT_TRANSLATE_NOOP("casework", "State"), _plan_state),
            ],
            translate("casework", "Care plans"),
        )
        if context.can(Permission.EDIT_CASE_FILES):
            self.add_button(translate("casework", "&New plan…"), self.new_plan, new_shortcut=True)
            self.add_button(translate("casework", "Add &goal…"), self.add_goal, needs_selection=True)
            self.add_button(translate("casework", "Goal s&tatus…"), self.goal_status, needs_selection=True)
            self.add_button(translate("casework", "Add &action…"), self.add_action, needs_selection=True)
            self.add_button(translate("casework", "&Review…"), self.add_review, needs_selection=True)
        self.add_button(translate("casework", "&Print summary…"), self.print_summary, needs_selection=True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(translate("casework", "Plan details"))
        self.main_layout.addWidget(self.detail)
        self.finish()

    def fetch(self, uow: UnitOfWork, person_ids: list[int]) -> list[PlanRow]:
        return care_plans.list_plans(uow, self.context.actor, self.household_id, person_ids)

    def update_buttons(self) -> None:
        super().update_buttons()
        plan = self.selected()
        if plan is None:
            self.detail.setText("")
            return
        lines = [translate("casework", "Goals:")] + [
            f"• {g.description} — {care_plans.goal_label(g.status)}" + (f" ({day(g.target_on)})" if g.target_on else "")
            for g in plan.goals
        ]
        lines += [translate("casework", "Actions:")] + [
            f"• {a.description} — {a.responsible}" + (" ✓" if a.done_on else "") for a in plan.actions
        ]
        lines += [translate("casework", "Reviews:")] + [
            f"• {day(r.reviewed_on)} {r.reviewer}: {r.summary}" for r in plan.reviews
        ]
        self.detail.setText("\n".join(lines))

    def new_plan(self) -> FormDialog:
        def build(d: FormDialog) -> None:
            d.add_line("title", translate("casework", "Title"))
            d.add_date("started_on", translate("casework", "Started on"))
            d.add_spin("every", translate("casework", "Review every (days)"), 90, 7, 366)

        def save(uow: UnitOfWork, d: FormDialog) -> int:
            return care_plans.create_plan(
                uow,
                self.context.actor,
                title=d.value("title"),
                started_on=d.value("started_on"),
                person_id=self.person_id,
                household_id=self.household_id,
                review_every_days=d.value("every"),
            )

        return self.open_form(translate("casework", "New care plan"), build, save)

    def add_goal(self) -> FormDialog | None:
        plan = self.selected()
        if plan is None:
            return None

        def build(d: FormDialog) -> None:
            d.add_text("description", translate("casework", "Goal"))
            d.add_optional_date("target_on", translate("casework", "Target date"))

        return self.open_form(
            translate("casework", "New goal"),
            build,
            lambda uow, d: care_plans.add_goal(
                uow, self.context.actor, plan.id, d.value("description"), d.value("target_on")
            ),
        )

    def goal_status(self) -> FormDialog | None:
        plan = self.selected()
        if plan is None or not plan.goals:
            return None

        def build(d: FormDialog) -> None:
            d.add_combo("goal", translate("casework", "Goal"), [(g.description[:80], g.id) for g in plan.goals])
            d.add_combo("status", translate("casework", "Status"), [(care_plans.goal_label(s), s) for s in GoalStatus])

        return self.open_form(
            translate("casework", "Goal status"),
            build,
            lambda uow, d: care_plans.set_goal_status(uow, self.context.actor, d.value("goal"), d.value("status")),
        )

    def add_action(self) -> FormDialog | None:
        plan = self.selected()
        if plan is None:
            return None

        def build(d: FormDialog) -> None:
            d.add_text("description", translate("casework", "Action"))
            d.add_line("responsible", translate("casework", "Who is responsible"))
            d.add_combo(
                "goal",
                translate("casework", "For goal"),
                [(translate("casework", "—"), None)] + [(g.description[:80], g.id) for g in plan.goals],
            )
            d.add_optional_date("due_on", translate("casework", "Due on"))

        return self.open_form(
            translate("casework", "New action"),
            build,
            lambda uow, d: care_plans.add_action(
                uow,
                self.context.actor,
                plan.id,
                d.value("description"),
                d.value("responsible"),
                d.value("due_on"),
                d.value("goal"),
            ),
        )

    def add_review(self) -> FormDialog | None:
        plan = self.selected()
        if plan is None:
            return None

        def build(d: FormDialog) -> None:
            d.add_date("reviewed_on", translate("casework", "Reviewed on"))
            d.add_text("summary", translate("casework", "Summary"))
            d.add_optional_date("next", translate("casework", "Next review (blank = the usual interval)"))

        return self.open_form(
            translate("casework", "Plan review"),
            build,
            lambda uow, d: care_plans.add_review(
                uow, self.context.actor, plan.id, d.value("reviewed_on"), d.value("summary"), d.value("next")
            ),
        )

    def print_summary(self, dest: Path | None = None) -> None:
        plan = self.selected()
        if plan is None:
            return
        if dest is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                translate("casework", "Save the care plan"),
                "care-plan.pdf",
                translate("casework", "PDF files (*.pdf)"),
            )
            if not name:
                return
            dest = Path(name)
        with UnitOfWork(self.context.db, write=False) as uow:
            names = people_of(uow, self.household_id, plan.person_id)
        client = names[0][1] if names else ""
        self.context.run_task(
            self,
            write_plan_pdf,
            self.context.db,
            self.context.actor,
            plan.id,
            client,
            dest,
            current_language(),
            label=translate("casework", "Writing the care plan"),
            on_done=open_with_system_viewer,
        )


def _service_label(s: ServiceRow) -> str:
    return s.label


class ServicesTab(CaseTab[ServiceRow]):
    def __init__(self, context: PageContext, household_id: int | None, person_id: int | None) -> None:
        super().__init__(
            context,
            household_id,
            person_id,
            [
                Column(QT_TRANSLATE_NOOP("casework", "Date"), lambda s: day(s.served_on)),
                Column(QT_TRANSLATE_NOOP("casework", "Service"), _service_label),
                Column(QT_TRANSLATE_NOOP("casework", "Quantity"), lambda s: f"{s.quantity.normalize():f}", True),
                Column(QT_TRANSLATE_NOOP("casework", "Staff"), lambda s: s.staff),
                Column(QT_TRANSLATE_NOOP("casework", "Note"), lambda s: s.note),
            ],
            translate("casework", "Services"),
        )
        if context.can(Permission.RECORD_SERVICES):
            self.add_button(translate("casework", "&Record a service…"), self.new_service, new_shortcut=True)
        self.finish()

    def fetch(self, uow: UnitOfWork, person_ids: list[int]) -> list[ServiceRow]:
        return casework_services.list_services(uow, self.context.actor, self.household_id, person_ids)

    def new_service(self) -> FormDialog:
        with UnitOfWork(self.context.db, write=False) as uow:
            people = people_of(uow, self.household_id, self.person_id)

        def build(d: FormDialog) -> None:
            d.add_combo(
                "type",
                translate("casework", "Service"),
                [
                    (QCoreApplication.translate("service_types", SERVICE_TYPE_LABELS[c]), c)
                    for c in CASEWORK_SERVICE_TYPES
                ],
            )
            d.add_combo(
                "person",
                translate("casework", "Given to"),
                ([(translate("casework", "The whole household"), None)] if self.household_id else [])
                + [(name, pid) for pid, name in people],
            )
            d.add_date("served_on", translate("casework", "Date"))
            d.add_text("note", translate("casework", "Note"))

        def save(uow: UnitOfWork, d: FormDialog) -> int:
            person = d.value("person")
            return casework_services.record_casework_service(
                uow,
                self.context.actor,
                served_on=d.value("served_on"),
                service_type=d.value("type"),
                person_id=person,
                household_id=None if person else self.household_id,
                note=d.value("note"),
            )

        return self.open_form(translate("casework", "Record a service"), build, save)
