"""Words a person can read for the subject access PDF: a label for every field and every kind of record, and
values as people write them (labels for coded values, names for references, money, local times).

The JSON export keeps the raw column names and values (automation reads it); only the PDF goes through here.
Columns are looked up in the table metadata, so a table a later area adds still prints sensibly: its
coded values through the enum's label function when one is registered below, and an unknown column name as
words ("shelter_bed_id" -> "Shelter bed id") until it gets a label here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Numeric
from sqlalchemy import Enum as SqlEnum

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.base import UTCDateTime
from desktop.models.casework import ConsentScope, DocumentType, Eligibility, PlanStatus, ReferralStatus
from desktop.models.clients import IdType, RecordStatus, Relationship, Sex
from desktop.models.complaints import ComplaintChannel, ComplaintStatus, ComplaintType
from desktop.models.services import ServiceSource
from desktop.reports.sections.people import sex_label
from desktop.reports.stock_documents import money, number
from desktop.services import assessments, complaints, consents, documents, referrals
from desktop.services.client_refs import table
from desktop.services.households import ADDRESS_COLUMNS, ADDRESS_LABELS, relationship_label
from desktop.services.profiles import PROFILES

EMPTY = "—"

FIELD_LABELS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("sar", "Record number"),
    # the person
    "given_name": QT_TRANSLATE_NOOP("sar", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("sar", "Family name"),
    "sex": QT_TRANSLATE_NOOP("sar", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("sar", "Date of birth"),
    "birth_year": QT_TRANSLATE_NOOP("sar", "Year of birth"),
    "id_type": QT_TRANSLATE_NOOP("sar", "Identifier type"),
    "id_number": QT_TRANSLATE_NOOP("sar", "Identifier number"),
    "phone": QT_TRANSLATE_NOOP("sar", "Phone"),
    "preferred_language": QT_TRANSLATE_NOOP("sar", "Preferred language"),
    "disability": QT_TRANSLATE_NOOP("sar", "Disability"),
    "special_needs": QT_TRANSLATE_NOOP("sar", "Special needs"),
    "status": QT_TRANSLATE_NOOP("sar", "Status"),
    "created_at": QT_TRANSLATE_NOOP("sar", "Recorded at"),
    "updated_at": QT_TRANSLATE_NOOP("sar", "Last changed at"),
    # the household and the membership
    "ref": QT_TRANSLATE_NOOP("sar", "Household reference"),
    "rural": QT_TRANSLATE_NOOP("sar", "Rural area"),
    "county": QT_TRANSLATE_NOOP("sar", "County"),
    "family_card_number": QT_TRANSLATE_NOOP("sar", "Family card number (KK)"),
    "housing_situation": QT_TRANSLATE_NOOP("sar", "Housing situation"),
    "monthly_income_minor": QT_TRANSLATE_NOOP("sar", "Monthly income"),
    "registered_on": QT_TRANSLATE_NOOP("sar", "Registered on"),
    "recertify_on": QT_TRANSLATE_NOOP("sar", "Registration to be renewed on"),
    "archived_at": QT_TRANSLATE_NOOP("sar", "Archived at"),
    "household_id": QT_TRANSLATE_NOOP("sar", "Household"),
    "person_id": QT_TRANSLATE_NOOP("sar", "Person (record number)"),
    "relationship": QT_TRANSLATE_NOOP("sar", "Relationship to the head of household"),
    "joined_on": QT_TRANSLATE_NOOP("sar", "Member since"),
    "left_on": QT_TRANSLATE_NOOP("sar", "Moved out on"),
    # casework
    "assessed_on": QT_TRANSLATE_NOOP("sar", "Assessed on"),
    "income_minor": QT_TRANSLATE_NOOP("sar", "Income"),
    "expenses_minor": QT_TRANSLATE_NOOP("sar", "Expenses"),
    "narrative": QT_TRANSLATE_NOOP("sar", "Narrative"),
    "eligibility": QT_TRANSLATE_NOOP("sar", "Outcome"),
    "eligible_for": QT_TRANSLATE_NOOP("sar", "Eligible for"),
    "assessor_user_id": QT_TRANSLATE_NOOP("sar", "Assessed by"),
    "title": QT_TRANSLATE_NOOP("sar", "Title"),
    "started_on": QT_TRANSLATE_NOOP("sar", "Started on"),
    "review_every_days": QT_TRANSLATE_NOOP("sar", "Review every (days)"),
    "next_review_on": QT_TRANSLATE_NOOP("sar", "Next review on"),
    "closed_on": QT_TRANSLATE_NOOP("sar", "Closed on"),
    "created_by_user_id": QT_TRANSLATE_NOOP("sar", "Created by"),
    "user_id": QT_TRANSLATE_NOOP("sar", "Staff member"),
    "assigned_on": QT_TRANSLATE_NOOP("sar", "Assigned on"),
    "ended_on": QT_TRANSLATE_NOOP("sar", "Ended on"),
    "doc_type": QT_TRANSLATE_NOOP("sar", "Document type"),
    "original_name": QT_TRANSLATE_NOOP("sar", "Original file name"),
    "content_type": QT_TRANSLATE_NOOP("sar", "File type"),
    "size_bytes": QT_TRANSLATE_NOOP("sar", "File size (bytes)"),
    "sha256": QT_TRANSLATE_NOOP("sar", "File checksum (SHA-256)"),
    "stored_name": QT_TRANSLATE_NOOP("sar", "Stored file name"),
    "issued_on": QT_TRANSLATE_NOOP("sar", "Issued on"),
    "expires_on": QT_TRANSLATE_NOOP("sar", "Expires on"),
    "verified_by_user_id": QT_TRANSLATE_NOOP("sar", "Verified by"),
    "verified_at": QT_TRANSLATE_NOOP("sar", "Verified at"),
    "uploaded_by_user_id": QT_TRANSLATE_NOOP("sar", "Uploaded by"),
    "uploaded_at": QT_TRANSLATE_NOOP("sar", "Uploaded at"),
    "author_user_id": QT_TRANSLATE_NOOP("sar", "Written by"),
    "noted_on": QT_TRANSLATE_NOOP("sar", "Note date"),
    "written_at": QT_TRANSLATE_NOOP("sar", "Written at"),
    "text": QT_TRANSLATE_NOOP("sar", "Text"),
    "sealed": QT_TRANSLATE_NOOP("sar", "Sealed"),
    "received_on": QT_TRANSLATE_NOOP("sar", "Received on"),
    "channel": QT_TRANSLATE_NOOP("sar", "Received by"),
    "complainant_name": QT_TRANSLATE_NOOP("sar", "Complainant"),
    "complainant_contact": QT_TRANSLATE_NOOP("sar", "Complainant's contact"),
    "complaint_type": QT_TRANSLATE_NOOP("sar", "Type of complaint"),
    "description": QT_TRANSLATE_NOOP("sar", "Description"),
    "resolution_note": QT_TRANSLATE_NOOP("sar", "Resolution"),
    "resolved_on": QT_TRANSLATE_NOOP("sar", "Resolved on"),
    "agency_id": QT_TRANSLATE_NOOP("sar", "Agency"),
    "recorded_by_user_id": QT_TRANSLATE_NOOP("sar", "Recorded by"),
    "scope": QT_TRANSLATE_NOOP("sar", "Consent to"),
    "given_on": QT_TRANSLATE_NOOP("sar", "Given on"),
    "valid_until": QT_TRANSLATE_NOOP("sar", "Valid until"),
    "withdrawn_on": QT_TRANSLATE_NOOP("sar", "Withdrawn on"),
    "share_birth_date": QT_TRANSLATE_NOOP("sar", "May share the date of birth"),
    "share_id_number": QT_TRANSLATE_NOOP("sar", "May share the identifier number"),
    "share_address": QT_TRANSLATE_NOOP("sar", "May share the address"),
    "share_phone": QT_TRANSLATE_NOOP("sar", "May share the phone number"),
    "note": QT_TRANSLATE_NOOP("sar", "Note"),
    "tracking_number": QT_TRANSLATE_NOOP("sar", "Tracking number"),
    "service": QT_TRANSLATE_NOOP("sar", "Service asked for"),
    "reason": QT_TRANSLATE_NOOP("sar", "Reason"),
    "created_on": QT_TRANSLATE_NOOP("sar", "Created on"),
    "sent_on": QT_TRANSLATE_NOOP("sar", "Sent on"),
    "follow_up_on": QT_TRANSLATE_NOOP("sar", "Follow up on"),
    "outcome": QT_TRANSLATE_NOOP("sar", "Outcome"),
    "service_record_id": QT_TRANSLATE_NOOP("sar", "Service record number"),
    # services and parcels
    "served_on": QT_TRANSLATE_NOOP("sar", "Date of service"),
    "service_type": QT_TRANSLATE_NOOP("sar", "Service"),
    "quantity": QT_TRANSLATE_NOOP("sar", "Quantity"),
    "weight_kg": QT_TRANSLATE_NOOP("sar", "Weight (kg)"),
    "programme_id": QT_TRANSLATE_NOOP("sar", "Programme"),
    "staff_user_id": QT_TRANSLATE_NOOP("sar", "Staff member"),
    "source": QT_TRANSLATE_NOOP("sar", "Recorded from"),
    "override_reason": QT_TRANSLATE_NOOP("sar", "Reason for exceeding the limit"),
    "distributed_on": QT_TRANSLATE_NOOP("sar", "Given out on"),
    "location_id": QT_TRANSLATE_NOOP("sar", "Given out from"),
    "template_id": QT_TRANSLATE_NOOP("sar", "Parcel type"),
}

# Same column name, another meaning in one table.
TABLE_FIELD_LABELS: dict[tuple[str, str], str] = {
    ("household_members", "id"): QT_TRANSLATE_NOOP("sar", "Membership record number"),
    ("households", "id"): QT_TRANSLATE_NOOP("sar", "Household record number"),
    ("households", "phone"): QT_TRANSLATE_NOOP("sar", "Household phone"),
    ("households", "status"): QT_TRANSLATE_NOOP("sar", "Household status"),
    ("households", "created_at"): QT_TRANSLATE_NOOP("sar", "Household recorded at"),
    ("households", "updated_at"): QT_TRANSLATE_NOOP("sar", "Household last changed at"),
    ("complaints", "status"): QT_TRANSLATE_NOOP("sar", "Complaint status"),
    ("care_plans", "status"): QT_TRANSLATE_NOOP("sar", "Plan status"),
    ("referrals", "status"): QT_TRANSLATE_NOOP("sar", "Referral status"),
}

TABLE_LABELS: dict[str, str] = {
    "assessments": QT_TRANSLATE_NOOP("sar", "Needs assessments"),
    "care_plans": QT_TRANSLATE_NOOP("sar", "Care plans"),
    "case_assignments": QT_TRANSLATE_NOOP("sar", "Caseworkers assigned"),
    "case_documents": QT_TRANSLATE_NOOP("sar", "Documents"),
    "case_notes": QT_TRANSLATE_NOOP("sar", "Case notes"),
    "complaints": QT_TRANSLATE_NOOP("sar", "Complaints"),
    "consents": QT_TRANSLATE_NOOP("sar", "Consents"),
    "referrals": QT_TRANSLATE_NOOP("sar", "Referrals"),
    "service_records": QT_TRANSLATE_NOOP("sar", "Services received"),
    "stock_distributions": QT_TRANSLATE_NOOP("sar", "Parcels given out"),
}

_ID_TYPES: dict[IdType, str] = {
    IdType.PESEL: "PESEL", IdType.NIK: "NIK", IdType.SSN: "SSN",
    IdType.OTHER: QT_TRANSLATE_NOOP("sar", "Other"), IdType.NONE: QT_TRANSLATE_NOOP("sar", "None"),
}
_RECORD_STATUS: dict[RecordStatus, str] = {
    RecordStatus.ACTIVE: QT_TRANSLATE_NOOP("sar", "Active"),
    RecordStatus.ARCHIVED: QT_TRANSLATE_NOOP("sar", "Archived"),
    RecordStatus.ERASED: QT_TRANSLATE_NOOP("sar", "Erased"),
}
_PLAN_STATUS: dict[PlanStatus, str] = {
    PlanStatus.ACTIVE: QT_TRANSLATE_NOOP("sar", "Active"), PlanStatus.CLOSED: QT_TRANSLATE_NOOP("sar", "Closed"),
}
_SERVICE_SOURCE: dict[ServiceSource, str] = {
    ServiceSource.MANUAL: QT_TRANSLATE_NOOP("sar", "Entered by staff"),
    ServiceSource.DISTRIBUTION: QT_TRANSLATE_NOOP("sar", "Parcel given out from stock"),
    ServiceSource.IMPORT: QT_TRANSLATE_NOOP("sar", "Imported history"),
    ServiceSource.SHELTER: QT_TRANSLATE_NOOP("sar", "Shelter stay"),
}

# Every coded value goes through the label function its area already uses.
ENUM_LABELS: dict[type[Enum], Callable[[Any], str]] = {
    Sex: lambda v: sex_label(v.value),
    Relationship: relationship_label,
    IdType: lambda v: translate("sar", _ID_TYPES[v]),
    RecordStatus: lambda v: translate("sar", _RECORD_STATUS[v]),
    PlanStatus: lambda v: translate("sar", _PLAN_STATUS[v]),
    ServiceSource: lambda v: translate("sar", _SERVICE_SOURCE[v]),
    DocumentType: documents.type_label,
    ConsentScope: consents.scope_label,
    ReferralStatus: referrals.status_label,
    Eligibility: assessments.eligibility_label,
    ComplaintChannel: complaints.channel_label,
    ComplaintType: complaints.type_label,
    ComplaintStatus: complaints.status_label,
}


def table_label(name: str) -> str:
    return translate("sar", TABLE_LABELS[name]) if name in TABLE_LABELS else _words(name)


def _column(table_name: str, key: str) -> Column[Any] | None:
    """The table column behind an export key (the ORM names a few attributes differently: `relationship_`)."""
    columns = table(table_name).c
    return columns.get(key) if key in columns else columns.get(key.rstrip("_"))


def shown(table_name: str, key: str, value: Any, *, profile: str, subject_id: int) -> bool:
    """Whether the PDF lists this field: not the key back to the person the whole document is about, and
    not an empty address part the centre's country does not use (RT/RW, the family card outside Indonesia)."""
    col = _column(table_name, key)
    name = col.name if col is not None else key
    if name == "person_id" and table_name != "persons" and value == subject_id:
        return False
    if table_name != "households" or value not in (None, "") or profile not in PROFILES:
        return True
    if name == "family_card_number":
        return profile == "id"
    if name in ADDRESS_COLUMNS.values():
        return any(ADDRESS_COLUMNS.get(f) == name for f in PROFILES[profile].address_fields)
    return True


