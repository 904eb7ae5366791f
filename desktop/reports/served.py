"""Who was served: the set-based building blocks every counting section shares (SQLAlchemy Core).

DOMAIN.md counting rules, as SQL:
- a service to a person (person_id set) serves that person; a household-only service (household_id set,
  person_id NULL) serves every member of the household as composed on the service date
  (joined_on <= date and (left_on is NULL or left_on > date));
- a service serves a household when given to it, or to one of its members (person-only record, membership
  as of the service date);
- new = no such event before the period starts; age = on the first service date in the period, from the
  birth date, or service year - birth year when only the year is known.
Everything is portable (EXTRACT for date parts, CASE for bands): SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    CompoundSelect,
    Date,
    FromClause,
    Integer,
    MetaData,
    Select,
    String,
    Table,
    and_,
    case,
    exists,
    extract,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import CTE

from desktop.models.clients import Household, HouseholdMember, Person
from desktop.models.services import ServiceRecord
from desktop.reports.periods import Period

sr = ServiceRecord.__table__
members = HouseholdMember.__table__
persons = Person.__table__
households = Household.__table__

UNKNOWN_BAND = "unknown"


def band_key(low: int, high: int | None) -> str:
    return f"{low}+" if high is None else f"{low}-{high}"


def member_on(m: Any, on: ColumnElement[Any]) -> ColumnElement[bool]:
    """Membership row `m` is in force on date `on` (left_on is exclusive)."""
    return and_(m.c.joined_on <= on, or_(m.c.left_on.is_(None), m.c.left_on > on))


def _unset(column: ColumnElement[Any]) -> ColumnElement[bool]:
    """`column IS NULL`, written so that no planner picks the (person_id|household_id, served_on) index for
    it: "IS NULL" looks like an equality to SQLite, which then scans every household-only (or person-only)
    record in a date range instead of following the other id's index (60 s instead of 0.1 s on 2M rows)."""
    return func.coalesce(column, 0) == 0


def _in_period(column: ColumnElement[Any], period: Period) -> ColumnElement[bool]:
    return column.between(period.start, period.end)


def people_events(period: Period) -> CompoundSelect[Any]:
    """(pid, d, t): one row per person served per service record in the period."""
    own = select(sr.c.person_id.label("pid"), sr.c.served_on.label("d"), sr.c.service_type.label("t")).where(
        sr.c.person_id.is_not(None), _in_period(sr.c.served_on, period))
    via_household = (
        select(members.c.person_id, sr.c.served_on, sr.c.service_type)
        .select_from(sr.join(members, and_(members.c.household_id == sr.c.household_id,
                                           member_on(members, sr.c.served_on))))
        .where(sr.c.person_id.is_(None), sr.c.household_id.is_not(None), _in_period(sr.c.served_on, period))
    )
    return union_all(own, via_household)


def household_events(period: Period) -> CompoundSelect[Any]:
    """(hid, d, t): one row per household served per service record in the period."""
    own = select(sr.c.household_id.label("hid"), sr.c.served_on.label("d"), sr.c.service_type.label("t")).where(
        sr.c.household_id.is_not(None), _in_period(sr.c.served_on, period))
    via_member = (
        select(members.c.household_id, sr.c.served_on, sr.c.service_type)
        .select_from(sr.join(members, and_(members.c.person_id == sr.c.person_id,
                                           member_on(members, sr.c.served_on))))
        .where(sr.c.household_id.is_(None), sr.c.person_id.is_not(None), _in_period(sr.c.served_on, period))
    )
    return union_all(own, via_member)


def first_dates(period: Period) -> CompoundSelect[Any]:
    """(pid, d) rows whose minimum per person is their first service date in the period (d may be NULL:
    no such service). Same answer as the minimum over `people_events`, without expanding every household
    service to every member: per person, the first own service, and per membership the first household-only
    service while a member, each one index probe (MIN over the (id, served_on) indexes)."""
    own_sr, household_sr = sr.alias("sr_first_own"), sr.alias("sr_first_household")
    own = (select(func.min(own_sr.c.served_on)).where(own_sr.c.person_id == persons.c.id,
                                                      _in_period(own_sr.c.served_on, period))
           .scalar_subquery())
    while_member = (
        select(func.min(household_sr.c.served_on))
        .where(household_sr.c.household_id == members.c.household_id, _unset(household_sr.c.person_id),
               _in_period(household_sr.c.served_on, period), member_on(members, household_sr.c.served_on))
        .scalar_subquery()
    )
    return union_all(
        select(persons.c.id.label("pid"), own.label("d")),
        select(members.c.person_id, while_member).where(
            members.c.joined_on <= period.end, or_(members.c.left_on.is_(None), members.c.left_on > period.start)),
    )


