"""The read-only engine the public pages use: no transaction per page on PostgreSQL, writes untouched."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from oversight.store.db import reader, streaming_session


def _clock_moves(s: Session) -> bool:
    """Whether two statements in ``s`` see different ``now()``: only without a transaction."""
    first = s.execute(text("SELECT now()")).scalar_one()
    time.sleep(0.01)
    second = s.execute(text("SELECT now()")).scalar_one()
    return bool(first != second)


def _clock_moves_between_statements(engine: Engine) -> bool:
    with Session(engine) as s:
        return _clock_moves(s)


@pytest.mark.postgres
def test_reader_statements_run_without_a_transaction_on_postgresql(postgres_server_url: str) -> None:
    from oversight.store.db import make_engine

    engine = make_engine(postgres_server_url)
    try:
        assert _clock_moves_between_statements(reader(engine))
        # The engine itself, which every write goes through, still wraps a Session in one transaction.
        assert not _clock_moves_between_statements(engine)
        # A streamed read (a download) through the reader gets its transaction back, and the pooled
        # connection is in autocommit again for the next page.
        with streaming_session(reader(engine)) as s:
            assert not _clock_moves(s)
            assert list(s.execute(text("SELECT 1").execution_options(yield_per=10))) == [(1,)]
        assert _clock_moves_between_statements(reader(engine))
    finally:
        engine.dispose()


def test_reader_is_the_engine_itself_on_sqlite() -> None:
    from oversight.store.db import make_engine

    engine = make_engine("sqlite://")
    assert reader(engine) is engine
