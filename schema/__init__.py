"""SQLAlchemy 2 models of the `core` schema; migrations in alembic/ are generated from and checked against them."""

from schema.models import Base

metadata = Base.metadata

__all__ = ["Base", "metadata"]
