"""Install the interface language: our .qm catalogue, Qt's own strings, and the service layer's language."""

from __future__ import annotations

import locale
import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import i18n
from desktop.paths import resources_dir

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def qm_path(code: str) -> str:
    return str(resources_dir() / "i18n" / f"centredesk_{code}.qm")


def install_language(code: str) -> str:
    """Switch every window to `code` now: Qt sends LanguageChange, widgets re-translate themselves."""
    code = code if code in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    i18n.set_language(code)
    if app is None:
        return code
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator()  # English too: its catalogue holds the English plural forms of "%n ..."
    if ours.load(qm_path(code)):
        _installed.append(ours)
    else:
        log.info("no compiled translation %s", qm_path(code))
    if code != i18n.DEFAULT_LANGUAGE:
        qt_own = QTranslator()
        if qt_own.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(code))
    return code


def system_language() -> str:
    """The operating system's language if CentreDesk speaks it, else English."""
    name = QLocale.system().name() or (locale.getlocale()[0] or "")
    code = name.split("_")[0].lower()
    return code if code in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate under the short name pyside6-lupdate extracts (context must be a literal)."""
    return QCoreApplication.translate(context, text, disambiguation, n)
