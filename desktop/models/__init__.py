"""All tables. Importing this package registers every model on `Base.metadata`.

Alembic's env.py and the tests rely on that: add each new model module to the imports below.
"""

from desktop.models.audit import AuditEvent
from desktop.models.base import Base, UTCDateTime, utcnow
from desktop.models.casework import Agency, CaseNote, Referral  # noqa: F401 - case-file tables
from desktop.models.clients import Household, HouseholdMember, Person
from desktop.models.complaints import Complaint, DtksProposal  # noqa: F401 - SLRT complaints, DTKS proposals
from desktop.models.rosters import Assignment, Post, Shift, ShiftTemplate, StaffMember  # noqa: F401
from desktop.models.services import Programme, ServiceRecord, ServiceType
from desktop.models.settings import NeedCategory, Setting
from desktop.models.stock import Item, Lot, StockBalance, StockMovement  # noqa: F401 - stock tables
from desktop.models.users import Role, User

__all__ = [
    "AuditEvent",
    "Base",
    "Household",
    "HouseholdMember",
    "NeedCategory",
    "Person",
    "Programme",
    "Role",
    "ServiceRecord",
    "ServiceType",
    "Setting",
    "User",
    "UTCDateTime",
    "utcnow",
]
