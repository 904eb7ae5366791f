"""The signed-in user's own account: their interface language and signing out (no Qt).

Any role may do these for themselves, so there is no permission to check beyond being signed in;
the actor's id is the only account they can touch.
"""

from __future__ import annotations

from desktop.errors import NotFound, ValidationError
from desktop.i18n import LANGUAGES, translate
from desktop.models.users import User
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.permissions import Actor
from desktop.services.uow import UnitOfWork


def _own_user(uow: UnitOfWork, actor: Actor) -> User:
    user = uow.session.get(User, actor.user_id) if actor.user_id is not None else None
    if user is None:
        raise NotFound(translate("account", "Your account no longer exists."))
    return user


def own_language(uow: UnitOfWork, actor: Actor) -> str | None:
    """The language this user chose for themselves, or None to follow the centre/login screen."""
    return _own_user(uow, actor).language


def set_own_language(uow: UnitOfWork, actor: Actor, language: str) -> None:
    if language not in LANGUAGES:
        raise ValidationError(translate("account", "Unknown language."), field="language")
    user = _own_user(uow, actor)
    if user.language == language:
        return
    user.language = language
    audit.record(uow, actor, Action.UPDATE, "user", user.id, f"own language set to {language}")


def record_sign_out(uow: UnitOfWork, actor: Actor, *, reason: str = "signed out") -> None:
    """Audit a sign-out (from the menu, the lock screen, or closing the window)."""
    if actor.user_id is None:
        return
    audit.record(uow, actor, Action.LOGOUT, "user", actor.user_id, reason)
