"""Complaints (pengaduan) taken at the desk, and proposals to update the DTKS register (id-slrt report).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 05:10:11.124906
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('dtks_proposals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('new', 'correction', 'deactivation', name='dtkskind', native_enum=False, length=20), nullable=False),
    sa.Column('proposed_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('draft', 'submitted', 'accepted', 'rejected', name='dtksstatus', native_enum=False, length=20), nullable=False),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('recorded_by_user_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_dtks_proposals_household_id_households')),
    sa.ForeignKeyConstraint(['recorded_by_user_id'], ['users.id'], name=op.f('fk_dtks_proposals_recorded_by_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dtks_proposals'))
    )
    with op.batch_alter_table('dtks_proposals', schema=None) as batch_op:
        batch_op.create_index('ix_dtks_proposals_household', ['household_id', 'kind'], unique=False)
        batch_op.create_index('ix_dtks_proposals_proposed_on', ['proposed_on'], unique=False)
        batch_op.create_index('ix_dtks_proposals_status', ['status'], unique=False)

    op.create_table('complaints',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.Enum('in_person', 'phone', 'letter', 'sms_whatsapp', 'other', name='complaintchannel', native_enum=False, length=20), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('complainant_name', sa.String(length=200), nullable=False),
    sa.Column('complainant_contact', sa.String(length=200), nullable=False),
    sa.Column('complaint_type', sa.Enum('aid_not_received', 'aid_amount_quality', 'data_dtks', 'service_conduct', 'eligibility', 'other', name='complainttype', native_enum=False, length=20), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('open', 'in_progress', 'resolved', 'referred', 'rejected', name='complaintstatus', native_enum=False, length=20), nullable=False),
    sa.Column('resolution_note', sa.Text(), nullable=False),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('recorded_by_user_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_complaints_agency_id_agencies')),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_complaints_household_id_households')),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_complaints_person_id_persons')),
    sa.ForeignKeyConstraint(['recorded_by_user_id'], ['users.id'], name=op.f('fk_complaints_recorded_by_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaints'))
    )
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.create_index('ix_complaints_household', ['household_id'], unique=False)
        batch_op.create_index('ix_complaints_person', ['person_id'], unique=False)
        batch_op.create_index('ix_complaints_received_on', ['received_on'], unique=False)
        batch_op.create_index('ix_complaints_resolved_on', ['resolved_on'], unique=False)
        batch_op.create_index('ix_complaints_status', ['status', 'received_on'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.drop_index('ix_complaints_status')
        batch_op.drop_index('ix_complaints_resolved_on')
        batch_op.drop_index('ix_complaints_received_on')
        batch_op.drop_index('ix_complaints_person')
        batch_op.drop_index('ix_complaints_household')

    op.drop_table('complaints')
    with op.batch_alter_table('dtks_proposals', schema=None) as batch_op:
        batch_op.drop_index('ix_dtks_proposals_status')
        batch_op.drop_index('ix_dtks_proposals_proposed_on')
        batch_op.drop_index('ix_dtks_proposals_household')

    op.drop_table('dtks_proposals')
