"""Latency of the web app over a large synthetic register: p50/p95/p99 at 20 concurrent clients.

Run: .venv/bin/python benchmarks/web_latency.py [--findings 100000] [--clients 20] [--requests 2000]
     [--workers 1 2] [--backend sqlite|postgresql|both] [--client python|wrk]
     [--postgres-url postgresql+psycopg://postgres@127.0.0.1:5432/test] [--database-url URL]

It builds a register of N findings (synthetic, written in the genre's patterns: "The force should ..."
areas for improvement and numbered recommendations, spread over 43 forces and twelve years), each
with a real Evidence row and search entry, serves it with uvicorn in a separate process, and times
three requests a reader makes: the findings register (a filtered page), one finding, and a search,
first from one client alone (the service time) and then from N concurrent clients.  A "baseline" row
times ``/healthz`` (no database, no template), so the machine's own HTTP cost can be subtracted.

The load comes from a third process, so neither the benchmark's own work nor the client shares an
interpreter with the server.  The default client is a minimal HTTP/1.1 keep-alive client on asyncio
streams (a few tens of microseconds of CPU per request, where a full HTTP library costs a millisecond
or more and, on a two-core machine, competes with the server for the same cores); ``--client wrk``
uses wrk instead when it is installed.  Each row also gives the CPU time per request that the
server's processes and the client's process spent (from /proc), so a slow figure can be blamed on
the right side.  PostgreSQL runs in a scratch database that is dropped afterwards;
``--database-url`` reuses a register built earlier (it is never dropped).  This is a measurement,
not a test: the goal is p95 <= 100 ms, and the figures are printed and written to benchmarks/out/.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, func, insert, select, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from oversight.store import models as m  # noqa: E402
from oversight.store.db import make_engine, upgrade  # noqa: E402

FINDINGS_PER_DOCUMENT = 50
TABLES = m.Base.metadata.tables
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
            conn.execute(insert(TABLES["document"]), [{
                "id": d, "sha256": hashlib.sha256(f"{seed}-{d}".encode()).hexdigest(), "source": f"report-{d}.pdf",
                "media_type": "application/pdf", "kind": "peel_report", "title": f"PEEL inspection of {force}",
                "published_on": when, "page_count": 1, "text": body, "page_starts": [0]}])
            conn.execute(insert(TABLES["paper"]), [{
                "id": d, "document_id": d, "seq": 1, "kind": "peel_report", "title": f"PEEL inspection of {force}",
                "start": 0, "end": len(body), "first_page": 1, "last_page": 1, "force": force, "document_date": when,
                "signals": [], "statutory_references": [], "dates_mentioned": []}])
            base = written
            conn.execute(insert(TABLES["evidence"]), [
                {"id": base + i + 1, "document_id": d, "paper_id": d, "page": 1, "start": a, "end": b, "quote": q}
                for i, (a, b, q) in enumerate(spans)])
            conn.execute(insert(TABLES["finding"]), [
                {"id": base + i + 1, "paper_id": d, "evidence_id": base + i + 1, "kind": kind,
                 "number": str(i // 5 + 1) if kind == "recommendation" else None, "text": spans[i][2],
                 "addressees": [], "status": rng.choice(["open", "open", "in_progress", "closed"]),
                 "due": date(2015 + rng.randint(0, 12), 3, 31) if kind == "recommendation" else None}
                for i, kind in enumerate(kinds)])
            conn.execute(insert(TABLES["search_entry"]), [
                {"document_id": d, "paper_id": d, "record_type": "finding", "record_id": base + i + 1,
                 "title": spans[i][2][:80], "body": spans[i][2]} for i in range(count)])
            written += count
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            for table in ("document", "paper", "evidence", "finding", "search_entry"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                  f"(SELECT max(id) FROM {table}))"))
        # What autovacuum does within a minute or so of a bulk load: statistics, and the visibility
        # map that lets index-only scans skip the table.  Measured straight after the load, a fresh
        # register read 1.5-2 times slower than the same register a few minutes later.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for table in ("document", "paper", "evidence", "finding", "search_entry"):
                conn.execute(text(f"VACUUM ANALYZE {table}"))
    else:
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    return written


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _ticks(pid: int) -> int:
    """User plus system CPU ticks of one process; 0 when it has gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0
    return int(fields[11]) + int(fields[12])


