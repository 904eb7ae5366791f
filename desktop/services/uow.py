"""Unit of work: one transaction, one session, committed explicitly.

    with UnitOfWork(db) as uow:
        users.create_user(uow, actor, ...)
        uow.commit()

Leaving the block without `commit()` rolls everything back, audit rows included, so an audit event
exists exactly when the change it records does. Work outside the database that must follow the data
(deleting a scanned file) is handed to `after_commit`: it runs only once the transaction is committed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from types import TracebackType

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.errors import DatabaseError
from desktop.i18n import translate

log = logging.getLogger(__name__)


class UnitOfWork:
    def __init__(self, db: Database, *, write: bool = True) -> None:
        self.db = db
        self.write = write
        self._session: Session | None = None
        self._after_commit: list[Callable[[], None]] = []

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside its `with` block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._after_commit = []
        self._session = self.db.sessions()
        if self.db.is_sqlite:
            # Writers take the lock up front: no "database is locked" half-way through a save.
            mode = "IMMEDIATE" if self.write else "DEFERRED"
            self._session.connection(execution_options={"sqlite_begin": mode})
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        session = self.session
        self._after_commit = []  # what was not committed never happened: its follow-up work neither
        try:
            session.rollback()
        finally:
            session.close()
            self._session = None
        if isinstance(exc, OperationalError) and "locked" in str(exc.orig).lower():
            raise DatabaseError(
                translate("db", "The database is busy: another user or program is saving."),
                translate("db", "Wait a moment and try again."),
            ) from exc

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Run `callback` once, after the next successful `commit()`; dropped if the work is rolled back.

        For what cannot be rolled back (deleting files): done before the commit, a failed commit would leave
        rows pointing at files that are gone. A failing callback is logged, not raised: the data is saved.
        """
        self._after_commit.append(callback)

    def commit(self) -> None:
        # Taken first: if the commit fails, the callbacks of the lost work are dropped with it.
        callbacks, self._after_commit = self._after_commit, []
        try:
            self.session.commit()
        except OperationalError as exc:
            message = str(exc.orig).lower()
            if "disk" in message or "full" in message:
                raise DatabaseError(
                    translate("db", "The disk is full: nothing was saved."),
                    translate("db", "Free some space on the disk and save again."),
                ) from exc
            raise
        for callback in callbacks:
            try:
                callback()
            except Exception:
                log.exception("Work after a commit failed; the committed data stands")

    def flush(self) -> None:
        self.session.flush()