def household_first_dates(period: Period) -> CompoundSelect[Any]:
    """(hid, d) like `first_dates`: the household's own first service, and per membership the member's first
    person-only service while a member."""
    own_sr, member_sr = sr.alias("sr_hh_first_own"), sr.alias("sr_hh_first_member")
    own = (select(func.min(own_sr.c.served_on)).where(own_sr.c.household_id == households.c.id,
                                                      _in_period(own_sr.c.served_on, period))
           .scalar_subquery())
    by_member = (
        select(func.min(member_sr.c.served_on))
        .where(member_sr.c.person_id == members.c.person_id, _unset(member_sr.c.household_id),
               _in_period(member_sr.c.served_on, period), member_on(members, member_sr.c.served_on))
        .scalar_subquery()
    )
    return union_all(
        select(households.c.id.label("hid"), own.label("d")),
        select(members.c.household_id, by_member).where(
            members.c.joined_on <= period.end, or_(members.c.left_on.is_(None), members.c.left_on > period.start)),
    )


SHORT_PERIOD_DAYS = 62  # measured on 100,000 people / 2M records: a month 0.96 s materialised vs 1.47 s probed;
# a year 6.5 s materialised vs 3.9 s probed (tests/benchmarks/test_reports_bench.py)


# Per-run scratch tables (TEMPORARY: private to the connection, never in Base.metadata or migrations).
_scratch = MetaData()
PEOPLE_EVENTS = Table("tmp_report_people_events", _scratch, Column("pid", Integer), Column("d", Date),
                      Column("t", String(40)), prefixes=["TEMPORARY"])
HOUSEHOLD_EVENTS = Table("tmp_report_household_events", _scratch, Column("hid", Integer), Column("d", Date),
                         Column("t", String(40)), prefixes=["TEMPORARY"])


class Served:
    """Who was served in a period, two exact ways with different costs:
    - as is: people and households with their first date come from one index probe per person, household
      and membership (`first_dates`), a fixed cost that wins for long periods (a year: 100,000 people);
      per-type figures expand the events once, in the services section;
    - after `materialise` (short periods, see SHORT_PERIOD_DAYS): the period's events are written once to two
      temporary tables and every section reads them (a month: 150,000 events, cheaper than 200,000 probes)."""

    def __init__(self, period: Period) -> None:
        self.period = period
        self.materialised = False

    def people_events(self, name: str = "pe") -> FromClause:
        return PEOPLE_EVENTS if self.materialised else people_events(self.period).subquery(name)

    def household_events(self, name: str = "he") -> FromClause:
        return HOUSEHOLD_EVENTS if self.materialised else household_events(self.period).subquery(name)

    def people(self) -> CTE:
        """CTE (pid, first_d): each person served in the period once, with their first service date in it."""
        if self.materialised:
            events = PEOPLE_EVENTS
            return (select(events.c.pid, func.min(events.c.d).label("first_d")).group_by(events.c.pid)
                    .cte("served_people"))
        rows = first_dates(self.period).subquery("pf")
        return (select(rows.c.pid, func.min(rows.c.d).label("first_d")).group_by(rows.c.pid)
                .having(func.min(rows.c.d).is_not(None)).cte("served_people"))

    def households(self) -> CTE:
        if self.materialised:
            events = HOUSEHOLD_EVENTS
            return (select(events.c.hid, func.min(events.c.d).label("first_d")).group_by(events.c.hid)
                    .cte("served_households"))
        rows = household_first_dates(self.period).subquery("hf")
        return (select(rows.c.hid, func.min(rows.c.d).label("first_d")).group_by(rows.c.hid)
                .having(func.min(rows.c.d).is_not(None)).cte("served_households"))

    def materialise(self, session: Session) -> None:
        self.release(session)
        connection = session.connection()
        for table, query in ((PEOPLE_EVENTS, people_events(self.period)),
                             (HOUSEHOLD_EVENTS, household_events(self.period))):
            table.create(connection)
            connection.execute(insert(table).from_select([c.name for c in table.columns], query))
        self.materialised = True

    def release(self, session: Session) -> None:
        connection = session.connection()
        for table in (PEOPLE_EVENTS, HOUSEHOLD_EVENTS):
            connection.execute(text(f"DROP TABLE IF EXISTS {table.name}"))
        self.materialised = False


