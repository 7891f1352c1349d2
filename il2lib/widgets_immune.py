"""The immune-response explorer: a thin view over :func:`il2lib.immune_response.simulate`.

Three discrete controls (how long antigen lasts, how much IL-2 the helpers supply, and whether the
clone has CD25) give a small grid of 60-day runs. :func:`immune_explorer_model` is the model call
for one setting; the explorer runs it once for every setting and a control change only looks the
result up and redraws.

Examples
--------
>>> from il2lib import widgets_immune
>>> run = widgets_immune.immune_explorer_model(8.0, 1.0, True)
>>> run.effectors.shape == run.t_d.shape
True
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from il2lib import immune_response
from il2lib.widgets import blit_background, canvas_png, png_img_html

EXPLORER_DURATIONS_D = (5.0, 8.0, 11.0)
EXPLORER_IL2_FOLDS = (0.3, 1.0, 3.0)
"""Helper IL-2 secretion relative to the production model's cells."""
EXPLORER_T_D = np.linspace(0.0, 60.0, 121)
_MEMORY_COLOUR = "#0072B2"
_EFFECTOR_COLOUR = "#D55E00"


@dataclass(frozen=True)
class ExplorerRun:
    """One setting of the explorer: cells and IL-2 over 60 days and the summary numbers.

    Examples
    --------
    >>> immune_explorer_model(5.0, 0.3, False).memory_fraction > 0
    True
    """

    t_d: np.ndarray
    memory_lineage: np.ndarray
    """Naive cells, memory precursors and memory cells."""
    effectors: np.ndarray
    il2_pM: np.ndarray
    peak_day: float
    peak_fold: float
    memory_fraction: float


def immune_explorer_model(antigen_duration_d: float, il2_fold: float, cd25: bool) -> ExplorerRun:
    """The model call of the explorer: one 60-day run of the clone.

    Parameters
    ----------
    antigen_duration_d : float
        Days until antigen is cleared.
    il2_fold : float
        IL-2 secretion of the CD4 helpers relative to the production model's cells.
    cd25 : bool
        Whether the clone can express IL-2Rα.

    Examples
    --------
    >>> run = immune_explorer_model(8.0, 1.0, True)
    >>> bool(5 < run.peak_day < 12)
    True
    """
    course = immune_response.simulate(EXPLORER_T_D, antigen_duration_d=antigen_duration_d,
                                      helper_il2_fold=il2_fold, cd25=cd25)
    day, fold = course.peak()
    return ExplorerRun(EXPLORER_T_D, course.naive + course.memory_precursors + course.memory,
                       course.effectors, course.il2_pM, day, fold,
                       float(course.clone[-1] / course.clone.max()))


@lru_cache(maxsize=1)
def explorer_grid() -> dict[tuple[float, float, bool], ExplorerRun]:
    """:func:`immune_explorer_model` for every setting of the explorer (cached).

    Examples
    --------
    >>> len(explorer_grid())
    18
    """
    return {key: immune_explorer_model(*key)
            for key in itertools.product(EXPLORER_DURATIONS_D, EXPLORER_IL2_FOLDS, (True, False))}


def explorer_run(antigen_duration_d: float, il2_fold: float, cd25: bool) -> ExplorerRun:
    """Look one setting up in :func:`explorer_grid`.

    Examples
    --------
    >>> explorer_run(11.0, 3.0, True).t_d.size
    121
    >>> explorer_run(7.0, 1.0, True)
    Traceback (most recent call last):
    ...
    ValueError: antigen_duration_d must be one of [5.0, 8.0, 11.0]; got 7.0
    """
    if antigen_duration_d not in EXPLORER_DURATIONS_D:
        raise ValueError(f"antigen_duration_d must be one of {list(EXPLORER_DURATIONS_D)}; "
                         f"got {antigen_duration_d!r}")
    if il2_fold not in EXPLORER_IL2_FOLDS:
        raise ValueError(f"il2_fold must be one of {list(EXPLORER_IL2_FOLDS)}; got {il2_fold!r}")
    if not isinstance(cd25, bool):
        raise ValueError(f"cd25 must be True or False; got {cd25!r}")
    return explorer_grid()[(antigen_duration_d, il2_fold, cd25)]


def alt_text(run: ExplorerRun) -> str:
    """The explorer figure's alt text, with the numbers of the run shown.

    Examples
    --------
    >>> alt_text(explorer_run(8.0, 1.0, True)).startswith("Memory-lineage")
    True
    """
    return (f"Memory-lineage and effector cells of the clone over 60 days (left, log scale) "
            f"and free IL-2 in pM (right). The clone peaks on day {run.peak_day:.3g} at "
            f"{run.peak_fold:.3g} times its precursors; {100 * run.memory_fraction:.2g} % of "
            f"the peak is left at day 60.")