def _family(root: int) -> list[int]:
    """``root`` and every process descended from it (uvicorn's workers are its children)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    family, frontier = [root], [root]
    while frontier:
        children = [pid for pid, parent in parents.items() if parent in frontier]
        family += children
        frontier = children
    return family


class Server:
    """uvicorn in its own processes (started by :func:`serve_main`), and the CPU seconds they have used."""

    def __init__(self, url: str, workers: int, factory: str) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, __file__, "serve", "--port", str(self.port), "--workers", str(workers),
             "--factory", factory],
            cwd=ROOT, env={**os.environ, "OVERSIGHT_DATABASE_URL": url,
                           "PYTHONPATH": os.pathsep.join((str(ROOT), str(ROOT / "benchmarks")))})

    def wait_ready(self, workers: int) -> None:
        deadline = time.monotonic() + 60
        while not self._answers() or (workers > 1 and len(_family(self.process.pid)) < workers + 1):
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("the server did not start within 60 seconds")
            time.sleep(0.2)

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=2) as sock:
                sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n")
                return sock.recv(64).startswith(b"HTTP/1.1 200")
        except OSError:
            return False

    def cpu_seconds(self) -> float:
        return sum(_ticks(pid) for pid in _family(self.process.pid)) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)


@contextmanager
def serving(url: str, workers: int, factory: str) -> Iterator[Server]:
    server = Server(url, workers, factory)
    try:
        server.wait_ready(workers)
        yield server
    finally:
        server.stop()


ROUTES = ("baseline", "register page", "finding page", "search")
COOKIE = "Cookie: oversight_bench=1\r\n"  # any cookie keeps a request out of the shared response cache


def path_maker(route: str, findings: int, rng: random.Random) -> Callable[[], str]:
    """The next path a reader of ``route`` asks for, drawn at random (so caches see realistic variety)."""
    def register() -> str:
        if rng.random() < 0.5:
            return f"/findings?force={rng.choice(FORCES).replace(' ', '+')}&page={rng.randint(1, 3)}"
        return f"/findings?page={rng.randint(1, 50)}"

    makers: dict[str, Callable[[], str]] = {
        "baseline": lambda: "/healthz",  # no database, no template: the cost of HTTP on this machine
        "register page": register,
        "finding page": lambda: f"/findings/{rng.randint(1, findings)}",
        "search": lambda: f"/search?q={rng.choice(WORDS)}+{rng.choice(WORDS)}",
    }
    return makers[route]


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str,
               extra: str) -> tuple[int, bool]:
    """One GET on a kept-alive connection: the status, and whether the server will close the connection."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: bench\r\n{extra}\r\n".encode())
    head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").lower().split("\r\n")
    status = int(head[0].split()[1])
    headers = dict(line.split(":", 1) for line in head[1:] if ":" in line)
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif "chunked" in headers.get("transfer-encoding", ""):
        while (size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)) > 0:
            await reader.readexactly(size + 2)
        await reader.readuntil(b"\r\n")
    return status, headers.get("connection", "").strip() == "close"


async def _load(port: int, make_path: Callable[[], str], clients: int, requests: int, extra: str) -> list[float]:
    """``requests`` GETs shared by ``clients`` connections, each waiting for its answer before asking
    again; returns each request's latency in ms.  Any answer but 200 stops the run."""
    timings: list[float] = []
    remaining = requests

    async def client() -> None:
        nonlocal remaining
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while remaining > 0:
                remaining -= 1
                path = make_path()
                started = time.perf_counter()
                status, closing = await _get(reader, writer, path, extra)
                timings.append((time.perf_counter() - started) * 1000)
                if status != 200:
                    raise RuntimeError(f"{path} answered {status}")
                if closing:
                    writer.close()
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
        finally:
            writer.close()

    await asyncio.gather(*(client() for _ in range(clients)))
    return timings


def run_client(port: int, route: str, findings: int, clients: int, requests: int, seed: int,
               cookie: bool) -> dict[str, Any]:
    """The load process's work: time the requests and the client's own CPU."""
    make_path = path_maker(route, findings, random.Random(seed))
    extra = COOKIE if cookie else ""
    cpu, wall = time.process_time(), time.perf_counter()
    timings = asyncio.run(_load(port, make_path, clients, requests, extra))
    return {"timings": timings, "wall": time.perf_counter() - wall, "client_cpu": time.process_time() - cpu}


