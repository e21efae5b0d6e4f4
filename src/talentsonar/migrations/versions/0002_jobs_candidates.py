# ruff: noqa: E501
"""jobs, candidates, cv_documents (ingestion, search, embeddings)

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from pgvector.sqlalchemy import Vector
from sqlalchemy.dialects import postgresql

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('candidates',
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('phone', sa.String(length=60), nullable=True),
    sa.Column('phone_digits', sa.String(length=30), nullable=True),
    sa.Column('location', sa.String(length=300), nullable=True),
    sa.Column('headline', sa.String(length=500), nullable=True),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('skills', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('employment_status', sa.String(length=20), nullable=False),
    sa.Column('metadata', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('profile', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('profile_status', sa.String(length=20), nullable=False),
    sa.Column('total_years_experience', sa.Double(), nullable=True),
    sa.Column('flags', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('is_hidden_gem', sa.Boolean(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=True),
    sa.Column('skills_text', sa.Text(), nullable=False),
    sa.Column('titles_text', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('embedding', Vector(384), nullable=True),
    sa.Column('embedding_model', sa.String(length=200), nullable=True),
    sa.Column('search', postgresql.TSVECTOR(), sa.Computed("setweight(to_tsvector('english'::regconfig, coalesce(name, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(titles_text, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(skills_text, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(search_text, '')), 'C')", persisted=True), nullable=False),
    sa.Column('org_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['org_id'], ['organizations.id'], name=op.f('fk_candidates_org_id_organizations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_candidates'))
    )
    op.create_index(op.f('ix_candidates_created_at'), 'candidates', ['created_at'], unique=False)
    op.create_index('ix_candidates_embedding_hnsw', 'candidates', ['embedding'], unique=False, postgresql_using='hnsw', postgresql_ops={'embedding': 'vector_cosine_ops'})
    op.create_index(op.f('ix_candidates_employment_status'), 'candidates', ['employment_status'], unique=False)
    op.create_index('ix_candidates_headline_trgm', 'candidates', ['headline'], unique=False, postgresql_using='gin', postgresql_ops={'headline': 'gin_trgm_ops'})
    op.create_index('ix_candidates_name_trgm', 'candidates', ['name'], unique=False, postgresql_using='gin', postgresql_ops={'name': 'gin_trgm_ops'})
    op.create_index('ix_candidates_org_content_hash', 'candidates', ['org_id', 'content_hash'], unique=False)
    op.create_index('ix_candidates_org_email', 'candidates', ['org_id', 'email'], unique=False)
    op.create_index(op.f('ix_candidates_org_id'), 'candidates', ['org_id'], unique=False)
    op.create_index('ix_candidates_org_phone', 'candidates', ['org_id', 'phone_digits'], unique=False)
    op.create_index('ix_candidates_org_type', 'candidates', ['org_id', 'type'], unique=False)
    op.create_index('ix_candidates_search', 'candidates', ['search'], unique=False, postgresql_using='gin')
    op.create_index('ix_candidates_skills', 'candidates', ['skills'], unique=False, postgresql_using='gin', postgresql_ops={'skills': 'jsonb_path_ops'})
    op.execute("CREATE INDEX ix_candidates_skills_lower ON candidates USING gin ((lower(skills::text)::jsonb) jsonb_path_ops)")
    op.create_index('ix_candidates_skills_text_trgm', 'candidates', ['skills_text'], unique=False, postgresql_using='gin', postgresql_ops={'skills_text': 'gin_trgm_ops'})
    op.create_table('jobs',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('department', sa.String(length=200), nullable=True),
    sa.Column('location', sa.String(length=200), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('required_skills', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('nice_to_have_skills', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('company_context', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('seniority', sa.String(length=50), nullable=True),
    sa.Column('min_years_experience', sa.Double(), nullable=True),
    sa.Column('education_level', sa.String(length=100), nullable=True),
    sa.Column('remote', sa.Boolean(), nullable=True),
    sa.Column('employment_type', sa.String(length=50), nullable=True),
    sa.Column('created_by_id', sa.Uuid(), nullable=True),
    sa.Column('embedding', Vector(384), nullable=True),
    sa.Column('embedding_model', sa.String(length=200), nullable=True),
    sa.Column('embedding_version', sa.Integer(), nullable=False),
    sa.Column('search', postgresql.TSVECTOR(), sa.Computed('setweight(to_tsvector(\'english\'::regconfig, coalesce(title, \'\')), \'A\') || setweight(to_tsvector(\'english\'::regconfig, coalesce(department, \'\')), \'B\') || setweight(jsonb_to_tsvector(\'english\'::regconfig, required_skills, \'["string"]\'), \'B\') || setweight(to_tsvector(\'english\'::regconfig, coalesce(description, \'\')), \'C\')', persisted=True), nullable=False),
    sa.Column('org_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_jobs_created_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['org_id'], ['organizations.id'], name=op.f('fk_jobs_org_id_organizations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_jobs'))
    )
    op.create_index(op.f('ix_jobs_created_at'), 'jobs', ['created_at'], unique=False)
    op.create_index(op.f('ix_jobs_department'), 'jobs', ['department'], unique=False)
    op.create_index('ix_jobs_embedding_hnsw', 'jobs', ['embedding'], unique=False, postgresql_using='hnsw', postgresql_ops={'embedding': 'vector_cosine_ops'})
    op.create_index(op.f('ix_jobs_org_id'), 'jobs', ['org_id'], unique=False)
    op.create_index('ix_jobs_org_status', 'jobs', ['org_id', 'status'], unique=False)
    op.create_index('ix_jobs_search', 'jobs', ['search'], unique=False, postgresql_using='gin')
    op.create_table('cv_documents',
    sa.Column('candidate_id', sa.Uuid(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('is_current', sa.Boolean(), nullable=False),
    sa.Column('storage_key', sa.String(length=500), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=False),
    sa.Column('content_type', sa.String(length=150), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('text_sha256', sa.String(length=64), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=True),
    sa.Column('extracted_text', sa.Text(), nullable=False),
    sa.Column('hidden_text', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('flags', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('upload_options', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('uploaded_by_id', sa.Uuid(), nullable=True),
    sa.Column('org_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_cv_documents_candidate_id_candidates'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['org_id'], ['organizations.id'], name=op.f('fk_cv_documents_org_id_organizations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['uploaded_by_id'], ['users.id'], name=op.f('fk_cv_documents_uploaded_by_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cv_documents'))
    )
    op.create_index(op.f('ix_cv_documents_candidate_id'), 'cv_documents', ['candidate_id'], unique=False)
    op.create_index('ix_cv_documents_candidate_version', 'cv_documents', ['candidate_id', 'version'], unique=False)
    op.create_index(op.f('ix_cv_documents_created_at'), 'cv_documents', ['created_at'], unique=False)
    op.create_index(op.f('ix_cv_documents_org_id'), 'cv_documents', ['org_id'], unique=False)
    op.create_index('ix_cv_documents_org_sha256', 'cv_documents', ['org_id', 'sha256'], unique=False)


def downgrade() -> None:
    op.drop_table("cv_documents")
    op.drop_table("jobs")
    op.drop_table("candidates")
