"""Report periods: inclusive date ranges, parsed from what people type ("2026-10", "2026-H1", "2026")."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from desktop.errors import ValidationError
from desktop.i18n import translate


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(translate("reports", "The period ends before it starts."), field="period")

    @property
    def label(self) -> str:
        return f"{self.start.isoformat()} – {self.end.isoformat()}"

    @property
    def slug(self) -> str:
        return f"{self.start.isoformat()}_{self.end.isoformat()}"

    def months_back(self, count: int) -> list[Period]:
        """The `count` calendar months ending with the month of `end`, oldest first (for trend charts)."""
        result: list[Period] = []
        year, month = self.end.year, self.end.month
        for _ in range(count):
            result.append(month_period(year, month))
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        return list(reversed(result))


def month_period(year: int, month: int) -> Period:
    return Period(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def previous_month(today: date) -> Period:
    year, month = (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
    return month_period(year, month)


def parse_period(text: str) -> Period:
    """'2026-10' (a month), '2026-H1' / '2026-H2' (half-year), '2026-Q3' (quarter) or '2026' (a year)."""
    value = text.strip().upper()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", value):
            return month_period(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})-H([12])", value):
            first = 1 if m[2] == "1" else 7
            return Period(date(int(m[1]), first, 1), month_period(int(m[1]), first + 5).end)
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
            first = 3 * int(m[2]) - 2
            return Period(date(int(m[1]), first, 1), month_period(int(m[1]), first + 2).end)
        if m := re.fullmatch(r"(\d{4})", value):
            return Period(date(int(m[1]), 1, 1), date(int(m[1]), 12, 31))
    except ValueError:
        pass
    raise ValidationError(
        translate("reports", "Unknown period {text}: use 2026-10, 2026-Q3, 2026-H1 or 2026.").format(text=text),
        field="period",
    )


def parse_range(start: str, end: str) -> Period:
    try:
        return Period(date.fromisoformat(start.strip()), date.fromisoformat(end.strip()))
    except ValueError:
        raise ValidationError(translate("reports", "Dates must look like 2026-10-31."), field="period") from None
