"""Centre settings tab: name, address and the idle time before the screen locks (stored in the database)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services import settings
from desktop.services.profiles import profile_label
from desktop.services.rosters.common import set_centre_timezone, timezone_setting
from desktop.services.uow import UnitOfWork
from desktop.views import messages
from desktop.views.context import PageContext
from desktop.views.dialogs import error_label, set_error
from desktop.views.timezone_box import TimezoneBox


class CentrePage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        centre = context.centre
        self.name = QLineEdit(centre.name)
        self.name.setAccessibleName(self.tr("Centre name"))
        self.address = QPlainTextEdit(centre.address)
        self.address.setAccessibleName(self.tr("Address"))
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(self.fontMetrics().height() * 5)
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setValue(centre.idle_lock_minutes)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(self.tr("Lock the screen after this many idle minutes"))
        form = QFormLayout()
        form.addRow(self.tr("Centre &name:"), self.name)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Lock the screen after:"), self.idle)
        with UnitOfWork(context.db, write=False) as uow:
            self.timezone = TimezoneBox(timezone_setting(uow))
        form.addRow(self.tr("&Time zone:"), self.timezone)
        fixed = QLabel(
            self.tr("Country profile: {profile}. Currency: {currency}. These were chosen at set-up.").format(
                profile=profile_label(centre.profile), currency=centre.currency
            )
        )
        fixed.setWordWrap(True)
        form.addRow(fixed)
        self.error = error_label()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save centre settings"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(row)
        layout.addStretch(1)

    def save(self) -> None:
        try:
            with UnitOfWork(self.context.db) as uow:
                settings.update_centre(
                    uow,
                    self.context.actor,
                    name=self.name.text(),
                    address=self.address.toPlainText(),
                    idle_lock_minutes=self.idle.value(),
                )
                if self.timezone.changed():
                    set_centre_timezone(uow, self.context.actor, self.timezone.zone_name())
                uow.commit()
                self.timezone.setting = timezone_setting(uow)
        except UserError as exc:
            set_error(self.error, exc.message, exc.hint)
            return
        set_error(self.error, "")
        self.context.centre_changed()
        messages.info(self, self.tr("The centre settings were saved."))
