"""The first-run wizard. Finishing it leaves `outcome` set: the centre's database with its first
administrator, or a freshly built training database to open instead."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget, QWizard

from desktop import APP_NAME
from desktop.db import Database
from desktop.errors import UserError
from desktop.services import setup
from desktop.services.setup import CentreSetup
from desktop.services.training import (
    TRAINING_ADMIN,
    build_training_database,
    is_ready_training_database,
    training_db_path,
)
from desktop.services.uow import UnitOfWork
from desktop.views import messages, tasks
from desktop.views.dialogs import set_error
from desktop.views.setup.pages import (
    PAGE_ADMIN,
    PAGE_CENTRE,
    PAGE_INTRO,
    PAGE_PROFILE,
    PAGE_TRAINING,
    AdminPage,
    CentrePage,
    IntroPage,
    ProfilePage,
    TrainingPage,
)
from desktop.views.translations import install_language


@dataclass(frozen=True)
class WizardOutcome:
    training: bool
    username: str
    training_path: Path | None = None


class SetupWizard(QWizard):
    def __init__(self, db: Database, training_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.training_path = training_path or training_db_path()
        self.outcome: WizardOutcome | None = None
        self.task: tasks.Task | None = None
        self._training_ready = False
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.intro = IntroPage()
        self.profile = ProfilePage()
        self.centre = CentrePage()
        self.admin = AdminPage()
        self.training = TrainingPage()
        self.training.show_path(str(self.training_path))
        for page_id, page in (
            (PAGE_INTRO, self.intro),
            (PAGE_PROFILE, self.profile),
            (PAGE_CENTRE, self.centre),
            (PAGE_ADMIN, self.admin),
            (PAGE_TRAINING, self.training),
        ):
            self.setPage(page_id, page)
        self.setStartId(PAGE_INTRO)
        self.intro.language.currentIndexChanged.connect(self._language_chosen)
        self.retranslate()
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 95, metrics.height() * 30)

    # -- language -------------------------------------------------------------------------------------
    def language(self) -> str:
        return str(self.intro.language.currentData())

    def _language_chosen(self) -> None:
        code = self.language()
        install_language(code)  # every page gets LanguageChange and re-translates itself now
        self.profile.follow_language(code)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up {app}").format(app=APP_NAME))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the real centre ------------------------------------------------------------------------------
    def centre_setup(self) -> CentreSetup:
        return CentreSetup(
            centre_name=self.centre.name.text(),
            address=self.centre.address.toPlainText(),
            profile=self.profile.profile(),
            language=self.language(),
            admin_username=self.admin.username.text().strip(),
            admin_full_name=self.admin.full_name.text(),
            admin_password=self.admin.password.text(),
        )

    def save_centre(self) -> bool:
        """Validate (inline messages) and write the centre. Called by the last page's validatePage."""
        page = self.admin
        if page.password.text() != page.password2.text():
            set_error(page.error, self.tr("The two passwords are not the same."),
                      self.tr("Type the same password in both boxes."))
            page.password2.clear()
            page.password2.setFocus()
            return False
        data = self.centre_setup()
        try:
            setup.validate(data)
            with UnitOfWork(self.db) as uow:
                setup.initialise(uow, data)
                uow.commit()
        except UserError as exc:
            set_error(page.error, exc.message, exc.hint)
            focus = {"username": page.username, "password": page.password}.get(exc.field or "")
            if exc.field == "centre_name":
                self.back()
                self.centre.name.setFocus()
            elif focus is not None:
                focus.setFocus()
            return False
        set_error(page.error, "")
        self.outcome = WizardOutcome(training=False, username=data.admin_username)
        return True

    # -- the training database ------------------------------------------------------------------------
    def start_training(self) -> bool:
        """Build the training file on a worker; the wizard closes itself when it is ready."""
        if self._training_ready:
            return True
        if self.task is not None and not self.task.done:
            return False
        if self.training_path.exists() and is_ready_training_database(self.training_path):
            fresh = messages.confirm(
                self,
                self.tr("A training database already exists."),
                self.tr("Yes: throw it away and build a fresh one. No: open the existing one as it is."),
            )
            if not fresh:
                self._training_finished(self.training_path)
                return True
        self.task = tasks.run_task(
            self,
            build_training_database,
            self.training_path,
            self.profile.profile(),
            self.language(),
            self.training.households.value(),
            self.training.months.value(),
            label=self.tr("Building the training database"),
            on_done=self._training_built,
        )
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.task.finished.connect(lambda: self.button(QWizard.WizardButton.FinishButton).setEnabled(True))
        return False

    def _training_finished(self, path: Path) -> None:
        self._training_ready = True
        self.outcome = WizardOutcome(training=True, username=TRAINING_ADMIN, training_path=path)

    def _training_built(self, path: Path) -> None:
        self._training_finished(path)
        self.accept()  # QWizard.done() re-validates the page: start_training() now answers True
