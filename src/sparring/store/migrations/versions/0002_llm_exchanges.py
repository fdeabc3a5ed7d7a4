"""LLM exchanges: one row per request to a language model, for `sparring llm log`.

Revision ID: 0002
Revises: 0001
Create Date: 2026-06-01

Written out in full, like 0001, so it keeps creating the table as it was at this revision.
No column can hold an API key: the request is stored as its messages, never its headers.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "llm_exchanges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("feature", sa.String(64), nullable=False),
        sa.Column("prompt_version", sa.String(32), nullable=False),
        sa.Column("provider", sa.String(32), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("messages", sa.Text(), nullable=False),
        sa.Column("response", sa.Text(), nullable=True),
        sa.Column("latency_ms", sa.Float(), nullable=True),
        sa.Column("prompt_tokens", sa.Integer(), nullable=True),
        sa.Column("completion_tokens", sa.Integer(), nullable=True),
        sa.Column("fallback", sa.Boolean(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_llm_exchanges"),
    )
    op.create_index("ix_llm_exchanges_created_at", "llm_exchanges", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_llm_exchanges_created_at", table_name="llm_exchanges")
    op.drop_table("llm_exchanges")
