"""Directory of outside agencies (clinic, job centre, legal aid, Dinas Sosial, PCPR...) and its CSV/XLSX import.

Agency types are an editable list; the profile's usual kinds are added the first time the list is needed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.errors import NotFound, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.casework import Agency, AgencyType
from desktop.progress import Progress
from desktop.services import audit, importing, settings
from desktop.services.audit import Action
from desktop.services.case_access import require_edit, require_read
from desktop.services.importing import BaseImporter, ImportReport, RowError
from desktop.services.permissions import Actor, Permission
from desktop.services.uow import UnitOfWork

_COMMON_TYPES = (
    QT_TRANSLATE_NOOP("agencies", "Clinic"), QT_TRANSLATE_NOOP("agencies", "Dentist"),
    QT_TRANSLATE_NOOP("agencies", "Hospital"), QT_TRANSLATE_NOOP("agencies", "Job centre"),
    QT_TRANSLATE_NOOP("agencies", "Legal aid"), QT_TRANSLATE_NOOP("agencies", "Shelter"),
    QT_TRANSLATE_NOOP("agencies", "School"), QT_TRANSLATE_NOOP("agencies", "Police"),
)
# Institutions named in the country's own language, as staff call them.
_PROFILE_TYPES: dict[str, tuple[str, ...]] = {
    "pl": ("Powiatowe Centrum Pomocy Rodzinie (PCPR)", "Powiatowy Urząd Pracy", "Poradnia psychologiczna"),
    "id": ("Dinas Sosial", "Puskesmas", "Dinas Dukcapil", "Disnaker"),
    "us": ("SNAP office", "WIC clinic"),
    "generic": (),
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class AgencyTypeRow:
    id: int
    label: str
    active: bool


@dataclass(frozen=True)
class AgencyRow:
    id: int
    name: str
    type_id: int | None
    type_label: str
    services: str
    phone: str
    email: str
    address: str
    contact_person: str
    active: bool


def ensure_agency_types(uow: UnitOfWork) -> None:
    """Seed the profile's usual kinds once (in the current language); later edits are kept."""
    if uow.session.scalar(select(func.count()).select_from(AgencyType)):
        return
    profile = settings.get(uow, "centre.profile") or "generic"
    labels = [translate("agencies", t) for t in _COMMON_TYPES] + list(_PROFILE_TYPES.get(profile, ()))
    for position, label in enumerate(labels):
        uow.session.add(AgencyType(label=label, active=True, position=position))
    uow.flush()


def agency_types(uow: UnitOfWork, *, include_inactive: bool = False) -> list[AgencyTypeRow]:
    query = select(AgencyType).order_by(AgencyType.position, AgencyType.label)
    if not include_inactive:
        query = query.where(AgencyType.active.is_(True))
    return [AgencyTypeRow(t.id, t.label, t.active) for t in uow.session.scalars(query)]


def type_by_label(uow: UnitOfWork, label: str, *, create: bool) -> int | None:
    label = label.strip()
    if not label:
        return None
    found = uow.session.scalar(select(AgencyType.id).where(func.lower(AgencyType.label) == label.lower()))
    if found is None and create:
        row = AgencyType(label=label[:120], active=True, position=1000)
        uow.session.add(row)
        uow.flush()
        found = row.id
    return found


def add_agency_type(uow: UnitOfWork, actor: Actor, label: str) -> int:
    require_edit(actor)
    ensure_agency_types(uow)
    if not label.strip():
        raise ValidationError(translate("agencies", "Enter the name of the agency type."), field="label")
    if type_by_label(uow, label, create=False) is not None:
        raise ValidationError(translate("agencies", "That agency type is already in the list."), field="label")
    type_id = type_by_label(uow, label, create=True)
    assert type_id is not None
    audit.record(uow, actor, Action.CREATE, "agency_type", type_id, "added")
    return type_id


def rename_agency_type(uow: UnitOfWork, actor: Actor, type_id: int, label: str, *, active: bool = True) -> None:
    require_edit(actor)
    row = uow.session.get(AgencyType, type_id)
    if row is None:
        raise NotFound(translate("agencies", "That agency type no longer exists."))
    if not label.strip():
        raise ValidationError(translate("agencies", "Enter the name of the agency type."), field="label")
    other = type_by_label(uow, label, create=False)
    if other is not None and other != type_id:
        raise ValidationError(translate("agencies", "That agency type is already in the list."), field="label")
    row.label, row.active = label.strip()[:120], active
    audit.record(uow, actor, Action.UPDATE, "agency_type", type_id, "renamed" if active else "retired")


@dataclass(frozen=True)
class AgencyInput:
    name: str
    type_label: str = ""
    services: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    contact_person: str = ""
    active: bool = True


