"""What make_engine sets up on each backend: a pool that keeps its connections, the planner's costs."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from oversight.store.db import POOL_SIZE, make_engine


@pytest.mark.postgres
def test_postgresql_connections_price_index_lookups_as_in_memory(postgres_server_url: str) -> None:
    engine = make_engine(postgres_server_url)
    try:
        with engine.connect() as conn:
            source = conn.execute(text("SELECT source FROM pg_settings WHERE name = 'random_page_cost'")).scalar()
            cost = float(conn.execute(text("SELECT current_setting('random_page_cost')")).scalar_one())
            # The test server keeps the stock setting, so the session's own price applies; a server
            # whose configuration names a cost would keep it (its source would not be "default").
            assert (source, cost) == ("session", 1.1)
            assert conn.execute(text("SELECT 1")).scalar() == 1
    finally:
        engine.dispose()


def test_a_file_database_keeps_a_pool_for_the_web_apps_threads(tmp_path: object) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/pool.sqlite3")
    assert engine.pool.size() == POOL_SIZE  # type: ignore[attr-defined]
    assert make_engine("sqlite://").dialect.name == "sqlite"  # in memory: no pool to size, and no error
