"""Needs from assessments, joined to the people and households served (art. 7 grounds, PMKS categories).

A need recorded on a household assessment applies to the household and to its members on the assessment
date; one on a person's assessment applies to that person and to their household on that date. Only
assessments dated on or before the period's end count.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import CompoundSelect, Select, and_, func, select, union_all

from desktop.models.casework import Assessment, AssessmentNeed
from desktop.models.settings import NeedCategory
from desktop.reports.periods import Period
from desktop.reports.served import Served, member_on, members

assessments = Assessment.__table__
needs = AssessmentNeed.__table__
categories = NeedCategory.__table__


def _base(period: Period) -> Any:
    return assessments.join(needs, needs.c.assessment_id == assessments.c.id)


def household_needs(period: Period) -> CompoundSelect[Any]:
    """(hid, cat): households with a need of that category."""
    direct = (select(assessments.c.household_id.label("hid"), needs.c.need_category_id.label("cat"))
              .select_from(_base(period))
              .where(assessments.c.household_id.is_not(None), assessments.c.assessed_on <= period.end))
    via_person = (select(members.c.household_id, needs.c.need_category_id)
                  .select_from(_base(period).join(members, and_(members.c.person_id == assessments.c.person_id,
                                                                 member_on(members, assessments.c.assessed_on))))
                  .where(assessments.c.household_id.is_(None), assessments.c.assessed_on <= period.end))
    return union_all(direct, via_person)


def person_needs(period: Period) -> CompoundSelect[Any]:
    """(pid, cat): people with a need of that category (their own, or their household's)."""
    direct = (select(assessments.c.person_id.label("pid"), needs.c.need_category_id.label("cat"))
              .select_from(_base(period))
              .where(assessments.c.person_id.is_not(None), assessments.c.assessed_on <= period.end))
    via_household = (select(members.c.person_id, needs.c.need_category_id)
                     .select_from(_base(period).join(members, and_(
                         members.c.household_id == assessments.c.household_id,
                         member_on(members, assessments.c.assessed_on))))
                     .where(assessments.c.person_id.is_(None), assessments.c.household_id.is_not(None),
                            assessments.c.assessed_on <= period.end))
    return union_all(direct, via_household)


def families_by_category(served: Served, taxonomy: str) -> Select[Any]:
    """Query: (category label, families served with the need, persons in those families) per category."""
    period = served.period
    sh = served.households()
    hn = household_needs(period).subquery("hn")
    m = members.alias("m_family")
    rows = (select(hn.c.cat, hn.c.hid, m.c.person_id)
              .select_from(hn.join(sh, sh.c.hid == hn.c.hid)
                           .outerjoin(m, and_(m.c.household_id == sh.c.hid, member_on(m, sh.c.first_d))))
              .subquery("hn_served"))
    return (
        select(categories.c.label, func.count(rows.c.hid.distinct()), func.count(rows.c.person_id.distinct()))
        .select_from(categories.outerjoin(rows, rows.c.cat == categories.c.id))
        .where(categories.c.taxonomy == taxonomy, categories.c.active.is_(True))
        .group_by(categories.c.id, categories.c.label, categories.c.position)
        .order_by(categories.c.position)
    )


def persons_by_category(served: Served, taxonomy: str) -> Select[Any]:
    """Query: (category label, persons served with the need) per category."""
    period = served.period
    sp = served.people()
    pn = person_needs(period).subquery("pn")
    rows = select(pn.c.pid, pn.c.cat).select_from(pn.join(sp, sp.c.pid == pn.c.pid)).subquery("pn_served")
    return (
        select(categories.c.label, func.count(rows.c.pid.distinct()))
        .select_from(categories.outerjoin(rows, rows.c.cat == categories.c.id))
        .where(categories.c.taxonomy == taxonomy, categories.c.active.is_(True))
        .group_by(categories.c.id, categories.c.label, categories.c.position)
        .order_by(categories.c.position)
    )
