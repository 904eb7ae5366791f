"""The subject access PDF reads like a letter to the person (labels, coded values as words, names for
references, dates and money as people write them); the JSON beside it keeps the raw keys for automation."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

from desktop.db import Database
from desktop.models.casework import Eligibility
from desktop.services import assessments, case_notes, referrals
from desktop.services.permissions import Actor
from desktop.services.service_records import record_service
from desktop.services.subject_access import collect, export_subject_access
from desktop.services.uow import UnitOfWork
from tests.unit.casework_helpers import give_sharing_consent, make_agency, make_family

RAW_KEYS = ("birth_date", "id_number", "given_name", "family_name", "household_id", "agency_id", "served_on",
            "service_type", "income_minor", "share_address", "created_at", "monthly_income_minor")


def _subject(db: Database, admin: Actor) -> int:
    family = make_family(db)
    agency = make_agency(db, admin, name="Poradnia Zdrowia")
    give_sharing_consent(db, admin, family.head_id, agency, date(2025, 2, 3), address=True)
    with UnitOfWork(db) as uow:
        record_service(uow, admin, served_on=date(2025, 2, 10), service_type="food_parcel",
                       person_id=family.head_id, weight_kg=Decimal("12.500"), note="Collected by her sister")
        assessments.create_assessment(uow, admin, assessed_on=date(2025, 2, 4), person_id=family.head_id,
                                      income_minor=250050, expenses_minor=180000, narrative="Lost her job.",
                                      eligibility=Eligibility.ELIGIBLE, eligible_for="Food aid")
        case_notes.add_note(uow, admin, text="Phoned about the rent arrears.", noted_on=date(2025, 2, 5),
                            person_id=family.head_id)
        referrals.create_referral(uow, admin, person_id=family.head_id, agency_id=agency, service="GP visit",
                                  reason="Check-up", created_on=date(2025, 2, 6))
        uow.commit()
    return family.head_id


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_pdf_has_labels_words_and_names_json_keeps_raw_keys(db: Database, admin: Actor, tmp_path: Path) -> None:
    person_id = _subject(db, admin)
    json_path, pdf_path = tmp_path / "sar.json", tmp_path / "sar.pdf"
    with UnitOfWork(db) as uow:
        export_subject_access(uow, admin, person_id, json_path, pdf_path)
        uow.commit()
    text = _pdf_text(pdf_path)
    for raw in RAW_KEYS:
        assert raw not in text, raw
    for label in ("Date of birth", "Identifier number", "Given name", "Relationship to the head of household",
                  "Member since", "Household reference", "Date of service", "Weight (kg)", "Consent to",
                  "May share the address", "Needs assessments", "Case notes", "Referrals", "Services received",
                  "Consents", "Street and number", "Gmina"):
        assert label in text, label
    # coded values as words, references by name, dates, money and decimals as people write them
    assert "1985-03-04" in text and "Female" in text and "Head of household" in text
    assert "Food parcel" in text and "food_parcel" not in text and "12.5" in text and "12.500" not in text
    assert "Poradnia Zdrowia" in text and "Ada Admin" in text and "H-0001" in text
    assert "2 500.50 PLN" in text.replace("\u202f", " ") and "250050" not in text
    assert "Eligible" in text and "Yes" in text
    assert "+00:00" not in text and "T0" not in text  # no raw ISO timestamps
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["person"]["birth_date"] == "1985-03-04" and data["person"]["sex"] == "F"
    assert data["records"]["service_records"][0]["service_type"] == "food_parcel"
    assert data["records"]["assessments"][0]["income_minor"] == 250050
    assert "references" not in data and "Poradnia Zdrowia" not in json.dumps(data["records"]["consents"])


def test_collect_gathers_names_currency_and_profile_for_the_pdf(db: Database, admin: Actor, tmp_path: Path) -> None:
    person_id = _subject(db, admin)
    with UnitOfWork(db, write=False) as uow:
        subject = collect(uow, admin, person_id)
    assert subject.references["agencies"] and subject.references["users"][admin.user_id] == "Ada Admin"
    assert subject.references["service_types"] == {"food_parcel": "Food parcel"}
    assert subject.currency == "PLN" and subject.profile == "pl"


def test_unknown_columns_and_values_still_print(db: Database, admin: Actor) -> None:
    from desktop.reports.subject_access_labels import display_value, field_label

    assert field_label("service_records", "shelter_bed_id") == "Shelter bed id"
    assert field_label("households", "district", "id") == "Kecamatan"
    assert field_label("households", "district", "generic") == "District"
    assert display_value("persons", "sex", "Q", references={}, currency="PLN") == "Q"  # never dropped
    assert display_value("persons", "birth_date", None, references={}, currency="PLN") == "—"
    assert display_value("persons", "disability", False, references={}, currency="PLN") == "No"
