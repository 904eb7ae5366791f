"""Notes and Referrals tabs of the client file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.db import Database
from desktop.i18n import QT_TRANSLATE_NOOP, current_language
from desktop.models.casework import ReferralStatus
from desktop.progress import Progress
from desktop.services import agencies, case_notes, referral_letter, referrals
from desktop.services.case_access import people_of
from desktop.services.case_notes import NoteRow
from desktop.services.permissions import Actor, Permission
from desktop.services.referrals import ReferralRow
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.casework.common import CaseTab, Column, FormDialog, day
from desktop.views.context import PageContext
from desktop.views.translations import translate


def open_with_system_viewer(path: Path) -> bool:
    """The one place that hands a file to the system's viewer (tests replace it)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _note_text(n: NoteRow) -> str:
    if n.sealed:
        return (
            translate("casework", "Sealed note — open it to read")
            if n.can_open
            else translate("casework", "Sealed note")
        )
    return n.text.replace("\n", " ")[:200]


class NotesTab(CaseTab[NoteRow]):
    def __init__(self, context: PageContext, household_id: int | None, person_id: int | None) -> None:
        super().__init__(
            context,
            household_id,
            person_id,
            [
                Column(QT_TRANSLATE_NOOP("casework", "Date"), lambda n: day(n.noted_on)),
                Column(QT_TRANSLATE_NOOP("casework", "Author"), lambda n: n.author),
                Column(QT_TRANSLATE_NOOP("casework", "Note"), _note_text),
            ],
            translate("casework", "Case notes"),
        )
        if context.can(Permission.EDIT_CASE_FILES):
            self.add_button(translate("casework", "&New note…"), self.new_note, new_shortcut=True)
        self.open_button = self.add_button(translate("casework", "&Open"), self.open_note, needs_selection=True)
        self.finish()

    def fetch(self, uow: UnitOfWork, person_ids: list[int]) -> list[NoteRow]:
        return case_notes.list_notes(uow, self.context.actor, self.household_id, person_ids)

    def activated(self) -> None:
        self.open_note()

    def new_note(self) -> FormDialog:
        def build(d: FormDialog) -> None:
            d.add_date("noted_on", translate("casework", "Date"))
            d.add_text("text", translate("casework", "Note"))
            d.add_check(
                "sealed", translate("casework", "Sealed: only caseworkers on the case and coordinators can read it")
            )

        def save(uow: UnitOfWork, d: FormDialog) -> int:
            return case_notes.add_note(
                uow,
                self.context.actor,
                text=d.value("text"),
                noted_on=d.value("noted_on"),
                person_id=self.person_id,
                household_id=self.household_id,
                sealed=d.value("sealed"),
            )

        return self.open_form(translate("casework", "New case note"), build, save)

    def open_note(self) -> NoteRow | None:
        chosen = self.selected()
        if chosen is None:
            return None
        note = self.run(lambda uow: case_notes.read_note(uow, self.context.actor, chosen.id))  # audited if sealed
        if isinstance(note, NoteRow):
            title = translate("casework", "Sealed note") if note.sealed else translate("casework", "Case note")
            messages.info(self, note.text, f"{day(note.noted_on)} · {note.author}", title=title)
            return note
        return None


def _status(r: ReferralRow) -> str:
    return referrals.status_label(r.status)


def _follow_up(r: ReferralRow) -> str:
    return day(r.follow_up_on) + (" ⚠ " + translate("casework", "overdue") if r.overdue(date.today()) else "")


def write_letter(progress: Progress, db: Database, actor: Actor, referral_id: int, dest: Path, language: str) -> Path:
    """Worker-thread job: its own unit of work, committed so the export is audited."""
    with UnitOfWork(db) as uow:
        path = referral_letter.print_letter(uow, actor, referral_id, dest, language=language)
        uow.commit()
    return path


