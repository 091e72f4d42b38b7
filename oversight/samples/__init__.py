"""The sample papers shipped with Oversight (see NOTICE.md for their licence and publishers)."""

from __future__ import annotations

from pathlib import Path

PAPERS = Path(__file__).with_name("papers")


def sample_papers() -> list[Path]:
    return sorted(PAPERS.glob("*.txt"))
