"""The pages of the first-run wizard. Each re-translates itself when the language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from desktop.i18n import LANGUAGES, current_language
from desktop.services.profiles import profile_label
from desktop.views.dialogs import error_label, set_error
from desktop.views.setup.profile_text import profile_summary

PAGE_INTRO, PAGE_PROFILE, PAGE_CENTRE, PAGE_ADMIN, PAGE_TRAINING = range(5)
LANGUAGE_PROFILE = {"pl": "pl", "id": "id", "en": "generic"}


class TranslatedPage(QWizardPage):
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


def _wrapping_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class IntroPage(TranslatedPage):
    def __init__(self) -> None:
        super().__init__()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.real = QRadioButton()
        self.real.setChecked(True)
        self.training = QRadioButton()
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.real)
        self.choice.addButton(self.training)
        self.real_note = _wrapping_label()
        self.training_note = _wrapping_label()
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(self.real)
        layout.addWidget(self.real_note)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.training)
        layout.addWidget(self.training_note)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to CentreDesk"))
        self.setSubTitle(self.tr("Choose your language, then set up your centre or try CentreDesk on practice data."))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.real.setText(self.tr("&Set up my centre"))
        self.real_note.setText(self.tr("Start the real database: your centre's details and the first administrator."))
        self.training.setText(self.tr("Open a &training database with demo data"))
        self.training_note.setText(
            self.tr("A separate practice file full of made-up households, stock and staff, for learning safely. "
                    "Nothing done there touches real records; you can set up your centre later.")
        )

    def wants_training(self) -> bool:
        return self.training.isChecked()

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return PAGE_PROFILE


class ProfilePage(TranslatedPage):
    def __init__(self) -> None:
        super().__init__()
        self.buttons: dict[str, QRadioButton] = {}
        self.chosen_by_user = False
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for code in ("pl", "id", "us", "generic"):
            button = QRadioButton()
            button.toggled.connect(self._show_summary)
            button.clicked.connect(self._user_chose)
            self.buttons[code] = button
            self.group.addButton(button)
            layout.addWidget(button)
        self.summary = _wrapping_label()
        self.summary.setAccessibleName("summary")
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.buttons[LANGUAGE_PROFILE.get(current_language(), "generic")].setChecked(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Country profile"))
        self.setSubTitle(self.tr("The profile seeds the needs list, the personal identifier, the address form, "
                                 "the currency and the public holidays."))
        for code, button in self.buttons.items():
            button.setText(profile_label(code))
            button.setAccessibleName(profile_label(code))
        self._show_summary()

    def profile(self) -> str:
        for code, button in self.buttons.items():
            if button.isChecked():
                return code
        return "generic"

    def _show_summary(self) -> None:
        self.summary.setText(profile_summary(self.profile()))

    def _user_chose(self) -> None:
        self.chosen_by_user = True

    def follow_language(self, code: str) -> None:
        """Until the user picks a profile themselves, it follows the language (Polski -> Poland)."""
        if not self.chosen_by_user:
            self.buttons[LANGUAGE_PROFILE.get(code, "generic")].setChecked(True)

    def nextId(self) -> int:  # noqa: N802 - Qt override
        wizard = self.wizard()
        intro = wizard.page(PAGE_INTRO) if wizard else None
        return PAGE_TRAINING if isinstance(intro, IntroPage) and intro.wants_training() else PAGE_CENTRE


class CentrePage(TranslatedPage):
    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(self.fontMetrics().height() * 5)
        self.name_label, self.address_label = QLabel(), QLabel()
        self.name_label.setBuddy(self.name)
        self.address_label.setBuddy(self.address)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.address_label, self.address)
        self.error = error_label()
        layout = QVBoxLayout(self)  # the message sits outside the form: a spanning form row clips wrapped text
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your centre"))
        self.setSubTitle(self.tr("The name appears on every screen, report and letter. You can change both later."))
        self.name_label.setText(self.tr("Centre &name:"))
        self.address_label.setText(self.tr("&Address:"))
        self.name.setAccessibleName(self.tr("Centre name"))
        self.address.setAccessibleName(self.tr("Address"))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if not self.name.text().strip():
            set_error(self.error, self.tr("Enter the centre's name."))
            self.name.setFocus()
            return False
        set_error(self.error, "")
        return True

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return PAGE_ADMIN


class AdminPage(TranslatedPage):
    """The first administrator. Validation and saving happen in the wizard (it has every page's data)."""

    def __init__(self) -> None:
        super().__init__()
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.password = _password_field()
        self.password2 = _password_field()
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.username, self.full_name, self.password, self.password2),
                                strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.note = _wrapping_label()
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(self.tr("This account manages users, settings and backups. Keep its password safe."))
        texts = (self.tr("&Login name:"), self.tr("&Full name:"), self.tr("&Password:"), self.tr("&Repeat password:"))
        names = (self.tr("Login name"), self.tr("Full name"), self.tr("Password"), self.tr("Repeat password"))
        for label, text, field, name in zip(
            self.labels, texts, (self.username, self.full_name, self.password, self.password2), names, strict=True
        ):
            label.setText(text)
            field.setAccessibleName(name)
        self.note.setText(self.tr("At least 8 characters. A short sentence is easy to remember and hard to guess."))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        wizard = self.wizard()
        return bool(wizard.save_centre()) if hasattr(wizard, "save_centre") else False

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return -1


class TrainingPage(TranslatedPage):
    def __init__(self) -> None:
        super().__init__()
        self.households = QSpinBox()
        self.households.setRange(10, 5000)
        self.households.setValue(150)
        self.months = QSpinBox()
        self.months.setRange(1, 36)
        self.months.setValue(12)
        self.households_label, self.months_label = QLabel(), QLabel()
        self.households_label.setBuddy(self.households)
        self.months_label.setBuddy(self.months)
        self.note = _wrapping_label()
        self.where = _wrapping_label()
        form = QFormLayout()
        form.addRow(self.households_label, self.households)
        form.addRow(self.months_label, self.months)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.where)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        from desktop.services.demo import DEMO_PASSWORD

        self.setTitle(self.tr("Training database"))
        self.setSubTitle(self.tr("Made-up data in your country's profile, for learning without risk."))
        self.households_label.setText(self.tr("&Households:"))
        self.months_label.setText(self.tr("&Months of history:"))
        self.households.setAccessibleName(self.tr("Households"))
        self.months.setAccessibleName(self.tr("Months of history"))
        self.note.setText(
            self.tr("You sign in as admin, or as one of the staff accounts shown on the sign-in screen. "
                    "Every training account uses the password {password}.").format(password=DEMO_PASSWORD)
        )

    def show_path(self, path: str) -> None:
        self.where.setText(self.tr("File: {path}").format(path=path))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        wizard = self.wizard()
        return bool(wizard.start_training()) if hasattr(wizard, "start_training") else False

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return -1
