"""Country profiles: the taxonomies, identifiers, address form, currency and holidays each one seeds.

The Polish and Indonesian lists are legal terms and stay in their own language whatever the UI
language; the generic list is seeded in the language chosen at first run. Every seeded list is
editable afterwards (need_categories table).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.i18n import translate, translate_noop

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
    ("food_insecurity", translate_noop("needs", "Food insecurity")),
    ("housing", translate_noop("needs", "Housing / homelessness")),
    ("income_debt", translate_noop("needs", "Income / debt")),
    ("unemployment", translate_noop("needs", "Unemployment")),
    ("health", translate_noop("needs", "Health")),
    ("disability", translate_noop("needs", "Disability")),
    ("mental_health", translate_noop("needs", "Mental health")),
    ("addiction", translate_noop("needs", "Addiction")),
    ("domestic_violence", translate_noop("needs", "Domestic violence")),
    ("childcare", translate_noop("needs", "Childcare")),
    ("elderly_care", translate_noop("needs", "Elderly care")),
    ("legal", translate_noop("needs", "Legal")),
    ("education_training", translate_noop("needs", "Education / training")),
    ("migration_documents", translate_noop("needs", "Migration / documents")),
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
        translate_noop("profiles", "Poland"),
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
        translate_noop("profiles", "Indonesia"),
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
        translate_noop("profiles", "United States"),
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
        translate_noop("profiles", "Generic (any country)"),
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
