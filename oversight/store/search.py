"""Full-text search across every stored record, behind one interface for SQLite and PostgreSQL.

SQLite uses the FTS5 table ``search_fts``; PostgreSQL the generated ``tsv`` column.  User input is
never spliced into SQL: it is reduced to plain word tokens and passed as a bound parameter, so FTS
syntax errors, quotes and very long queries cannot break a search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Engine, text

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
MAX_TERMS = 12


@dataclass
class SearchHit:
    record_type: str
    record_id: int
    document_id: int
    paper_id: int | None
    title: str
    snippet: str
    rank: float


def query_terms(query: str) -> list[str]:
    """The words of a query (at most :data:`MAX_TERMS`), lower-cased, punctuation dropped."""
    words = [w.replace("’", "'").lower() for w in _WORD.findall(query[:2000])]
    return [w for w in words if len(w) <= 60][:MAX_TERMS]


def search(engine: Engine, query: str, limit: int = 20, offset: int = 0,
           record_type: str | None = None) -> list[SearchHit]:
    terms = query_terms(query)
    if not terms:
        return []
    type_filter = "AND e.record_type = :rtype" if record_type else ""
    params: dict[str, object] = {"limit": limit, "offset": offset, "rtype": record_type}
    if engine.dialect.name == "sqlite":
        params["q"] = " ".join('"' + t.replace('"', "") + '"' for t in terms)
        sql = f"""
            SELECT e.record_type, e.record_id, e.document_id, e.paper_id, e.title,
                   snippet(search_fts, 1, '[[', ']]', ' … ', 24) AS snip, bm25(search_fts) AS rank
            FROM search_fts JOIN search_entry e ON e.id = search_fts.rowid
            WHERE search_fts MATCH :q {type_filter}
            ORDER BY rank LIMIT :limit OFFSET :offset"""
    else:
        params["q"] = " ".join(terms)
        sql = f"""
            SELECT e.record_type, e.record_id, e.document_id, e.paper_id, e.title,
                   ts_headline('english', e.body, plainto_tsquery('english', :q),
                               'StartSel=[[, StopSel=]], MaxWords=30, MinWords=10') AS snip,
                   -ts_rank(e.tsv, plainto_tsquery('english', :q)) AS rank
            FROM search_entry e
            WHERE e.tsv @@ plainto_tsquery('english', :q) {type_filter}
            ORDER BY rank LIMIT :limit OFFSET :offset"""
    with engine.connect() as conn:
        rows = conn.execute(text(sql), params).all()
    return [SearchHit(r[0], r[1], r[2], r[3], r[4], r[5] or "", float(r[6])) for r in rows]
