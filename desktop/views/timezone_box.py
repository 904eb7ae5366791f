"""The centre's time zone: a searchable list of zone names (type "wars" to find Europe/Warsaw).

Shifts are planned in wall-clock time; this zone turns them into real hours (night shifts across a clock
change). Used on the centre settings page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QVBoxLayout, QWidget

from desktop.services.rosters.common import TimezoneSetting, timezone_names


class TimezoneBox(QWidget):
    def __init__(self, setting: TimezoneSetting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setting = setting
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMaxVisibleItems(15)
        self.combo.addItems(timezone_names())
        if self.combo.findText(setting.name) < 0:
            self.combo.addItem(setting.name)  # a zone this computer's list lacks stays shown as it is
        self.combo.setCurrentText(setting.name)
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)
        self.combo.setAccessibleName(self.tr("Centre time zone"))
        self.combo.setToolTip(self.tr("Type part of the name, such as Warsaw or Jakarta."))
        note = (self.tr("Default for the country profile: {zone}.") if setting.chosen
                else self.tr("Not chosen yet: the country profile's {zone} is used.")).format(
            zone=setting.profile_default)
        self.note = QLabel(note + " " + self.tr("Shift hours are counted in this zone."))
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.note)
        self.setFocusProxy(self.combo)

    def zone_name(self) -> str:
        return self.combo.currentText().strip()

    def changed(self) -> bool:
        """Another zone than the one in force (the profile's default stays implicit until someone changes it)."""
        return self.zone_name() != self.setting.name
