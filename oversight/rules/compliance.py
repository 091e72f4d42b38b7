"""The compliance report: every rule of the catalogue, evaluated over the store as it stands."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from oversight.link.view import StoreView
from oversight.rules.appointment import evaluate_appointments
from oversight.rules.model import Evaluation
from oversight.rules.panel_requests import evaluate_panel_requests
from oversight.rules.precept import evaluate_precept
from oversight.rules.s55 import evaluate_s55


def evaluate_view(view: StoreView, today: date) -> list[Evaluation]:
    return [*evaluate_s55(view, today), *evaluate_precept(view, today), *evaluate_appointments(view, today),
            *evaluate_panel_requests(view, today)]


def evaluate(engine: Engine, today: date | None = None) -> list[Evaluation]:
    """The compliance report: one evaluation per rule and subject, read-only."""
    from oversight.store.db import session_scope

    with session_scope(engine) as session:
        return evaluate_view(StoreView.load(session), today or date.today())
