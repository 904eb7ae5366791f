"""Care (intervention) plan summary PDF: goals and their status, actions with who is responsible, reviews."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desktop.i18n import translate
from desktop.reports.pdf_common import CentreDocument, para, table
from desktop.services.care_plans import PlanRow, goal_label


def _d(value: date | None) -> str:
    return value.isoformat() if value else "—"


def write_care_plan(plan: PlanRow, client_name: str, dest: Path, *, centre_name: str, centre_address: str,
                    printed_by: str) -> Path:
    title = translate("care_plan_pdf", "Care plan")
    doc = CentreDocument(dest, centre_name=centre_name, centre_address=centre_address, title=title,
                         generated_by=printed_by)
    goals = {g.id: g for g in plan.goals}
    story: list[Flowable] = [
        para(f"{title}: {plan.title}", "title"),
        table([[translate("care_plan_pdf", "Client"), client_name],
               [translate("care_plan_pdf", "Started"), _d(plan.started_on)],
               [translate("care_plan_pdf", "Next review"), _d(plan.next_review_on)],
               [translate("care_plan_pdf", "Goals met"), f"{plan.goals_met} / {len(plan.goals)}"]],
              [45 * mm, 125 * mm], header_rows=0),
        para(translate("care_plan_pdf", "Goals"), "h2"),
    ]
    if plan.goals:
        header = [translate("care_plan_pdf", "Goal"), translate("care_plan_pdf", "Target date"),
                  translate("care_plan_pdf", "Status")]
        story.append(table([header]
                           + [[g.description, _d(g.target_on), goal_label(g.status)] for g in plan.goals],
                           [115 * mm, 27 * mm, 28 * mm]))
    else:
        story.append(para(translate("care_plan_pdf", "No goals yet.")))
    story.append(para(translate("care_plan_pdf", "Actions"), "h2"))
    if plan.actions:
        header = [translate("care_plan_pdf", "Action"), translate("care_plan_pdf", "For goal"),
                  translate("care_plan_pdf", "Responsible"), translate("care_plan_pdf", "Due"),
                  translate("care_plan_pdf", "Done")]
        story.append(table(
            [header]
            + [[a.description, goals[a.goal_id].description[:60] if a.goal_id in goals else "", a.responsible,
                _d(a.due_on), _d(a.done_on)] for a in plan.actions],
            [54 * mm, 38 * mm, 28 * mm, 25 * mm, 25 * mm]))
    else:
        story.append(para(translate("care_plan_pdf", "No actions yet.")))
    story.append(para(translate("care_plan_pdf", "Reviews"), "h2"))
    if plan.reviews:
        header = [translate("care_plan_pdf", "Date"), translate("care_plan_pdf", "By"),
                  translate("care_plan_pdf", "Summary"), translate("care_plan_pdf", "Next review")]
        story.append(table([header]
                           + [[_d(r.reviewed_on), r.reviewer, r.summary, _d(r.next_review_on)] for r in plan.reviews],
                           [25 * mm, 30 * mm, 90 * mm, 25 * mm]))
    else:
        story.append(para(translate("care_plan_pdf", "No reviews yet.")))
    doc.build_with_page_numbers(story)
    return dest