def served_people(period: Period) -> CTE:
    return Served(period).people()


def served_households(period: Period) -> CTE:
    return Served(period).households()


def person_served_before(pid: ColumnElement[Any], before: date) -> ColumnElement[bool]:
    """The person had a service (own, or to their household while a member) before `before`."""
    s1 = sr.alias("sr_own_prior")
    s2 = sr.alias("sr_hh_prior")
    m2 = members.alias("m_prior")
    own = exists().where(s1.c.person_id == pid, s1.c.served_on < before)
    household = exists(
        select(literal(1)).select_from(m2.join(s2, and_(s2.c.household_id == m2.c.household_id,
                                                         _unset(s2.c.person_id), s2.c.served_on < before,
                                                         member_on(m2, s2.c.served_on))))
        .where(m2.c.person_id == pid)
    )
    return or_(own, household)


def household_served_before(hid: ColumnElement[Any], before: date) -> ColumnElement[bool]:
    s1 = sr.alias("sr_hh_own_prior")
    s2 = sr.alias("sr_member_prior")
    m2 = members.alias("m_hh_prior")
    own = exists().where(s1.c.household_id == hid, s1.c.served_on < before)
    via_member = exists(
        select(literal(1)).select_from(m2.join(s2, and_(s2.c.person_id == m2.c.person_id,
                                                         _unset(s2.c.household_id), s2.c.served_on < before,
                                                         member_on(m2, s2.c.served_on))))
        .where(m2.c.household_id == hid)
    )
    return or_(own, via_member)


def age_on(on: ColumnElement[Any], birth_date: ColumnElement[Any], birth_year: ColumnElement[Any]) -> Any:
    """Whole years on date `on`; NULL when neither a birth date nor a birth year is known."""
    on_md = extract("month", on) * 100 + extract("day", on)
    birth_md = extract("month", birth_date) * 100 + extract("day", birth_date)
    return case(
        (birth_date.is_not(None),
         extract("year", on) - extract("year", birth_date) - case((on_md < birth_md, 1), else_=0)),
        (birth_year.is_not(None), extract("year", on) - birth_year),
        else_=None,
    )


def band_of(age: Any, bands: tuple[tuple[int, int | None], ...]) -> Any:
    """CASE giving the JSON band key ("0-4", "60+"...); unknown or impossible (negative) ages -> "unknown"."""
    whens: list[tuple[ColumnElement[bool], str]] = [(age.is_(None), UNKNOWN_BAND)]
    for low, high in bands:
        condition = age >= low if high is None else and_(age >= low, age <= high)
        whens.append((condition, band_key(low, high)))
    return case(*whens, else_=UNKNOWN_BAND)


def people_profile_query(served: Served, bands: tuple[tuple[int, int | None], ...]) -> Select[Any]:
    """Grouped (band, sex, is_new, no_birth, count): a handful of rows whatever the data size.

    The per-person rows are materialised with the age computed once: banding the raw expression would
    evaluate the date arithmetic in every CASE branch (three times slower on 70,000 people)."""
    period = served.period
    sp = served.people()
    age = age_on(sp.c.first_d, persons.c.birth_date, persons.c.birth_year).label("age")
    is_new = case((person_served_before(sp.c.pid, period.start), 0), else_=1).label("is_new")
    no_birth = case((and_(persons.c.birth_date.is_(None), persons.c.birth_year.is_(None)), 1),
                    else_=0).label("no_birth")
    rows = (select(age, persons.c.sex.label("sex"), is_new, no_birth)
            .select_from(sp.join(persons, persons.c.id == sp.c.pid))).cte("people_rows").prefix_with(
        "MATERIALIZED", dialect="sqlite").prefix_with("MATERIALIZED", dialect="postgresql")
    band = band_of(rows.c.age, bands).label("band")
    return (select(band, rows.c.sex, rows.c.is_new, rows.c.no_birth, func.count().label("n"))
            .group_by(band, rows.c.sex, rows.c.is_new, rows.c.no_birth))


