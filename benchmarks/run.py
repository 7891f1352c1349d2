"""Speed of the models behind the book's figures and explorers, and of the book itself; prints one
Markdown table.

Run with ``make bench``. Each ``benchmarks/bench_*.py`` module lists its ``CASES`` as
(label, function, repeats, target in ms or None[, warm_up]) and may define ``MEASURES`` as
(label, function returning (value, unit), target or None) for quantities other than times, and
``report()`` for extra lines. A time is the median of repeated calls on this machine, after one
warm-up call unless warm_up is False (for things that are slow and meant to be measured cold,
such as a book build). This is a report, not a test: it never fails on a missed target.
"""

from __future__ import annotations

import importlib
import statistics
import sys
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def median_ms(func, repeats: int, warm_up: bool = True) -> float:
    if warm_up:
        func()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        samples.append((time.perf_counter() - start) * 1e3)
    return statistics.median(samples)


def format_ms(ms: float) -> str:
    if ms >= 1_000:
        return f"{ms / 1e3:,.3g} s"
    return f"{ms:,.0f} ms" if ms >= 100 else f"{ms:.3g} ms"


def benchmark_modules():
    return [importlib.import_module(path.stem) for path in sorted(HERE.glob("bench_*.py"))]


def row(label: str, result: str, target: str, met: bool | None) -> None:
    print(f"| {label} | {result} | {target} | {'' if met is None else ('yes' if met else 'NO')} |")


def main() -> None:
    modules = benchmark_modules()
    print("| benchmark | result | target | met |")
    print("|---|---:|---:|---|")
    for module in modules:
        for label, func, repeats, target, *options in module.CASES:
            ms = median_ms(func, repeats, *options)
            row(label, format_ms(ms), "" if target is None else format_ms(target),
                None if target is None else ms <= target)
        for label, func, target in getattr(module, "MEASURES", []):
            value, unit = func()
            row(label, f"{value:,.3g} {unit}", "" if target is None else f"{target:g} {unit}",
                None if target is None else value <= target)
    print()
    for module in modules:
        if hasattr(module, "report"):
            module.report()


if __name__ == "__main__":
    main()
