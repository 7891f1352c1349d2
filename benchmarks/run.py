"""Speed of the models behind the book's figures and explorers; prints one Markdown table.

Run with ``make bench``. Each ``benchmarks/bench_*.py`` module lists its ``CASES`` as
(label, function, repeats, target in ms or None) and may define ``report()`` for extra lines.
Times are the median of repeated calls on this machine. This is a report, not a test: it never
fails on a missed target.
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


def median_ms(func, repeats: int) -> float:
    func()  # warm-up
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        samples.append((time.perf_counter() - start) * 1e3)
    return statistics.median(samples)


def benchmark_modules():
    return [importlib.import_module(path.stem) for path in sorted(HERE.glob("bench_*.py"))]


def main() -> None:
    modules = benchmark_modules()
    print("| benchmark | median (ms) | target (ms) | met |")
    print("|---|---:|---:|---|")
    for module in modules:
        for label, func, repeats, target in module.CASES:
            ms = median_ms(func, repeats)
            met = "" if target is None else ("yes" if ms <= target else "NO")
            target_text = "" if target is None else f"{target:g}"
            ms_text = f"{ms:,.0f}" if ms >= 100 else f"{ms:.3g}"
            print(f"| {label} | {ms_text} | {target_text} | {met} |")
    print()
    for module in modules:
        if hasattr(module, "report"):
            module.report()


if __name__ == "__main__":
    main()
