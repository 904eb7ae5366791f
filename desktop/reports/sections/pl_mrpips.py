"""Based on the MRPiPS-03 report: persons and families assisted, persons in those families, by form of aid
and by art. 7 ground; the rural subset; staff headcount. The official layout could not be checked: the
section says "based on"."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, select

from desktop.i18n import translate
from desktop.models.rosters import StaffKind, StaffMember
from desktop.reports.engine import ReportContext, ReportTable, SectionResult, section
from desktop.reports.sections.grounds import families_by_category
from desktop.reports.sections.services import service_figures, type_labels
from desktop.reports.served import households, member_on, members


def _families_and_persons(ctx: ReportContext, *, rural_only: bool = False) -> tuple[int, int]:
    sh = ctx.served.households()
    m = members.alias("m_rural" if rural_only else "m_all")
    query = (select(func.count(sh.c.hid.distinct()), func.count(m.c.person_id.distinct()))
             .select_from(sh.join(households, households.c.id == sh.c.hid)
                          .outerjoin(m, and_(m.c.household_id == sh.c.hid, member_on(m, sh.c.first_d)))))
    if rural_only:
        query = query.where(households.c.rural.is_(True))
    families, persons = ctx.session.execute(query).one()
    return int(families), int(persons)


def _persons_in_families_by_type(ctx: ReportContext) -> dict[str, int]:
    he = ctx.served.household_events("he_form")
    first = select(he.c.hid, he.c.t, func.min(he.c.d).label("first_d")).group_by(he.c.hid, he.c.t).subquery("hf")
    m = members.alias("m_form")
    query = (select(first.c.t, func.count(m.c.person_id.distinct()))
             .select_from(first.join(m, and_(m.c.household_id == first.c.hid, member_on(m, first.c.first_d))))
             .group_by(first.c.t))
    return {str(t): int(n) for t, n in ctx.session.execute(query)}


@section("pl_mrpips03")
def mrpips_section(ctx: ReportContext) -> SectionResult:
    services = service_figures(ctx)
    in_families = _persons_in_families_by_type(ctx)
    families, persons_in_families = _families_and_persons(ctx)
    rural_families, rural_persons = _families_and_persons(ctx, rural_only=True)
    cols_form = (translate("reports", "Form of aid"), translate("reports", "Persons assisted"),
                 translate("reports", "Families"), translate("reports", "Persons in families"))
    form_rows: list[tuple[Any, ...]] = []
    by_form: dict[str, dict[str, int]] = {}
    for code, label in type_labels(ctx):
        value = services.get(code)
        if not value:
            continue
        by_form[code] = {"persons": value["people"], "families": value["households"],
                         "persons_in_families": in_families.get(code, 0)}
        form_rows.append((label, value["people"], value["households"], in_families.get(code, 0)))
    form_rows.append((translate("reports", "Total (unduplicated)"), _people_total(ctx), families,
                      persons_in_families))
    ground_rows: list[tuple[Any, ...]] = []
    by_ground: dict[str, dict[str, int]] = {}
    for label, fams, persons in ctx.session.execute(families_by_category(ctx.served, "pl_art7")):
        by_ground[label] = {"families": int(fams), "persons_in_families": int(persons)}
        ground_rows.append((label, int(fams), int(persons)))
    staff = ctx.session.scalar(select(func.count()).select_from(StaffMember).where(
        StaffMember.active.is_(True), StaffMember.kind == StaffKind.STAFF)) or 0
    volunteers = ctx.session.scalar(select(func.count()).select_from(StaffMember).where(
        StaffMember.active.is_(True), StaffMember.kind == StaffKind.VOLUNTEER)) or 0
    tables = (
        ReportTable(translate("reports", "Assistance by form of aid"), cols_form, tuple(form_rows), total_row=True,
                    note=translate("reports", "Families are households; persons in families are the household's "
                                              "members on its first service date in the period.")),
        ReportTable(translate("reports", "Families by ground for assistance (art. 7)"),
                    (translate("reports", "Ground"), translate("reports", "Families"),
                     translate("reports", "Persons in families")), tuple(ground_rows),
                    note=translate("reports", "Grounds come from needs assessments dated on or before the end of "
                                              "the period; a family may have several grounds.")),
        ReportTable(translate("reports", "Rural areas and staff"),
                    (translate("reports", "Figure"), translate("reports", "Value")),
                    ((translate("reports", "Families in rural areas"), rural_families),
                     (translate("reports", "Persons in rural families"), rural_persons),
                     (translate("reports", "Staff (headcount)"), int(staff)),
                     (translate("reports", "Volunteers (headcount)"), int(volunteers)))),
    )
    figures = {"mrpips03": {"families": families, "persons_in_families": persons_in_families,
                            "by_form": by_form, "by_ground": by_ground,
                            "rural": {"families": rural_families, "persons_in_families": rural_persons},
                            "staff_headcount": int(staff), "volunteer_headcount": int(volunteers)}}
    notes = (translate("reports", "Based on the MRPiPS-03 statistical report; the official form's layout "
                                  "could not be checked."),)
    return SectionResult("pl_mrpips03", translate("reports", "Based on MRPiPS-03"), tables, figures, notes=notes)


def _people_total(ctx: ReportContext) -> int:
    from desktop.reports.sections.people import people_figures

    return int(people_figures(ctx)["unduplicated"])
