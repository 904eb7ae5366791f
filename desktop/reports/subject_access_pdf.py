"""The subject access PDF: the person, their households, then one table per kind of record.

Written for the person who asked: every field under a translated label, coded values and references as
words, dates and times as people read them (subject_access_labels). The JSON file keeps the raw names.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Spacer

from desktop.i18n import translate
from desktop.reports.pdf_common import CentreDocument, para, table
from desktop.reports.subject_access_labels import display_value, field_label, shown, table_label
from desktop.services.subject_access import SubjectData


def _when(generated_at: str) -> str:
    try:
        return datetime.fromisoformat(generated_at).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return generated_at


def write_subject_access_pdf(path: Path, subject: SubjectData, *, generated_by: str = "") -> Path:
    data = subject.data
    doc = CentreDocument(path, centre_name=data["centre"]["name"], centre_address=data["centre"]["address"],
                         title=translate("sar", "Personal data held (subject access)"), generated_by=generated_by)
    width = doc.width
    header = [translate("sar", "Field"), translate("sar", "Value")]

    def fields(table_name: str, row: dict[str, Any]) -> list[list[str]]:
        return [[field_label(table_name, key, subject.profile),
                 display_value(table_name, key, value, references=subject.references, currency=subject.currency)]
                for key, value in row.items()
                if shown(table_name, key, value, profile=subject.profile, subject_id=subject.person_id)]

    def grid(rows: list[list[str]]) -> Flowable:
        return table([header, *rows], [width * 0.36, width * 0.64])

    story: list[Flowable] = [
        para(translate("sar", "Personal data held about one person"), "title"),
        para(translate("sar", "Everything this centre's CentreDesk database holds about the person below, "
                              "as of {when}. Record {id}.").format(when=_when(subject.generated_at),
                                                                   id=subject.person_id)),
        para(translate("sar", "Person"), "h2"),
        grid(fields("persons", data["person"])),
    ]
    for index, item in enumerate(data["households"], start=1):
        story.append(para(translate("sar", "Household {n}").format(n=index), "h2"))
        rows = fields("household_members", item["membership"])
        if item["household"]:
            rows += fields("households", item["household"])
        story.append(grid(rows))
    for name, rows in sorted(data["records"].items(), key=lambda entry: table_label(entry[0]).casefold()):
        story.append(para(translate("sar", "{records} ({count})").format(records=table_label(name), count=len(rows)),
                          "h2"))
        for row in rows:
            story.append(grid(fields(name, row)))
            story.append(Spacer(1, 4))
    if not data["records"]:
        story.append(para(translate("sar", "No other records point at this person."), "body"))
    doc.build_with_page_numbers(story)
    return path
