"""Public URLs are a promise: this fails when a route in ``route-list.json`` disappears.

To remove a route deliberately, delete it from ``tests/serve/route-list.json`` in the same change and
say why in the commit.  A new route fails too until it is added there, so the list stays complete.
"""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.routing import APIRoute
from starlette.routing import Route

from oversight.serve.app import create_app
from oversight.settings import Settings
from oversight.store.db import make_engine

ROUTE_LIST = Path(__file__).with_name("route-list.json")


def current_routes() -> list[str]:
    app = create_app(make_engine("sqlite://"), Settings())
    found: set[str] = set()
    routes = list(app.routes)
    while routes:
        route = routes.pop()
        if (included := getattr(route, "original_router", None)) is not None:
            routes.extend(included.routes)  # FastAPI keeps included routers whole
            continue
        if isinstance(route, APIRoute | Route):
            for method in sorted((route.methods or set()) - {"HEAD"}):
                found.add(f"{method} {route.path}")
        # Static mounts are left out: they are assets, not pages people cite, and the front-end ones
        # exist only where npm has installed GOV.UK Frontend.
    return sorted(found)


def test_no_public_route_has_disappeared() -> None:
    promised = json.loads(ROUTE_LIST.read_text())
    missing = sorted(set(promised) - set(current_routes()))
    assert not missing, (f"These public routes disappeared: {missing}. People cite these URLs; if the removal "
                         f"is deliberate, delete them from {ROUTE_LIST.name}.")


def test_every_route_is_in_the_list() -> None:
    promised = json.loads(ROUTE_LIST.read_text())
    new = sorted(set(current_routes()) - set(promised))
    assert not new, f"Add these new routes to {ROUTE_LIST.name}: {json.dumps(new)}"
