"""House rules every rendered page must keep, checked on every fetch by :class:`AuditedClient`.

- the HTML parses: every element that is opened is closed, in order, and no id is used twice;
- exactly one ``h1``, and the ``<title>`` starts with its text;
- a ``rel="alternate"`` JSON twin, advertised in the head and the ``Link`` header, that answers;
- every internal link (and its ``#fragment``) resolves, checked by :meth:`AuditedClient.check_links`.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urldefrag, urlsplit

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

# FastAPI's own Swagger UI page, not one of Oversight's templates.
NOT_OURS = {"/api/docs"}
# Pages that are forms for people (signing in), not views of the register, have no JSON twin.
NO_TWIN = ("/sign-in",)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class PageFacts:
    problems: list[str] = field(default_factory=list)
    h1: list[str] = field(default_factory=list)
    title: str = ""
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    alternate: str | None = None


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.facts = PageFacts()
        self.stack: list[str] = []
        self._capture: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if (element_id := values.get("id")) is not None:
            if element_id in self.facts.ids:
                self.facts.problems.append(f"id {element_id!r} is used more than once")
            self.facts.ids.add(element_id)
        for attribute in ("href", "src", "action"):
            target = values.get(attribute)
            if target and (target.startswith(("/", "#"))) and not target.startswith("//"):
                self.facts.links.append(target)
        if tag == "link" and values.get("rel") == "alternate" and values.get("type") == "application/json":
            self.facts.alternate = values.get("href")
        if tag not in VOID:
            self.stack.append(tag)
        if tag == "h1" or (tag == "title" and "svg" not in self.stack):
            self._capture, self._text = tag, []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID and "svg" not in self.stack:  # SVG elements may close themselves
            self.facts.problems.append(f"<{tag}/> is not a void element")
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            self.facts.problems.append(f"</{tag}> closes a void element")
            return
        if not self.stack or self.stack[-1] != tag:
            self.facts.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else 'nothing'}>")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()
        if tag == self._capture:
            text = " ".join("".join(self._text).split())
            if tag == "h1":
                self.facts.h1.append(text)
            else:
                self.facts.title = text
            self._capture = None

    def handle_data(self, data: str) -> None:
        if self._capture:
            self._text.append(data)


def audit_html(html: str) -> PageFacts:
    """Parse ``html`` and list every broken house rule in ``facts.problems``."""
    checker = _Checker()
    checker.feed(html)
    checker.close()
    facts = checker.facts
    if not html.lstrip().lower().startswith("<!doctype html>"):
        facts.problems.append("no <!DOCTYPE html>")
    if checker.stack:
        facts.problems.append(f"elements never closed: {checker.stack}")
    if len(facts.h1) != 1:
        facts.problems.append(f"{len(facts.h1)} h1 elements, not exactly one")
    elif not facts.title.removeprefix("Error: ").startswith(facts.h1[0][:60]):
        facts.problems.append(f"title {facts.title!r} does not start with the h1 {facts.h1[0]!r}")
    return facts


class AuditedClient:
    """A TestClient whose every HTML fetch is audited; remembers links to check them all at the end."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.pages: dict[str, PageFacts] = {}
        self.fetched: set[str] = set()

    def get(self, url: str, **kwargs: Any) -> Any:
        response = self.client.get(url, **kwargs)
        self.fetched.add(url)
        if response.headers.get("content-type", "").startswith("text/html") and url not in NOT_OURS:
            facts = audit_html(response.text)
            assert not facts.problems, f"{url}: " + "; ".join(facts.problems)
            if response.status_code == 200 and not url.startswith(NO_TWIN):
                self._check_twin(url, response, facts)
            self.pages[url] = facts
        return response

    def _check_twin(self, url: str, response: Any, facts: PageFacts) -> None:
        assert facts.alternate, f"{url}: no <link rel=alternate type=application/json>"
        assert f"<{facts.alternate}>" in response.headers.get("link", ""), f"{url}: no Link header for the twin"
        twin = self.client.get(facts.alternate)
        assert twin.status_code == 200, f"{url}: JSON twin {facts.alternate} answered {twin.status_code}"
        assert twin.headers["content-type"].startswith("application/json"), f"{url}: twin is not JSON"

    def check_links(self, limit: int = 2000) -> int:
        """Follow every internal link seen so far (and those on the pages it reaches); returns pages checked.

        A link must answer 200, and a ``#fragment`` must name an id on the page it points to.
        """
        queue = [(source, link) for source, facts in self.pages.items() for link in facts.links]
        checked = 0
        while queue and checked < limit:
            source, link = queue.pop()
            target, fragment = urldefrag(link)
            target = target or urldefrag(source)[0]
            if target not in self.fetched:
                response = self.get(target)
                checked += 1
                assert response.status_code == 200, f"{source} links to {link}, which answered {response.status_code}"
                if target in self.pages:
                    queue.extend((target, nxt) for nxt in self.pages[target].links)
            if fragment and target in self.pages:
                assert fragment in self.pages[target].ids, f"{source} links to {link}, but no id {fragment!r} there"
        return checked


def is_download(url: str) -> bool:
    return urlsplit(url).path.endswith((".csv", ".json"))
