"""Pages of areas that later versions fill in. No fake data: they say what comes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.views.context import PageContext

translate = QCoreApplication.translate

COMING: dict[str, tuple[str, str]] = {
    "clients": (
        QT_TRANSLATE_NOOP("placeholders", "Clients"),
        QT_TRANSLATE_NOOP(
            "placeholders",
            "Find a household in seconds, register households and people, record visits and parcels, "
            "consents, assessments, case notes, referrals and care plans.",
        ),
    ),
    "stock": (
        QT_TRANSLATE_NOOP("placeholders", "Stock"),
        QT_TRANSLATE_NOOP(
            "placeholders",
            "Receive donations, count stock, hand out parcels first-expiry-first-out and write off expired items.",
        ),
    ),
    "rosters": (
        QT_TRANSLATE_NOOP("placeholders", "Rosters"),
        QT_TRANSLATE_NOOP(
            "placeholders",
            "Staff and volunteer register, shifts with clash checks, credentials with expiry, signing in and out.",
        ),
    ),
    "programmes": (
        QT_TRANSLATE_NOOP("placeholders", "Programmes"),
        QT_TRANSLATE_NOOP(
            "placeholders", "Programmes with eligibility rules, enrolments, waitlists and document checklists."
        ),
    ),
    "shelter": (
        QT_TRANSLATE_NOOP("placeholders", "Shelter"),
        QT_TRANSLATE_NOOP(
            "placeholders", "Rooms and beds, check-in and check-out, the nightly roll call and the waitlist."
        ),
    ),
    "reports": (
        QT_TRANSLATE_NOOP("placeholders", "Reports"),
        QT_TRANSLATE_NOOP(
            "placeholders",
            "The monthly report, your country's report pack and impact analysis, in Excel, PDF and JSON.",
        ),
    ),
}



def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def _body(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PlaceholderPage(QFrame):
    """An area not built yet: its name, what it will do, and that it comes in a later version."""

    def __init__(self, key: str, context: PageContext) -> None:
        super().__init__()
        self.key = key
        title, what = COMING[key]
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(translate("placeholders", title)))
        self.notice = _body(translate("placeholders", "This part of CentreDesk arrives in a later version."))
        layout.addWidget(self.notice)
        layout.addWidget(_body(translate("placeholders",
                "It will let you: {what}").format(what=translate("placeholders", what))))
        layout.addStretch(1)


def placeholder(key: str) -> Callable[[PageContext], QWidget]:
    def factory(context: PageContext) -> QWidget:
        return PlaceholderPage(key, context)

    return factory