class ImmuneExplorerFigure:
    """The clone's memory-lineage and effector cells and free IL-2, redrawn in place.

    Examples
    --------
    >>> figure = ImmuneExplorerFigure()
    >>> run = figure.update(8.0, 1.0, True)
    >>> figure.png()[:4]
    b'\\x89PNG'
    """

    def __init__(self):
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(8.4, 3.6), dpi=90)
        self.figure.subplots_adjust(left=0.09, right=0.98, bottom=0.15, top=0.93, wspace=0.3)
        self.canvas = FigureCanvasAgg(self.figure)
        self.ax_cells, self.ax_il2 = self.figure.subplots(1, 2)
        nan = np.full_like(EXPLORER_T_D, np.nan)
        (self.memory_line,) = self.ax_cells.plot(EXPLORER_T_D, nan, color=_MEMORY_COLOUR,
                                                 label="memory lineage (Bcl-6)")
        (self.effector_line,) = self.ax_cells.plot(EXPLORER_T_D, nan, color=_EFFECTOR_COLOUR,
                                                   label="terminal effectors (Blimp-1)")
        self.ax_cells.set_yscale("log")
        self.ax_cells.set_ylim(10.0, 1e8)
        self.ax_cells.set_xlabel("time (days)")
        self.ax_cells.set_ylabel("cells of the clone")
        self.ax_cells.legend(loc="upper right", fontsize=9)
        (self.il2_line,) = self.ax_il2.plot(EXPLORER_T_D, nan, color="#000000")
        self.ax_il2.set_yscale("log")
        self.ax_il2.set_ylim(1e-4, 1e2)
        self.ax_il2.set_xlabel("time (days)")
        self.ax_il2.set_ylabel("free IL-2 (pM)")
        for ax in (self.ax_cells, self.ax_il2):
            ax.set_xlim(0, EXPLORER_T_D[-1])
        self.moving = (self.memory_line, self.effector_line, self.il2_line)
        self.background = blit_background(self.canvas, self.moving)

    def update(self, antigen_duration_d: float, il2_fold: float, cd25: bool) -> ExplorerRun:
        """Show one setting; return its run."""
        run = explorer_run(antigen_duration_d, il2_fold, cd25)
        self.memory_line.set_ydata(np.maximum(run.memory_lineage, 1e-3))
        self.effector_line.set_ydata(np.maximum(run.effectors, 1e-3))
        self.il2_line.set_ydata(np.maximum(run.il2_pM, 1e-9))
        self.canvas.restore_region(self.background)
        self.ax_cells.draw_artist(self.memory_line)
        self.ax_cells.draw_artist(self.effector_line)
        self.ax_il2.draw_artist(self.il2_line)
        return run

    def png(self) -> bytes:
        """The figure as it was last drawn, as PNG bytes."""
        return canvas_png(self.canvas)


def immune_explorer():
    """Antigen duration, helper IL-2 and CD25 on or off → 60 days of the clone.

    Returns an ``ipywidgets.VBox``; display it as a cell's last expression.

    Examples
    --------
    >>> len(immune_explorer().children)
    5
    """
    import ipywidgets as w

    style = {"description_width": "9em"}
    layout = w.Layout(width="34em")
    duration = w.SelectionSlider(options=[(f"{d:g} days", d) for d in EXPLORER_DURATIONS_D],
                                 value=8.0, description="antigen lasts", style=style,
                                 layout=layout, continuous_update=False)
    il2 = w.SelectionSlider(options=[(f"{f:g}×", f) for f in EXPLORER_IL2_FOLDS], value=1.0,
                            description="helper IL-2", style=style, layout=layout,
                            continuous_update=False)
    cd25 = w.Checkbox(value=True, description="clone has CD25", style=style)
    readout = w.HTML()
    image = w.HTML()
    figure = ImmuneExplorerFigure()

    def redraw(*_):
        run = figure.update(duration.value, il2.value, cd25.value)
        readout.value = (f"<b>Peak:</b> day {run.peak_day:.3g}, {run.peak_fold:.3g}× the "
                         f"precursors; <b>left at day 60:</b> "
                         f"{100 * run.memory_fraction:.2g} % of the peak")
        image.value = png_img_html(figure.png(), alt_text(run))

    for control in (duration, il2, cd25):
        control.observe(redraw, names="value")
    redraw()
    return w.VBox([duration, il2, cd25, readout, image])
