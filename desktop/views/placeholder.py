"""The dashboard and the pages of areas that later versions fill in. No fake data: they say what comes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.permissions import role_label
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("placeholders", text)


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
        layout.addWidget(_heading(_tr(title)))
        self.notice = _body(translate("placeholders", "This part of CentreDesk arrives in a later version."))
        layout.addWidget(self.notice)
        layout.addWidget(_body(translate("placeholders", "It will let you: {what}").format(what=_tr(what))))
        layout.addStretch(1)


def placeholder(key: str) -> Callable[[PageContext], QWidget]:
    def factory(context: PageContext) -> QWidget:
        return PlaceholderPage(key, context)

    return factory


class DashboardPage(QFrame):
    """Welcome page; the real dashboard (due follow-ups, stock alerts, today's shifts) comes later."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        from desktop.views.navigation import visible_pages  # navigation imports this module

        actor = context.actor
        layout = QVBoxLayout(self)
        layout.addWidget(
            _heading(translate("placeholders", "Welcome, {name}").format(name=actor.full_name or actor.username))
        )
        self.centre_label = _body(
            translate("placeholders", "{centre} — you are signed in as {role}.").format(
                centre=context.centre.name, role=role_label(actor.role)
            )
        )
        layout.addWidget(self.centre_label)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(_body(translate("placeholders", "What is coming to this dashboard in later versions:")))
        coming = [
            translate("placeholders", "follow-ups of referrals that are due"),
            translate("placeholders", "stock running low or close to expiry"),
            translate("placeholders", "today's shifts and who has signed in"),
            translate("placeholders", "beds free tonight in the shelter"),
        ]
        layout.addWidget(_body("\n".join(f"• {line}" for line in coming)))
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(
            _body(
                translate(
                    "placeholders", "Use the list on the left, or Ctrl+1 to Ctrl+{last}, to open a part of CentreDesk."
                ).format(last=min(8, len(visible_pages(actor))))
            )
        )
        layout.addStretch(1)
