"""Corrections and confidence: core.corrections, confidence of facts and evidence, original values.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 12:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('corrections',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('line', sa.Integer(), nullable=False),
    sa.Column('document', sa.Text(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('occurrence', sa.Integer(), server_default='1', nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('changes', postgresql.JSONB(astext_type=sa.Text()), server_default='{}', nullable=False),
    sa.Column('status', sa.Text(), nullable=False),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.Column('original', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("action IN ('reject', 'fix', 'add')", name=op.f('ck_corrections_action')),
    sa.CheckConstraint("status IN ('applied', 'unmatched', 'invalid')", name=op.f('ck_corrections_status')),
    sa.ForeignKeyConstraint(['document_id'], ['core.documents.id'], name=op.f('fk_corrections_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['run_id'], ['core.etl_runs.id'], name=op.f('fk_corrections_run_id_etl_runs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_corrections')),
    schema='core'
    )
    op.create_index(op.f('ix_corrections_document_id'), 'corrections', ['document_id'], unique=False, schema='core')
    op.create_index(op.f('ix_corrections_run_id'), 'corrections', ['run_id'], unique=False, schema='core')
    op.add_column('etl_runs', sa.Column('min_confidence', sa.Double(), nullable=True), schema='core')
    op.add_column('documents', sa.Column('corrections_sha256', sa.Text(), nullable=True), schema='core')
    for table in ('targets', 'metrics', 'evidence'):
        op.add_column(table, sa.Column('confidence', sa.Double(), server_default='1', nullable=False), schema='core')
    op.add_column('evidence', sa.Column('correction_id', sa.BigInteger(), nullable=True), schema='core')
    op.add_column('evidence', sa.Column('original', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
                  schema='core')
    op.create_foreign_key(op.f('fk_evidence_correction_id_corrections'), 'evidence', 'corrections',
                          ['correction_id'], ['id'], source_schema='core', referent_schema='core', ondelete='SET NULL')
    op.create_index(op.f('ix_evidence_correction_id'), 'evidence', ['correction_id'], unique=False, schema='core')


def downgrade() -> None:
    # the analytics views use these columns; they are recreated by `innovdb db upgrade`
    op.execute("DROP SCHEMA IF EXISTS analytics CASCADE")
    op.execute("CREATE SCHEMA analytics")
    op.execute("DELETE FROM core.view_definitions")
    op.drop_index(op.f('ix_evidence_correction_id'), table_name='evidence', schema='core')
    op.drop_constraint(op.f('fk_evidence_correction_id_corrections'), 'evidence', schema='core', type_='foreignkey')
    op.drop_column('evidence', 'original', schema='core')
    op.drop_column('evidence', 'correction_id', schema='core')
    for table in ('targets', 'metrics', 'evidence'):
        op.drop_column(table, 'confidence', schema='core')
    op.drop_column('documents', 'corrections_sha256', schema='core')
    op.drop_column('etl_runs', 'min_confidence', schema='core')
    op.drop_index(op.f('ix_corrections_run_id'), table_name='corrections', schema='core')
    op.drop_index(op.f('ix_corrections_document_id'), table_name='corrections', schema='core')
    op.drop_table('corrections', schema='core')
