"""Accounts: Argon2id passwords, login with lockout and back-off, and user administration."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from desktop.errors import NotFound, UserError, ValidationError
from desktop.i18n import LANGUAGES, translate
from desktop.models.base import utcnow
from desktop.models.users import Role, User
from desktop.services import audit
from desktop.services.audit import Action
from desktop.services.permissions import Actor, Permission, require

from .uow import UnitOfWork

MAX_FAILED_LOGINS = 5
FIRST_LOCKOUT = timedelta(seconds=30)
MAX_LOCKOUT = timedelta(minutes=30)
MIN_PASSWORD_LENGTH = 8
USERNAME_RE = re.compile(r"^[A-Za-z0-9._-]{2,64}$")

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# Verified against when the user name is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a real password")


def configure_hasher(hasher: PasswordHasher) -> None:
    """Swap the hashing parameters (tests use cheap ones; a future release may raise them)."""
    global _hasher, _DUMMY_HASH
    _hasher = hasher
    _DUMMY_HASH = hasher.hash("not a real password")


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    language: str | None


def _info(user: User) -> UserInfo:
    return UserInfo(
        user.id,
        user.username,
        user.full_name,
        user.role,
        user.active,
        user.locked_until,
        user.last_login_at,
        user.language,
    )


def actor_for(user: User) -> Actor:
    return Actor(user_id=user.id, username=user.username, role=user.role, full_name=user.full_name)


def validate_username(username: str) -> str:
    username = username.strip()
    if not USERNAME_RE.match(username):
        raise ValidationError(
            translate(
                "users",
                "A login name has 2 to 64 characters: letters without accents, digits, dot, dash or underscore.",
            ),
            field="username",
        )
    return username


def validate_password(password: str, username: str = "") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            translate("users", "The password must have at least %n characters.", "", MIN_PASSWORD_LENGTH),
            field="password",
        )
    if username and password.strip().lower() == username.strip().lower():
        raise ValidationError(translate("users", "The password must not be the login name."), field="password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _find(uow: UnitOfWork, username: str) -> User | None:
    return uow.session.scalar(select(User).where(func.lower(User.username) == username.strip().lower()))


def _get(uow: UnitOfWork, username: str) -> User:
    user = _find(uow, username)
    if user is None:
        raise NotFound(translate("users", "There is no user called {name}.").format(name=username))
    return user


def lockout_for(failed_logins: int) -> timedelta:
    """30 s after the 5th failure, doubling with each further one, at most 30 minutes."""
    steps = min(max(failed_logins - MAX_FAILED_LOGINS, 0), 10)
    lockout: timedelta = min(FIRST_LOCKOUT * (2**steps), MAX_LOCKOUT)
    return lockout


def _check_password(uow: UnitOfWork, user: User, password: str, now: datetime) -> bool:
    """Verify, count failures, lock after too many, rehash when the parameters changed."""
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until = now + lockout_for(user.failed_logins)
        return False
    user.failed_logins = 0
    user.locked_until = None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return True


def _minutes_left(until: datetime, now: datetime) -> int:
    return max(1, int((until - now).total_seconds() + 59) // 60)


def authenticate(uow: UnitOfWork, username: str, password: str, *, now: datetime | None = None) -> Actor:
    """Log in. Commits its own audit trail: a failed login must be recorded even though it raises."""
    now = now or utcnow()
    wrong = UserError(
        translate("users", "Wrong login name or password."),
        translate("users", "Check Caps Lock and the keyboard language, then try again."),
    )
    user = _find(uow, username)
    if user is None:
        try:
            _hasher.verify(_DUMMY_HASH, password)
        except VerificationError:
            pass
        audit.record(uow, None, Action.LOGIN_FAILED, "user", "", "unknown login name")
        uow.commit()
        raise wrong
    if not user.active:
        audit.record(uow, None, Action.LOGIN_FAILED, "user", user.id, "account disabled")
        uow.commit()
        raise UserError(translate("users", "This account is disabled."), translate("users", "Ask the administrator."))
    if user.locked_until and user.locked_until > now:
        audit.record(uow, None, Action.LOGIN_FAILED, "user", user.id, "account locked")
        uow.commit()
        raise UserError(
            translate("users", "Too many wrong passwords: this account is locked."),
            translate(
                "users",
                "Try again in %n minute(s), or ask the administrator to reset the password.",
                "",
                _minutes_left(user.locked_until, now),
            ),
        )
    if not _check_password(uow, user, password, now):
        audit.record(uow, None, Action.LOGIN_FAILED, "user", user.id, f"wrong password ({user.failed_logins})")
        uow.commit()
        raise wrong
    user.last_login_at = now
    actor = actor_for(user)
    audit.record(uow, actor, Action.LOGIN, "user", user.id, "signed in")
    uow.commit()
    return actor


def unlock_screen(uow: UnitOfWork, actor: Actor, password: str, *, now: datetime | None = None) -> bool:
    """Re-enter the password on the lock screen. Failures count towards the lockout like logins."""
    now = now or utcnow()
    user = uow.session.get(User, actor.user_id)
    if user is None or not user.active:
        return False
    if user.locked_until and user.locked_until > now:
        uow.commit()
        return False
    ok = _check_password(uow, user, password, now)
    audit.record(
        uow,
        actor if ok else None,
        Action.UNLOCK if ok else Action.LOGIN_FAILED,
        "user",
        user.id,
        "screen unlocked" if ok else f"wrong password on lock screen ({user.failed_logins})",
    )
    uow.commit()
    return ok


def has_users(uow: UnitOfWork) -> bool:
    return bool(uow.session.scalar(select(func.count()).select_from(User)))


def _new_user(uow: UnitOfWork, username: str, full_name: str, role: Role, password: str, language: str | None) -> User:
    username = validate_username(username)
    validate_password(password, username)
    if _find(uow, username) is not None:
        raise ValidationError(
            translate("users", "The login name {name} is already taken.").format(name=username), field="username"
        )
    if language is not None and language not in LANGUAGES:
        raise ValidationError(translate("users", "Unknown language."), field="language")
    user = User(
        username=username,
        full_name=full_name.strip(),
        role=role,
        password_hash=hash_password(password),
        language=language,
        active=True,
        failed_logins=0,
    )
    uow.session.add(user)
    uow.flush()
    return user


def create_first_administrator(
    uow: UnitOfWork, username: str, full_name: str, password: str, language: str | None = None
) -> Actor:
    """Only while the database has no users at all (first-run setup and `init`)."""
    if has_users(uow):
        raise UserError(translate("users", "This database already has users: sign in instead."))
    user = _new_user(uow, username, full_name, Role.ADMINISTRATOR, password, language)
    actor = actor_for(user)
    audit.record(uow, actor, Action.CREATE, "user", user.id, "first administrator created")
    return actor


def create_user(
    uow: UnitOfWork,
    actor: Actor,
    username: str,
    full_name: str,
    role: Role,
    password: str,
    language: str | None = None,
) -> UserInfo:
    require(actor, Permission.MANAGE_USERS)
    user = _new_user(uow, username, full_name, role, password, language)
    user.must_change_password = True
    audit.record(uow, actor, Action.CREATE, "user", user.id, f"user created with role {role.value}")
    return _info(user)


def list_users(uow: UnitOfWork, actor: Actor) -> list[UserInfo]:
    require(actor, Permission.MANAGE_USERS)
    return [_info(u) for u in uow.session.scalars(select(User).order_by(func.lower(User.username)))]


def _active_admins(uow: UnitOfWork) -> int:
    return int(
        uow.session.scalar(
            select(func.count()).select_from(User).where(User.role == Role.ADMINISTRATOR, User.active.is_(True))
        )
        or 0
    )


def update_user(uow: UnitOfWork, actor: Actor, username: str, *, full_name: str, role: Role, active: bool) -> UserInfo:
    require(actor, Permission.MANAGE_USERS)
    user = _get(uow, username)
    removes_admin = user.role == Role.ADMINISTRATOR and user.active and (role != Role.ADMINISTRATOR or not active)
    if removes_admin and _active_admins(uow) <= 1:
        raise ValidationError(translate("users", "This is the last active administrator: create another one first."))
    if user.id == actor.user_id and not active:
        raise ValidationError(translate("users", "You cannot disable your own account."))
    changes = []
    if user.role != role:
        changes.append(f"role {user.role.value} -> {role.value}")
    if user.active != active:
        changes.append("enabled" if active else "disabled")
    user.full_name, user.role, user.active = full_name.strip(), role, active
    action = Action.DISABLE if changes == ["disabled"] else Action.UPDATE
    audit.record(uow, actor, action, "user", user.id, "; ".join(changes) or "details updated")
    return _info(user)


def disable_user(uow: UnitOfWork, actor: Actor, username: str) -> UserInfo:
    require(actor, Permission.MANAGE_USERS)
    user = _get(uow, username)
    return update_user(uow, actor, username, full_name=user.full_name, role=user.role, active=False)


def reset_password(uow: UnitOfWork, actor: Actor, username: str, new_password: str) -> UserInfo:
    """Administrator sets a temporary password; this also lifts a lockout."""
    require(actor, Permission.MANAGE_USERS)
    user = _get(uow, username)
    validate_password(new_password, user.username)
    user.password_hash = hash_password(new_password)
    user.failed_logins = 0
    user.locked_until = None
    user.must_change_password = user.id != actor.user_id
    audit.record(uow, actor, Action.PASSWORD_RESET, "user", user.id, "password reset, lockout cleared")
    return _info(user)


def change_own_password(uow: UnitOfWork, actor: Actor, old_password: str, new_password: str) -> None:
    user = uow.session.get(User, actor.user_id)
    if user is None:
        raise NotFound(translate("users", "Your account no longer exists."))
    try:
        _hasher.verify(user.password_hash, old_password)
    except (VerificationError, InvalidHashError):
        raise ValidationError(translate("users", "The current password is wrong."), field="old") from None
    validate_password(new_password, user.username)
    user.password_hash = hash_password(new_password)
    user.must_change_password = False
    audit.record(uow, actor, Action.PASSWORD_CHANGE, "user", user.id, "own password changed")


def must_change_password(uow: UnitOfWork, actor: Actor) -> bool:
    user = uow.session.get(User, actor.user_id)
    return bool(user and user.must_change_password)
