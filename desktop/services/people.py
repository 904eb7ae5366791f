"""People (clients): validation, create/update, and the frozen view the GUI and other areas read."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from desktop.errors import NotFound, ValidationError
from desktop.i18n import translate
from desktop.models.clients import IdType, Person, RecordStatus, Sex
from desktop.services import audit, client_search
from desktop.services.audit import Action
from desktop.services.identifiers import validate_identifier
from desktop.services.permissions import Actor, Permission, require
from desktop.services.uow import UnitOfWork

# Registering and correcting a client's basic details is front-desk work (a food pantry registers
# newcomers at the desk); needs, notes and assessments are case files and need EDIT_CASE_FILES.
EDIT_CLIENTS = Permission.RECORD_SERVICES


@dataclass(frozen=True)
class PersonData:
    given_name: str
    family_name: str
    sex: Sex = Sex.UNKNOWN
    birth_date: date | None = None
    birth_year: int | None = None
    id_type: IdType = IdType.NONE
    id_number: str = ""
    phone: str = ""
    preferred_language: str = ""
    disability: bool = False
    special_needs: str = ""


@dataclass(frozen=True)
class PersonInfo:
    id: int
    given_name: str
    family_name: str
    sex: Sex
    birth_date: date | None
    birth_year: int | None
    id_type: IdType
    id_number: str
    phone: str
    preferred_language: str
    disability: bool
    special_needs: str
    status: RecordStatus

    @property
    def display_name(self) -> str:
        return f"{self.family_name}, {self.given_name}".strip(", ")

    def age_on(self, day: date) -> int | None:
        return age_on(self.birth_date, self.birth_year, day)


def age_on(birth_date: date | None, birth_year: int | None, day: date) -> int | None:
    """Age in whole years; with only a year known, the year difference (DOMAIN.md counting rules)."""
    if birth_date is not None:
        return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))
    if birth_year is not None:
        return day.year - birth_year
    return None


def person_info(p: Person) -> PersonInfo:
    return PersonInfo(p.id, p.given_name, p.family_name, p.sex, p.birth_date, p.birth_year, p.id_type, p.id_number,
                      p.phone, p.preferred_language, p.disability, p.special_needs, p.status)


def clean_person(data: PersonData, *, today: date | None = None) -> PersonData:
    """Trimmed, validated data with the identifier in compact form; raises ValidationError(field=...)."""
    today = today or date.today()
    given, family = " ".join(data.given_name.split()), " ".join(data.family_name.split())
    if not given and not family:
        raise ValidationError(translate("clients", "Enter the person's given or family name."), field="given_name")
    if len(given) > 100 or len(family) > 100:
        raise ValidationError(translate("clients", "A name can have at most 100 characters."), field="family_name")
    birth_year = data.birth_year
    if data.birth_date is not None:
        if data.birth_date > today:
            raise ValidationError(translate("clients", "The birth date is in the future."), field="birth_date")
        if data.birth_date.year < 1900:
            raise ValidationError(translate("clients", "The birth date is before 1900."), field="birth_date")
        birth_year = None  # the full date wins; the year column is only for "year only" people
    elif birth_year is not None and not 1900 <= birth_year <= today.year:
        raise ValidationError(
            translate("clients", "The birth year must be between 1900 and {year}.").format(year=today.year),
            field="birth_date",
        )
    number = validate_identifier(data.id_type, data.id_number)
    phone = data.phone.strip()
    if len(phone) > 40:
        raise ValidationError(translate("clients", "The phone number is too long."), field="phone")
    return replace(data, given_name=given, family_name=family, birth_year=birth_year, id_number=number,
                   phone=phone, preferred_language=data.preferred_language.strip()[:8],
                   special_needs=data.special_needs.strip())


def _apply(person: Person, data: PersonData) -> None:
    person.given_name = data.given_name
    person.family_name = data.family_name
    person.sex = data.sex
    person.birth_date = data.birth_date
    person.birth_year = data.birth_year
    person.id_type = data.id_type
    person.id_number = data.id_number
    person.phone = data.phone
    person.preferred_language = data.preferred_language
    person.disability = data.disability
    person.special_needs = data.special_needs


def create_person(uow: UnitOfWork, actor: Actor, data: PersonData, *, audit_it: bool = True,
                  index: bool = True) -> PersonInfo:
    """A person with no household (yet): rough sleepers stay like this. The caller commits."""
    require(actor, EDIT_CLIENTS)
    data = clean_person(data)
    person = Person(status=RecordStatus.ACTIVE)
    _apply(person, data)
    uow.session.add(person)
    uow.flush()
    if index:
        client_search.index_person(uow, person.id)
    if audit_it:
        audit.record(uow, actor, Action.CREATE, "person", person.id, "person registered")
    return person_info(person)


def load_person(uow: UnitOfWork, person_id: int) -> Person:
    person = uow.session.get(Person, person_id)
    if person is None:
        raise NotFound(translate("clients", "This person no longer exists (merged or removed)."))
    return person


def update_person(uow: UnitOfWork, actor: Actor, person_id: int, data: PersonData) -> PersonInfo:
    require(actor, EDIT_CLIENTS)
    person = load_person(uow, person_id)
    if person.status is RecordStatus.ERASED:
        raise ValidationError(translate("clients", "This person's data was erased and cannot be edited."))
    _apply(person, clean_person(data))
    uow.flush()
    client_search.index_person(uow, person.id)
    audit.record(uow, actor, Action.UPDATE, "person", person.id, "person details updated")
    return person_info(person)


def get_person(uow: UnitOfWork, actor: Actor, person_id: int) -> PersonInfo:
    require(actor, Permission.FIND_CLIENTS)
    return person_info(load_person(uow, person_id))
