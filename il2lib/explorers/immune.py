"""The immune-response explorer: a thin view over :func:`il2lib.immune_response.simulate`.

Three discrete controls (how long antigen lasts, how much IL-2 the helpers supply, and whether the
clone has CD25) give a small grid of 60-day runs. :func:`immune_explorer_model` is the model call
for one setting; the live explorer runs it once for every setting and a control change only looks
the result up and redraws. The static page offers the same grid (:data:`EXPLORER`).

Examples
--------
>>> from il2lib.explorers import immune
>>> run = immune.immune_explorer_model(8.0, 1.0, True)
>>> run.effectors.shape == run.t_d.shape
True
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from il2lib import immune_response, plotting
from il2lib.explorers.explorer import Control, Explorer, ExplorerBox, Panel, Series
from il2lib.explorers.figure import blit_background, canvas_png

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


READOUT = ("<b>Peak:</b> day {peak_day}, {peak_fold}× the precursors; <b>left at day 60:</b> "
           "{memory_pct} % of the peak")
ALT = ("Memory-lineage and effector cells of the clone over 60 days (left, log scale) and free "
       "IL-2 in pM (right). The clone peaks on day {peak_day} at {peak_fold} times its "
       "precursors; {memory_pct} % of the peak is left at day 60.")


def texts_of(run: ExplorerRun) -> dict[str, str]:
    """The numbers the readout and alt text show, formatted as the reader sees them.

    Examples
    --------
    >>> sorted(texts_of(explorer_run(8.0, 1.0, True)))
    ['memory_pct', 'peak_day', 'peak_fold']
    """
    return {"peak_day": f"{run.peak_day:.3g}", "peak_fold": f"{run.peak_fold:.3g}",
            "memory_pct": f"{100 * run.memory_fraction:.2g}"}


def alt_text(run: ExplorerRun) -> str:
    """The explorer figure's alt text, with the numbers of the run shown.

    Examples
    --------
    >>> alt_text(explorer_run(8.0, 1.0, True)).startswith("Memory-lineage")
    True
    """
    return ALT.format(**texts_of(run))


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
        (self.il2_line,) = self.ax_il2.plot(EXPLORER_T_D, nan, color=plotting.OTHER_COLOUR)
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


def _static_curves(run: ExplorerRun) -> dict[str, np.ndarray]:
    return {"memory": np.maximum(run.memory_lineage, 1e-3),
            "effectors": np.maximum(run.effectors, 1e-3),
            "il2_pM": np.maximum(run.il2_pM, 1e-9)}


EXPLORER = Explorer(
    name="immune",
    title="Immune-response explorer",
    controls=(
        Control("antigen_duration_d", "antigen lasts", "steps", 8.0,
                options=tuple((f"{d:g} days", d) for d in EXPLORER_DURATIONS_D), width="34em"),
        Control("il2_fold", "helper IL-2", "steps", 1.0,
                options=tuple((f"{f:g}×", f) for f in EXPLORER_IL2_FOLDS), width="34em"),
        Control("cd25", "clone has CD25", "checkbox", True),
    ),
    model=immune_explorer_model,
    texts=lambda run, settings: texts_of(run),
    readout=READOUT,
    alt=ALT,
    curves=_static_curves,
    panels=(
        Panel(x_label="time (days)", x=EXPLORER_T_D, y_label="cells of the clone",
              y_limits=(10.0, 1e8), y_log=True, x_limits=(0.0, float(EXPLORER_T_D[-1])),
              series=(Series("memory", "memory lineage (Bcl-6)", _MEMORY_COLOUR),
                      Series("effectors", "terminal effectors (Blimp-1)", _EFFECTOR_COLOUR))),
        Panel(x_label="time (days)", x=EXPLORER_T_D, y_label="free IL-2 (pM)",
              y_limits=(1e-4, 1e2), y_log=True, x_limits=(0.0, float(EXPLORER_T_D[-1])),
              series=(Series("il2_pM", "free IL-2", plotting.OTHER_COLOUR),)),
    ),
)


def immune_explorer():
    """Antigen duration, helper IL-2 and CD25 on or off → 60 days of the clone.

    Returns an ``ipywidgets.VBox``; display it as a cell's last expression.

    Examples
    --------
    >>> len(immune_explorer().children)
    5
    """
    controls = EXPLORER.widgets()
    figure = ImmuneExplorerFigure()
    readout, image, redraw = EXPLORER.live(controls, figure, lambda s: texts_of(
        figure.update(s["antigen_duration_d"], s["il2_fold"], s["cd25"])))
    redraw()
    return ExplorerBox([*controls.values(), readout, image], explorer=EXPLORER.name)
