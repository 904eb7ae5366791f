"""Country profiles: the taxonomies, identifiers, address form, currency and holidays each one seeds.

The Polish and Indonesian lists are legal terms and stay in their own language whatever the UI
language; the generic list is seeded in the language chosen at first run. Every seeded list is
editable afterwards (need_categories table).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.i18n import QT_TRANSLATE_NOOP, translate

PL_ART7_GROUNDS: tuple[tuple[str, str], ...] = (
    ("ubostwo", "ubóstwo"),
    ("sieroctwo", "sieroctwo"),
    ("bezdomnosc", "bezdomność"),
    ("bezrobocie", "bezrobocie"),
    ("niepelnosprawnosc", "niepełnosprawność"),
    ("choroba", "długotrwała lub ciężka choroba"),
    ("przemoc_domowa", "przemoc domowa"),
    ("handel_ludzmi", "potrzeba ochrony ofiar handlu ludźmi"),
    ("macierzynstwo", "potrzeba ochrony macierzyństwa lub wielodzietności"),
    (
        "bezradnosc",
        "bezradność w sprawach opiekuńczo-wychowawczych i prowadzenia gospodarstwa domowego",
    ),
    ("cudzoziemcy", "trudności w integracji cudzoziemców"),
    ("zaklad_karny", "trudności w przystosowaniu do życia po zwolnieniu z zakładu karnego"),
    ("alkoholizm", "alkoholizm"),
    ("narkomania", "narkomania"),
    ("zdarzenie_losowe", "zdarzenie losowe i sytuacja kryzysowa"),
    ("kleska", "klęska żywiołowa lub ekologiczna"),
)

ID_PMKS_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("anak_balita_telantar", "anak balita telantar"),
    ("anak_telantar", "anak telantar"),
    ("anak_berhadapan_hukum", "anak berhadapan dengan hukum"),
    ("anak_jalanan", "anak jalanan"),
    ("anak_disabilitas", "anak dengan kedisabilitasan"),
    ("anak_korban_kekerasan", "anak korban tindak kekerasan"),
    ("anak_perlindungan_khusus", "anak yang memerlukan perlindungan khusus"),
    ("lansia_telantar", "lanjut usia telantar"),
    ("penyandang_disabilitas", "penyandang disabilitas"),
    ("tuna_susila", "tuna susila"),
    ("gelandangan", "gelandangan"),
    ("pengemis", "pengemis"),
    ("pemulung", "pemulung"),
    ("kelompok_minoritas", "kelompok minoritas"),
    ("bekas_warga_binaan", "bekas warga binaan lembaga pemasyarakatan"),
    ("odha", "orang dengan HIV/AIDS"),
    ("korban_napza", "korban penyalahgunaan NAPZA"),
    ("korban_perdagangan_orang", "korban perdagangan orang"),
    ("korban_kekerasan", "korban tindak kekerasan"),
    ("pekerja_migran", "pekerja migran bermasalah sosial"),
    ("korban_bencana_alam", "korban bencana alam"),
    ("korban_bencana_sosial", "korban bencana sosial"),
    ("perempuan_rawan", "perempuan rawan sosial ekonomi"),
    ("fakir_miskin", "fakir miskin"),
    ("keluarga_bermasalah", "keluarga bermasalah sosial psikologis"),
    ("komunitas_adat_terpencil", "komunitas adat terpencil"),
)

GENERIC_NEEDS: tuple[tuple[str, str], ...] = (
    ("food_insecurity", QT_TRANSLATE_NOOP("needs", "Food insecurity")),
    ("housing", QT_TRANSLATE_NOOP("needs", "Housing / homelessness")),
    ("income_debt", QT_TRANSLATE_NOOP("needs", "Income / debt")),
    ("unemployment", QT_TRANSLATE_NOOP("needs", "Unemployment")),
    ("health", QT_TRANSLATE_NOOP("needs", "Health")),
    ("disability", QT_TRANSLATE_NOOP("needs", "Disability")),
    ("mental_health", QT_TRANSLATE_NOOP("needs", "Mental health")),
    ("addiction", QT_TRANSLATE_NOOP("needs", "Addiction")),
    ("domestic_violence", QT_TRANSLATE_NOOP("needs", "Domestic violence")),
    ("childcare", QT_TRANSLATE_NOOP("needs", "Childcare")),
    ("elderly_care", QT_TRANSLATE_NOOP("needs", "Elderly care")),
    ("legal", QT_TRANSLATE_NOOP("needs", "Legal")),
    ("education_training", QT_TRANSLATE_NOOP("needs", "Education / training")),
    ("migration_documents", QT_TRANSLATE_NOOP("needs", "Migration / documents")),
)


@dataclass(frozen=True)
class Profile:
    code: str
    label: str  # marked for translation; use `profile_label()`
    taxonomy: str
    needs: tuple[tuple[str, str], ...]
    translate_needs: bool
    identifier_types: tuple[str, ...]
    currency: str
    holidays_country: str | None
    address_fields: tuple[str, ...]
    default_language: str
    show_pounds: bool = False


PROFILES: dict[str, Profile] = {
    "pl": Profile(
        "pl",
        QT_TRANSLATE_NOOP("profiles", "Poland"),
        "pl_art7",
        PL_ART7_GROUNDS,
        False,
        ("pesel", "other", "none"),
        "PLN",
        "PL",
        ("street", "locality", "gmina", "powiat", "wojewodztwo", "postal_code"),
        "pl",
    ),
    "id": Profile(
        "id",
        QT_TRANSLATE_NOOP("profiles", "Indonesia"),
        "id_pmks",
        ID_PMKS_CATEGORIES,
        False,
        ("nik", "other", "none"),
        "IDR",
        "ID",
        ("address_line", "rt", "rw", "desa", "kecamatan", "kabupaten", "provinsi", "postal_code"),
        "id",
    ),
    "us": Profile(
        "us",
        QT_TRANSLATE_NOOP("profiles", "United States"),
        "generic",
        GENERIC_NEEDS,
        True,
        ("ssn", "other", "none"),
        "USD",
        "US",
        ("address_line", "locality", "district", "region", "postal_code"),
        "en",
        show_pounds=True,
    ),
    "generic": Profile(
        "generic",
        QT_TRANSLATE_NOOP("profiles", "Generic (any country)"),
        "generic",
        GENERIC_NEEDS,
        True,
        ("other", "none"),
        "EUR",
        None,
        ("address_line", "locality", "district", "region", "postal_code"),
        "en",
    ),
}


def profile_label(code: str) -> str:
    return translate("profiles", PROFILES[code].label)


def need_label(profile: Profile, text: str) -> str:
    return translate("needs", text) if profile.translate_needs else text
