"""First-run setup: the centre, its country profile's taxonomies, and the first administrator."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.errors import UserError, ValidationError
from desktop.i18n import LANGUAGES, translate, use_language
from desktop.models.settings import NeedCategory
from desktop.services import audit, settings, users
from desktop.services.audit import Action
from desktop.services.permissions import Actor
from desktop.services.profiles import PROFILES, need_label
from desktop.services.service_records import seed_service_types
from desktop.services.uow import UnitOfWork


@dataclass(frozen=True)
class CentreSetup:
    centre_name: str
    address: str
    profile: str
    language: str
    admin_username: str
    admin_full_name: str
    admin_password: str
    demo: bool = False


def validate(setup: CentreSetup) -> None:
    """Everything the wizard can check before it writes anything (also run by `initialise`)."""
    if not setup.centre_name.strip():
        raise ValidationError(translate("setup", "Enter the centre's name."), field="centre_name")
    if setup.profile not in PROFILES:
        raise ValidationError(
            translate("setup", "Unknown country profile {code}: choose one of {choices}.").format(
                code=setup.profile, choices=", ".join(PROFILES)
            ),
            field="profile",
        )
    if setup.language not in LANGUAGES:
        raise ValidationError(
            translate("setup", "Unknown language {code}: choose one of {choices}.").format(
                code=setup.language, choices=", ".join(LANGUAGES)
            ),
            field="language",
        )
    users.validate_username(setup.admin_username)
    users.validate_password(setup.admin_password, setup.admin_username)


def seed_taxonomy(uow: UnitOfWork, profile_code: str, language: str) -> int:
    profile = PROFILES[profile_code]
    existing = set(
        uow.session.scalars(select(NeedCategory.code).where(NeedCategory.taxonomy == profile.taxonomy))
    )
    added = 0
    with use_language(language):
        for position, (code, label) in enumerate(profile.needs):
            if code in existing:
                continue
            uow.session.add(
                NeedCategory(code=code, label=need_label(profile, label), taxonomy=profile.taxonomy,
                             position=position, active=True)
            )
            added += 1
    return added


def initialise(uow: UnitOfWork, setup: CentreSetup) -> Actor:
    """Set the centre up once. The caller commits."""
    if settings.is_initialised(uow):
        raise UserError(translate("setup", "This database is already set up for a centre."))
    validate(setup)
    actor = users.create_first_administrator(
        uow, setup.admin_username, setup.admin_full_name, setup.admin_password, setup.language
    )
    profile = PROFILES[setup.profile]
    settings.put(uow, "centre.name", setup.centre_name.strip())
    settings.put(uow, "centre.address", setup.address.strip())
    settings.put(uow, "centre.profile", profile.code)
    settings.put(uow, "centre.language", setup.language)
    settings.put(uow, "centre.currency", profile.currency)
    settings.put(uow, "centre.demo", setup.demo)
    count = seed_taxonomy(uow, profile.code, setup.language)
    with use_language(setup.language):
        seed_service_types(uow)
    audit.record(uow, actor, Action.SETUP, "centre", "", f"profile {profile.code}, {count} need categories seeded")
    return actor


@dataclass(frozen=True)
class NeedCategoryInfo:
    id: int
    code: str
    label: str
    active: bool


def need_categories(uow: UnitOfWork, *, include_inactive: bool = False) -> list[NeedCategoryInfo]:
    profile = PROFILES[settings.get(uow, "centre.profile")]
    query = select(NeedCategory).where(NeedCategory.taxonomy == profile.taxonomy).order_by(NeedCategory.position)
    if not include_inactive:
        query = query.where(NeedCategory.active.is_(True))
    return [NeedCategoryInfo(c.id, c.code, c.label, c.active) for c in uow.session.scalars(query)]
