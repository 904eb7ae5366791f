"""What each country profile seeds, in words the person setting up the centre can check."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.profiles import PROFILES, need_label, profile_label

translate = QCoreApplication.translate

TAXONOMIES = {
    "pl_art7": QT_TRANSLATE_NOOP("profiles", "grounds for assistance of art. 7 of the Social Assistance Act"),
    "id_pmks": QT_TRANSLATE_NOOP("profiles", "PMKS categories (Penyandang Masalah Kesejahteraan Sosial)"),
    "generic": QT_TRANSLATE_NOOP("profiles", "general list of needs"),
}
IDENTIFIERS = {
    "pesel": QT_TRANSLATE_NOOP("profiles", "PESEL (checked)"),
    "nik": QT_TRANSLATE_NOOP("profiles", "NIK (checked) and KK family-card number"),
    "ssn": QT_TRANSLATE_NOOP("profiles", "SSN"),
    "other": QT_TRANSLATE_NOOP("profiles", "other document"),
    "none": QT_TRANSLATE_NOOP("profiles", "none"),
}
ADDRESS_FIELDS = {
    "street": "ulica",
    "locality": QT_TRANSLATE_NOOP("profiles", "locality"),
    "gmina": "gmina",
    "powiat": "powiat",
    "wojewodztwo": "województwo",
    "postal_code": QT_TRANSLATE_NOOP("profiles", "postcode"),
    "address_line": QT_TRANSLATE_NOOP("profiles", "address line"),
    "rt": "RT",
    "rw": "RW",
    "desa": "desa/kelurahan",
    "kecamatan": "kecamatan",
    "kabupaten": "kabupaten/kota",
    "provinsi": "provinsi",
    "district": QT_TRANSLATE_NOOP("profiles", "district"),
    "region": QT_TRANSLATE_NOOP("profiles", "region"),
}



def profile_summary(code: str) -> str:
    profile = PROFILES[code]
    examples = ", ".join(need_label(profile, label) for _code, label in profile.needs[:3])
    lines = [
        translate("profiles", "Needs list: {taxonomy}, %n categories, e.g. {examples}…", "", len(profile.needs)).format(
            taxonomy=translate("profiles", TAXONOMIES[profile.taxonomy]), examples=examples
        ),
        translate("profiles", "Personal identifier: {ids}").format(
            ids=", ".join(translate("profiles", IDENTIFIERS[i]) for i in profile.identifier_types)
        ),
        translate("profiles", "Address: {fields}").format(
            fields=", ".join(translate("profiles", ADDRESS_FIELDS.get(f, f)) for f in profile.address_fields)
        ),
        translate("profiles", "Currency: {currency}").format(currency=profile.currency),
        translate("profiles", "Public holidays: {country}").format(
            country=profile_label(profile.code) if profile.holidays_country else translate(
                "profiles", "none (add your own)")
        ),
        translate("profiles", "Every list stays editable after set-up."),
    ]
    return "\n".join(lines)
