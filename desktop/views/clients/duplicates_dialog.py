"""Likely duplicates found before an intake is saved: open a match, merge into it, or go on."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from desktop.services.duplicates import DuplicateMatch
from desktop.services.people import PersonData
from desktop.services.permissions import Permission
from desktop.views.clients.client_file import open_client_file
from desktop.views.context import PageContext
from desktop.views.dialogs import BaseDialog


class DuplicatesDialog(BaseDialog):
    def __init__(self, context: PageContext, matches: list[tuple[int, DuplicateMatch]], entered: list[PersonData],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.matches = context, matches
        self.decision = "back"
        self.merge_targets: dict[int, int] = {}
        self.setWindowTitle(self.tr("Possible duplicates"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("These people may already be registered. Open a match to check, merge the "
                                        "new entry into it, or save anyway.")))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Possible duplicates"))
        for index, match in matches:
            person = entered[index]
            born = match.birth_date.isoformat() if match.birth_date else ""
            self.list.addItem(self.tr("{new} → {existing} {born} {address} ({reason})").format(
                new=f"{person.family_name}, {person.given_name}", existing=match.display_name, born=born,
                address=match.address, reason=match.reason))
        self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open match"))
        self.merge_button = QPushButton(self.tr("&Merge into match"))
        self.merge_button.setVisible(context.can(Permission.EDIT_CASE_FILES))
        row.addWidget(self.open_button)
        row.addWidget(self.merge_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Save anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button = self.buttons.addButton(self.tr("&Back to the form"), QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(self.buttons)
        self.back_button.setDefault(True)
        self.open_button.clicked.connect(self.open_match)
        self.merge_button.clicked.connect(self.merge_selected)
        self.save_button.clicked.connect(self.save_anyway)
        self.back_button.clicked.connect(self.reject)

    def current(self) -> tuple[int, DuplicateMatch] | None:
        row = self.list.currentRow()
        return self.matches[row] if 0 <= row < len(self.matches) else None

    def open_match(self) -> None:
        found = self.current()
        if found is not None:
            open_client_file(self.context, found[1].household_id, found[1].person_id, self.parentWidget())

    def merge_selected(self) -> None:
        found = self.current()
        if found is not None:
            self.merge_targets[found[0]] = found[1].person_id
            self.decision = "merge"
            self.accept()

    def save_anyway(self) -> None:
        self.decision = "save"
        self.accept()
