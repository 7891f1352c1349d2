"""Benchmarks for the immune-response chapter: 60-day clone runs, NK killing and the explorer."""

from __future__ import annotations

import itertools

import numpy as np

from il2lib import immune_response, nk_killing, widgets_immune

SIXTY_DAYS = np.linspace(0.0, 60.0, 121)


def sixty_days():
    return immune_response.simulate(SIXTY_DAYS)


def sixty_days_without_cd25():
    return immune_response.simulate(SIXTY_DAYS, cd25=False)


def sixty_days_high_il2():
    return immune_response.simulate(SIXTY_DAYS, il2_supply_M_per_h=1e-12)


def nk_dose_response():
    return nk_killing.specific_lysis("IL-2", np.logspace(-13, -8, 51))


_FIGURE = None
_SETTINGS = itertools.cycle(itertools.product(widgets_immune.EXPLORER_DURATIONS_D,
                                              widgets_immune.EXPLORER_IL2_FOLDS, (True, False)))


def explorer_update_with_figure():
    """One control change: a look-up in the precomputed grid, moving the lines, the PNG."""
    global _FIGURE
    if _FIGURE is None:
        _FIGURE = widgets_immune.ImmuneExplorerFigure()
    _FIGURE.update(*next(_SETTINGS))
    return _FIGURE.png()


def explorer_grid():
    return widgets_immune.explorer_grid.__wrapped__()


# (label, function, repeats, target in ms or None)
CASES = [
    ("immune response: 60 days of the clone", sixty_days, 10, 200.0),
    ("immune response: 60 days, clone without CD25", sixty_days_without_cd25, 10, 200.0),
    ("immune response: 60 days, added IL-2", sixty_days_high_il2, 10, 200.0),
    ("NK killing: lysis at 51 IL-2 concentrations", nk_dose_response, 10, None),
    ("immune explorer: update and figure redraw (PNG)", explorer_update_with_figure, 20, 50.0),
    ("immune explorer: precomputing its grid of runs", explorer_grid, 1, None),
]


def report() -> None:
    """The numbers the chapter compares with data, and the mass-balance error."""
    summary = immune_response.summarise()
    course = sixty_days()
    put_in = course.produced_molecules + course.supplied_molecules
    error = np.max(np.abs(put_in - course.free_molecules - course.bound_molecules
                          - course.consumed_molecules)) / put_in[-1]
    print(f"immune: peak day {summary.peak_day:.3g}, fold {summary.peak_fold:.3g}, memory "
          f"fraction {summary.memory_fraction:.3g}; mass-balance error {error:.1e}")
