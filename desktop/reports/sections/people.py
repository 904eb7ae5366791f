"""People served: unduplicated, new / returning, by age band and by sex."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Executable

from desktop.i18n import translate
from desktop.models.clients import Sex
from desktop.reports.engine import Chart, ReportContext, ReportTable, SectionResult, section
from desktop.reports.served import UNKNOWN_BAND, band_key, people_profile_query

SEX_KEYS = tuple(s.value for s in Sex)  # F, M, X, U


def sex_label(code: str) -> str:
    return {
        "F": translate("reports", "Female"),
        "M": translate("reports", "Male"),
        "X": translate("reports", "Other"),
        "U": translate("reports", "Not recorded"),
    }[code]


def band_label(key: str) -> str:
    return translate("reports", "Unknown age") if key == UNKNOWN_BAND else key


def people_queries(ctx: ReportContext) -> dict[str, Executable]:
    return {f"people:{ctx.bands}": people_profile_query(ctx.served, ctx.bands)}


def people_figures(ctx: ReportContext) -> dict[str, Any]:
    """{unduplicated, new, returning, by_age_band, by_sex} for the context's bands (cached per run)."""

    def compute() -> dict[str, Any]:
        bands = [band_key(lo, hi) for lo, hi in ctx.bands] + [UNKNOWN_BAND]
        by_band = dict.fromkeys(bands, 0)
        by_sex = dict.fromkeys(SEX_KEYS, 0)
        total = new = 0
        no_birth_total = 0
        [(key, query)] = people_queries(ctx).items()
        for band, sex, is_new, no_birth, n in ctx.rows(key, query):
            no_birth_total += n if no_birth else 0
            total += n
            new += n if is_new else 0
            by_band[band] = by_band.get(band, 0) + n
            by_sex[str(sex)] = by_sex.get(str(sex), 0) + n
        return {"unduplicated": total, "new": new, "returning": total - new, "by_age_band": by_band,
                "by_sex": by_sex, "without_birth_date": no_birth_total}

    return dict(ctx.memo(f"people:{ctx.bands}", compute))


@section("people", queries=people_queries)
def people_section(ctx: ReportContext) -> SectionResult:
    fig = people_figures(ctx)
    count = translate("reports", "People")
    summary = ReportTable(
        translate("reports", "People served"),
        (translate("reports", "Figure"), count),
        ((translate("reports", "People served (unduplicated)"), fig["unduplicated"]),
         (translate("reports", "New this period"), fig["new"]),
         (translate("reports", "Returning"), fig["returning"])),
    )
    bands = tuple((band_label(k), v) for k, v in fig["by_age_band"].items())
    by_band = ReportTable(translate("reports", "People by age band"), (translate("reports", "Age band"), count),
                          bands + ((translate("reports", "Total"), fig["unduplicated"]),), total_row=True,
                          note=translate("reports", "Age on the date of the person's first service in the period."))
    sexes = tuple((sex_label(k), v) for k, v in fig["by_sex"].items())
    by_sex = ReportTable(translate("reports", "People by sex"), (translate("reports", "Sex"), count),
                         sexes + ((translate("reports", "Total"), fig["unduplicated"]),), total_row=True)
    chart = Chart("bar", translate("reports", "People by age band"), tuple(r[0] for r in bands),
                  tuple(float(r[1]) for r in bands))
    return SectionResult("people", translate("reports", "People served"), (summary, by_band, by_sex),
                         {"people": {k: v for k, v in fig.items() if k != "without_birth_date"}}, (chart,))
