"""Documents carry the reader's warning: what it repaired to read them (bytes that were not UTF-8...).

Revision ID: 0005
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("warning", sa.Text(), nullable=True), schema="core")


def downgrade() -> None:
    # the view that shows the column goes with it (views are re-applied from sql/views/ by innovdb db upgrade)
    op.execute("DROP VIEW IF EXISTS analytics.v_document_warnings")
    op.drop_column("documents", "warning", schema="core")
