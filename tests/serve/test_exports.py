"""Every list downloads as CSV and JSON: all rows (not just the page shown), with the page's filters."""

from __future__ import annotations

import csv
import io

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from oversight.serve.exports import FINDING_COLUMNS, csv_lines, json_lines
from oversight.store import models as m
from tests.serve.audit import AuditedClient
from tests.serve.register import FORCE, Built


def _csv(client: AuditedClient, url: str) -> list[dict[str, str]]:
    response = client.client.get(url)
    assert response.status_code == 200, url
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    return list(csv.DictReader(io.StringIO(response.text)))


def _count(engine: Engine, model: type[m.Base]) -> int:
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_findings_download_has_every_row_not_one_page(client: AuditedClient,
                                                      register: tuple[Engine, Built]) -> None:
    engine = register[0]
    rows = _csv(client, "/findings.csv")
    assert len(rows) == _count(engine, m.Finding) > 3  # the page size is three
    assert list(rows[0]) == [c.name for c in FINDING_COLUMNS] + ["status_history"]
    as_json = client.client.get("/findings.json").json()
    assert len(as_json) == len(rows)
    assert {r["id"] for r in as_json} == {int(r["id"]) for r in rows}


def test_findings_download_keeps_the_filters(client: AuditedClient) -> None:
    rows = _csv(client, f"/findings.csv?force={FORCE}&kind=recommendation&sort=due")
    assert [r["number"] for r in rows] == ["1", "2"]
    html = client.get(f"/findings?force={FORCE}&kind=recommendation").text
    assert "/findings.csv?force=Exampleshire+Constabulary&amp;kind=recommendation" in html


def test_every_list_downloads(client: AuditedClient, register: tuple[Engine, Built]) -> None:
    engine = register[0]
    for name, model in (("meetings", m.Meeting), ("deliverables", m.Deliverable), ("documents", m.Document)):
        assert len(_csv(client, f"/{name}.csv")) == _count(engine, model), name
        assert len(client.client.get(f"/{name}.json").json()) == _count(engine, model), name
    assert client.client.get("/findings.xml").status_code == 404


def test_downloads_stream_in_pieces_and_defuse_spreadsheet_formulas() -> None:
    class Row:
        id = 1
        kind = "recommendation"
        number = None
        text = "=HYPERLINK(\"http://example.invalid\")"
        status = "open"
        due = None
        force = None
        paper_date = None
        document_id = 1
        document_source = "x.pdf"
        page = 1
        quote = "q"

    pieces = list(csv_lines(FINDING_COLUMNS, [Row()] * 5000))
    assert len(pieces) > 1  # produced as it goes, not built whole
    body = "".join(pieces)
    assert "'=HYPERLINK" in body and "\n=HYPERLINK" not in body
    assert "".join(json_lines(FINDING_COLUMNS, [])) == "[\n]\n"


def test_write_list_is_what_a_cli_export_would_call(register: tuple[Engine, Built]) -> None:
    from oversight.serve.exports import LISTS, write_list

    engine = register[0]
    for name in LISTS:
        out = io.StringIO()
        count = write_list(engine, name, "csv", out)
        assert len(list(csv.DictReader(io.StringIO(out.getvalue())))) == count
    assert write_list(engine, "findings", "json", io.StringIO()) == _count(engine, m.Finding)
