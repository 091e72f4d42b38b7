"""Adding papers in the browser: uploads (type sniffing, names, size limits) and fetching by address."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from oversight import vocab
from oversight.intake.fetch import USER_AGENT
from oversight.serve import security
from oversight.store import models as m
from oversight.store.db import session_scope
from tests.serve.editing import INSPECTION, Editing, assert_well_formed

MINUTES = """Exampleshire Police and Crime Panel

Minutes of a meeting of the Police and Crime Panel held at County Hall on 5 June 2024 at 10.00 am

Present: Councillor A Smith (Chair), Councillor B Jones

1. Apologies

Apologies were received from Councillor C Brown.

2. Minutes

RESOLVED that the minutes of the meeting held on 6 March 2024 be approved as a correct record.
"""


def _upload(editing: Editing, name: str, data: bytes, content_type: str = "application/octet-stream") -> Any:
    token = editing.token("/papers/add")
    return editing.client.post("/papers/upload", data={"csrf_token": token},
                               files={"paper": (name, data, content_type)})


def _documents(editing: Editing) -> list[tuple[str, str]]:
    with session_scope(editing.engine) as s:
        return [(d.source, d.media_type) for d in s.scalars(select(m.Document).order_by(m.Document.id))]


def test_an_uploaded_paper_is_read_and_the_result_page_says_what_was_found(editing: Editing) -> None:
    editing.sign_in("eddie")
    form = editing.client.get("/papers/add")
    assert form.status_code == 200
    assert_well_formed(form)
    response = _upload(editing, "june-minutes.txt", MINUTES.encode())
    assert response.status_code == 200
    assert_well_formed(response)
    assert "Papers added" in response.text and "Added" in response.text
    assert vocab.PAPER_KINDS["panel_minutes"] in response.text  # the kind of paper found
    assert _documents(editing)[-1] == ("june-minutes.txt", "text/plain")
    with session_scope(editing.engine) as s:
        entry = s.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "paper_added")).one()
        assert entry.username == "eddie" and entry.after is not None and entry.after["source"] == "june-minutes.txt"
    again = _upload(editing, "copy-of-minutes.txt", MINUTES.encode())
    assert "Already in the register" in again.text
    assert len(_documents(editing)) == 2


def test_a_path_as_a_file_name_is_only_ever_a_name(editing: Editing, tmp_path: Path) -> None:
    editing.sign_in("eddie")
    response = _upload(editing, "../../etc/passwd", MINUTES.replace("5 June", "6 June").encode())
    assert response.status_code == 200
    assert "<h2 class=\"govuk-heading-m\" id=\"file-1-name\">passwd</h2>" in response.text
    assert _documents(editing)[-1][0] == "passwd"
    assert not (tmp_path.parent.parent / "etc" / "passwd").exists()


def test_files_are_read_by_what_they_are_not_what_they_are_called(editing: Editing) -> None:
    editing.sign_in("eddie")
    html = f"<!DOCTYPE html><html><head><title>Minutes</title></head><body><pre>{MINUTES}</pre></body></html>"
    response = _upload(editing, "minutes.pdf", html.encode())
    assert response.status_code == 200
    assert "is named like a PDF but is an HTML page; it was read as an HTML page." in response.text
    assert _documents(editing)[-1] == ("minutes.pdf", "text/html")


def test_files_of_other_kinds_are_refused_with_a_reason_and_nothing_is_stored(editing: Editing) -> None:
    editing.sign_in("eddie")
    before = _documents(editing)
    cases = {"scan.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "report.docx": b"PK\x03\x04" + b"\x00" * 100,
             "notes.txt": b"some words \x00\x01\x02 then binary", "empty.txt": b"",
             "broken.pdf": b"%PDF-1.7\n this is not really a PDF at all"}
    for name, data in cases.items():
        response = _upload(editing, name, data)
        assert response.status_code == 422, name
        assert "Not added" in response.text and "Traceback" not in response.text, name
        assert f"{name}: " in response.text or name in response.text
    assert _documents(editing) == before
    assert "is a PNG image" in _upload(editing, "scan.png", cases["scan.png"]).text
    assert "is empty" in _upload(editing, "empty.txt", b"").text


def test_an_html_paper_with_scripts_is_stored_as_text_and_shown_escaped(editing: Editing) -> None:
    editing.sign_in("eddie")
    hostile = ("<html><head><script>document.title='pwned'</script></head><body><h1>Police and Crime Panel</h1>"
               "<p>Report of the Police and Crime Commissioner</p><p onclick=\"steal()\">1. Purpose: an update on "
               "complaints &lt;script&gt;alert(1)&lt;/script&gt;.</p><script>alert('upload')</script></body></html>")
    response = _upload(editing, "update.html", hostile.encode())
    assert response.status_code == 200
    with session_scope(editing.engine) as s:
        doc = s.scalars(select(m.Document).order_by(m.Document.id.desc())).first()
        assert doc is not None and "pwned" not in doc.text and "alert('upload')" not in doc.text
        document_id = doc.id
    page = editing.fresh_client().get(f"/documents/{document_id}/pages/1")
    assert page.status_code == 200
    assert "<script>alert(1)" not in page.text and "&lt;script&gt;alert(1)" in page.text
    assert "onclick" not in page.text


def test_uploads_need_an_editor_and_the_form_token(editing: Editing) -> None:
    token = editing.token("/sign-in")
    anonymous = editing.client.post("/papers/upload", data={"csrf_token": token},
                                    files={"paper": ("m.txt", MINUTES.encode(), "text/plain")})
    assert anonymous.status_code == 403
    editing.sign_in("eddie")
    no_token = editing.client.post("/papers/upload", files={"paper": ("m.txt", MINUTES.encode(), "text/plain")})
    assert no_token.status_code == 403
    assert len(_documents(editing)) == 1


def test_an_upload_over_the_limit_is_refused_with_a_message(editing: Editing) -> None:
    editing.sign_in("eddie")
    response = _upload(editing, "huge.txt", MINUTES.encode() * 4000)  # ~1.5 MB against a 1 MB limit
    assert response.status_code == 413
    assert "over the 1 MB limit" in response.text
    assert len(_documents(editing)) == 1


# --- A 1 GB upload, sent straight to the ASGI app so the test can count what the app reads ---------------

def _gigabyte(boundary: bytes) -> Iterator[bytes]:
    yield (b"--" + boundary + b'\r\nContent-Disposition: form-data; name="paper"; filename="big.pdf"\r\n'
           b"Content-Type: application/pdf\r\n\r\n%PDF-1.7\n")
    block = b"0" * (1 << 20)
    for _ in range(1024):
        yield block


def _send(app: Any, cookie: str, declared: int | None, chunks: Iterator[bytes], path: str = "/papers/upload",
          content_type: bytes = b"multipart/form-data; boundary=XyZ") -> tuple[int, int]:
    """POST ``chunks`` to ``path``; returns the status and how many bytes the app pulled from the client."""
    pulled = 0
    messages: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal pulled
        chunk = next(chunks, None)
        if chunk is None:
            return {"type": "http.request", "body": b"", "more_body": False}
        pulled += len(chunk)
        return {"type": "http.request", "body": chunk, "more_body": True}

    async def send(message: dict[str, Any]) -> None:
        messages.append(message)

    headers = [(b"host", b"testserver"), (b"content-type", content_type), (b"cookie", cookie.encode())]
    if declared is not None:
        headers.append((b"content-length", str(declared).encode()))
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "https",
             "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
             "headers": headers, "client": ("127.0.0.1", 50000), "server": ("testserver", 443)}
    asyncio.run(app(scope, receive, send))
    return next(m["status"] for m in messages if m["type"] == "http.response.start"), pulled


def test_a_gigabyte_upload_is_refused_before_it_is_read(editing: Editing) -> None:
    session = editing.sign_in("eddie").cookies.get(security.SESSION_COOKIE)
    cookie = f"{security.SESSION_COOKIE}={session}"
    status, pulled = _send(editing.app, cookie, 1 << 30, _gigabyte(b"XyZ"))
    assert status == 413 and pulled == 0
    status, pulled = _send(editing.app, cookie, None, _gigabyte(b"XyZ"))  # no length given: cut off on the way
    assert status == 413 and pulled < 3 * (1 << 20)
    status, pulled = _send(editing.app, "", 1 << 30, _gigabyte(b"XyZ"))  # not signed in
    assert status == 403 and pulled == 0
    assert len(_documents(editing)) == 1


# --- Adding a paper by its web address ---------------------------------------------------------------------

def _trickle() -> Iterator[bytes]:
    """A server that keeps sending a little, each piece inside the read timeout, for ever."""
    while True:
        time.sleep(0.05)
        yield b"x"


def _fetch(editing: Editing, url: str) -> Any:
    token = editing.token("/papers/add")
    return editing.client.post("/papers/fetch", data={"csrf_token": token, "url": url})


def test_a_paper_is_fetched_with_an_honest_user_agent_and_recorded_with_its_address(editing: Editing) -> None:
    seen: list[httpx.Request] = []

    def web(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/old":
            return httpx.Response(301, headers={"location": "/reports/custody.txt"})
        return httpx.Response(200, text=MINUTES, headers={"content-type": "text/plain"})

    editing.app.state.fetch_transport = httpx.MockTransport(web)
    editing.sign_in("eddie")
    response = _fetch(editing, "https://www.example.gov.uk/old")
    assert response.status_code == 200 and "Papers added" in response.text
    assert seen[0].headers["user-agent"] == USER_AGENT and "Oversight/" in USER_AGENT
    assert _documents(editing)[-1][0] == "https://www.example.gov.uk/reports/custody.txt"


def test_fetch_failures_are_sentences_and_store_nothing(editing: Editing) -> None:
    def web(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/missing":
            return httpx.Response(404)
        if request.url.path == "/slow":
            raise httpx.ReadTimeout("timed out", request=request)
        if request.url.path == "/huge":
            return httpx.Response(200, headers={"content-length": str(5 << 30)}, content=b"")
        if request.url.path == "/endless":
            return httpx.Response(200, content=iter([b"x" * (1 << 16)] * 100))
        if request.url.path == "/trickle":
            return httpx.Response(200, content=_trickle())
        return httpx.Response(200, text=INSPECTION)

    editing.app.state.fetch_transport = httpx.MockTransport(web)
    editing.app.state.settings.fetch_timeout_seconds = 0.5
    editing.sign_in("eddie")
    expected = {"https://example.org/missing": "answered 404 Not Found",
                "https://example.org/slow": "did not answer within",
                "https://example.org/huge": "over the 1 MB limit",
                "https://example.org/endless": "over the 1 MB limit (stopped reading)",
                "https://example.org/trickle": "did not answer within 0.5 seconds",
                "ftp://example.org/paper.pdf": "is not a web address",
                "https://user:pw@example.org/paper": "carries a user name or password",
                "": "Enter the web address of a paper"}
    for url, message in expected.items():
        response = _fetch(editing, url)
        assert response.status_code == 400, url
        assert message in response.text, (url, response.text[-2000:])
        assert_well_formed(response)
    assert len(_documents(editing)) == 1


def test_addresses_on_private_networks_are_not_fetched(editing: Editing) -> None:
    calls: list[str] = []

    def web(request: httpx.Request) -> httpx.Response:
        calls.append(request.headers["host"] + request.url.path)
        if request.headers["host"] == "public.example":
            return httpx.Response(302, headers={"location": "http://inside.example/admin"})
        return httpx.Response(200, text=MINUTES)

    editing.app.state.fetch_transport = httpx.MockTransport(web)
    editing.sign_in("eddie")
    names = {"public.example": ["93.184.216.34"], "inside.example": ["10.0.0.5"],
             "mixed.example": ["93.184.216.34", "192.168.1.1"], "nat64.example": ["64:ff9b::a00:5"],
             "sixtofour.example": ["2002:7f00:1::"], "compatible.example": ["::127.0.0.1"]}
    editing.app.state.resolve_host = lambda host: names.get(host, [host.strip("[]")])
    for url in ["http://127.0.0.1:5432/", "http://[::1]/", "http://169.254.169.254/latest/meta-data/",
                "http://inside.example/", "http://mixed.example/", "http://nat64.example/",
                "http://sixtofour.example/", "http://compatible.example/", "http://public.example/x"]:
        response = _fetch(editing, url)
        assert response.status_code == 400 and "private or local address" in response.text, url
    assert calls == ["public.example/x"]  # the redirect to a private host was not followed
    assert len(_documents(editing)) == 1


def test_the_connection_goes_to_the_address_that_was_checked(editing: Editing) -> None:
    """A name that resolves to a public address when checked and a private one later (DNS rebinding)
    is never looked up twice: the request goes to the checked address, carrying the name as Host."""
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])
    seen: list[tuple[str, str]] = []

    def web(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.host, request.headers["host"]))
        return httpx.Response(200, text=MINUTES)

    editing.app.state.fetch_transport = httpx.MockTransport(web)
    editing.app.state.resolve_host = lambda host: next(answers)
    editing.sign_in("eddie")
    assert _fetch(editing, "http://rebinding.example/paper.txt").status_code == 200
    assert seen == [("93.184.216.34", "rebinding.example")]


def test_a_malformed_address_is_a_message(editing: Editing) -> None:
    editing.sign_in("eddie")
    for url in ["http://[::1", "https://example.org:99999/x"]:
        response = _fetch(editing, url)
        assert response.status_code == 400 and "is not a well-formed web address" in response.text, url
