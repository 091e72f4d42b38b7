"""The benchmark runs end to end on a small PDF and prints its ratio and memory figures."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("reportlab")

RUN = Path(__file__).resolve().parents[1] / "benchmarks" / "run.py"


def test_benchmark_prints_ratio_and_memory(capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("oversight_benchmark", RUN)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--pages", "12", "--memory-pages", "6", "12", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "ratio:" in out
    assert out.count("working") >= 2
