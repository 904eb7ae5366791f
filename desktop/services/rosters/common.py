"""Time zone, wall-clock arithmetic, holidays and labels shared by the roster services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import holidays as holidays_lib

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, current_language, translate
from desktop.models.rosters import AssignmentStatus, QualificationKind, StaffKind
from desktop.services import audit, settings
from desktop.services.permissions import Actor, Permission, require
from desktop.services.profiles import PROFILES
from desktop.services.uow import UnitOfWork

TIMEZONE_KEY = "centre.timezone"
PROFILE_TIMEZONES = {"pl": "Europe/Warsaw", "id": "Asia/Jakarta", "us": "America/New_York", "generic": "UTC"}
WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("rosters", "Monday"),
    QT_TRANSLATE_NOOP("rosters", "Tuesday"),
    QT_TRANSLATE_NOOP("rosters", "Wednesday"),
    QT_TRANSLATE_NOOP("rosters", "Thursday"),
    QT_TRANSLATE_NOOP("rosters", "Friday"),
    QT_TRANSLATE_NOOP("rosters", "Saturday"),
    QT_TRANSLATE_NOOP("rosters", "Sunday"),
)
WEEKDAY_SHORT = (
    QT_TRANSLATE_NOOP("rosters", "Mon"),
    QT_TRANSLATE_NOOP("rosters", "Tue"),
    QT_TRANSLATE_NOOP("rosters", "Wed"),
    QT_TRANSLATE_NOOP("rosters", "Thu"),
    QT_TRANSLATE_NOOP("rosters", "Fri"),
    QT_TRANSLATE_NOOP("rosters", "Sat"),
    QT_TRANSLATE_NOOP("rosters", "Sun"),
)
STATUS_LABELS = {
    AssignmentStatus.SCHEDULED: QT_TRANSLATE_NOOP("rosters", "Scheduled"),
    AssignmentStatus.SIGNED_IN: QT_TRANSLATE_NOOP("rosters", "Signed in"),
    AssignmentStatus.COMPLETED: QT_TRANSLATE_NOOP("rosters", "Completed"),
    AssignmentStatus.NO_SHOW: QT_TRANSLATE_NOOP("rosters", "No-show"),
    AssignmentStatus.CANCELLED: QT_TRANSLATE_NOOP("rosters", "Cancelled"),
}
KIND_LABELS = {
    StaffKind.STAFF: QT_TRANSLATE_NOOP("rosters", "Staff"),
    StaffKind.VOLUNTEER: QT_TRANSLATE_NOOP("rosters", "Volunteer"),
    QualificationKind.SKILL: QT_TRANSLATE_NOOP("rosters", "Skill"),
    QualificationKind.CREDENTIAL: QT_TRANSLATE_NOOP("rosters", "Credential"),
}
HOUR = Decimal("0.01")


def weekday_name(weekday: int, short: bool = False) -> str:
    return translate("rosters", (WEEKDAY_SHORT if short else WEEKDAY_NAMES)[weekday])


def status_label(status: AssignmentStatus) -> str:
    return translate("rosters", STATUS_LABELS[status])


def kind_label(kind: StaffKind | QualificationKind) -> str:
    return translate("rosters", KIND_LABELS[kind])


def require_any(actor: Actor, *permissions: Permission) -> None:
    if not any(actor.can(p) for p in permissions):
        require(actor, permissions[0])


# --- time zone ---------------------------------------------------------------------------------------


def profile_timezone(uow: UnitOfWork) -> str:
    """The zone a centre of this country profile most likely keeps (before anyone chose one)."""
    return PROFILE_TIMEZONES.get(settings.get(uow, "centre.profile") or "generic", "UTC")


def centre_timezone(uow: UnitOfWork) -> ZoneInfo:
    """The centre's zone: the "centre.timezone" setting, or the profile's default."""
    name = settings.get(uow, TIMEZONE_KEY) or profile_timezone(uow)
    try:
        return ZoneInfo(str(name))
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


@dataclass(frozen=True)
class TimezoneSetting:
    name: str  # the zone in force
    profile_default: str
    chosen: bool  # False: nobody chose one, the profile's default applies


def timezone_setting(uow: UnitOfWork) -> TimezoneSetting:
    chosen = settings.get(uow, TIMEZONE_KEY)
    return TimezoneSetting(centre_timezone(uow).key, profile_timezone(uow), bool(chosen))


def timezone_names() -> list[str]:
    """Zone names to choose from. Without a zone database (Windows without tzdata) only the profiles' zones."""
    names = {n for n in available_timezones() if "/" in n or n == "UTC"}
    names.discard("Factory")
    return sorted(names or {*PROFILE_TIMEZONES.values()})


