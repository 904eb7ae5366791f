"""One dialog to add a one-off shift or edit one (templates make the regular ones).

Editing shows, while the coordinator types, what the change would mean for the people already on the shift:
clashes in plain words, and a reason field when the change brings a new clash.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from desktop.errors import UserError
from desktop.services.rosters import posts, shift_edit, shifts
from desktop.services.rosters.grid import ShiftCell
from desktop.services.rosters.shift_edit import ChangeCheck, ShiftChange
from desktop.views import messages
from desktop.views.context import PageContext
from desktop.views.dialogs import BaseDialog
from desktop.views.rosters.support import Failed, call, quiet_call, to_date, to_qdate, to_qtime, to_time

WARNING_STYLE = "color: #b3261e;"


class ShiftDialog(BaseDialog):
    def __init__(self, context: PageContext, day: date, post_id: int | None = None,
                 parent: QWidget | None = None, *, shift: ShiftCell | None = None) -> None:
        super().__init__(parent)
        self.context, self.shift = context, shift
        self.created_id: int | None = None
        self.last_check: ChangeCheck | None = None
        self.setWindowTitle(self.tr("Edit shift") if shift else self.tr("New shift"))
        form = QFormLayout(self)
        self.post = QComboBox()
        self.post.setAccessibleName(self.tr("Post"))
        for info in call(context, self, lambda uow: posts.list_posts(uow), write=False):
            self.post.addItem(info.name, info.id)
        if shift is not None and self.post.findData(shift.post_id) < 0:
            self.post.addItem(shift.post_name, shift.post_id)  # a post no longer in use keeps its shifts
        wanted = shift.post_id if shift else post_id
        if wanted is not None and self.post.findData(wanted) >= 0:
            self.post.setCurrentIndex(self.post.findData(wanted))
        self.day = QDateEdit(to_qdate(shift.day if shift else day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.start = QTimeEdit(to_qtime(shift.start_time) if shift else QTime(9, 0))
        self.end = QTimeEdit(to_qtime(shift.end_time) if shift else QTime(13, 0))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.needed = QSpinBox()
        self.needed.setRange(1, 100)
        self.needed.setValue(shift.needed if shift else 1)
        self.note = QLineEdit(shift.note if shift else "")
        form.addRow(self.tr("&Post:"), self.post)
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("&Starts:"), self.start)
        form.addRow(self.tr("&Ends:"), self.end)
        hint = QLabel(self.tr("An end at or before the start means the next morning (night shift)."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        form.addRow(self.tr("People &needed:"), self.needed)
        form.addRow(self.tr("N&ote:"), self.note)
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setAccessibleName(self.tr("Clashes"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason to save despite the clashes"))
        self.reason.setPlaceholderText(self.tr("Needed only to save despite a new clash"))
        if shift is not None:
            people = ", ".join(p.name for p in shift.people) or self.tr("nobody yet")
            on_shift = QLabel(people)
            on_shift.setWordWrap(True)
            form.addRow(self.tr("On the shift:"), on_shift)
            form.addRow(self.tr("Checks:"), self.checks)
            form.addRow(self.tr("&Reason:"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if shift is not None:
            self.post.currentIndexChanged.connect(self.check)
            self.day.dateChanged.connect(self.check)
            self.start.timeChanged.connect(self.check)
            self.end.timeChanged.connect(self.check)
            self.needed.valueChanged.connect(self.check)
            self.resize(560, self.sizeHint().height())
            self.check()

    def change(self) -> ShiftChange | None:
        post_id = self.post.currentData()
        if post_id is None:
            return None
        return ShiftChange(int(post_id), to_date(self.day.date()), to_time(self.start.time()), to_time(self.end.time()),
                           self.needed.value(), self.note.text())

    def check(self) -> None:
        """Re-run the clash rules for the people on the shift, as it would be; problems shown here, not in boxes."""
        change, shift = self.change(), self.shift
        if change is None or shift is None:
            return
        outcome = quiet_call(self.context, lambda uow: shift_edit.check_shift_change(
            uow, self.context.actor, shift.id, change))
        if isinstance(outcome, UserError):
            self.last_check = None
            self.checks.setText("⚠ " + outcome.message + (f"\n{outcome.hint}" if outcome.hint else ""))
            self.checks.setStyleSheet(WARNING_STYLE)
            self.reason.setEnabled(False)
            self._fit()
            return
        self.last_check = outcome
        new = set(outcome.new)
        lines = [("⚠ " if c.blocking and c in new else "ℹ ") + c.message
                 + ("" if c in new or not c.blocking else " " + self.tr("(already so before this change)"))
                 for c in outcome.clashes]
        self.checks.setText("\n".join(lines) if lines else self.tr("No clashes."))
        self.checks.setStyleSheet(WARNING_STYLE if outcome.needs_reason else "")
        self.reason.setEnabled(outcome.needs_reason)
        self._fit()

    def _fit(self) -> None:
        """Grow the dialog when the checks need more lines (never shrink what the user sized)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else self.sizeHint().height()
        if self.height() < needed:
            self.resize(self.width(), needed)

    def save(self) -> None:
        change = self.change()
        if change is None:
            messages.warn(self, self.tr("Add a post first (Posts and templates tab)."))
            return
        actor, shift = self.context.actor, self.shift
        try:
            if shift is None:
                self.created_id = call(self.context, self, lambda uow: shifts.create_shift(
                    uow, actor, post_id=change.post_id, shift_date=change.shift_date, start_time=change.start_time,
                    end_time=change.end_time, needed=change.needed, note=change.note))
            else:
                reason = self.reason.text() if self.reason.isEnabled() else ""
                result = call(self.context, self, lambda uow: shift_edit.edit_shift(
                    uow, actor, shift.id, change, override_reason=reason))
                if result.overridden:
                    messages.info(self, self.tr("Saved despite the clashes; your reason was recorded."))
        except Failed:
            return
        self.accept()
