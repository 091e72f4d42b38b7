"""Latency of the web app over a large synthetic register: p50/p95/p99 at 20 concurrent clients.

Run: .venv/bin/python benchmarks/web_latency.py [--findings 100000] [--clients 20] [--requests 3000]
     [--backend sqlite|postgresql|both] [--postgres-url postgresql+psycopg://postgres@127.0.0.1:5432/test]

It builds a register of N findings (synthetic, written in the genre's patterns: "The force should ..."
areas for improvement and numbered recommendations, spread over 43 forces and twelve years), each
with a real Evidence row and search entry, serves it with uvicorn in a separate process, and times
three requests a reader makes: the findings register (a filtered page), one finding, and a search,
first from one client alone (the service time) and then from N concurrent clients.  A "baseline" row
times ``/healthz`` (no database, no template), so the machine's own HTTP cost can be subtracted.
PostgreSQL runs in a scratch database that is dropped afterwards.  This is a measurement, not a test:
the goal is p95 <= 100 ms, and the figures are printed and written to benchmarks/out/.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine, create_engine, insert, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from oversight.store import models as m  # noqa: E402
from oversight.store.db import make_engine, upgrade  # noqa: E402

FINDINGS_PER_DOCUMENT = 50
FORCES = [f"{place} {kind}" for place in ("Avon", "Barton", "Cleve", "Dunmore", "Eastfield", "Fenland", "Glenshire",
                                          "Harbury", "Irwell", "Kestor", "Lowmoor", "Marsden", "Northvale", "Oakham")
          for kind in ("Police", "Constabulary", "Police Service")][:43]
ACTIONS = ["make sure that", "improve how it", "review how it", "develop", "ensure that it", "strengthen how it"]
SUBJECTS = ["supervises investigations", "records crime reported online", "answers emergency calls",
            "safeguards vulnerable people", "manages registered sex offenders", "uses stop and search powers",
            "understands demand in its control room", "supports the wellbeing of its workforce",
            "updates victims on their cases", "shares information with partners", "vets new recruits",
            "plans its budget for the next five years", "responds to domestic abuse incidents"]
ENDINGS = ["so that victims receive a good service.", "and records its reasons.", "within six months.",
           "and evaluates what works.", "in line with national guidance.", "to reduce repeat offending."]
WORDS = ["supervision", "victims", "domestic", "vetting", "demand", "wellbeing", "offenders", "partners",
         "emergency", "budget", "online", "safeguarding"]


def finding_text(rng: random.Random, kind: str, number: int) -> str:
    sentence = f"The force should {rng.choice(ACTIONS)} {rng.choice(SUBJECTS)} {rng.choice(ENDINGS)}"
    if kind == "recommendation":
        return f"Recommendation {number}: By {rng.randint(1, 28)} March {rng.randint(2015, 2027)}, " + sentence[4:]
    return sentence


def build(engine: Engine, findings: int, seed: int = 7) -> int:
    """Write ``findings`` findings in documents of 50; returns the number written."""
    rng = random.Random(seed)
    documents = -(-findings // FINDINGS_PER_DOCUMENT)
    written = 0
    with engine.begin() as conn:
        for d in range(1, documents + 1):
            force = FORCES[d % len(FORCES)]
            when = date(2014 + d % 12, 1 + d % 12, 1 + d % 28)
            texts, spans, offset = [], [], 0
            count = min(FINDINGS_PER_DOCUMENT, findings - written)
            kinds = [("recommendation" if i % 5 == 0 else "area_for_improvement") for i in range(count)]
            for i, kind in enumerate(kinds):
                sentence = finding_text(rng, kind, i // 5 + 1)
                spans.append((offset, offset + len(sentence), sentence))
                texts.append(sentence)
                offset += len(sentence) + 2
            body = "\n\n".join(texts)
            conn.execute(insert(m.Document.__table__), [{
                "id": d, "sha256": hashlib.sha256(f"{seed}-{d}".encode()).hexdigest(), "source": f"report-{d}.pdf",
                "media_type": "application/pdf", "kind": "peel_report", "title": f"PEEL inspection of {force}",
                "published_on": when, "page_count": 1, "text": body, "page_starts": [0]}])
            conn.execute(insert(m.Paper.__table__), [{
                "id": d, "document_id": d, "seq": 1, "kind": "peel_report", "title": f"PEEL inspection of {force}",
                "start": 0, "end": len(body), "first_page": 1, "last_page": 1, "force": force, "document_date": when,
                "signals": [], "statutory_references": [], "dates_mentioned": []}])
            base = written
            conn.execute(insert(m.Evidence.__table__), [
                {"id": base + i + 1, "document_id": d, "paper_id": d, "page": 1, "start": a, "end": b, "quote": q}
                for i, (a, b, q) in enumerate(spans)])
            conn.execute(insert(m.Finding.__table__), [
                {"id": base + i + 1, "paper_id": d, "evidence_id": base + i + 1, "kind": kind,
                 "number": str(i // 5 + 1) if kind == "recommendation" else None, "text": spans[i][2],
                 "addressees": [], "status": rng.choice(["open", "open", "in_progress", "closed"]),
                 "due": date(2015 + rng.randint(0, 12), 3, 31) if kind == "recommendation" else None}
                for i, kind in enumerate(kinds)])
            conn.execute(insert(m.SearchEntry.__table__), [
                {"document_id": d, "paper_id": d, "record_type": "finding", "record_id": base + i + 1,
                 "title": spans[i][2][:80], "body": spans[i][2]} for i in range(count)])
            written += count
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            for table in ("document", "paper", "evidence", "finding", "search_entry"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                  f"(SELECT max(id) FROM {table}))"))
                conn.execute(text(f"ANALYZE {table}"))
    else:
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    return written


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serving(url: str, workers: int) -> Iterator[str]:
    """uvicorn in its own processes (so the load generator does not share their interpreter)."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "oversight.serve.app:from_settings", "--host", "127.0.0.1",
         "--port", str(port), "--workers", str(workers), "--log-level", "warning", "--no-access-log",
         "--timeout-keep-alive", "60"],
        cwd=ROOT, env={**os.environ, "OVERSIGHT_DATABASE_URL": url})
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(base + "/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not start within 30 seconds")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def targets(findings: int, rng: random.Random) -> dict[str, Any]:
    return {
        "baseline": lambda: "/healthz",  # no database, no template: the cost of HTTP on this machine
        "register page": lambda: f"/findings?force={rng.choice(FORCES).replace(' ', '+')}"
                                 f"&page={rng.randint(1, 3)}" if rng.random() < 0.5
                                 else f"/findings?page={rng.randint(1, 50)}",
        "finding page": lambda: f"/findings/{rng.randint(1, findings)}",
        "search": lambda: f"/search?q={rng.choice(WORDS)}+{rng.choice(WORDS)}",
    }


