"""Benchmarks for the pathways chapter: one 2-hour time course and the explorer's update."""

from __future__ import annotations

import numpy as np

from il2lib import pathways
from il2lib.explorers import pathways as widgets_pathways

TWO_HOURS_MIN = np.linspace(0.0, 120.0, 241)


def two_hour_time_course():
    return pathways.time_course(1e-9, "Treg", TWO_HOURS_MIN)


def steady_state_dose_response():
    return pathways.steady_state(np.logspace(-13, -7, 61), "NK")


_FIGURE = None
_STEP = 0


def explorer_update_with_figure():
    """One control change: the model run, the three lines redrawn, the PNG."""
    global _FIGURE, _STEP
    if _FIGURE is None:
        _FIGURE = widgets_pathways.PathwaysExplorerFigure()
    _STEP += 1
    doses = widgets_pathways.EXPLORER_CONC_M
    cells = ("Treg", "Th", "CD8", "NK")
    _FIGURE.update(doses[_STEP % len(doses)], cells[_STEP % len(cells)], "none",
                   bool(_STEP % 2))
    return _FIGURE.png()


# (label, function, repeats, target in ms or None)
CASES = [
    ("pathways: one 2-hour time course (Treg, 1 nM)", two_hour_time_course, 10, 50.0),
    ("pathways: steady state at 61 concentrations (NK)", steady_state_dose_response, 5, None),
    ("pathways explorer: update with figure", explorer_update_with_figure, 10, 50.0),
]
