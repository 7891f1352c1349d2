"""The regulatory T cell explorer: a thin view over :func:`il2lib.populations.simulate`.

One 30-day run takes longer than a slider move should, so the explorer runs the model once for
every combination of its settings (a grid of antigen strengths, IL-2 supplies and with or
without Tregs) and each slider move only looks the result up and redraws.

Examples
--------
>>> from il2lib.explorers import tregs
>>> grid = tregs.explorer_grid()
>>> grid.folds.shape[-1]
4
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from il2lib import plotting, populations
from il2lib.explorers.explorer import Control, Explorer, ExplorerBox, Panel, Series
from il2lib.explorers.figure import canvas_png

EXPLORER_ANTIGENS = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3)
EXPLORER_SUPPLIES_M_PER_H = (0.0, 1e-12, 1e-11, 1e-10, 1e-9, 1e-8)
EXPLORER_T_H = np.linspace(0.0, 30 * 24.0, 61)


@dataclass(frozen=True)
class ExplorerGrid:
    """Precomputed runs: ``folds[a, s, r, t, cell]`` and ``il2_pM[a, s, r, t]``.

    ``a`` indexes ``antigens``, ``s`` ``supplies_M_per_h``, ``r`` is 0 with Tregs and 1
    without, ``t`` indexes ``t_h`` and ``cell`` :data:`il2lib.populations.CELLS`.

    Examples
    --------
    >>> explorer_grid().run(0.03, 0.0, tregs=True)[0].shape
    (61, 4)
    """

    antigens: tuple[float, ...]
    supplies_M_per_h: tuple[float, ...]
    t_h: np.ndarray
    folds: np.ndarray
    il2_pM: np.ndarray

    def run(self, antigen: float, supply_M_per_h: float, *, tregs: bool):
        """Fold expansions (t, cell) and free IL-2 (t) of one grid point.

        Examples
        --------
        >>> folds, il2_pM = explorer_grid().run(0.001, 0.0, tregs=False)
        >>> il2_pM.shape
        (61,)
        """
        if antigen not in self.antigens:
            raise ValueError(f"antigen must be one of {list(self.antigens)}; got {antigen!r}")
        if supply_M_per_h not in self.supplies_M_per_h:
            raise ValueError(f"supply_M_per_h must be one of {list(self.supplies_M_per_h)}; "
                             f"got {supply_M_per_h!r}")
        a = self.antigens.index(antigen)
        s = self.supplies_M_per_h.index(supply_M_per_h)
        r = 0 if tregs else 1
        return self.folds[a, s, r], self.il2_pM[a, s, r]


@lru_cache(maxsize=1)
def explorer_grid() -> ExplorerGrid:
    """Run :func:`~il2lib.populations.simulate` for every setting of the explorer (cached)."""
    shape = (len(EXPLORER_ANTIGENS), len(EXPLORER_SUPPLIES_M_PER_H), 2, EXPLORER_T_H.size)
    folds = np.empty(shape + (len(populations.CELLS),))
    il2_pM = np.empty(shape)
    for a, antigen in enumerate(EXPLORER_ANTIGENS):
        for s, supply in enumerate(EXPLORER_SUPPLIES_M_PER_H):
            for r, tregs in enumerate((True, False)):
                folds[a, s, r], il2_pM[a, s, r] = treg_explorer_model(antigen, supply, tregs)
    return ExplorerGrid(EXPLORER_ANTIGENS, EXPLORER_SUPPLIES_M_PER_H, EXPLORER_T_H, folds,
                        il2_pM)


def supply_label(supply_M_per_h: float) -> str:
    """A reader's label for an IL-2 supply, e.g. ``'10 pM/h'``.

    Examples
    --------
    >>> supply_label(1e-11), supply_label(0.0), supply_label(1e-8)
    ('10 pM/h', 'none', '10 nM/h')
    """
    if supply_M_per_h == 0:
        return "none"
    pm = supply_M_per_h * 1e12
    return f"{pm:g} pM/h" if pm < 1000 else f"{pm / 1000:g} nM/h"


class TregExplorerFigure:
    """Fold expansion of the four populations and free IL-2 over 30 days, redrawn in place.

    Axes and labels are rendered once into a background image; an update restores it and
    draws only the lines (matplotlib's blitting), then encodes the PNG.

    Examples
    --------
    >>> figure = TregExplorerFigure()
    >>> folds = figure.update(0.03, 0.0, tregs=True)
    >>> figure.png()[:4]
    b'\\x89PNG'
    """

    def __init__(self, grid: ExplorerGrid | None = None):
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        self.grid = explorer_grid() if grid is None else grid
        days = self.grid.t_h / 24
        self.figure = Figure(figsize=(8.4, 3.6), dpi=90)
        self.figure.subplots_adjust(left=0.09, right=0.98, bottom=0.15, top=0.93, wspace=0.3)
        self.canvas = FigureCanvasAgg(self.figure)
        self.ax_cells, self.ax_il2 = self.figure.subplots(1, 2)
        nan = np.full_like(days, np.nan)
        self.lines = {cell: self.ax_cells.plot(days, nan, color=plotting.colour_of(cell),
                                               label=cell)[0]
                      for cell in populations.CELLS}
        self.ax_cells.set_yscale("log")
        self.ax_cells.set_ylim(1e-2, 1e4)
        self.ax_cells.axhline(1.0, color="#999999", linewidth=1)
        self.ax_cells.set_xlabel("time (days)")
        self.ax_cells.set_ylabel("cells / cells at day 0")
        self.ax_cells.legend(loc="upper left", fontsize=9, ncol=2)
        (self.il2_line,) = self.ax_il2.plot(days, nan, color=plotting.OTHER_COLOUR)
        self.ax_il2.set_yscale("log")
        self.ax_il2.set_ylim(1e-3, 1e6)
        self.ax_il2.set_xlabel("time (days)")
        self.ax_il2.set_ylabel("free IL-2 (pM)")
        for ax in (self.ax_cells, self.ax_il2):
            ax.set_xlim(0, days[-1])
        self.canvas.draw()
        self.background = self.canvas.copy_from_bbox(self.figure.bbox)

    def update(self, antigen: float, supply_M_per_h: float, *, tregs: bool) -> np.ndarray:
        """Show one grid point; return its fold expansions, shape (time, cell).

        Examples
        --------
        >>> TregExplorerFigure().update(0.3, 1e-8, tregs=False).shape
        (61, 4)
        """
        folds, il2_pM = self.grid.run(antigen, supply_M_per_h, tregs=tregs)
        for i, cell in enumerate(populations.CELLS):
            self.lines[cell].set_ydata(folds[:, i])
        self.il2_line.set_ydata(np.maximum(il2_pM, 1e-6))
        self.canvas.restore_region(self.background)
        for artist in (*self.lines.values(),):
            self.ax_cells.draw_artist(artist)
        self.ax_il2.draw_artist(self.il2_line)
        return folds

    def png(self) -> bytes:
        """The figure as it was last drawn, as PNG bytes."""
        return canvas_png(self.canvas)


ALT_TEXT = ("Fold expansion of Treg, Th, CD8 and NK cells over 30 days (left, log scale) and "
            "free IL-2 in pM (right), for the chosen antigen, IL-2 supply and Tregs.")
READOUT = "<b>After 30 days:</b> {final}"
ALT = ALT_TEXT + " After 30 days: {final}."


def texts_of(folds: np.ndarray) -> dict[str, str]:
    """The fold expansions after 30 days, formatted for the readout and alt text."""
    final = ", ".join(f"{cell} {folds[-1, i]:.3g}×"
                      for i, cell in enumerate(populations.CELLS) if np.isfinite(folds[-1, i]))
    return {"final": final}


def treg_explorer_model(antigen: float, supply_M_per_h: float, tregs: bool):
    """The model run behind one setting: fold expansions (time, cell) and free IL-2 (time).

    The live explorer runs it for its whole grid at once (:func:`explorer_grid`); the static
    export, one grid point at a time.

    Examples
    --------
    >>> folds, il2_pM = treg_explorer_model(0.03, 0.0, True)
    >>> folds.shape
    (61, 4)
    """
    course = populations.simulate(EXPLORER_T_H, antigen=antigen,
                                  il2_supply_M_per_h=supply_M_per_h, tregs=tregs)
    return np.stack([course.fold(c) for c in course.cells], axis=-1), course.il2_pM


def _static_curves(result):
    folds, il2_pM = result
    curves = {cell: folds[:, i] for i, cell in enumerate(populations.CELLS)}
    curves["il2_pM"] = np.maximum(il2_pM, 1e-6)
    return curves


EXPLORER = Explorer(
    name="tregs",
    title="Regulatory T cell explorer",
    controls=(
        Control("antigen", "antigen strength", "steps", 0.03,
                options=tuple((f"{a:g}", a) for a in EXPLORER_ANTIGENS), width="34em"),
        Control("supply_M_per_h", "external IL-2", "steps", 0.0,
                options=tuple((supply_label(s), s) for s in EXPLORER_SUPPLIES_M_PER_H),
                width="34em"),
        Control("tregs", "Tregs present", "checkbox", True),
    ),
    model=treg_explorer_model,
    texts=lambda result, settings: texts_of(result[0]),
    readout=READOUT,
    alt=ALT,
    curves=_static_curves,
    panels=(
        Panel(x_label="time (days)", x=EXPLORER_T_H / 24, y_label="cells / cells at day 0",
              y_limits=(1e-2, 1e4), y_log=True, x_limits=(0.0, float(EXPLORER_T_H[-1] / 24)),
              series=tuple(Series(cell, cell, plotting.colour_of(cell))
                           for cell in populations.CELLS)),
        Panel(x_label="time (days)", x=EXPLORER_T_H / 24, y_label="free IL-2 (pM)",
              y_limits=(1e-3, 1e6), y_log=True, x_limits=(0.0, float(EXPLORER_T_H[-1] / 24)),
              series=(Series("il2_pM", "free IL-2", plotting.OTHER_COLOUR),)),
    ),
)


def treg_explorer():
    """Antigen strength, external IL-2 and Tregs on or off → 30 days of the four populations.

    Returns an ``ipywidgets.VBox``; display it as a cell's last expression.

    Examples
    --------
    >>> box = treg_explorer()
    >>> len(box.children)
    5
    """
    controls = EXPLORER.widgets()
    figure = TregExplorerFigure()
    readout, image, redraw = EXPLORER.live(controls, figure, lambda s: texts_of(
        figure.update(s["antigen"], s["supply_M_per_h"], tregs=s["tregs"])))
    redraw()
    return ExplorerBox([*controls.values(), readout, image], explorer=EXPLORER.name)
