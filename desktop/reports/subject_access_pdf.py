"""The subject access PDF: the person, their households, then one table per kind of record."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Spacer

from desktop.i18n import translate
from desktop.reports.pdf_common import CentreDocument, para, table
from desktop.services.subject_access import SubjectData


def _pairs(data: dict[str, Any]) -> list[list[str]]:
    return [[key, "" if value is None else str(value)] for key, value in data.items()]


def write_subject_access_pdf(path: Path, subject: SubjectData, *, generated_by: str = "") -> Path:
    data = subject.data
    doc = CentreDocument(path, centre_name=data["centre"]["name"], centre_address=data["centre"]["address"],
                         title=translate("sar", "Personal data held (subject access)"), generated_by=generated_by)
    width = doc.width
    story: list[Flowable] = [
        para(translate("sar", "Personal data held about one person"), "title"),
        para(translate("sar", "Everything this centre's CentreDesk database holds about the person below, "
                              "as of {when}. Record {id}.").format(when=subject.generated_at, id=subject.person_id)),
        para(translate("sar", "Person"), "h2"),
        table([[translate("sar", "Field"), translate("sar", "Value")], *_pairs(data["person"])],
              [width * 0.3, width * 0.7]),
    ]
    for index, item in enumerate(data["households"], start=1):
        story.append(para(translate("sar", "Household {n}").format(n=index), "h2"))
        rows = _pairs(item["membership"]) + (_pairs(item["household"]) if item["household"] else [])
        story.append(table([[translate("sar", "Field"), translate("sar", "Value")], *rows],
                           [width * 0.3, width * 0.7]))
    for name, rows in sorted(data["records"].items()):
        story.append(para(translate("sar", "Records: {table} ({count})").format(table=name, count=len(rows)), "h2"))
        for row in rows:
            story.append(table([[translate("sar", "Field"), translate("sar", "Value")], *_pairs(row)],
                               [width * 0.3, width * 0.7]))
            story.append(Spacer(1, 4))
    if not data["records"]:
        story.append(para(translate("sar", "No other records point at this person."), "body"))
    doc.build_with_page_numbers(story)
    return path
