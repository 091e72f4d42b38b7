"""Initial schema, with full-text search on SQLite (FTS5) and PostgreSQL (tsvector).

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('source', sa.String(length=500), nullable=False),
    sa.Column('media_type', sa.String(length=80), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('page_count', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('page_starts', sa.JSON(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document')),
    sa.UniqueConstraint('sha256', name=op.f('uq_document_sha256'))
    )
    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('classification', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation')),
    sa.UniqueConstraint('name', name=op.f('uq_organisation_name'))
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('name', name=op.f('uq_person_name'))
    )
    op.create_table('membership',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=200), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_membership_organisation_id_organisation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_membership_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership'))
    )
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_membership_person_id'), ['person_id'], unique=False)

    op.create_table('paper',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('first_page', sa.Integer(), nullable=False),
    sa.Column('last_page', sa.Integer(), nullable=False),
    sa.Column('force', sa.String(length=200), nullable=True),
    sa.Column('body', sa.String(length=300), nullable=True),
    sa.Column('document_date', sa.Date(), nullable=True),
    sa.Column('agenda_item', sa.String(length=20), nullable=True),
    sa.Column('contact_officer', sa.String(length=300), nullable=True),
    sa.Column('signals', sa.JSON(), nullable=False),
    sa.Column('statutory_references', sa.JSON(), nullable=False),
    sa.Column('dates_mentioned', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_paper_document_id_document'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_paper')),
    sa.UniqueConstraint('document_id', 'seq', name=op.f('uq_paper_document_id_seq'))
    )
    with op.batch_alter_table('paper', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_paper_document_date'), ['document_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_paper_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_paper_force'), ['force'], unique=False)
        batch_op.create_index(batch_op.f('ix_paper_kind'), ['kind'], unique=False)

    op.create_table('evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('paper_id', sa.Integer(), nullable=False),
    sa.Column('page', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_evidence_document_id_document'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['paper_id'], ['paper.id'], name=op.f('fk_evidence_paper_id_paper'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence'))
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_paper_id'), ['paper_id'], unique=False)

    op.create_table('search_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('paper_id', sa.Integer(), nullable=True),
    sa.Column('record_type', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_search_entry_document_id_document'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['paper_id'], ['paper.id'], name=op.f('fk_search_entry_paper_id_paper'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_search_entry'))
    )
    with op.batch_alter_table('search_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_search_entry_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_search_entry_paper_id'), ['paper_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_search_entry_record_type'), ['record_type'], unique=False)

    op.create_table('action',
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=300), nullable=True),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=40), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paper_id', sa.Integer(), nullable=False),
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_action_evidence_id_evidence'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['paper_id'], ['paper.id'], name=op.f('fk_action_paper_id_paper'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action'))
    )
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_evidence_id'), ['evidence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_paper_id'), ['paper_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_status'), ['status'], unique=False)

    op.create_table('deadline',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=80), nullable=False),
    sa.Column('subject_type', sa.String(length=40), nullable=False),
    sa.Column('subject_id', sa.Integer(), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('met_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('evidence_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_deadline_evidence_id_evidence'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deadline'))
    )
    with op.batch_alter_table('deadline', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deadline_due'), ['due'], unique=False)
        batch_op.create_index(batch_op.f('ix_deadline_evidence_id'), ['evidence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deadline_rule'), ['rule'], unique=False)

    op.create_table('decision',
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('type', sa.String(length=40), nullable=False),
    sa.Column('vote', sa.String(length=200), nullable=True),
    sa.Column('unanimous', sa.Boolean(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paper_id', sa.Integer(), nullable=False),
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_decision_evidence_id_evidence'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['paper_id'], ['paper.id'], name=op.f('fk_decision_paper_id_paper'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision'))
    )
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_evidence_id'), ['evidence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_decision_paper_id'), ['paper_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_decision_type'), ['type'], unique=False)

    op.create_table('deliverable',
    sa.Column('theme', sa.String(length=300), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=40), nullable=True),
    sa.Column('target', sa.String(length=100), nullable=True),
    sa.Column('target_start', sa.Date(), nullable=True),
    sa.Column('target_end', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paper_id', sa.Integer(), nullable=False),
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_deliverable_evidence_id_evidence'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['paper_id'], ['paper.id'], name=op.f('fk_deliverable_paper_id_paper'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deliverable'))
    )
    with op.batch_alter_table('deliverable', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deliverable_evidence_id'), ['evidence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliverable_paper_id'), ['paper_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliverable_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliverable_theme'), ['theme'], unique=False)

    op.create_table('finding',
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('addressees', sa.JSON(), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=40), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paper_id', sa.Integer(), nullable=False),
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_finding_evidence_id_evidence'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['paper_id'], ['paper.id'], name=op.f('fk_finding_paper_id_paper'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_finding'))
    )
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_finding_evidence_id'), ['evidence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_finding_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_finding_paper_id'), ['paper_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_finding_status'), ['status'], unique=False)

    op.create_table('forward_plan_entry',
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('time', sa.String(length=5), nullable=True),
    sa.Column('venue', sa.Text(), nullable=True),
    sa.Column('items', sa.JSON(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paper_id', sa.Integer(), nullable=False),
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_forward_plan_entry_evidence_id_evidence'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['paper_id'], ['paper.id'], name=op.f('fk_forward_plan_entry_paper_id_paper'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_forward_plan_entry'))
    )
    with op.batch_alter_table('forward_plan_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_forward_plan_entry_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_forward_plan_entry_evidence_id'), ['evidence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_forward_plan_entry_paper_id'), ['paper_id'], unique=False)

    op.create_table('judgement',
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('grade', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paper_id', sa.Integer(), nullable=False),
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_judgement_evidence_id_evidence'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['paper_id'], ['paper.id'], name=op.f('fk_judgement_paper_id_paper'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_judgement'))
    )
    with op.batch_alter_table('judgement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_judgement_evidence_id'), ['evidence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_judgement_grade'), ['grade'], unique=False)
        batch_op.create_index(batch_op.f('ix_judgement_paper_id'), ['paper_id'], unique=False)

    op.create_table('link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('from_type', sa.String(length=40), nullable=False),
    sa.Column('from_id', sa.Integer(), nullable=False),
    sa.Column('to_type', sa.String(length=40), nullable=False),
    sa.Column('to_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('evidence_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_link_evidence_id_evidence'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_link')),
    sa.UniqueConstraint('from_type', 'from_id', 'to_type', 'to_id', 'kind', name=op.f('uq_link_from_type_from_id_to_type_to_id_kind'))
    )
    with op.batch_alter_table('link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_link_evidence_id'), ['evidence_id'], unique=False)
        batch_op.create_index('ix_link_from', ['from_type', 'from_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_link_kind'), ['kind'], unique=False)
        batch_op.create_index('ix_link_to', ['to_type', 'to_id'], unique=False)

    op.create_table('meeting',
    sa.Column('body', sa.String(length=300), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('start_time', sa.String(length=5), nullable=True),
    sa.Column('end_time', sa.String(length=5), nullable=True),
    sa.Column('venue', sa.Text(), nullable=True),
    sa.Column('declarations', sa.JSON(), nullable=False),
    sa.Column('declarations_none', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paper_id', sa.Integer(), nullable=False),
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_meeting_evidence_id_evidence'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['paper_id'], ['paper.id'], name=op.f('fk_meeting_paper_id_paper'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_evidence_id'), ['evidence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_paper_id'), ['paper_id'], unique=False)

    op.create_table('metric',
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('period', sa.String(length=200), nullable=True),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('value_text', sa.String(length=200), nullable=True),
    sa.Column('unit', sa.String(length=80), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paper_id', sa.Integer(), nullable=False),
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_metric_evidence_id_evidence'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['paper_id'], ['paper.id'], name=op.f('fk_metric_paper_id_paper'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_metric'))
    )
    with op.batch_alter_table('metric', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_metric_evidence_id'), ['evidence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_metric_paper_id'), ['paper_id'], unique=False)

    op.create_table('question',
    sa.Column('asker', sa.String(length=300), nullable=True),
    sa.Column('respondent', sa.String(length=300), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('answer', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paper_id', sa.Integer(), nullable=False),
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_question_evidence_id_evidence'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['paper_id'], ['paper.id'], name=op.f('fk_question_paper_id_paper'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_question'))
    )
    with op.batch_alter_table('question', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_question_evidence_id'), ['evidence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_question_paper_id'), ['paper_id'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_name', sa.String(length=300), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_attendance_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('deliverable_update',
    sa.Column('deliverable_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paper_id', sa.Integer(), nullable=False),
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['deliverable_id'], ['deliverable.id'], name=op.f('fk_deliverable_update_deliverable_id_deliverable'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_deliverable_update_evidence_id_evidence'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['paper_id'], ['paper.id'], name=op.f('fk_deliverable_update_paper_id_paper'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deliverable_update'))
    )
    with op.batch_alter_table('deliverable_update', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deliverable_update_deliverable_id'), ['deliverable_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliverable_update_evidence_id'), ['evidence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliverable_update_paper_id'), ['paper_id'], unique=False)

    op.create_table('response',
    sa.Column('finding_id', sa.Integer(), nullable=True),
    sa.Column('recommendation_ref', sa.String(length=40), nullable=True),
    sa.Column('responder', sa.String(length=300), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('paper_id', sa.Integer(), nullable=False),
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_response_evidence_id_evidence'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['finding_id'], ['finding.id'], name=op.f('fk_response_finding_id_finding'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['paper_id'], ['paper.id'], name=op.f('fk_response_paper_id_paper'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_response'))
    )
    with op.batch_alter_table('response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_response_evidence_id'), ['evidence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_response_finding_id'), ['finding_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_response_paper_id'), ['paper_id'], unique=False)

    _create_search_index()


def _create_search_index() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content='search_entry', "
            "content_rowid='id', tokenize='porter unicode61')"
        )
        op.execute(
            "CREATE TRIGGER search_entry_ai AFTER INSERT ON search_entry BEGIN "
            "INSERT INTO search_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"
        )
        op.execute(
            "CREATE TRIGGER search_entry_ad AFTER DELETE ON search_entry BEGIN "
            "INSERT INTO search_fts(search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); END"
        )
        op.execute(
            "CREATE TRIGGER search_entry_au AFTER UPDATE ON search_entry BEGIN "
            "INSERT INTO search_fts(search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); "
            "INSERT INTO search_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"
        )
    elif bind.dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE search_entry ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
            "(setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
            "to_tsvector('english', coalesce(body, ''))) STORED"
        )
        op.execute("CREATE INDEX ix_search_entry_tsv ON search_entry USING gin (tsv)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("search_entry_ai", "search_entry_ad", "search_entry_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS search_fts")
    with op.batch_alter_table('response', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_response_paper_id'))
        batch_op.drop_index(batch_op.f('ix_response_finding_id'))
        batch_op.drop_index(batch_op.f('ix_response_evidence_id'))

    op.drop_table('response')
    with op.batch_alter_table('deliverable_update', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deliverable_update_paper_id'))
        batch_op.drop_index(batch_op.f('ix_deliverable_update_evidence_id'))
        batch_op.drop_index(batch_op.f('ix_deliverable_update_deliverable_id'))

    op.drop_table('deliverable_update')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_meeting_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('question', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_question_paper_id'))
        batch_op.drop_index(batch_op.f('ix_question_evidence_id'))

    op.drop_table('question')
    with op.batch_alter_table('metric', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_metric_paper_id'))
        batch_op.drop_index(batch_op.f('ix_metric_evidence_id'))

    op.drop_table('metric')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_paper_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_evidence_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_date'))

    op.drop_table('meeting')
    with op.batch_alter_table('link', schema=None) as batch_op:
        batch_op.drop_index('ix_link_to')
        batch_op.drop_index(batch_op.f('ix_link_kind'))
        batch_op.drop_index('ix_link_from')
        batch_op.drop_index(batch_op.f('ix_link_evidence_id'))

    op.drop_table('link')
    with op.batch_alter_table('judgement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_judgement_paper_id'))
        batch_op.drop_index(batch_op.f('ix_judgement_grade'))
        batch_op.drop_index(batch_op.f('ix_judgement_evidence_id'))

    op.drop_table('judgement')
    with op.batch_alter_table('forward_plan_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_forward_plan_entry_paper_id'))
        batch_op.drop_index(batch_op.f('ix_forward_plan_entry_evidence_id'))
        batch_op.drop_index(batch_op.f('ix_forward_plan_entry_date'))

    op.drop_table('forward_plan_entry')
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_finding_status'))
        batch_op.drop_index(batch_op.f('ix_finding_paper_id'))
        batch_op.drop_index(batch_op.f('ix_finding_kind'))
        batch_op.drop_index(batch_op.f('ix_finding_evidence_id'))

    op.drop_table('finding')
    with op.batch_alter_table('deliverable', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deliverable_theme'))
        batch_op.drop_index(batch_op.f('ix_deliverable_status'))
        batch_op.drop_index(batch_op.f('ix_deliverable_paper_id'))
        batch_op.drop_index(batch_op.f('ix_deliverable_evidence_id'))

    op.drop_table('deliverable')
    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_decision_type'))
        batch_op.drop_index(batch_op.f('ix_decision_paper_id'))
        batch_op.drop_index(batch_op.f('ix_decision_evidence_id'))

    op.drop_table('decision')
    with op.batch_alter_table('deadline', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deadline_rule'))
        batch_op.drop_index(batch_op.f('ix_deadline_evidence_id'))
        batch_op.drop_index(batch_op.f('ix_deadline_due'))

    op.drop_table('deadline')
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_status'))
        batch_op.drop_index(batch_op.f('ix_action_paper_id'))
        batch_op.drop_index(batch_op.f('ix_action_evidence_id'))

    op.drop_table('action')
    with op.batch_alter_table('search_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_search_entry_record_type'))
        batch_op.drop_index(batch_op.f('ix_search_entry_paper_id'))
        batch_op.drop_index(batch_op.f('ix_search_entry_document_id'))

    op.drop_table('search_entry')
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_paper_id'))
        batch_op.drop_index(batch_op.f('ix_evidence_document_id'))

    op.drop_table('evidence')
    with op.batch_alter_table('paper', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_paper_kind'))
        batch_op.drop_index(batch_op.f('ix_paper_force'))
        batch_op.drop_index(batch_op.f('ix_paper_document_id'))
        batch_op.drop_index(batch_op.f('ix_paper_document_date'))

    op.drop_table('paper')
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_person_id'))
        batch_op.drop_index(batch_op.f('ix_membership_organisation_id'))

    op.drop_table('membership')
    op.drop_table('person')
    op.drop_table('organisation')
    op.drop_table('document')
