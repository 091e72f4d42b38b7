"""Engines and sessions for SQLite and PostgreSQL, and schema upgrades through Alembic."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from oversight.errors import ConfigError

MIGRATIONS = Path(__file__).with_name("migrations")
SUPPORTED_BACKENDS = ("sqlite", "postgresql")


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
        engine = create_engine(parsed, future=True)
    except (NoSuchModuleError, ImportError) as exc:
        raise ConfigError(f"OVERSIGHT_DATABASE_URL driver '{parsed.drivername}' is not available ({exc}).") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


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
