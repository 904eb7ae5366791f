"""Visit-limit policy: e.g. one food parcel per household per 30 days, configurable per item category.

A parcel that breaks a limit needs an override with a written reason. Decision (documented for the
lead): anyone who may hand out parcels (DISTRIBUTE_STOCK: front desk, caseworker, warehouse...) may
override with a reason, because the front desk is who faces the family; the reason is stored on the
distribution and its service record and an `override` audit event is written. Changing the limits
themselves is a centre decision and needs OVERRIDE_POLICY (coordinator, administrator).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.models.stock import Distribution, DistributionLine, ItemCategory
from desktop.services import audit, settings
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission, require
from desktop.services.stock.common import category_label
from desktop.services.uow import UnitOfWork

SETTING_KEY = "stock.visit_limits"
DEFAULT_LIMITS: dict[str, int] = {ItemCategory.FOOD.value: 30}


@dataclass(frozen=True)
class LimitHit:
    category: ItemCategory
    days: int
    last_given_on: date


class VisitLimitExceeded(ValidationError):
    """A parcel within the limit period: the UI asks for an override reason and tries again."""

    def __init__(self, hits: list[LimitHit]) -> None:
        details = "; ".join(
            translate("stock", "{category}: last given {date} (limit one per {days} days)").format(
                category=category_label(h.category), date=h.last_given_on.isoformat(), days=h.days)
            for h in hits)
        super().__init__(
            translate("stock", "This would be a second parcel within the visit limit ({details}).").format(
                details=details),
            translate("stock", "Give a reason to override the limit; it is recorded."),
            field="override_reason",
        )
        self.hits = hits


def limits(uow: UnitOfWork) -> dict[ItemCategory, int]:
    stored = settings.get(uow, SETTING_KEY)
    raw = stored if isinstance(stored, dict) else DEFAULT_LIMITS
    result = {}
    for key, days in raw.items():
        try:
            category = ItemCategory(key)
        except ValueError:
            continue
        if isinstance(days, int) and days > 0:
            result[category] = days
    return result


def set_limits(uow: UnitOfWork, actor: Actor, new_limits: dict[ItemCategory, int]) -> None:
    """Days per category (0 or missing = no limit). The caller commits."""
    require(actor, Permission.OVERRIDE_POLICY)
    clean: dict[str, int] = {}
    for category, days in new_limits.items():
        if not 0 <= days <= 366:
            raise ValidationError(translate("stock", "A visit limit must be between 0 and 366 days."), field="days")
        if days:
            clean[ItemCategory(category).value] = days
    settings.put(uow, SETTING_KEY, clean)
    audit.record(uow, actor, Action.SETTINGS, "settings", SETTING_KEY, "visit limits changed")


def check(
    uow: UnitOfWork, *, household_id: int | None, person_id: int | None, categories: Iterable[ItemCategory],
    on_date: date, exclude_distribution_id: int | None = None,
) -> list[LimitHit]:
    """Limits a parcel of these categories on `on_date` would break (household first, else the person)."""
    wanted = set(categories)
    hits = []
    for category, days in limits(uow).items():
        if category not in wanted:
            continue
        query = (
            select(func.max(Distribution.distributed_on))
            .join(DistributionLine, DistributionLine.distribution_id == Distribution.id)
            .where(DistributionLine.category == category,
                   Distribution.distributed_on > on_date - timedelta(days=days),
                   Distribution.distributed_on < on_date + timedelta(days=days))
        )
        if household_id is not None:
            query = query.where(Distribution.household_id == household_id)
        else:
            query = query.where(Distribution.person_id == person_id, Distribution.household_id.is_(None))
        if exclude_distribution_id is not None:
            query = query.where(Distribution.id != exclude_distribution_id)
        last = uow.session.scalar(query)
        if last is not None:
            hits.append(LimitHit(category, days, last))
    return hits
