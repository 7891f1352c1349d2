"""Benchmarks for the IL-2 and IL-15 chapter: cis and trans dose-responses, the explorer."""

from __future__ import annotations

import numpy as np

from il2lib import signaling
from il2lib.cells import CELL_TYPES
from il2lib.explorers import il15 as widgets_il15

CONC_M = np.logspace(-15, -5, 200)
PRESENTED_PER_CELL = np.logspace(0, 6, 200)
CELLS = list(CELL_TYPES)


def il2_and_il15_dose_response():
    return {name: signaling.pstat5_table(name, CONC_M, CELLS) for name in ("IL-2", "IL-15")}


def trans_dose_response_forward():
    return {cell: signaling.pstat5_trans("IL-15", PRESENTED_PER_CELL, cell) for cell in CELLS}


def ec50s_cis_and_trans():
    return {cell: (signaling.ec50("IL-2", cell), signaling.ec50("IL-15", cell),
                   signaling.ec50_trans("IL-15", cell)) for cell in CELLS}


def explorer_model():
    return widgets_il15.il15_explorer_model(22, 510, 12_400, 10.0)


_FIGURE = None


def explorer_update_with_figure():
    """What one slider move costs: the model call, moving the lines, rendering the PNG."""
    global _FIGURE
    if _FIGURE is None:
        _FIGURE = widgets_il15.IL15ExplorerFigure()
    _FIGURE.update(22, 510, 12_400, 10.0)
    return _FIGURE.png()


# (label, function, repeats, target in ms or None)
CASES = [
    ("IL-2 and IL-15 pSTAT5, 4 cell types × 200 concentrations", il2_and_il15_dose_response,
     30, 10.0),
    ("presented IL-15 pSTAT5, 4 cell types × 200 amounts (nested root-finding)",
     trans_dose_response_forward, 5, None),
    ("EC50s of IL-2, IL-15 and presented IL-15 for 4 cell types", ec50s_cis_and_trans, 50, None),
    ("IL-15 explorer: model call per update", explorer_model, 30, 20.0),
    ("IL-15 explorer: model call and figure redraw (PNG)", explorer_update_with_figure, 10, 50.0),
]


def report() -> None:
    """EC50s of the two cytokines, soluble and presented, as the chapter reports them."""
    for cell, (il2, il15, trans) in ec50s_cis_and_trans().items():
        print(f"il15: {cell}: IL-2 {il2 * 1e12:.3g} pM, IL-15 {il15 * 1e12:.3g} pM, "
              f"presented IL-15 {trans:.3g} complexes per cell")
