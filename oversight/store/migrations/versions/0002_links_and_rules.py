"""Mark derived links and deadlines, so refreshing them never removes a person's entries.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ('link', 'deadline'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('origin', sa.String(length=20), server_default='human', nullable=False))
            batch_op.create_index(batch_op.f(f'ix_{table}_origin'), ['origin'], unique=False)


def downgrade() -> None:
    for table in ('deadline', 'link'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_origin'))
            batch_op.drop_column('origin')