class ReferralsTab(CaseTab[ReferralRow]):
    def __init__(self, context: PageContext, household_id: int | None, person_id: int | None) -> None:
        super().__init__(
            context,
            household_id,
            person_id,
            [
                Column(QT_TRANSLATE_NOOP("casework", "Tracking number"), lambda r: r.tracking_number),
                Column(QT_TRANSLATE_NOOP("casework", "Person"), lambda r: r.person_name),
                Column(QT_TRANSLATE_NOOP("casework", "Agency"), lambda r: r.agency_name),
                Column(QT_TRANSLATE_NOOP("casework", "Service"), lambda r: r.service),
                Column(QT_TRANSLATE_NOOP("casework", "Status"), _status),
                Column(QT_TRANSLATE_NOOP("casework", "Follow-up"), _follow_up),
                Column(QT_TRANSLATE_NOOP("casework", "Outcome"), lambda r: r.outcome),
            ],
            translate("casework", "Referrals"),
        )
        if context.can(Permission.EDIT_CASE_FILES):
            self.add_button(translate("casework", "&New referral…"), self.new_referral, new_shortcut=True)
            self.status_button = self.add_button(
                translate("casework", "Change &status…"), self.change_status, needs_selection=True
            )
        self.letter_button = self.add_button(
            translate("casework", "&Print letter…"), self.print_letter, needs_selection=True
        )
        self.add_button(translate("casework", "A&gencies…"), self.open_agencies)
        self.finish()

    def open_agencies(self) -> QWidget:
        from desktop.views.casework.agencies_page import open_agencies

        dialog = open_agencies(self.context, self)
        dialog.finished.connect(lambda _result: self.reload())
        return dialog

    def fetch(self, uow: UnitOfWork, person_ids: list[int]) -> list[ReferralRow]:
        return referrals.list_referrals(uow, self.context.actor, self.household_id, person_ids)

    def new_referral(self) -> FormDialog | None:
        with UnitOfWork(self.context.db, write=False) as uow:
            people = people_of(uow, self.household_id, self.person_id)
            agency_rows = agencies.list_agencies(uow, self.context.actor)
        if not agency_rows:
            messages.warn(
                self,
                translate("casework", "The agencies directory is empty."),
                translate("casework", "Add the agency first (the Agencies… button), then make the referral."),
            )
            return None

        def build(d: FormDialog) -> None:
            d.add_combo("person", translate("casework", "Person"), [(name, pid) for pid, name in people])
            d.add_combo(
                "agency",
                translate("casework", "Agency"),
                [(f"{a.name} ({a.type_label})" if a.type_label else a.name, a.id) for a in agency_rows],
            )
            d.add_line("service", translate("casework", "Service requested"))
            d.add_text("reason", translate("casework", "Reason"))
            d.add_optional_date("follow_up_on", translate("casework", "Follow up on"))

        def save(uow: UnitOfWork, d: FormDialog) -> int:
            return referrals.create_referral(
                uow,
                self.context.actor,
                person_id=d.value("person"),
                agency_id=d.value("agency"),
                service=d.value("service"),
                reason=d.value("reason"),
                household_id=self.household_id,
                follow_up_on=d.value("follow_up_on"),
            )

        return self.open_form(translate("casework", "New referral"), build, save)

    def change_status(self) -> FormDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        if not chosen.next_statuses:
            messages.info(self, translate("casework", "This referral is closed: its status cannot change any more."))
            return None
        order = list(ReferralStatus)

        def build(d: FormDialog) -> None:
            d.add_combo(
                "status",
                translate("casework", "New status"),
                [(referrals.status_label(s), s) for s in sorted(chosen.next_statuses, key=order.index)],
            )
            d.add_date("on", translate("casework", "Date"))
            d.add_optional_date("follow_up_on", translate("casework", "Follow up on"), chosen.follow_up_on)
            d.add_text("outcome", translate("casework", "Outcome"), chosen.outcome)

        def save(uow: UnitOfWork, d: FormDialog) -> None:
            referrals.change_status(
                uow,
                self.context.actor,
                chosen.id,
                d.value("status"),
                on=d.value("on"),
                outcome=d.value("outcome"),
                follow_up_on=d.value("follow_up_on"),
            )

        return self.open_form(
            translate("casework", "Referral {number}").format(number=chosen.tracking_number), build, save
        )

    def print_letter(self, dest: Path | None = None) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if dest is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                translate("casework", "Save the referral letter"),
                f"{chosen.tracking_number}.pdf",
                translate("casework", "PDF files (*.pdf)"),
            )
            if not name:
                return
            dest = Path(name)
        self.context.run_task(
            self,
            write_letter,
            self.context.db,
            self.context.actor,
            chosen.id,
            dest,
            current_language(),
            label=translate("casework", "Writing the referral letter"),
            on_done=self._letter_written,
        )

    def _letter_written(self, path: Path) -> None:
        self.last_letter = path
        open_with_system_viewer(path)
