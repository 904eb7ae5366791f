"""The one error path.

`UserError` is anything the user can put right: bad input, permission denied, a locked or full disk,
a database that is too new. It carries a message already in the user's language and, optionally,
what to do about it. Everything else is a bug: the GUI's excepthook shows the crash dialog with the
log path, the CLI prints one line and exits non-zero.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can understand and fix. `message` is shown as is (already translated)."""

    def __init__(self, message: str, hint: str = "", *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.field = field

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class PermissionDenied(UserError):
    """The signed-in user's role may not do this."""


class ValidationError(UserError):
    """Input that fails a rule; `field` names the form field when there is one."""


class NotFound(UserError):
    """A record that was asked for does not exist (any more)."""


class DatabaseError(UserError):
    """The database cannot be opened or used as it is (network share, too new, corrupt, locked)."""
