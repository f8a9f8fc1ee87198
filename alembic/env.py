"""Alembic environment: models from schema/, views kept out of autogenerate (sql/views/ manages them)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine, pool

from schema import metadata

config = context.config


def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001 - Alembic's hook signature
    # Only the core schema is Alembic's; analytics views are applied by etl.views after migrations.
    if type_ == "table":
        return (getattr(obj, "schema", None) or "public") == "core"
    return True


def include_name(name, type_, parent_names):  # noqa: ANN001
    if type_ == "schema":
        return name == "core"
    return True


def run_with(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        include_schemas=True,
        include_object=include_object,
        include_name=include_name,
        compare_type=True,
        compare_server_default=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    shared = config.attributes.get("connection")
    if shared is not None:  # tests and etl.migrate pass their own connection (Alembic cookbook)
        run_with(shared)
        return
    from etl.db import database_url

    url = config.get_main_option("sqlalchemy.url") or database_url()
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        run_with(connection)


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_online()
