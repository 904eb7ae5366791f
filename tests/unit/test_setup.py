from __future__ import annotations

import pytest

from desktop import i18n
from desktop.db import Database
from desktop.errors import UserError, ValidationError
from desktop.services import service_records, settings, setup
from desktop.services.uow import UnitOfWork
from tests.conftest import make_centre


@pytest.mark.parametrize(("profile", "count", "first", "currency"), [
    ("pl", 16, "ubóstwo", "PLN"),
    ("id", 26, "anak balita telantar", "IDR"),
    ("us", 14, "Food insecurity", "USD"),
    ("generic", 14, "Food insecurity", "EUR"),
])
def test_profile_seeds_its_taxonomy(empty_db: Database, profile: str, count: int, first: str, currency: str) -> None:
    make_centre(empty_db, profile=profile)
    with UnitOfWork(empty_db, write=False) as uow:
        needs = setup.need_categories(uow)
        info = settings.centre_info(uow)
    assert len(needs) == count and needs[0].label == first
    assert info.currency == currency and info.profile == profile and info.idle_lock_minutes == 5


def test_generic_taxonomy_and_service_types_seeded_in_the_chosen_language(empty_db: Database) -> None:
    make_centre(empty_db, profile="generic", language="pl")
    with UnitOfWork(empty_db, write=False) as uow:
        needs = setup.need_categories(uow)
        types = {t.code: t.label for t in service_records.service_types(uow)}
    with i18n.use_language("pl"):
        expected = i18n.translate("needs", "Food insecurity")
    assert needs[0].label == expected != "Food insecurity"
    assert types["food_parcel"] != "Food parcel"


def test_setup_only_once(db: Database) -> None:
    with pytest.raises(UserError, match="already set up"):
        make_centre(db)


@pytest.mark.parametrize(("change", "field"), [
    ({"centre_name": " "}, "centre_name"), ({"profile": "fr"}, "profile"), ({"language": "de"}, "language"),
    ({"admin_username": "x y"}, "username"), ({"admin_password": "short"}, "password"),
])
def test_setup_validation(change: dict[str, str], field: str) -> None:
    good = dict(centre_name="C", address="", profile="pl", language="pl", admin_username="admin",
                admin_full_name="", admin_password="long-enough-1")
    with pytest.raises(ValidationError) as info:
        setup.validate(setup.CentreSetup(**{**good, **change}))
    assert info.value.field == field
