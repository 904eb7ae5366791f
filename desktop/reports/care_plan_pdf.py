"""Care (intervention) plan summary PDF: goals and their status, actions with who is responsible, reviews."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from desktop.i18n import translate
from desktop.reports.pdf_common import CentreDocument, para, table
from desktop.services.care_plans import PlanRow, goal_label


def _t(text: str) -> str:
    return translate("care_plan_pdf", text)


def _d(value: date | None) -> str:
    return value.isoformat() if value else "—"


def write_care_plan(plan: PlanRow, client_name: str, dest: Path, *, centre_name: str, centre_address: str,
                    printed_by: str) -> Path:
    title = _t("Care plan")
    doc = CentreDocument(dest, centre_name=centre_name, centre_address=centre_address, title=title,
                         generated_by=printed_by)
    goals = {g.id: g for g in plan.goals}
    story: list[Flowable] = [
        para(f"{title}: {plan.title}", "title"),
        table([[_t("Client"), client_name], [_t("Started"), _d(plan.started_on)],
               [_t("Next review"), _d(plan.next_review_on)],
               [_t("Goals met"), f"{plan.goals_met} / {len(plan.goals)}"]],
              [45 * mm, 125 * mm], header_rows=0),
        para(_t("Goals"), "h2"),
    ]
    if plan.goals:
        story.append(table([[_t("Goal"), _t("Target date"), _t("Status")]]
                           + [[g.description, _d(g.target_on), goal_label(g.status)] for g in plan.goals],
                           [115 * mm, 27 * mm, 28 * mm]))
    else:
        story.append(para(_t("No goals yet.")))
    story.append(para(_t("Actions"), "h2"))
    if plan.actions:
        story.append(table(
            [[_t("Action"), _t("For goal"), _t("Responsible"), _t("Due"), _t("Done")]]
            + [[a.description, goals[a.goal_id].description[:60] if a.goal_id in goals else "", a.responsible,
                _d(a.due_on), _d(a.done_on)] for a in plan.actions],
            [54 * mm, 38 * mm, 28 * mm, 25 * mm, 25 * mm]))
    else:
        story.append(para(_t("No actions yet.")))
    story.append(para(_t("Reviews"), "h2"))
    if plan.reviews:
        story.append(table([[_t("Date"), _t("By"), _t("Summary"), _t("Next review")]]
                           + [[_d(r.reviewed_on), r.reviewer, r.summary, _d(r.next_review_on)] for r in plan.reviews],
                           [25 * mm, 30 * mm, 90 * mm, 25 * mm]))
    else:
        story.append(para(_t("No reviews yet.")))
    doc.build_with_page_numbers(story)
    return dest