def set_centre_timezone(uow: UnitOfWork, actor: Actor, name: str) -> bool:
    """Choose the centre's zone (coordinators and administrators). Returns whether anything changed."""
    require(actor, Permission.MANAGE_SETTINGS)
    name = name.strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            translate("rosters", "Unknown time zone {name}: use a name such as Europe/Warsaw.").format(name=name),
            field="timezone",
        ) from None
    before = timezone_setting(uow)
    if before.chosen and before.name == name:
        return False
    settings.put(uow, TIMEZONE_KEY, name)
    audit.record(uow, actor, audit.Action.SETTINGS, "settings", TIMEZONE_KEY,
                 f"centre time zone {before.name} -> {name}")
    return True


# --- wall-clock shifts -------------------------------------------------------------------------------


def crosses_midnight(start: time, end: time) -> bool:
    return end <= start


def shift_bounds(day: date, start: time, end: time, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """Aware UTC start and end of a wall-clock shift (end at or before start = next day)."""
    end_day = day + timedelta(days=1) if crosses_midnight(start, end) else day
    begin = datetime.combine(day, start, tzinfo=tz).astimezone(UTC)
    finish = datetime.combine(end_day, end, tzinfo=tz).astimezone(UTC)
    return begin, finish


def hours_between(start: datetime, end: datetime) -> Decimal:
    seconds = max(0, int((end - start).total_seconds()))
    return (Decimal(seconds) / Decimal(3600)).quantize(HOUR, rounding=ROUND_HALF_UP)


def seconds_to_hours(seconds: int) -> Decimal:
    return (Decimal(seconds) / Decimal(3600)).quantize(HOUR, rounding=ROUND_HALF_UP)


def wall_minutes(start: time, end: time) -> int:
    """Planned length in wall-clock minutes (what availability windows are written in)."""
    a = start.hour * 60 + start.minute
    b = end.hour * 60 + end.minute
    return b - a if b > a else b - a + 24 * 60


def format_hours(value: Decimal) -> str:
    text = f"{value.quantize(HOUR)}"
    return text[:-3] if text.endswith(".00") else text


def time_range(start: time, end: time) -> str:
    return f"{start:%H:%M}–{end:%H:%M}"


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def validate_times(start: time, end: time) -> None:
    if start == end:
        raise ValidationError(
            translate("rosters", "The shift must end at a different time than it starts."), field="end_time"
        )


# --- public holidays ---------------------------------------------------------------------------------

_HOLIDAY_LANGUAGES = {"en": "en_US", "pl": "pl", "id": "id"}


@lru_cache(maxsize=32)
def _holiday_calendar(country: str, year: int, language: str) -> dict[date, str]:
    try:
        calendar = holidays_lib.country_holidays(country, years=year, language=language)
    except (NotImplementedError, KeyError):
        calendar = holidays_lib.country_holidays(country, years=year)
    return dict(calendar.items())


@dataclass(frozen=True)
class Holiday:
    day: date
    name: str


def holidays_between(uow: UnitOfWork, start: date, end: date) -> dict[date, str]:
    """Public holidays of the centre's country, inclusive dates (none for the generic profile)."""
    profile = PROFILES.get(settings.get(uow, "centre.profile") or "generic")
    country = profile.holidays_country if profile else None
    if not country or end < start:
        return {}
    language = _HOLIDAY_LANGUAGES.get(current_language(), "en_US")
    result: dict[date, str] = {}
    for year in range(start.year, end.year + 1):
        for day, name in _holiday_calendar(country, year, language).items():
            if start <= day <= end:
                result[day] = name
    return result
