"""Initial schema: schemas core and analytics, entity, document, fact, evidence and run tables.

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 10:44:06.362773
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("CREATE SCHEMA IF NOT EXISTS core")
    op.execute("CREATE SCHEMA IF NOT EXISTS analytics")
    op.create_table('etl_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('status', sa.Text(), server_default='running', nullable=False),
    sa.Column('arguments', postgresql.JSONB(astext_type=sa.Text()), server_default='{}', nullable=False),
    sa.Column('counts', postgresql.JSONB(astext_type=sa.Text()), server_default='{}', nullable=False),
    sa.Column('extractor_version', sa.Text(), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.CheckConstraint("status IN ('running', 'succeeded', 'partial', 'failed')", name=op.f('ck_etl_runs_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_etl_runs')),
    schema='core'
    )
    op.create_table('indicators',
    sa.Column('code', sa.Text(), nullable=False),
    sa.Column('unit', sa.Text(), nullable=False),
    sa.Column('label_en', sa.Text(), nullable=True),
    sa.Column('label_fr', sa.Text(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('source', sa.Text(), server_default='reference', nullable=False),
    sa.CheckConstraint("source IN ('reference', 'document')", name=op.f('ck_indicators_source')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_indicators')),
    schema='core'
    )
    op.create_table('regions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=True),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('source', sa.Text(), server_default='reference', nullable=False),
    sa.CheckConstraint("source IN ('reference', 'document')", name=op.f('ck_regions_source')),
    sa.ForeignKeyConstraint(['parent_id'], ['core.regions.id'], name=op.f('fk_regions_parent_id_regions'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_regions')),
    sa.UniqueConstraint('name', name=op.f('uq_regions_name')),
    schema='core'
    )
    op.create_index(op.f('ix_regions_parent_id'), 'regions', ['parent_id'], unique=False, schema='core')
    op.create_table('view_definitions',
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('sha256', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('applied_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_view_definitions')),
    schema='core'
    )
    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('sha256', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('language', sa.Text(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('encoding', sa.Text(), nullable=True),
    sa.Column('extractor_version', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('loaded_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['core.etl_runs.id'], name=op.f('fk_documents_run_id_etl_runs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents')),
    sa.UniqueConstraint('path', name=op.f('uq_documents_path')),
    schema='core'
    )
    op.create_index(op.f('ix_documents_run_id'), 'documents', ['run_id'], unique=False, schema='core')
    op.create_table('etl_rejections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('rejected_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['core.etl_runs.id'], name=op.f('fk_etl_rejections_run_id_etl_runs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_etl_rejections')),
    schema='core'
    )
    op.create_index(op.f('ix_etl_rejections_run_id'), 'etl_rejections', ['run_id'], unique=False, schema='core')
    op.create_table('organizations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=True),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.Column('source', sa.Text(), server_default='reference', nullable=False),
    sa.CheckConstraint("source IN ('reference', 'document')", name=op.f('ck_organizations_source')),
    sa.ForeignKeyConstraint(['region_id'], ['core.regions.id'], name=op.f('fk_organizations_region_id_regions'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organizations')),
    sa.UniqueConstraint('name', name=op.f('uq_organizations_name')),
    schema='core'
    )
    op.create_index(op.f('ix_organizations_region_id'), 'organizations', ['region_id'], unique=False, schema='core')
    op.create_table('programs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=True),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.Column('source', sa.Text(), server_default='reference', nullable=False),
    sa.CheckConstraint("source IN ('reference', 'document')", name=op.f('ck_programs_source')),
    sa.ForeignKeyConstraint(['region_id'], ['core.regions.id'], name=op.f('fk_programs_region_id_regions'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programs')),
    sa.UniqueConstraint('name', name=op.f('uq_programs_name')),
    schema='core'
    )
    op.create_index(op.f('ix_programs_region_id'), 'programs', ['region_id'], unique=False, schema='core')
    op.create_table('region_aliases',
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.Text(), nullable=False),
    sa.Column('alias_key', sa.Text(), nullable=False),
    sa.Column('language', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['region_id'], ['core.regions.id'], name=op.f('fk_region_aliases_region_id_regions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_region_aliases')),
    sa.UniqueConstraint('region_id', 'alias', name=op.f('uq_region_aliases_region_id_alias')),
    schema='core'
    )
    op.create_index(op.f('ix_region_aliases_alias_key'), 'region_aliases', ['alias_key'], unique=False, schema='core')
    op.create_table('mentions',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('program_id', sa.Integer(), nullable=True),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.CheckConstraint('num_nonnulls(region_id, organization_id, program_id) = 1', name=op.f('ck_mentions_one_subject')),
    sa.ForeignKeyConstraint(['document_id'], ['core.documents.id'], name=op.f('fk_mentions_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['core.organizations.id'], name=op.f('fk_mentions_organization_id_organizations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['program_id'], ['core.programs.id'], name=op.f('fk_mentions_program_id_programs'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['region_id'], ['core.regions.id'], name=op.f('fk_mentions_region_id_regions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['run_id'], ['core.etl_runs.id'], name=op.f('fk_mentions_run_id_etl_runs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentions')),
    sa.UniqueConstraint('document_id', 'region_id', 'organization_id', 'program_id', name='uq_mentions_document_subject', postgresql_nulls_not_distinct=True),
    schema='core'
    )
    op.create_index(op.f('ix_mentions_organization_id'), 'mentions', ['organization_id'], unique=False, schema='core')
    op.create_index(op.f('ix_mentions_program_id'), 'mentions', ['program_id'], unique=False, schema='core')
    op.create_index(op.f('ix_mentions_region_id'), 'mentions', ['region_id'], unique=False, schema='core')
    op.create_table('metrics',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('value', sa.Double(), nullable=False),
    sa.Column('value_high', sa.Double(), nullable=True),
    sa.Column('unit', sa.Text(), nullable=False),
    sa.Column('qualifier', sa.Text(), server_default='exact', nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('program_id', sa.Integer(), nullable=True),
    sa.Column('indicator_code', sa.Text(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("qualifier IN ('exact', 'approx', 'more_than', 'at_least', 'less_than', 'at_most')", name=op.f('ck_metrics_qualifier')),
    sa.CheckConstraint('num_nonnulls(region_id, organization_id, program_id) = 1', name=op.f('ck_metrics_one_subject')),
    sa.CheckConstraint('value_high IS NULL OR value_high >= value', name=op.f('ck_metrics_range_order')),
    sa.CheckConstraint('year IS NULL OR year BETWEEN 1900 AND 2200', name=op.f('ck_metrics_year_range')),
    sa.ForeignKeyConstraint(['indicator_code'], ['core.indicators.code'], name=op.f('fk_metrics_indicator_code_indicators'), onupdate='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['core.organizations.id'], name=op.f('fk_metrics_organization_id_organizations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['program_id'], ['core.programs.id'], name=op.f('fk_metrics_program_id_programs'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['region_id'], ['core.regions.id'], name=op.f('fk_metrics_region_id_regions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['run_id'], ['core.etl_runs.id'], name=op.f('fk_metrics_run_id_etl_runs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_metrics')),
    sa.UniqueConstraint('region_id', 'organization_id', 'program_id', 'indicator_code', 'year', 'value', 'value_high', 'unit', name='uq_metrics_fact', postgresql_nulls_not_distinct=True),
    schema='core'
    )
    op.create_index(op.f('ix_metrics_indicator_code'), 'metrics', ['indicator_code'], unique=False, schema='core')
    op.create_index(op.f('ix_metrics_organization_id'), 'metrics', ['organization_id'], unique=False, schema='core')
    op.create_index(op.f('ix_metrics_program_id'), 'metrics', ['program_id'], unique=False, schema='core')
    op.create_index(op.f('ix_metrics_region_id'), 'metrics', ['region_id'], unique=False, schema='core')
    op.create_table('organization_aliases',
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.Text(), nullable=False),
    sa.Column('alias_key', sa.Text(), nullable=False),
    sa.Column('language', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['core.organizations.id'], name=op.f('fk_organization_aliases_organization_id_organizations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organization_aliases')),
    sa.UniqueConstraint('organization_id', 'alias', name=op.f('uq_organization_aliases_organization_id_alias')),
    schema='core'
    )
    op.create_index(op.f('ix_organization_aliases_alias_key'), 'organization_aliases', ['alias_key'], unique=False, schema='core')
    op.create_table('program_aliases',
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.Text(), nullable=False),
    sa.Column('alias_key', sa.Text(), nullable=False),
    sa.Column('language', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['program_id'], ['core.programs.id'], name=op.f('fk_program_aliases_program_id_programs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_program_aliases')),
    sa.UniqueConstraint('program_id', 'alias', name=op.f('uq_program_aliases_program_id_alias')),
    schema='core'
    )
    op.create_index(op.f('ix_program_aliases_alias_key'), 'program_aliases', ['alias_key'], unique=False, schema='core')
    op.create_table('targets',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('value', sa.Double(), nullable=False),
    sa.Column('value_high', sa.Double(), nullable=True),
    sa.Column('unit', sa.Text(), nullable=False),
    sa.Column('qualifier', sa.Text(), server_default='exact', nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('region_id', sa.Integer(), nullable=True),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('program_id', sa.Integer(), nullable=True),
    sa.Column('indicator_code', sa.Text(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("qualifier IN ('exact', 'approx', 'more_than', 'at_least', 'less_than', 'at_most')", name=op.f('ck_targets_qualifier')),
    sa.CheckConstraint('num_nonnulls(region_id, organization_id, program_id) = 1', name=op.f('ck_targets_one_subject')),
    sa.CheckConstraint('value_high IS NULL OR value_high >= value', name=op.f('ck_targets_range_order')),
    sa.CheckConstraint('year IS NULL OR year BETWEEN 1900 AND 2200', name=op.f('ck_targets_year_range')),
    sa.ForeignKeyConstraint(['indicator_code'], ['core.indicators.code'], name=op.f('fk_targets_indicator_code_indicators'), onupdate='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['core.organizations.id'], name=op.f('fk_targets_organization_id_organizations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['program_id'], ['core.programs.id'], name=op.f('fk_targets_program_id_programs'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['region_id'], ['core.regions.id'], name=op.f('fk_targets_region_id_regions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['run_id'], ['core.etl_runs.id'], name=op.f('fk_targets_run_id_etl_runs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_targets')),
    sa.UniqueConstraint('region_id', 'organization_id', 'program_id', 'indicator_code', 'year', 'value', 'value_high', 'unit', name='uq_targets_fact', postgresql_nulls_not_distinct=True),
    schema='core'
    )
    op.create_index(op.f('ix_targets_indicator_code'), 'targets', ['indicator_code'], unique=False, schema='core')
    op.create_index(op.f('ix_targets_organization_id'), 'targets', ['organization_id'], unique=False, schema='core')
    op.create_index(op.f('ix_targets_program_id'), 'targets', ['program_id'], unique=False, schema='core')
    op.create_index(op.f('ix_targets_region_id'), 'targets', ['region_id'], unique=False, schema='core')
    op.create_table('evidence',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('target_id', sa.BigInteger(), nullable=True),
    sa.Column('metric_id', sa.BigInteger(), nullable=True),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('start_offset', sa.Integer(), nullable=False),
    sa.Column('end_offset', sa.Integer(), nullable=False),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('qualifier', sa.Text(), server_default='exact', nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("qualifier IN ('exact', 'approx', 'more_than', 'at_least', 'less_than', 'at_most')", name=op.f('ck_evidence_qualifier')),
    sa.CheckConstraint('num_nonnulls(target_id, metric_id) = 1', name=op.f('ck_evidence_one_fact')),
    sa.CheckConstraint('start_offset >= 0 AND end_offset > start_offset', name=op.f('ck_evidence_span')),
    sa.ForeignKeyConstraint(['document_id'], ['core.documents.id'], name=op.f('fk_evidence_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['metric_id'], ['core.metrics.id'], name=op.f('fk_evidence_metric_id_metrics'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['run_id'], ['core.etl_runs.id'], name=op.f('fk_evidence_run_id_etl_runs')),
    sa.ForeignKeyConstraint(['target_id'], ['core.targets.id'], name=op.f('fk_evidence_target_id_targets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence')),
    sa.UniqueConstraint('document_id', 'start_offset', 'end_offset', 'target_id', 'metric_id', name='uq_evidence_span_fact', postgresql_nulls_not_distinct=True),
    schema='core'
    )
    op.create_index(op.f('ix_evidence_document_id'), 'evidence', ['document_id'], unique=False, schema='core')
    op.create_index(op.f('ix_evidence_metric_id'), 'evidence', ['metric_id'], unique=False, schema='core')
    op.create_index(op.f('ix_evidence_target_id'), 'evidence', ['target_id'], unique=False, schema='core')


def downgrade() -> None:
    # the analytics views depend on these tables; they are recreated by `innovdb db upgrade`
    op.execute("DROP SCHEMA IF EXISTS analytics CASCADE")
    op.drop_index(op.f('ix_evidence_target_id'), table_name='evidence', schema='core')
    op.drop_index(op.f('ix_evidence_metric_id'), table_name='evidence', schema='core')
    op.drop_index(op.f('ix_evidence_document_id'), table_name='evidence', schema='core')
    op.drop_table('evidence', schema='core')
    op.drop_index(op.f('ix_targets_region_id'), table_name='targets', schema='core')
    op.drop_index(op.f('ix_targets_program_id'), table_name='targets', schema='core')
    op.drop_index(op.f('ix_targets_organization_id'), table_name='targets', schema='core')
    op.drop_index(op.f('ix_targets_indicator_code'), table_name='targets', schema='core')
    op.drop_table('targets', schema='core')
    op.drop_index(op.f('ix_program_aliases_alias_key'), table_name='program_aliases', schema='core')
    op.drop_table('program_aliases', schema='core')
    op.drop_index(op.f('ix_organization_aliases_alias_key'), table_name='organization_aliases', schema='core')
    op.drop_table('organization_aliases', schema='core')
    op.drop_index(op.f('ix_metrics_region_id'), table_name='metrics', schema='core')
    op.drop_index(op.f('ix_metrics_program_id'), table_name='metrics', schema='core')
    op.drop_index(op.f('ix_metrics_organization_id'), table_name='metrics', schema='core')
    op.drop_index(op.f('ix_metrics_indicator_code'), table_name='metrics', schema='core')
    op.drop_table('metrics', schema='core')
    op.drop_index(op.f('ix_mentions_region_id'), table_name='mentions', schema='core')
    op.drop_index(op.f('ix_mentions_program_id'), table_name='mentions', schema='core')
    op.drop_index(op.f('ix_mentions_organization_id'), table_name='mentions', schema='core')
    op.drop_table('mentions', schema='core')
    op.drop_index(op.f('ix_region_aliases_alias_key'), table_name='region_aliases', schema='core')
    op.drop_table('region_aliases', schema='core')
    op.drop_index(op.f('ix_programs_region_id'), table_name='programs', schema='core')
    op.drop_table('programs', schema='core')
    op.drop_index(op.f('ix_organizations_region_id'), table_name='organizations', schema='core')
    op.drop_table('organizations', schema='core')
    op.drop_index(op.f('ix_etl_rejections_run_id'), table_name='etl_rejections', schema='core')
    op.drop_table('etl_rejections', schema='core')
    op.drop_index(op.f('ix_documents_run_id'), table_name='documents', schema='core')
    op.drop_table('documents', schema='core')
    op.drop_table('view_definitions', schema='core')
    op.drop_index(op.f('ix_regions_parent_id'), table_name='regions', schema='core')
    op.drop_table('regions', schema='core')
    op.drop_table('indicators', schema='core')
    op.drop_table('etl_runs', schema='core')
    op.execute("DROP SCHEMA IF EXISTS core")