def households_profile_query(served: Served) -> Select[Any]:
    """Grouped (is_new, with_children, no_address, count) over the households served in the period."""
    period = served.period
    sh = served.households()
    m3 = members.alias("m_child")
    p3 = persons.alias("p_child")
    child = exists(
        select(literal(1)).select_from(m3.join(p3, p3.c.id == m3.c.person_id))
        .where(m3.c.household_id == sh.c.hid, member_on(m3, sh.c.first_d),
               age_on(sh.c.first_d, p3.c.birth_date, p3.c.birth_year).between(0, 17))
    )
    is_new = case((household_served_before(sh.c.hid, period.start), 0), else_=1).label("is_new")
    with_children = case((child, 1), else_=0).label("with_children")
    no_address = case((and_(func.trim(households.c.address_line) == "", func.trim(households.c.locality) == ""), 1),
                      else_=0).label("no_address")
    inner = (select(sh.c.hid, is_new, with_children, no_address)
             .select_from(sh.join(households, households.c.id == sh.c.hid)).cte("household_rows")).prefix_with(
        "MATERIALIZED", dialect="sqlite").prefix_with("MATERIALIZED", dialect="postgresql")
    return (select(inner.c.is_new, inner.c.with_children, inner.c.no_address, func.count().label("n"))
            .group_by(inner.c.is_new, inner.c.with_children, inner.c.no_address))


Key = Callable[[Any], ColumnElement[Any]]  # a grouping key computed from a service_records alias


def by_type(table: Any) -> ColumnElement[Any]:
    return table.c.service_type  # type: ignore[no-any-return]


def by_month(table: Any) -> ColumnElement[Any]:
    return extract("year", table.c.served_on) * 100 + extract("month", table.c.served_on)


def _via_membership(period: Period, *, to_people: bool, key: Key) -> Select[Any]:
    """(id, k) pairs served through membership, for long periods, without expanding every record: k is the
    record's service type or its year-month.

    Records with one key to one household (or person) are grouped first, keeping the first and last date;
    a membership that was in force on either date certainly shares a record with that key; only otherwise is
    the membership's own window searched (EXISTS over the id's index). Exact, and far fewer rows than the
    events when a household is served many times a year."""
    owner, other = (sr.c.household_id, sr.c.person_id) if to_people else (sr.c.person_id, sr.c.household_id)
    record_key = key(sr)  # one expression for SELECT and GROUP BY (PostgreSQL matches them by their text)
    grouped = (select(owner.label("owner"), record_key.label("k"), func.min(sr.c.served_on).label("lo"),
                      func.max(sr.c.served_on).label("hi"))
               .where(owner.is_not(None), other.is_(None), _in_period(sr.c.served_on, period))
               .group_by(owner, record_key)).subquery("by_key")
    m = members.alias("m_by_key")
    inner = sr.alias("sr_by_key")
    inner_owner, inner_other = ((inner.c.household_id, inner.c.person_id) if to_people
                                else (inner.c.person_id, inner.c.household_id))
    m_owner, m_target = (m.c.household_id, m.c.person_id) if to_people else (m.c.person_id, m.c.household_id)
    in_window = exists().where(inner_owner == grouped.c.owner, _unset(inner_other),
                               key(inner) == grouped.c.k, _in_period(inner.c.served_on, period),
                               member_on(m, inner.c.served_on))
    return (select(m_target.label("id"), grouped.c.k)
            .select_from(grouped.join(m, m_owner == grouped.c.owner))
            .where(or_(member_on(m, grouped.c.lo), member_on(m, grouped.c.hi), in_window)))


def people_by(period: Period, key: Key) -> Select[Any]:
    """(k, people): distinct people per key (service type, year-month), the long-period way (_via_membership)."""
    own = select(sr.c.person_id.label("id"), key(sr).label("k")).where(
        sr.c.person_id.is_not(None), _in_period(sr.c.served_on, period))
    pairs = union_all(own, _via_membership(period, to_people=True, key=key)).subquery("people_keys")
    return select(pairs.c.k, func.count(pairs.c.id.distinct())).group_by(pairs.c.k)


def people_by_type(period: Period) -> Select[Any]:
    return people_by(period, by_type)


def households_by_type(period: Period) -> Select[Any]:
    own = select(sr.c.household_id.label("id"), sr.c.service_type.label("k")).where(
        sr.c.household_id.is_not(None), _in_period(sr.c.served_on, period))
    pairs = union_all(own, _via_membership(period, to_people=False, key=by_type)).subquery("household_types")
    return select(pairs.c.k, func.count(pairs.c.id.distinct())).group_by(pairs.c.k)
