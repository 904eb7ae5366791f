"""Small helpers the roster views share: one way to run a service call, date/time conversions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import TypeVar

from PySide6.QtCore import QDate, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop.errors import UserError
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.context import PageContext

T = TypeVar("T")
SHORT_COLOUR = QColor("#fde2e1")
HOLIDAY_COLOUR = QColor("#fff4ce")
OK_COLOUR = QColor("#e3f4e1")


class Failed(Exception):
    """The service refused (the user has been told why)."""


def call(context: PageContext, parent: QWidget | None, fn: Callable[[UnitOfWork], T], *, write: bool = True) -> T:
    """Run `fn(uow)` in its own unit of work (committed when `write`); a UserError is shown, then Failed."""
    try:
        with UnitOfWork(context.db, write=write) as uow:
            result = fn(uow)
            if write:
                uow.commit()
            return result
    except UserError as exc:
        messages.show_user_error(parent, exc)
        raise Failed() from exc


def quiet_call(context: PageContext, fn: Callable[[UnitOfWork], T]) -> T | UserError:
    """Read-only `fn(uow)` whose refusal the caller shows in place (live checks while typing), not in a box."""
    try:
        with UnitOfWork(context.db, write=False) as uow:
            return fn(uow)
    except UserError as exc:
        return exc


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def local_text(value: datetime | None) -> str:
    """An aware UTC instant as the computer's local wall-clock time."""
    return value.astimezone().strftime("%H:%M") if value else ""
