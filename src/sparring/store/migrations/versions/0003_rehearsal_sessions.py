"""Rehearsal sessions: transcripts and scorecards, so progress over time is visible.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "rehearsal_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_slug", sa.String(64), nullable=False),
        sa.Column("case_version", sa.Integer(), nullable=True),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("style", sa.String(16), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("transcript", sa.Text(), nullable=False),
        sa.Column("scorecard", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_rehearsal_sessions"),
    )
    op.create_index("ix_rehearsal_sessions_case_slug", "rehearsal_sessions", ["case_slug"])


def downgrade() -> None:
    op.drop_index("ix_rehearsal_sessions_case_slug", table_name="rehearsal_sessions")
    op.drop_table("rehearsal_sessions")
