"""Exchange rates: annual average yuan per unit of a foreign currency, so usd amounts compare with cny.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 12:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('exchange_rates',
    sa.Column('currency', sa.Text(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('cny_per_unit', sa.Double(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.CheckConstraint('cny_per_unit > 0', name=op.f('ck_exchange_rates_positive')),
    sa.PrimaryKeyConstraint('currency', 'year', name=op.f('pk_exchange_rates')),
    schema='core'
    )


def downgrade() -> None:
    # CASCADE: the analytics views that read the rates go too; `innovdb db upgrade` recreates them
    op.execute("DROP TABLE core.exchange_rates CASCADE")