def field_label(table_name: str, key: str, profile: str = "") -> str:
    col = _column(table_name, key)
    column = col.name if col is not None else key
    if (table_name, column) in TABLE_FIELD_LABELS:
        return translate("sar", TABLE_FIELD_LABELS[(table_name, column)])
    if table_name == "households":
        address = _address_label(column, profile)
        if address:
            return address
    if column in FIELD_LABELS:
        return translate("sar", FIELD_LABELS[column])
    return _words(column)


def _address_label(column: str, profile: str) -> str:
    """The address form of the centre's country: "district" prints as "Gmina" in Poland, "Kecamatan" in
    Indonesia."""
    fields = PROFILES[profile].address_fields if profile in PROFILES else ()
    for name in (*fields, column):
        if ADDRESS_COLUMNS.get(name) == column and name in ADDRESS_LABELS:
            return translate("address", ADDRESS_LABELS[name])
    return ""


def _words(name: str) -> str:
    return name.replace("_", " ").strip().capitalize()


def display_value(table_name: str, column: str, value: Any, *, references: dict[str, dict[Any, str]],
                  currency: str) -> str:
    """`value` as stored in the JSON export (ISO dates, enum values, decimals as text), as a person reads it."""
    if value is None or value == "":
        return EMPTY
    col = _column(table_name, column)
    if col is None:
        return str(value)
    named = _reference(col, value, references)
    if named is not None:
        return named
    kind = col.type
    try:
        if isinstance(kind, SqlEnum) and kind.enum_class is not None:
            enum_value = kind.enum_class(value)
            label = ENUM_LABELS.get(kind.enum_class)
            return label(enum_value) if label else str(value)
        if isinstance(kind, Boolean):
            return translate("sar", "Yes") if value else translate("sar", "No")
        if isinstance(kind, UTCDateTime | DateTime):
            moment = datetime.fromisoformat(str(value))
            return moment.astimezone().strftime("%Y-%m-%d %H:%M")
        if isinstance(kind, Date):
            return date.fromisoformat(str(value)).isoformat()
        if isinstance(kind, Numeric):
            return number(Decimal(str(value)))
    except (ValueError, KeyError, InvalidOperation):
        return str(value)  # a value the label tables do not know yet: shown as stored, never dropped
    if col.name.endswith("_minor") and isinstance(value, int):
        return money(value, currency)
    return str(value)


def _reference(col: Column[Any], value: Any, references: dict[str, dict[Any, str]]) -> str | None:
    """A key to another row printed as that row's name ("Agency: Legal aid office"), with the number kept
    for rows that have no name."""
    if col.name == "service_type":
        return references.get("service_types", {}).get(value)
    for fk in col.foreign_keys:
        target = fk.column.table.name
        if target == "persons":
            return None
        name = references.get(target, {}).get(value)
        if name:
            return name
    return None
