"""Benchmarks for the regulatory T cell chapter: 30-day population runs and the explorer."""

from __future__ import annotations

import numpy as np

from il2lib import populations
from il2lib.explorers import tregs as widgets_tregs

MONTH_H = np.linspace(0.0, 30 * 24.0, 121)


def month_rest():
    return populations.simulate(MONTH_H)


def month_infection():
    return populations.simulate(MONTH_H, antigen=0.03)


def month_infection_without_tregs():
    return populations.simulate(MONTH_H, antigen=0.03, tregs=False)


def month_low_dose():
    return populations.simulate(MONTH_H, il2_supply_M_per_h=populations.LOW_SUPPLY_M_PER_H)


def month_high_dose():
    return populations.simulate(MONTH_H, il2_supply_M_per_h=populations.HIGH_SUPPLY_M_PER_H)


_EXPLORER_FIGURE = None
_STEP = 0


def explorer_update_with_figure():
    """One slider move: a look-up in the precomputed grid, moving the lines, the PNG."""
    global _EXPLORER_FIGURE, _STEP
    if _EXPLORER_FIGURE is None:
        _EXPLORER_FIGURE = widgets_tregs.TregExplorerFigure()
    grid = _EXPLORER_FIGURE.grid
    _STEP += 1
    _EXPLORER_FIGURE.update(grid.antigens[_STEP % len(grid.antigens)],
                            grid.supplies_M_per_h[_STEP % len(grid.supplies_M_per_h)],
                            tregs=bool(_STEP % 2))
    return _EXPLORER_FIGURE.png()


def explorer_grid():
    return widgets_tregs.explorer_grid.__wrapped__()


# (label, function, repeats, target in ms or None)
CASES = [
    ("populations: 30 days at rest (self antigen only)", month_rest, 10, 100.0),
    ("populations: 30 days, antigen 0.03, with Tregs", month_infection, 10, 100.0),
    ("populations: 30 days, antigen 0.03, Tregs removed", month_infection_without_tregs, 10,
     100.0),
    ("populations: 30 days, low IL-2 supply", month_low_dose, 10, 100.0),
    ("populations: 30 days, high IL-2 supply", month_high_dose, 10, 100.0),
    ("Treg explorer: update and figure redraw (PNG)", explorer_update_with_figure, 20, 50.0),
    ("Treg explorer: precomputing its grid of runs", explorer_grid, 1, None),
]


def report() -> None:
    """Fold expansions after 30 days, and the mass-balance error, for the two supplies."""
    for label, run in (("low", month_low_dose), ("high", month_high_dose)):
        course = run()
        folds = ", ".join(f"{cell} {course.fold(cell)[-1]:.3g}" for cell in course.cells)
        put_in = course.produced_molecules + course.supplied_molecules
        error = np.max(np.abs(put_in - course.free_molecules - course.bound_molecules
                              - course.consumed_molecules)) / put_in[-1]
        print(f"tregs: {label} IL-2 supply, fold expansion after 30 days: {folds}; "
              f"mass-balance error {error:.1e}")
