"""Engines and sessions for SQLite and PostgreSQL, and schema upgrades through Alembic."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from oversight.errors import ConfigError

MIGRATIONS = Path(__file__).with_name("migrations")
SUPPORTED_BACKENDS = ("sqlite", "postgresql")
# Connections kept open, and opened beyond that under load.  The web app runs up to 40 requests at
# once (its thread pool), and a pool smaller than the usual load closes each connection it cannot
# keep as soon as it is returned: with SQLAlchemy's 5, twenty readers made PostgreSQL start a new
# server process for about one request in seven, each costing milliseconds and a cold plan cache.
POOL_SIZE = 20
POOL_OVERFLOW = 20


def make_engine(url: str) -> Engine:
    """An engine for ``url``; an unknown scheme is a :class:`ConfigError` naming the setting."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConfigError(f"OVERSIGHT_DATABASE_URL '{url}' is not a database URL.") from None
    if parsed.get_backend_name() not in SUPPORTED_BACKENDS:
        raise ConfigError(
            f"OVERSIGHT_DATABASE_URL uses '{parsed.drivername}', which Oversight does not support; "
            "use sqlite:///path/to/file.sqlite3 or postgresql+psycopg://user@host/dbname."
        )
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    try:
        # An in-memory SQLite database has one connection per thread and no pool to size.
        dialect: Any = parsed.get_dialect()
        sized = issubclass(dialect.get_pool_class(parsed), QueuePool)
        pooling = {"pool_size": POOL_SIZE, "max_overflow": POOL_OVERFLOW} if sized else {}
        engine = create_engine(parsed, future=True, **pooling)
    except (NoSuchModuleError, ImportError) as exc:
        raise ConfigError(f"OVERSIGHT_DATABASE_URL driver '{parsed.drivername}' is not available ({exc}).") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _postgresql_planner)
    return engine


def reader(engine: Engine) -> Engine:
    """``engine`` for statements that only read: the public pages, their JSON twins and downloads.

    On PostgreSQL its connections run in autocommit, so each query is one round trip instead of
    three (``BEGIN``, the query, ``ROLLBACK``): a finding page's read went from 1.2 to 0.5 ms.  A
    page that reads in several queries then sees each one's own snapshot, which for a page of the
    register is harmless.  It shares the engine's pool.  Never write through it: a Session on it
    commits each statement on its own, so a failure half-way would leave half a change behind.
    SQLite's driver opens no transaction for a SELECT, so there it is the engine itself.
    """
    if engine.dialect.name == "postgresql":
        return engine.execution_options(isolation_level="AUTOCOMMIT")
    return engine


@contextmanager
def streaming_session(engine: Engine) -> Iterator[Session]:
    """A Session in a transaction, for a read that streams (``yield_per``), even on a :func:`reader`.

    PostgreSQL declares the server-side cursor such a read uses only inside a transaction, which
    the reader leaves out; a download also reads one snapshot from its first row to its last.  The
    connection's own setting is changed (an isolation level given to an engine that already has one
    is not reliably the one applied), and the pool restores it when the connection goes back.
    """
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="READ COMMITTED")  # the server's default
        with Session(connection) as session:
            yield session


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _postgresql_planner(dbapi_connection: Any, _record: object) -> None:
    """Tell the planner that reading a row by its index is cheap, unless the server says otherwise.

    PostgreSQL's stock ``random_page_cost`` (4) prices a lookup by index as if it meant a seek on a
    spinning disk; a register is small enough to live in memory, and with the stock price the
    planner read the register's 50 rows by hashing every paper (2.5 ms) instead of looking up 50
    (0.4 ms).  Where a server's configuration sets the cost itself, that choice stands.
    """
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("SELECT source FROM pg_settings WHERE name = 'random_page_cost'")
        row = cursor.fetchone()
        if row is not None and row[0] == "default":
            cursor.execute("SET random_page_cost = 1.1")
    finally:
        cursor.close()
    dbapi_connection.commit()  # the SELECT opened a transaction; leave the connection idle


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the latest revision (creating it on an empty database)."""
    try:
        with engine.begin() as connection:
            cfg = alembic_config(engine)
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
    except OperationalError as exc:
        raise ConfigError(f"cannot reach the database at {engine.url.render_as_string(hide_password=True)}: "
                          f"{str(exc.orig).strip().splitlines()[0]}") from None


def is_current(engine: Engine) -> bool:
    return inspect(engine).has_table("alembic_version")


def open_database(url: str) -> Engine:
    """An engine on an upgraded database: the one call CLI and web app make at start."""
    engine = make_engine(url)
    upgrade(engine)
    return engine


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back (entirely) on any error."""
    factory = sessionmaker(engine, expire_on_commit=False)
    with factory() as session, session.begin():
        yield session
