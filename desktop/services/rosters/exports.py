"""Printing and exporting rosters and hours: permission, the figures, the file, one audit event."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.progress import Progress
from desktop.reports import roster_documents
from desktop.services import audit, settings
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission
from desktop.services.rosters.common import require_any, week_start
from desktop.services.rosters.grid import roster_period
from desktop.services.rosters.hours import hours_report
from desktop.services.uow import UnitOfWork

MAX_WEEKS = 26


def print_weeks(uow: UnitOfWork, actor: Actor, first_day: date, weeks: int, path: Path,
                progress: Progress | None = None) -> Path:
    """The weekly roster PDF, one landscape page per week starting on the Monday of `first_day`."""
    require_any(actor, Permission.MANAGE_ROSTER, Permission.SIGN_IN_SHIFTS)
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValidationError(translate("rosters", "Print between 1 and 26 weeks."))
    monday = week_start(first_day)
    if progress:
        progress.start(translate("rosters", "Preparing the roster"), weeks)
    periods = []
    for i in range(weeks):
        periods.append(roster_period(uow, actor, monday + timedelta(days=7 * i), 7))
        if progress:
            progress.step()
    centre = settings.centre_info(uow)
    roster_documents.weekly_roster_pdf(path, periods, centre_name=centre.name, centre_address=centre.address,
                                       generated_by=actor.full_name or actor.username)
    audit.record(uow, actor, Action.EXPORT, "roster", "", f"weekly roster PDF from {monday.isoformat()}, {weeks} weeks")
    return path


def export_roster_xlsx(uow: UnitOfWork, actor: Actor, start: date, days: int, path: Path) -> Path:
    require_any(actor, Permission.MANAGE_ROSTER, Permission.SIGN_IN_SHIFTS)
    roster_documents.roster_xlsx(path, roster_period(uow, actor, start, days))
    audit.record(uow, actor, Action.EXPORT, "roster", "", f"roster Excel {start.isoformat()}, {days} days")
    return path


def export_hours(uow: UnitOfWork, actor: Actor, start: date, end: date, path: Path, *,
                 volunteers_only: bool = False) -> Path:
    """Hours per person and per post: `.pdf` or `.xlsx` by the file's extension."""
    figures = hours_report(uow, actor, start, end, volunteers_only=volunteers_only)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        centre = settings.centre_info(uow)
        roster_documents.hours_pdf(path, figures, centre_name=centre.name, centre_address=centre.address,
                                   generated_by=actor.full_name or actor.username)
    elif suffix == ".xlsx":
        roster_documents.hours_xlsx(path, figures)
    else:
        raise ValidationError(translate("rosters", "Save the hours report as .pdf or .xlsx."))
    audit.record(uow, actor, Action.EXPORT, "roster_hours", "",
                 f"hours {start.isoformat()}..{end.isoformat()} as {suffix[1:]}")
    return path
