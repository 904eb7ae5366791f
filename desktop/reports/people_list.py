"""The list of people served in a period, with names: the one personal export (coordinators only).

Streamed from the database in batches into the streaming sheet writer (desktop/reports/xlsx_stream.py), so
100,000 rows take bounded memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import and_, outerjoin, select

from desktop.errors import UserError
from desktop.i18n import translate
from desktop.progress import Progress
from desktop.reports.periods import Period
from desktop.reports.served import (
    age_on,
    households,
    member_on,
    members,
    person_served_before,
    persons,
    served_people,
)
from desktop.reports.xlsx_stream import write_list
from desktop.services.uow import UnitOfWork

BATCH = 5000


def people_list_query(period: Period) -> Any:
    sp = served_people(period)
    m = members.alias("m_list")
    joined = outerjoin(sp.join(persons, persons.c.id == sp.c.pid), m,
                       and_(m.c.person_id == sp.c.pid, member_on(m, sp.c.first_d))).outerjoin(
        households, households.c.id == m.c.household_id)
    return (select(persons.c.id, persons.c.family_name, persons.c.given_name, persons.c.sex,
                   persons.c.birth_date, persons.c.birth_year,
                   age_on(sp.c.first_d, persons.c.birth_date, persons.c.birth_year).label("age"),
                   households.c.ref, sp.c.first_d,
                   person_served_before(sp.c.pid, period.start).label("served_before"))
            .select_from(joined).order_by(persons.c.family_name, persons.c.given_name, persons.c.id))


def write_people_list(uow: UnitOfWork, period: Period, path: Path, progress: Progress) -> int:
    headers = [translate("reports", "Person id"), translate("reports", "Family name"),
               translate("reports", "Given name"), translate("reports", "Sex"), translate("reports", "Birth date"),
               translate("reports", "Age"), translate("reports", "Household"),
               translate("reports", "First service in period"), translate("reports", "New or returning")]
    new_text, returning_text = translate("reports", "new"), translate("reports", "returning")
    progress.start(translate("reports", "Writing the list of people"))
    result = uow.session.execute(people_list_query(period).execution_options(yield_per=BATCH))

    def rows() -> Iterator[tuple[Any, ...]]:
        for count, (pid, family, given, sex, birth, year, age, ref, first, returning) in enumerate(result, 1):
            if count % BATCH == 0:
                progress.step(BATCH)
            yield (pid, family, given, str(sex), birth if birth is not None else year,
                   None if age is None else int(age), ref or "", first, returning_text if returning else new_text)

    try:
        return write_list(path, translate("reports", "People served"), headers, (10, 24, 20, 6, 12, 6, 14, 14, 12),
                          rows())
    except OSError as exc:
        raise UserError(translate("reports", "Cannot write {path}: {reason}").format(
            path=path, reason=exc.strerror or exc)) from exc
