"""Speed of the models behind the book's figures and explorers; prints a Markdown table.

Run with ``make bench``. Times are the median of repeated calls on this machine; targets come
from the project's issues. This is a report, not a test: it never fails on a missed target.
"""

from __future__ import annotations

import statistics
import time

import matplotlib
import numpy as np

matplotlib.use("Agg")

from il2lib import binding, signaling, widgets  # noqa: E402
from il2lib.cells import CELL_TYPES

CONC_M = np.logspace(-15, -5, 200)
CELLS = list(CELL_TYPES)


def median_ms(func, repeats: int) -> float:
    func()  # warm-up
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        samples.append((time.perf_counter() - start) * 1e3)
    return statistics.median(samples)


def pstat5_equilibrium():
    return signaling.pstat5_table("IL-2", CONC_M, CELLS)


def pstat5_one_cell_at_a_time():
    return {cell: signaling.pstat5("IL-2", CONC_M, cell) for cell in CELLS}


def explorer_update():
    curve = widgets.receptor_explorer_model("IL-2", 330, 160, 13_300)
    return curve, signaling.pstat5_table("IL-2", widgets.EXPLORER_CONC_M)


EXPLORER_FIGURE = widgets.ReceptorExplorerFigure()
EXPLORER_FIGURE.update("IL-2", 330, 160, 13_300)


def explorer_update_with_figure():
    """What one slider move costs: the model call, moving the lines, rendering the PNG."""
    EXPLORER_FIGURE.update("IL-2", 330, 160, 13_300)
    return EXPLORER_FIGURE.png()


def ec50_all_cells():
    return {cell: signaling.ec50("IL-2", cell) for cell in CELLS}


def pstat5_ode_steady_state():
    return {
        cell: signaling.relative_response(
            binding.kinetics("IL-2", CONC_M, cell, [0.0, 1e7]).signaling_per_cell[-1],
            binding.max_signaling_per_cell("IL-2", cell))
        for cell in CELLS
    }


def main() -> None:
    rows = [
        ("pSTAT5, 4 cell types × 200 concentrations (equilibrium)", pstat5_equilibrium, 50, 5.0),
        ("the same, one call per cell type", pstat5_one_cell_at_a_time, 30, None),
        ("receptor explorer: model call per update", explorer_update, 50, 20.0),
        ("receptor explorer: model call and figure redraw (PNG)", explorer_update_with_figure,
         10, 50.0),
        ("EC50 of IL-2 for 4 cell types (closed-form inverse)", ec50_all_cells, 200, None),
        ("pSTAT5, 4 cell types × 200 concentrations (ODE to steady state)",
         pstat5_ode_steady_state, 3, None),
    ]
    times = {}
    print("| benchmark | median (ms) | target (ms) | met |")
    print("|---|---:|---:|---|")
    for name, func, repeats, target in rows:
        times[func.__name__] = ms = median_ms(func, repeats)
        met = "" if target is None else ("yes" if ms <= target else "NO")
        target_text = "" if target is None else f"{target:g}"
        print(f"| {name} | {ms:.3g} | {target_text} | {met} |")
    ratio = times["pstat5_ode_steady_state"] / times["pstat5_equilibrium"]
    print(f"\nODE / equilibrium time ratio: {ratio:.0f}×")
    ode, eq = pstat5_ode_steady_state(), pstat5_equilibrium()
    worst = max(np.max(np.abs(ode[cell] - eq[cell])) for cell in CELLS)
    print(f"largest pSTAT5 difference between the two: {worst:.1e}")


if __name__ == "__main__":
    main()
