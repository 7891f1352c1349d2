"""Benchmarks for the receptor chapter: equilibrium, EC50s, the receptor explorer."""

from __future__ import annotations

import numpy as np

from il2lib import binding, signaling
from il2lib.cells import CELL_TYPES
from il2lib.explorers import receptors as widgets
from il2lib.explorers.figure import png_img_html

CONC_M = np.logspace(-15, -5, 200)
CELLS = list(CELL_TYPES)


def pstat5_equilibrium():
    return signaling.pstat5_table("IL-2", CONC_M, CELLS)


def pstat5_one_cell_at_a_time():
    return {cell: signaling.pstat5("IL-2", CONC_M, cell) for cell in CELLS}


def explorer_update():
    curve = widgets.receptor_explorer_model("IL-2", 330, 160, 13_300)
    return curve, signaling.pstat5_table("IL-2", widgets.EXPLORER_CONC_M)


_EXPLORER_FIGURE = None


def explorer_update_with_figure():
    """What one slider move costs: the model call, moving the lines, rendering the PNG and
    wrapping it, with its alt text, in the <img> the explorer shows."""
    global _EXPLORER_FIGURE
    if _EXPLORER_FIGURE is None:
        _EXPLORER_FIGURE = widgets.ReceptorExplorerFigure()
    curve = _EXPLORER_FIGURE.update("IL-2", 330, 160, 13_300)
    return png_img_html(_EXPLORER_FIGURE.png(), widgets.explorer_alt_text("IL-2", curve.ec50_M))


def ec50_all_cells():
    return {cell: signaling.ec50("IL-2", cell) for cell in CELLS}


def pstat5_ode_steady_state():
    return {
        cell: signaling.relative_response(
            binding.kinetics("IL-2", CONC_M, cell, [0.0, 1e7]).signaling_per_cell[-1],
            binding.max_signaling_per_cell("IL-2", cell))
        for cell in CELLS
    }


# (label, function, repeats, target in ms or None)
CASES = [
    ("pSTAT5, 4 cell types × 200 concentrations (equilibrium)", pstat5_equilibrium, 50, 5.0),
    ("the same, one call per cell type", pstat5_one_cell_at_a_time, 30, None),
    ("receptor explorer: model call per update", explorer_update, 50, 20.0),
    ("receptor explorer: model call and figure redraw (PNG in an <img>)",
     explorer_update_with_figure, 10, 50.0),
    ("EC50 of IL-2 for 4 cell types (closed-form inverse)", ec50_all_cells, 200, None),
    ("pSTAT5, 4 cell types × 200 concentrations (ODE to steady state)",
     pstat5_ode_steady_state, 3, None),
]


def report() -> None:
    """Lines printed under the table: how far the ODE and the algebraic solution agree."""
    ode, eq = pstat5_ode_steady_state(), pstat5_equilibrium()
    worst = max(np.max(np.abs(ode[cell] - eq[cell])) for cell in CELLS)
    print(f"receptors: largest pSTAT5 difference between ODE and equilibrium: {worst:.1e}")
