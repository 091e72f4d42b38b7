"""House rules checked across every model at once (STYLE habit 6)."""

from __future__ import annotations

from sqlalchemy import inspect

from oversight.store import models as m


def test_every_record_table_requires_evidence() -> None:
    for model in m.RECORD_TABLES:
        column = model.__table__.c["evidence_id"]
        assert not column.nullable, f"{model.__tablename__}.evidence_id may be null"
        assert {fk.column.table.name for fk in column.foreign_keys} == {"evidence"}


def test_every_table_carrying_extracted_text_is_a_record_table() -> None:
    """A table with a paper_id is an extracted record, so it must be in RECORD_TABLES (and need evidence)."""
    with_paper = {t.name for t in m.Base.metadata.sorted_tables if "paper_id" in t.c and "evidence_id" in t.c}
    assert with_paper == {model.__tablename__ for model in m.RECORD_TABLES}


def test_evidence_has_quote_page_and_span() -> None:
    columns = m.Evidence.__table__.c
    for name in ("quote", "page", "start", "end", "document_id"):
        assert not columns[name].nullable, name


def test_every_foreign_key_is_indexed() -> None:
    for table in m.Base.metadata.sorted_tables:
        indexed = {tuple(ix.columns.keys()) for ix in table.indexes}
        indexed |= {tuple(uc.columns.keys()) for uc in table.constraints if hasattr(uc, "columns")}
        for fk in table.foreign_keys:
            name = fk.parent.name
            assert any(cols[0] == name for cols in indexed), f"{table.name}.{name} has no index"


def test_migrations_build_exactly_the_models(engine) -> None:  # type: ignore[no-untyped-def]
    """The Alembic head creates every table and column the models declare."""
    inspector = inspect(engine)
    for table in m.Base.metadata.sorted_tables:
        assert inspector.has_table(table.name), table.name
        live = {c["name"] for c in inspector.get_columns(table.name)}
        assert set(table.c.keys()) <= live, (table.name, set(table.c.keys()) - live)