def _validate(uow: UnitOfWork, data: AgencyInput, agency_id: int | None) -> list[tuple[str, str]]:
    problems = []
    name = data.name.strip()
    if not name:
        problems.append(("name", translate("agencies", "Enter the agency's name.")))
    elif len(name) > 200:
        problems.append(("name", translate("agencies", "The name is too long (over 200 characters).")))
    else:
        other = uow.session.scalar(select(Agency.id).where(func.lower(Agency.name) == name.lower()))
        if other is not None and other != agency_id:
            problems.append(("name", translate("agencies", "An agency with this name is already in the directory.")))
    if data.email.strip() and not _EMAIL.match(data.email.strip()):
        problems.append(("email", translate("agencies", "The e-mail address does not look right.")))
    return problems


def save_agency(uow: UnitOfWork, actor: Actor, data: AgencyInput, agency_id: int | None = None) -> int:
    """Create (agency_id None) or update an agency. A new type label is added to the list."""
    require_edit(actor)
    ensure_agency_types(uow)
    problems = _validate(uow, data, agency_id)
    if problems:
        field, message = problems[0]
        raise ValidationError(message, field=field)
    row = Agency() if agency_id is None else uow.session.get(Agency, agency_id)
    if row is None:
        raise NotFound(translate("agencies", "That agency no longer exists."))
    row.name = data.name.strip()
    row.type_id = type_by_label(uow, data.type_label, create=True)
    row.services, row.phone, row.email = data.services.strip(), data.phone.strip(), data.email.strip()
    row.address, row.contact_person, row.active = data.address.strip(), data.contact_person.strip(), data.active
    if agency_id is None:
        uow.session.add(row)
    uow.flush()
    audit.record(uow, actor, Action.CREATE if agency_id is None else Action.UPDATE, "agency", row.id, "directory")
    return row.id


def list_agencies(uow: UnitOfWork, actor: Actor, text: str = "", *, include_inactive: bool = False) -> list[AgencyRow]:
    require_read(actor)
    query = (select(Agency, AgencyType.label).outerjoin(AgencyType, AgencyType.id == Agency.type_id)
             .order_by(func.lower(Agency.name)))
    if not include_inactive:
        query = query.where(Agency.active.is_(True))
    if text.strip():
        like = f"%{text.strip()}%"
        query = query.where(Agency.name.ilike(like) | Agency.services.ilike(like) | AgencyType.label.ilike(like))
    return [AgencyRow(a.id, a.name, a.type_id, label or "", a.services, a.phone, a.email, a.address,
                      a.contact_person, a.active) for a, label in uow.session.execute(query)]


def get_agency(uow: UnitOfWork, actor: Actor, agency_id: int) -> AgencyRow:
    for row in list_agencies(uow, actor, include_inactive=True):
        if row.id == agency_id:
            return row
    raise NotFound(translate("agencies", "That agency no longer exists."))


class AgenciesImporter(BaseImporter[AgencyInput]):
    kind: str = "agencies"
    permission: Permission = Permission.EDIT_CASE_FILES
    required: Sequence[str] = ("name",)
    optional: Sequence[str] = ("type", "services", "phone", "email", "address", "contact_person")
    example: dict[str, str] = {
        "name": "City Legal Aid Office", "type": "Legal aid", "services": "free legal advice; debt",
        "phone": "+48 22 000 00 00", "email": "help@example.org", "address": "1 Main Street",
               "contact_person": "A. Nowak"}

    def check(self, uow: UnitOfWork, line: int, row: dict[str, str]) -> AgencyInput:
        data = AgencyInput(name=row.get("name", ""), type_label=row.get("type", ""), services=row.get("services", ""),
                           phone=row.get("phone", ""), email=row.get("email", ""), address=row.get("address", ""),
                           contact_person=row.get("contact_person", ""))
        problems = _validate(uow, data, None)
        if problems:
            raise RowError(*problems)
        return data

    def check_all(self, uow: UnitOfWork, rows: list[tuple[int, AgencyInput]]) -> list[tuple[int, RowError]]:
        seen: dict[str, int] = {}
        errors = []
        for line, data in rows:
            key = data.name.strip().lower()
            if key in seen:
                errors.append((line, RowError(("name", translate("agencies", "Same name as line {line}.").format(
                    line=seen[key])))))
            else:
                seen[key] = line
        return errors

    def apply(self, uow: UnitOfWork, actor: Actor, rows: list[tuple[int, AgencyInput]], report: ImportReport,
              progress: Progress) -> int:
        require_edit(actor)
        ensure_agency_types(uow)
        progress.start(translate("agencies", "Importing agencies"), len(rows))
        for _, data in rows:
            uow.session.add(Agency(
                name=data.name.strip(), type_id=type_by_label(uow, data.type_label, create=True),
                services=data.services.strip(), phone=data.phone.strip(), email=data.email.strip(),
                address=data.address.strip(), contact_person=data.contact_person.strip(), active=True))
            progress.step()
        uow.flush()
        return len(rows)


@importing.register("agencies")
def agencies_importer() -> AgenciesImporter:
    return AgenciesImporter()
