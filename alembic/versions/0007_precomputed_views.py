"""The schema of the precomputed (materialized) relations behind the expensive analytics views.

The materialized views themselves come from sql/views/precomputed/ and are applied with the views by
`innovdb db upgrade`, like them.

Revision ID: 0007
Revises: 0005
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("CREATE SCHEMA IF NOT EXISTS precomputed")


def downgrade() -> None:
    # the analytics views over the precomputed relations go too; forgetting what was applied makes the next
    # `innovdb db upgrade` create the views again
    op.execute("DROP SCHEMA IF EXISTS precomputed CASCADE")
    op.execute("DELETE FROM core.view_definitions")