async def load(base: str, make_path: Any, clients: int, requests: int) -> tuple[list[float], int]:
    """``requests`` GETs from ``clients`` concurrent clients: each one's latency in ms, and the failures."""
    timings: list[float] = []
    failures = 0
    remaining = requests
    async with httpx.AsyncClient(base_url=base, timeout=60,
                                 limits=httpx.Limits(max_connections=clients)) as client:
        async def worker() -> None:
            nonlocal remaining, failures
            while remaining > 0:
                remaining -= 1
                started = time.perf_counter()
                try:
                    response = await client.get(make_path())
                except httpx.TransportError:
                    failures += 1
                    continue
                timings.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    raise RuntimeError(f"{response.request.url} answered {response.status_code}")
        await asyncio.gather(*(worker() for _ in range(clients)))
    return timings, failures


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure(url: str, findings: int, clients: int, requests: int, workers: int) -> dict[str, dict[str, float]]:
    rng = random.Random(11)
    results: dict[str, dict[str, float]] = {}
    with serving(url, workers) as base:
        for name, make_path in targets(findings, rng).items():
            asyncio.run(load(base, make_path, clients, max(clients, requests // 10)))  # warm up
            alone, _ = asyncio.run(load(base, make_path, 1, max(20, requests // 10)))
            timings, failures = asyncio.run(load(base, make_path, clients, requests))
            results[name] = {"one_client_p50_ms": round(statistics.median(alone), 1),
                             "failures": failures, "p50_ms": round(statistics.median(timings), 1),
                             "p95_ms": round(percentile(timings, 0.95), 1),
                             "p99_ms": round(percentile(timings, 0.99), 1), "requests": len(timings)}
    return results


@contextmanager
def scratch_database(backend: str, postgres_url: str) -> Iterator[str]:
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{folder}/bench.sqlite3"
        return
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    name = f"oversight_bench_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(postgres_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=2_000, help="requests per page type")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="uvicorn worker processes")
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--postgres-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    report: dict[str, Any] = {"findings": args.findings, "clients": args.clients, "workers": args.workers,
                              "cpus": os.cpu_count(), "results": {}}
    for backend in backends:
        with scratch_database(backend, args.postgres_url) as url:
            engine = make_engine(url)
            upgrade(engine)
            started = time.perf_counter()
            build(engine, args.findings)
            engine.dispose()
            print(f"{backend}: built {args.findings:,} findings in {time.perf_counter() - started:.0f} s", flush=True)
            report["results"][backend] = measure(url, args.findings, args.clients, args.requests, args.workers)
        for name, figures in report["results"][backend].items():
            print(f"{backend:10} {name:14} alone p50 {figures['one_client_p50_ms']:6.1f} ms | "
                  f"{args.clients} clients p50 {figures['p50_ms']:7.1f} ms  p95 {figures['p95_ms']:7.1f} ms  "
                  f"p99 {figures['p99_ms']:7.1f} ms  ({figures['failures']} failed)", flush=True)
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "web_latency.json").write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
