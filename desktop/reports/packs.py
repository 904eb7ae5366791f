"""Report packs: which sections, in which language, with which age bands. Building one gives a PackResult.

The Polish and Indonesian packs render in Polish and Indonesian whatever the interface language (they go
to Polish and Indonesian authorities); the others in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, current_language, translate, use_language
from desktop.progress import Progress
from desktop.reports.engine import DEFAULT_BANDS, TEFAP_BANDS, PackResult, ReportContext, run_sections
from desktop.reports.periods import Period
from desktop.reports.quality import quality_queries, run_checks
from desktop.services.settings import centre_info
from desktop.services.uow import UnitOfWork


@dataclass(frozen=True)
class Pack:
    key: str
    title: str  # QT_TRANSLATE_NOOP("reports", ...)
    sections: tuple[str, ...]
    language: str | None = None  # None = the user's language
    bands: tuple[tuple[int, int | None], ...] = DEFAULT_BANDS
    profiles: tuple[str, ...] = ()  # offered first for these profiles; () = all
    default_period: str = "month"  # month | half | year


PACKS: dict[str, Pack] = {
    "monthly": Pack("monthly", QT_TRANSLATE_NOOP("reports", "Monthly report"),
                    ("people", "households", "services", "food", "referrals", "volunteers", "stock")),
    "pl-mrpips03": Pack("pl-mrpips03", QT_TRANSLATE_NOOP("reports", "Report based on MRPiPS-03"),
                        ("pl_mrpips03", "people", "households", "services"), language="pl", profiles=("pl",),
                        default_period="half"),
    "id-slrt": Pack("id-slrt", QT_TRANSLATE_NOOP("reports", "Puskesos / SLRT monthly report"),
                    ("id_slrt", "people", "services", "referrals"), language="id", profiles=("id",)),
    "us-tefap": Pack("us-tefap", QT_TRANSLATE_NOOP("reports", "TEFAP monthly report"),
                     ("us_tefap", "food"), bands=TEFAP_BANDS, profiles=("us",)),
}


def get_pack(key: str) -> Pack:
    if key not in PACKS:
        raise ValidationError(translate("reports", "Unknown report {pack}: choose one of {choices}.").format(
            pack=key, choices=", ".join(PACKS)), field="pack")
    return PACKS[key]


def packs_for_profile(profile: str) -> list[Pack]:
    """Every pack: the monthly report first (every centre's routine), then the profile's own, then the rest."""

    def order(pack: Pack) -> tuple[int, str]:
        if pack.key == "monthly":
            return 0, pack.key
        return (1 if profile in pack.profiles else 2 if not pack.profiles else 3), pack.key

    return sorted(PACKS.values(), key=order)


def pack_language(pack: Pack) -> str:
    return pack.language or current_language()


def pack_title(pack: Pack) -> str:
    with use_language(pack_language(pack)):
        return translate("reports", pack.title)


def build_pack(uow: UnitOfWork, key: str, period: Period, *, generated_by: str = "",
               progress: Progress | None = None) -> PackResult:
    """Compute every figure of a pack for a period (no permission check: services/reporting.py checks)."""
    pack = get_pack(key)
    info = centre_info(uow)
    language = pack_language(pack)
    with use_language(language):
        ctx = ReportContext(uow, period, info.profile, pack.bands, progress or Progress())
        try:
            sections, figures = run_sections(ctx, pack.sections, also=(quality_queries,))
            quality = run_checks(ctx)
        finally:
            ctx.served.release(uow.session)
        title = translate("reports", pack.title)
    figures["pack"] = pack.key
    figures["data_quality"] = [{"check": q.check, "count": q.count} for q in quality]
    return PackResult(pack.key, title, language, period, info.name, info.address, generated_by,
                      datetime.now().astimezone(), tuple(sections), figures, quality)