def python_client(server: Server, route: str, findings: int, clients: int, requests: int,
                  seed: int, cookie: bool) -> dict[str, Any]:
    """Run :func:`run_client` in its own process and read its figures."""
    done = subprocess.run(
        [sys.executable, __file__, "client", "--port", str(server.port), "--route", route, "--findings",
         str(findings), "--clients", str(clients), "--requests", str(requests), "--seed", str(seed),
         *(["--cookie"] if cookie else [])],
        capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


WRK_SCRIPT = """
local paths = {%s}
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
done = function(summary, latency, requests)
  io.write(string.format('WRK {"p50": %%f, "p95": %%f, "p99": %%f, "requests": %%d, "errors": %%d, "wall": %%f}\\n',
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout, summary.duration / 1e6))
end
"""


def wrk_client(server: Server, route: str, findings: int, clients: int, requests: int,
               seed: int, cookie: bool) -> dict[str, Any]:
    """The same load from wrk (a C client, so its own CPU is next to nothing), run for a fixed time
    long enough for about ``requests`` requests at the one-client rate measured first."""
    make_path = path_maker(route, findings, random.Random(seed))
    # wrk runs for a time, not a count: enough distinct paths that its extra requests do not turn
    # one-off pages (a finding among 100,000) into repeats a cache would serve.
    paths = ", ".join(json.dumps(make_path()) for _ in range(50_000))
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT % paths)
    try:
        threads = min(clients, 2)
        seconds = max(3, min(30, requests // 200))
        cpu = resource.getrusage(resource.RUSAGE_CHILDREN)  # wrk is the only child reaped meanwhile
        header = ["-H", COOKIE.strip()] if cookie else []
        done = subprocess.run(["wrk", "-t", str(threads), "-c", str(clients), "-d", f"{seconds}s", "--timeout", "30s",
                               *header, "-s", script.name, server.base], capture_output=True, text=True, check=True)
    finally:
        os.unlink(script.name)
    line = next(x for x in done.stdout.splitlines() if x.startswith("WRK "))
    figures = json.loads(line[4:])
    if figures["errors"]:
        raise RuntimeError(f"wrk saw {figures['errors']} failed requests on {route}")
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"p50": figures["p50"], "p95": figures["p95"], "p99": figures["p99"], "requests": figures["requests"],
            "wall": figures["wall"], "client_cpu": used.ru_utime + used.ru_stime - cpu.ru_utime - cpu.ru_stime}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _summary(run: dict[str, Any], server_cpu: float) -> dict[str, float]:
    if "timings" in run:
        timings = run["timings"]
        p50, p95, p99, count = statistics.median(timings), percentile(timings, 0.95), percentile(timings, 0.99), \
            len(timings)
    else:
        p50, p95, p99, count = run["p50"], run["p95"], run["p99"], run["requests"]
    return {"p50_ms": round(p50, 1), "p95_ms": round(p95, 1), "p99_ms": round(p99, 1), "requests": count,
            "per_second": round(count / run["wall"], 1),
            "server_cpu_ms": round(1000 * server_cpu / max(1, count), 2),
            "client_cpu_ms": round(1000 * run["client_cpu"] / max(1, count), 2)}


def measure(url: str, findings: int, clients: int, requests: int, workers: int, client: str,
            factory: str, cookie: bool) -> dict[str, dict[str, Any]]:
    """Each route three times over one server: warm-up, one client alone, then ``clients`` at once."""
    load = wrk_client if client == "wrk" else python_client
    results: dict[str, dict[str, Any]] = {}
    with serving(url, workers, factory) as server:
        for number, route in enumerate(ROUTES):
            python_client(server, route, findings, clients, max(clients, requests // 10), 100 + number, cookie)
            alone = python_client(server, route, findings, 1, max(20, requests // 10), 200 + number, cookie)
            before = server.cpu_seconds()
            crowd = load(server, route, findings, clients, requests, 300 + number, cookie)
            results[route] = {"one_client_p50_ms": round(statistics.median(alone["timings"]), 1),
                              **_summary(crowd, server.cpu_seconds() - before)}
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


@contextmanager
def register(backend: str, args: argparse.Namespace) -> Iterator[tuple[str, int]]:
    """A database holding the register, and how many findings it has: built afresh, or reused."""
    if args.database_url:
        engine = make_engine(args.database_url)
        upgrade(engine)
        with engine.connect() as conn:
            findings = int(conn.scalar(select(func.count()).select_from(m.Finding)) or 0)
        engine.dispose()
        yield args.database_url, findings
        return
    with scratch_database(backend, args.postgres_url) as url:
        engine = make_engine(url)
        upgrade(engine)
        started = time.perf_counter()
        build(engine, args.findings)
        engine.dispose()
        print(f"{backend}: built {args.findings:,} findings in {time.perf_counter() - started:.0f} s", flush=True)
        yield url, args.findings


def _print(backend: str, workers: int, clients: int, route: str, f: dict[str, Any]) -> None:
    print(f"{backend:10} w{workers} {route:14} alone p50 {f['one_client_p50_ms']:6.1f} ms | {clients} clients "
          f"p50 {f['p50_ms']:7.1f}  p95 {f['p95_ms']:7.1f}  p99 {f['p99_ms']:7.1f} ms  {f['per_second']:6.1f} req/s "
          f"| CPU/req server {f['server_cpu_ms']:5.1f} ms, client {f['client_cpu_ms']:4.2f} ms", flush=True)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["client"]:
        _client_main(argv[1:])
        return
    if argv[:1] == ["serve"]:
        serve_main(argv[1:])
        return
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--findings", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=2_000, help="requests per page type")
    parser.add_argument("--workers", type=int, nargs="+", default=[os.cpu_count() or 1],
                        help="uvicorn worker processes (several values: one run each)")
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--client", choices=["python", "wrk"], default="python")
    parser.add_argument("--postgres-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--database-url", help="measure a register built earlier instead of building one")
    parser.add_argument("--factory", default="oversight.serve.app:from_settings",
                        help="uvicorn app factory; web_latency:with_response_cache puts the response cache in front")
    parser.add_argument("--cookie", action="store_true",
                        help="send a cookie with every request, as a signed-in person does (no shared cache)")
    args = parser.parse_args(argv)
    if args.client == "wrk" and shutil.which("wrk") is None:
        parser.error("--client wrk needs wrk on the PATH (apt-get install wrk); the default client needs nothing")
    if args.database_url:
        backends = [make_url(args.database_url).get_backend_name()]
    else:
        backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    report: dict[str, Any] = {"findings": args.findings, "clients": args.clients, "client": args.client,
                              "factory": args.factory, "cookie": args.cookie, "cpus": os.cpu_count(),
                              "load_average_before": os.getloadavg(), "results": {}}
    for backend in backends:
        with register(backend, args) as (url, findings):
            report["findings"] = findings
            for workers in args.workers:
                figures = measure(url, findings, args.clients, args.requests, workers, args.client, args.factory,
                                  args.cookie)
                report["results"][f"{backend} workers={workers}"] = figures
                for route, f in figures.items():
                    _print(backend, workers, args.clients, route, f)
    report["load_average_after"] = os.getloadavg()
    print(f"load average before {report['load_average_before']}, after {report['load_average_after']}")
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "web_latency.json").write_text(json.dumps(report, indent=2))


def _client_main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description="the load-generating process (internal)")
    for name in ("--port", "--findings", "--clients", "--requests", "--seed"):
        parser.add_argument(name, type=int, required=True)
    parser.add_argument("--route", choices=ROUTES, required=True)
    parser.add_argument("--cookie", action="store_true")
    a = parser.parse_args(argv)
    print(json.dumps(run_client(a.port, a.route, a.findings, a.clients, a.requests, a.seed, a.cookie)))


def with_response_cache() -> Any:
    """The app as ``from_settings`` makes it, with :class:`ResponseCache` in front when it is not there yet."""
    from oversight.serve.app import from_settings
    from oversight.serve.caching import ResponseCache

    app = from_settings()
    if not any(getattr(layer, "cls", None) is ResponseCache for layer in app.user_middleware):
        app.add_middleware(ResponseCache, engine=app.state.engine)
    return app


def serve_main(argv: list[str]) -> None:
    """uvicorn as ``uvicorn --factory F --workers N`` runs it, except that the listening socket is made
    here with TCP_NODELAY.  uvicorn 0.54's supervisor binds it with ``proto`` 0, so asyncio leaves Nagle's
    algorithm on for every accepted connection and, on Linux, each keep-alive response after the first
    waits about 40 ms for the client's delayed ACK (uvicorn issue 3149): a fixed cost that would swamp
    everything measured here.  One worker takes the same path, so 1 and 2 workers compare fairly."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    parser = argparse.ArgumentParser(description="the server process (internal)")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--workers", type=int, required=True)
    parser.add_argument("--factory", required=True)
    a = parser.parse_args(argv)
    config = uvicorn.Config(a.factory, factory=True, host="127.0.0.1", port=a.port, workers=a.workers,
                            log_level="warning", access_log=False, timeout_keep_alive=60)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", a.port))
    sock.set_inheritable(True)
    if a.workers > 1:
        Multiprocess(config, sockets=[sock]).run()
    else:
        uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
