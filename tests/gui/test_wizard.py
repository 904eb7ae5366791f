"""First-run wizard: the centre, its settings and administrator; inline refusals; training database;
switching language re-translates the open wizard."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services import settings, setup, users
from desktop.services.uow import UnitOfWork
from desktop.views.setup.pages import PAGE_ADMIN, PAGE_CENTRE, PAGE_PROFILE, PAGE_TRAINING
from desktop.views.setup.wizard import SetupWizard

PASSWORD = "a long enough password"


@pytest.fixture
def wizard(qtbot, empty_db, tmp_path):
    wizard = SetupWizard(empty_db, training_path=tmp_path / "training.sqlite3")
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _fill_to_admin(wizard, profile="id"):
    wizard.next()
    assert wizard.currentId() == PAGE_PROFILE
    wizard.profile.buttons[profile].setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_CENTRE
    wizard.centre.name.setText("Puskesos Desa Sukamaju")
    wizard.centre.address.setPlainText("Jl. Merdeka 1")
    wizard.next()
    assert wizard.currentId() == PAGE_ADMIN
    wizard.admin.username.setText("kepala")
    wizard.admin.full_name.setText("Siti Rahayu")


def test_wizard_creates_centre_settings_and_administrator(wizard, empty_db):
    _fill_to_admin(wizard)
    wizard.admin.password.setText(PASSWORD)
    wizard.admin.password2.setText(PASSWORD)
    wizard.accept()
    assert wizard.result() == wizard.DialogCode.Accepted
    assert wizard.outcome is not None and wizard.outcome.username == "kepala" and not wizard.outcome.training
    with UnitOfWork(empty_db) as uow:
        centre = settings.centre_info(uow)
        assert (centre.name, centre.address, centre.profile, centre.currency) == (
            "Puskesos Desa Sukamaju", "Jl. Merdeka 1", "id", "IDR")
        assert len(setup.need_categories(uow)) == 26  # PMKS
        actor = users.authenticate(uow, "kepala", PASSWORD)
    assert actor.full_name == "Siti Rahayu" and actor.role.value == "administrator"


def test_mismatched_passwords_are_refused_inline(wizard, empty_db):
    _fill_to_admin(wizard)
    wizard.admin.password.setText(PASSWORD)
    wizard.admin.password2.setText(PASSWORD + "!")
    wizard.accept()
    assert wizard.isVisible() and wizard.currentId() == PAGE_ADMIN
    assert wizard.admin.error.isVisible()
    assert wizard.admin.error.text().startswith("The two passwords are not the same.")
    with UnitOfWork(empty_db, write=False) as uow:
        assert not settings.is_initialised(uow)


def test_short_password_and_bad_login_name_use_the_services_messages(wizard, empty_db):
    _fill_to_admin(wizard)
    wizard.admin.password.setText("short")
    wizard.admin.password2.setText("short")
    wizard.accept()
    assert wizard.admin.error.text() == "The password must have at least 8 characters."
    wizard.admin.username.setText("no spaces allowed")
    wizard.admin.password.setText(PASSWORD)
    wizard.admin.password2.setText(PASSWORD)
    wizard.accept()
    assert wizard.admin.error.text().startswith("A login name has 2 to 64 characters")
    with UnitOfWork(empty_db, write=False) as uow:
        assert not settings.is_initialised(uow)


def test_centre_name_is_required(wizard):
    wizard.next()
    wizard.next()
    wizard.centre.name.setText("  ")
    wizard.next()
    assert wizard.currentId() == PAGE_CENTRE
    assert wizard.centre.error.text() == "Enter the centre's name."


def test_profile_page_says_what_each_profile_seeds(wizard):
    wizard.next()
    wizard.profile.buttons["pl"].setChecked(True)
    summary = wizard.profile.summary.text()
    assert "art. 7" in summary and "16 categories" in summary and "PESEL" in summary and "PLN" in summary
    wizard.profile.buttons["us"].setChecked(True)
    assert "USD" in wizard.profile.summary.text() and "SSN" in wizard.profile.summary.text()


def test_training_database_is_built_and_opened_instead(qtbot, wizard, empty_db, tmp_path):
    wizard.intro.training.setChecked(True)
    wizard.next()
    wizard.profile.buttons["generic"].setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_TRAINING
    wizard.training.households.setValue(10)
    wizard.training.months.setValue(1)
    with qtbot.waitSignal(wizard.accepted, timeout=60_000):
        wizard.accept()
    outcome = wizard.outcome
    assert outcome is not None and outcome.training and outcome.training_path == tmp_path / "training.sqlite3"
    from desktop.db import open_database

    training = open_database(str(outcome.training_path))
    try:
        with UnitOfWork(training, write=False) as uow:
            centre = settings.centre_info(uow)
            assert centre.demo and centre.profile == "generic"
            assert users.has_users(uow)
        with UnitOfWork(training) as uow:
            assert users.authenticate(uow, "admin", "training-2026").role.value == "administrator"
    finally:
        training.dispose()
    with UnitOfWork(empty_db, write=False) as uow:
        assert not settings.is_initialised(uow)  # the real database is untouched


def _compile_polish_catalogue(folder: Path) -> None:
    ts = folder / "i18n" / "centredesk_pl.ts"
    ts.parent.mkdir(parents=True)
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="pl_PL">
<context><name>IntroPage</name>
<message><source>Welcome to CentreDesk</source><translation>Witamy w CentreDesk</translation></message>
</context>
<context><name>ProfilePage</name>
<message><source>Country profile</source><translation>Profil kraju</translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def test_switching_language_retranslates_the_open_wizard(qtbot, wizard, tmp_path, monkeypatch):
    _compile_polish_catalogue(tmp_path / "resources")
    monkeypatch.setattr("desktop.views.translations.resources_dir", lambda: tmp_path / "resources")
    assert wizard.intro.title() == "Welcome to CentreDesk"
    wizard.intro.language.setCurrentIndex(wizard.intro.language.findData("pl"))
    qtbot.waitUntil(lambda: wizard.intro.title() == "Witamy w CentreDesk")  # LanguageChange is posted
    assert wizard.profile.title() == "Profil kraju"
    assert wizard.profile.profile() == "pl"  # the profile follows the language until chosen
    wizard.intro.language.setCurrentIndex(wizard.intro.language.findData("en"))
    qtbot.waitUntil(lambda: wizard.intro.title() == "Welcome to CentreDesk")
