"""Alembic environment. The app runs migrations through the API (desktop.schema) and hands us its
connection; the `alembic` command line works too, with `-x db=PATH_OR_URL`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

import desktop.models  # noqa: F401 - registers every table
from desktop.models import Base

config = context.config
target_metadata = Base.metadata


def render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Write our column types as plain SQLAlchemy ones, so migrations never import app code."""
    from desktop.models.base import UTCDateTime

    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Leave SQLite's FTS5 index tables (made by raw SQL in the migrations) out of autogenerate."""
    return not (type_ == "table" and name is not None and name.startswith("client_search_fts"))


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        render_item=render_item,
        include_object=include_object,
        # SQLite DDL is transactional: a failing migration rolls back as a whole.
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if isinstance(connection, Engine):  # pytest-alembic hands us an engine
        with connection.connect() as conn:
            _run(conn)
            conn.commit()
        return
    if connection is not None:
        _run(connection)
        return
    from desktop.db import open_database

    db = open_database(context.get_x_argument(as_dictionary=True).get("db") or config.get_main_option("sqlalchemy.url"))
    with db.engine.connect() as connection:
        _run(connection)
        connection.commit()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
