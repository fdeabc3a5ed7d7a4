"""Alembic environment for the store.

Sparring runs migrations itself (:func:`sparring.store.db.upgrade`), handing over a connection
that already holds the write lock, so there is no ``alembic.ini`` and no URL here.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from sparring.store.tables import metadata


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError("run the store's migrations through sparring.store.db.upgrade(engine)")
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
