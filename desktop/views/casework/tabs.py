"""Registers the casework tabs in the client file (desktop/views/clients/file_tabs.py)."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.permissions import Permission
from desktop.views.casework.notes_referrals import NotesTab, ReferralsTab
from desktop.views.casework.plans_services import CarePlansTab, ServicesTab
from desktop.views.casework.records import AssessmentsTab, ConsentsTab, DocumentsTab
from desktop.views.clients.file_tabs import register_tab

# Overview and Timeline (clients) come first; case tabs follow in the order a caseworker uses them.
register_tab("assessments", QT_TRANSLATE_NOOP("file_tabs", "Assessments"), Permission.READ_CASE_FILES,
             AssessmentsTab, 30)
register_tab("documents", QT_TRANSLATE_NOOP("file_tabs", "Documents"), Permission.READ_CASE_FILES, DocumentsTab, 31)
register_tab("consents", QT_TRANSLATE_NOOP("file_tabs", "Consents"), Permission.READ_CASE_FILES, ConsentsTab, 32)
register_tab("notes", QT_TRANSLATE_NOOP("file_tabs", "Notes"), Permission.READ_CASE_FILES, NotesTab, 33)
register_tab("referrals", QT_TRANSLATE_NOOP("file_tabs", "Referrals"), Permission.READ_CASE_FILES, ReferralsTab, 34)
register_tab("care_plans", QT_TRANSLATE_NOOP("file_tabs", "Care plans"), Permission.READ_CASE_FILES,
             CarePlansTab, 35)
register_tab("services", QT_TRANSLATE_NOOP("file_tabs", "Services"), Permission.RECORD_SERVICES, ServicesTab, 36)
