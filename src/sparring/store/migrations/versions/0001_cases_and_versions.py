"""Cases and their version history.

Revision ID: 0001
Revises:
Create Date: 2026-05-01

Written out in full rather than from ``tables.metadata``: a migration must keep creating the
schema as it was at this revision, whatever the tables look like later.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_cases"),
        sa.UniqueConstraint("slug", name="uq_cases_slug"),
    )
    op.create_table(
        "case_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("yaml_text", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_case_versions"),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name="fk_case_versions_case_id_cases", ondelete="CASCADE"),
        sa.UniqueConstraint("case_id", "version", name="uq_case_versions_case_id_version"),
    )


def downgrade() -> None:
    op.drop_table("case_versions")
    op.drop_table("cases")
