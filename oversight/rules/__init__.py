"""rules: the statutory calendar and compliance checks, evaluated over the store.

The rules themselves are data (:mod:`oversight.rules.catalogue`); one module per family of duties
reads the store and says, for each subject, met / due / overdue / cannot tell (and why), with the
evidence used.  ``refresh_deadlines`` is called after every ingest and is idempotent: it replaces the
derived Deadline rows and never touches rows a person entered.

Imports inside the functions keep this package importable from :mod:`oversight.link`, which shares
its :class:`~oversight.rules.model.Proof`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from oversight.rules.model import Evaluation


def evaluate(engine: Engine, today: date | None = None) -> list[Evaluation]:
    """The compliance report: one evaluation per rule and subject, without writing anything."""
    from oversight.rules.compliance import evaluate as run

    return run(engine, today)


def refresh_deadlines(engine: Engine, today: date | None = None) -> int:
    """Re-evaluate every rule over the store; returns the number of derived deadlines now stored."""
    from oversight.link.view import StoreView
    from oversight.rules.compliance import evaluate_view
    from oversight.rules.persist import replace_derived_deadlines
    from oversight.store.db import session_scope

    with session_scope(engine) as session:
        evaluations = evaluate_view(StoreView.load(session), today or date.today())
        return replace_derived_deadlines(session, evaluations)


__all__ = ["Evaluation", "evaluate", "refresh_deadlines"]
