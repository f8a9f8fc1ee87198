"""The subjects and indicators whose precomputed rows are out of date: the keys of the incremental refresh.

A write that changes a subject's facts of an indicator, their evidence, or the documents naming the subject
(indicator '') records the pair here in its own transaction; the refresh at the end of a run deletes and re-inserts the precomputed rows of those keys
and empties the table in its transaction. A run that dies between a batch and the refresh leaves the keys
for the next run. The precomputed relations become tables (incremental) instead of materialized views;
`innovdb db upgrade` re-creates them from sql/views/precomputed/ (their files changed).

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table("precomputed_pending", sa.Column("subject", sa.Text(), nullable=False),
                    sa.Column("indicator", sa.Text(), nullable=False),
                    sa.PrimaryKeyConstraint("subject", "indicator", name=op.f("pk_precomputed_pending")),
                    schema="core")


def downgrade() -> None:
    # the precomputed tables go too, so that the older version's `innovdb db upgrade` makes its
    # materialized views again
    op.drop_table("precomputed_pending", schema="core")
    op.execute("DROP SCHEMA IF EXISTS precomputed CASCADE")
    op.execute("CREATE SCHEMA precomputed")
    op.execute("DELETE FROM core.view_definitions")
