"""Referral letter PDF: the centre's header, the agency, the person's shareable details, service, reason and
tracking number, in the language active when it is called (see services.referral_letter.print_letter)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.i18n import translate
from desktop.reports.pdf_common import CentreDocument, para, table
from desktop.services.referral_letter import LetterData


def write_referral_letter(data: LetterData, dest: Path) -> Path:
    title = translate("referral_letter", "Referral letter")
    doc = CentreDocument(dest, centre_name=data.centre_name, centre_address=data.centre_address,
                         title=f"{title} {data.tracking_number}", generated_by=data.caseworker)
    attention = (translate("referral_letter", "Attn: {name}").format(name=data.agency_contact)
                 if data.agency_contact else "")
    story: list[Flowable] = [
        para(title, "title"),
        table([[translate("referral_letter", "Tracking number"), data.tracking_number],
               [translate("referral_letter", "Date"), data.letter_date.isoformat()]],
              [50 * mm, 120 * mm], header_rows=0),
        Spacer(1, 5 * mm),
        para(translate("referral_letter", "To"), "h2"),
        para("\n".join(p for p in (data.agency_name, data.agency_address, attention) if p)),
        para(translate("referral_letter", "Person referred"), "h2"),
    ]
    details = [[translate("referral_letter", "Name"), data.person_name]]
    if data.birth_date:
        details.append([translate("referral_letter", "Date of birth"), data.birth_date.isoformat()])
    if data.id_number:
        details.append([translate("referral_letter", "Identity number"), data.id_number])
    if data.address:
        details.append([translate("referral_letter", "Address"), data.address])
    if data.phone:
        details.append([translate("referral_letter", "Phone"), data.phone])
    story += [
        table(details, [50 * mm, 120 * mm], header_rows=0),
        para(translate("referral_letter",
                "Only the details the person agreed to share with your organisation are given."), "small"),
        para(translate("referral_letter", "Service requested"), "h2"),
        para(data.service),
        para(translate("referral_letter", "Reason for referral"), "h2"),
        para(data.reason),
        Spacer(1, 4 * mm),
        para(translate("referral_letter",
                "Please quote the tracking number {number} in any reply.").format(number=data.tracking_number)),
    ]
    if data.follow_up_on:
        story.append(para(translate("referral_letter",
                "We will contact you about this referral on or after {date}.").format(
            date=data.follow_up_on.isoformat())))
    story += [
        Spacer(1, 12 * mm),
        para(translate("referral_letter", "Caseworker: {name}").format(name=data.caseworker)),
        Spacer(1, 10 * mm),
        para("_" * 40),
        para(translate("referral_letter", "Signature"), "small"),
    ]
    doc.build_with_page_numbers(story)
    return dest
