"""Intake checks the permission before it validates or looks for duplicates (duplicates are personal data)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.db import Database
from desktop.errors import PermissionDenied, ValidationError
from desktop.models.clients import IdType, Relationship, Sex
from desktop.models.users import Role
from desktop.services import intake
from desktop.services.households import HouseholdData
from desktop.services.people import PersonData
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork


def person(given: str = "Jan", family: str = "Kowalski") -> PersonData:
    return PersonData(given_name=given, family_name=family, sex=Sex.MALE, birth_date=date(1980, 5, 17),
                      id_type=IdType.NONE, id_number="")


def data(*members: intake.IntakeMember) -> intake.IntakeData:
    return intake.IntakeData(household=HouseholdData(address_line="ul. Polna 3", locality="Kraków"),
                             members=members)


INVALID = data()  # no members at all
VALID = data(intake.IntakeMember(person(), Relationship.HEAD))


@pytest.fixture
def registered(db: Database, actors: dict[Role, Actor]) -> None:
    with UnitOfWork(db) as uow:
        intake.save_intake(uow, actors[Role.FRONT_DESK], VALID)
        uow.commit()


def test_a_role_without_intake_permission_is_refused_before_validation(
        db: Database, actors: dict[Role, Actor], registered: None) -> None:
    warehouse = actors[Role.WAREHOUSE]
    with UnitOfWork(db, write=False) as uow:
        with pytest.raises(PermissionDenied):
            intake.check_duplicates(uow, warehouse, INVALID)
        with pytest.raises(PermissionDenied):
            intake.save_intake(uow, warehouse, INVALID)
        with pytest.raises(PermissionDenied):
            intake.validate_intake(warehouse, INVALID)


def test_a_role_without_intake_permission_learns_nothing_about_duplicates(
        db: Database, actors: dict[Role, Actor], registered: None) -> None:
    with UnitOfWork(db, write=False) as uow, pytest.raises(PermissionDenied) as refused:
        intake.check_duplicates(uow, actors[Role.WAREHOUSE], VALID)
    assert "Kowalski" not in str(refused.value) and "Polna" not in str(refused.value)


def test_allowed_roles_still_get_validation_errors_and_duplicates(
        db: Database, actors: dict[Role, Actor], registered: None) -> None:
    desk = actors[Role.FRONT_DESK]
    with UnitOfWork(db, write=False) as uow:
        with pytest.raises(ValidationError, match="at least one member"):
            intake.check_duplicates(uow, desk, INVALID)
        matches = intake.check_duplicates(uow, desk, VALID)
        with pytest.raises(ValidationError, match="at least one member"):
            intake.validate_intake(desk, INVALID)
        intake.validate_intake(desk, VALID)
    assert [(index, m.display_name) for index, m in matches] == [(0, "Kowalski, Jan")]
