"""Case-file tabs of the client file (Assessments, Documents, Consents, Notes, Referrals, Care plans,
Services) and the agencies directory. `tabs` registers them in desktop/views/clients/file_tabs.py."""
